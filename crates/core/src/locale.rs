//! Interface languages and display preferences.

use serde::{Deserialize, Serialize};

crate::tagged! {
    /// The three interface languages. German is the default.
    #[derive(Hash, Default, Serialize, Deserialize)]
    pub enum Locale {
        #[default]
        De = "de",
        /// Leichte Sprache: easy-to-read German.
        DeSimple = "de-simple",
        En = "en",
    }
}

impl Locale {
    /// The value of the HTML `lang` attribute (Leichte Sprache is German).
    pub fn html_lang(self) -> &'static str {
        match self {
            Locale::En => "en",
            _ => "de",
        }
    }

    /// A language someone typed or sent: the tag, in any case, with spaces around.
    pub fn parse(raw: &str) -> Option<Self> {
        Self::from_tag(raw.trim().to_ascii_lowercase().as_str())
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

crate::tagged! {
    /// Text size chosen by the reader.
    #[derive(Default, Serialize, Deserialize)]
    pub enum TextSize {
        #[default]
        Normal = "normal",
        Large = "large",
        Larger = "larger",
    }
}

crate::tagged! {
    /// Colour contrast chosen by the reader.
    #[derive(Default, Serialize, Deserialize)]
    pub enum Contrast {
        #[default]
        Normal = "normal",
        High = "high",
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
            locale: Locale::parse(it.next()?)?,
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
