//! Interface languages and display preferences.

use serde::{Deserialize, Serialize};

/// The three interface languages. German is the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Locale {
    #[default]
    De,
    En,
    /// Leichte Sprache: easy-to-read German.
    DeSimple,
}

impl Locale {
    pub const ALL: [Locale; 3] = [Locale::De, Locale::DeSimple, Locale::En];

    pub fn tag(self) -> &'static str {
        match self {
            Locale::De => "de",
            Locale::En => "en",
            Locale::DeSimple => "de-simple",
        }
    }

    /// The value of the HTML `lang` attribute (Leichte Sprache is German).
    pub fn html_lang(self) -> &'static str {
        match self {
            Locale::En => "en",
            _ => "de",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Self> {
        match tag.trim().to_ascii_lowercase().as_str() {
            "de" => Some(Locale::De),
            "en" => Some(Locale::En),
            "de-simple" => Some(Locale::DeSimple),
            _ => None,
        }
    }

    /// Pick from an `Accept-Language` header; Leichte Sprache is never guessed.
    pub fn from_accept_language(header: &str) -> Self {
        let mut best: Option<(f32, Locale)> = None;
        for part in header.split(',') {
            let mut it = part.split(';');
            let tag = it.next().unwrap_or("").trim().to_ascii_lowercase();
            let q = it.find_map(|p| p.trim().strip_prefix("q=").and_then(|v| v.parse::<f32>().ok())).unwrap_or(1.0);
            let loc = if tag.starts_with("de") {
                Some(Locale::De)
            } else if tag.starts_with("en") {
                Some(Locale::En)
            } else {
                None
            };
            if let Some(l) = loc
                && best.is_none_or(|(bq, _)| q > bq)
            {
                best = Some((q, l));
            }
        }
        best.map(|(_, l)| l).unwrap_or_default()
    }
}

/// Text size chosen by the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum TextSize {
    #[default]
    Normal,
    Large,
    Larger,
}

impl TextSize {
    pub fn tag(self) -> &'static str {
        match self {
            TextSize::Normal => "normal",
            TextSize::Large => "large",
            TextSize::Larger => "larger",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Self> {
        match tag {
            "normal" => Some(TextSize::Normal),
            "large" => Some(TextSize::Large),
            "larger" => Some(TextSize::Larger),
            _ => None,
        }
    }
}

/// Colour contrast chosen by the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Contrast {
    #[default]
    Normal,
    High,
}

impl Contrast {
    pub fn tag(self) -> &'static str {
        match self {
            Contrast::Normal => "normal",
            Contrast::High => "high",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Self> {
        match tag {
            "normal" => Some(Contrast::Normal),
            "high" => Some(Contrast::High),
            _ => None,
        }
    }
}

/// Everything a reader can choose about how pages look and read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Preferences {
    pub locale: Locale,
    pub text_size: TextSize,
    pub contrast: Contrast,
}

impl Preferences {
    /// Compact cookie form: `de-simple.large.high`.
    pub fn to_cookie(self) -> String {
        format!("{}.{}.{}", self.locale.tag(), self.text_size.tag(), self.contrast.tag())
    }

    pub fn from_cookie(v: &str) -> Option<Self> {
        let mut it = v.split('.');
        Some(Self {
            locale: Locale::from_tag(it.next()?)?,
            text_size: TextSize::from_tag(it.next()?)?,
            contrast: Contrast::from_tag(it.next()?)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language() {
        assert_eq!(Locale::from_accept_language("en-GB,en;q=0.9,de;q=0.8"), Locale::En);
        assert_eq!(Locale::from_accept_language("fr, de;q=0.5"), Locale::De);
        assert_eq!(Locale::from_accept_language("fr"), Locale::De);
        assert_eq!(Locale::from_accept_language(""), Locale::De);
    }

    #[test]
    fn cookie_round_trip() {
        let p = Preferences { locale: Locale::DeSimple, text_size: TextSize::Larger, contrast: Contrast::High };
        assert_eq!(Preferences::from_cookie(&p.to_cookie()), Some(p));
        assert_eq!(Preferences::from_cookie("xx.large.high"), None);
    }
}
