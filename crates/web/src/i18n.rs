//! Fluent translations for `de` (default), `en` and `de-simple`
//! (Leichte Sprache, falling back to German, then English).

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, Timelike, Utc};
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, langid};
use quartier_core::easy::Clock;
use quartier_core::locale::Locale;
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

fluent_templates::static_loader! {
    pub static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

static IDS: LazyLock<[LanguageIdentifier; 3]> = LazyLock::new(|| [langid!("de"), langid!("en"), langid!("de-simple")]);

pub fn langid(l: Locale) -> &'static LanguageIdentifier {
    match l {
        Locale::De => &IDS[0],
        Locale::En => &IDS[1],
        Locale::DeSimple => &IDS[2],
    }
}

/// Terms that Leichte Sprache explains where they first appear on a page
/// (`Ctx::explain`): `glossary-<term>` and `glossary-<term>-text`.
pub const GLOSSARY: [&str; 6] = ["coordination", "moderation", "timebank", "ics", "easy", "association"];

/// Translate a message id. A missing id shows the id itself, which the
/// completeness test catches long before a reader would.
pub fn t(l: Locale, key: &str) -> String {
    LOCALES.lookup(langid(l), key)
}

/// Translate with named arguments.
pub fn t_args(l: Locale, key: &str, args: &[(&'static str, String)]) -> String {
    // Numbers go in as numbers so that plural rules ([one], [other]) apply.
    let map: HashMap<Cow<'static, str>, FluentValue> = args
        .iter()
        .map(|(k, v)| {
            let value = match v.parse::<i64>() {
                Ok(n) => FluentValue::from(n),
                Err(_) => FluentValue::from(v.clone()),
            };
            (Cow::Borrowed(*k), value)
        })
        .collect();
    LOCALES.lookup_with_args(langid(l), key, &map)
}

/// Translations and dates in one language: what a page, a mail or the
/// printed notice board needs, without a request around it. `now` comes
/// from the store's clock; Leichte Sprache leaves out the year of dates
/// that are near (`easy::shows_year`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Words {
    locale: Locale,
    now: DateTime<Utc>,
}

impl Words {
    pub fn new(locale: Locale, now: DateTime<Utc>) -> Self {
        Words { locale, now }
    }

    pub fn locale(self) -> Locale {
        self.locale
    }

    /// Whether this is Leichte Sprache.
    pub fn easy(self) -> bool {
        self.locale == Locale::DeSimple
    }

    pub fn t(self, key: &str) -> String {
        t(self.locale, key)
    }

    pub fn t1(self, key: &str, name: &'static str, value: &str) -> String {
        t_args(self.locale, key, &[(name, value.to_string())])
    }

    pub fn t2(self, key: &str, n1: &'static str, v1: &str, n2: &'static str, v2: &str) -> String {
        t_args(self.locale, key, &[(n1, v1.to_string()), (n2, v2.to_string())])
    }

    /// Translate with any number of named arguments.
    pub fn ta(self, key: &str, args: &[(&'static str, String)]) -> String {
        t_args(self.locale, key, args)
    }

    /// A day: "09.12.2026", "9 Dec 2026", or in Leichte Sprache
    /// "Mittwoch, 9. Dezember" (with the year only when it is far).
    pub fn day(self, d: NaiveDate) -> String {
        match self.locale {
            Locale::En => d.format("%-d %b %Y").to_string(),
            Locale::De => d.format("%d.%m.%Y").to_string(),
            Locale::DeSimple => {
                let today = self.now.with_timezone(&chrono_tz::Europe::Berlin).date_naive();
                let mut out = format!(
                    "{}, {}. {}",
                    self.t(&format!("weekday-{}", d.weekday().num_days_from_monday())),
                    d.day(),
                    self.t(&format!("month-{}", d.month()))
                );
                if quartier_core::easy::shows_year(d, today) {
                    out.push_str(&format!(" {}", d.year()));
                }
                out
            }
        }
    }

    /// A time of day: "13:30", or in Leichte Sprache "halb 2" (`easy::clock`).
    pub fn clock(self, t: NaiveTime) -> String {
        if !self.easy() {
            return t.format("%H:%M").to_string();
        }
        let n = |v: u32| v.to_string();
        match quartier_core::easy::clock(t.hour(), t.minute()) {
            Clock::Hour(h) => self.t1("easy-clock-hour", "hour", &n(h)),
            Clock::Half(h) => self.t1("easy-clock-half", "hour", &n(h)),
            Clock::QuarterPast(h) => self.t1("easy-clock-quarter-past", "hour", &n(h)),
            Clock::QuarterTo(h) => self.t1("easy-clock-quarter-to", "hour", &n(h)),
            Clock::HourMinutes(h, m) => self.t2("easy-clock-minutes", "hour", &n(h), "minute", &n(m)),
        }
    }

    /// A UTC time for the reader, in the given time zone.
    pub fn datetime(self, at: &DateTime<Utc>, tz: &str) -> String {
        let tz: chrono_tz::Tz = tz.parse().unwrap_or(chrono_tz::Europe::Berlin);
        let local = at.with_timezone(&tz);
        match self.locale {
            Locale::En => local.format("%-d %b %Y, %H:%M").to_string(),
            Locale::De => local.format("%d.%m.%Y, %H:%M Uhr").to_string(),
            Locale::DeSimple => {
                self.t2("easy-datetime", "date", &self.day(local.date_naive()), "time", &self.clock(local.time()))
            }
        }
    }

    pub fn date(self, at: &DateTime<Utc>) -> String {
        self.day(at.with_timezone(&chrono_tz::Europe::Berlin).date_naive())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;
    use std::path::Path;

    /// The message ids of one locale, over all its files (one per capability).
    fn keys_of(locale: &str) -> BTreeSet<String> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales").join(locale);
        let mut keys = BTreeSet::new();
        for f in std::fs::read_dir(dir).expect("locale dir").flatten() {
            let text = std::fs::read_to_string(f.path()).expect("locale file");
            for k in text
                .lines()
                .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_lowercase()))
                .filter_map(|l| l.split_once('=').map(|(k, _)| k.trim().to_string()))
            {
                assert!(keys.insert(k.clone()), "{k} is defined twice in {locale}");
            }
        }
        keys
    }

    /// Every message id used in templates and code, found by scanning them.
    fn used_keys() -> BTreeSet<String> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = Vec::new();
        let mut stack = vec![root.join("templates"), root.join("src"), root.join("../core/src")];
        while let Some(d) = stack.pop() {
            for e in std::fs::read_dir(&d).expect("dir").flatten() {
                let p = e.path();
                if p.is_dir() { stack.push(p) } else { files.push(p) }
            }
        }
        let mut out = BTreeSet::new();
        for f in files {
            let text = std::fs::read_to_string(&f).unwrap_or_default();
            for part in text.split('"').skip(1).step_by(2) {
                let prefixed = ["err-", "notice-", "error-", "role-", "status-", "log-", "mail-", "label-", "hint-"]
                    .iter()
                    .any(|p| part.starts_with(p));
                if prefixed
                    && part.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                    && !part.ends_with('-')
                {
                    out.insert(part.to_string());
                }
            }
            for call in [".t(\"", ".t1(\"", ".t2(\"", ".ta(\""] {
                for piece in text.split(call).skip(1) {
                    if let Some(k) = piece.split('"').next() {
                        out.insert(k.to_string());
                    }
                }
            }
        }
        // Keys built at run time from a prefix and a value.
        for c in quartier_core::help::CATEGORIES {
            out.insert(format!("cat-{c}"));
        }
        for k in ["request", "offer"] {
            out.insert(format!("help-kind-{k}"));
            out.insert(format!("help-answer-default-{k}"));
        }
        for s in ["open", "arranged", "done", "withdrawn"] {
            out.insert(format!("help-status-{s}"));
        }
        for u in ["normal", "soon", "urgent"] {
            out.insert(format!("help-urgency-{u}"));
        }
        for k in ["entry", "message"] {
            out.insert(format!("moderation-kind-{k}"));
        }
        for c in quartier_core::event::CATEGORIES {
            out.insert(format!("event-cat-{c}"));
        }
        for k in quartier_core::group::KINDS {
            out.insert(format!("group-kind-{k}"));
        }
        for j in ["open", "request"] {
            out.insert(format!("group-joining-{j}"));
        }
        for k in quartier_core::easy_language::HintKind::ALL {
            out.insert(k.message_key().to_string());
        }
        for st in ["draft", "in-review", "approved", "changes-requested"] {
            out.insert(format!("easy-status-{st}"));
        }
        // Every kind of content named in the review queue, so a new kind
        // without its words fails here.
        for k in quartier_core::easy::ContentKind::ALL {
            out.insert(format!("easy-kind-{}", k.tag().replace('_', "-")));
        }
        for g in GLOSSARY {
            out.insert(format!("glossary-{g}"));
            out.insert(format!("glossary-{g}-text"));
        }
        for i in 0..7 {
            out.insert(format!("weekday-{i}"));
        }
        for i in 1..=12 {
            out.insert(format!("month-{i}"));
        }
        // Every kind of notification, so a new kind without its words
        // fails here.
        for k in quartier_store::notifications::NoticeKind::ALL {
            let k = k.tag().replace('_', "-");
            out.insert(format!("notice-kind-{k}"));
            out.insert(format!("mail-notice-{k}-subject"));
        }
        // CSS classes and element ids that look like message ids.
        for k in quartier_core::organisation::KINDS {
            out.insert(format!("org-kind-{k}"));
        }
        for r in ["member", "editor", "admin"] {
            out.insert(format!("org-role-{r}"));
        }
        for a in [
            "org-proposed",
            "org-confirmed",
            "org-edited",
            "news-hidden",
            "member-role-set",
            "member-removed",
            "org-link-requested",
            "event-created",
            "event-edited",
            "event-cancelled",
            "event-message",
            "event-hidden",
            "reviewer-added",
            "reviewer-removed",
            "link-asked",
            "link-confirmed",
            "link-ended",
            "domain-added",
            "domain-removed",
        ] {
            out.insert(format!("org-log-{a}"));
        }
        // Prefixes of mail keys (`<prefix>-subject`, `<prefix>-body`).
        for prefix in ["mail-change", "mail-confirm", "mail-exists", "mail-reset"] {
            out.remove(prefix);
            out.insert(format!("{prefix}-subject"));
            out.insert(format!("{prefix}-body"));
        }
        for not_a_key in ["error-summary", "log-h", "hint-sentence"] {
            out.remove(not_a_key);
        }
        out
    }

    #[test]
    fn all_locales_have_the_same_keys() {
        let de = keys_of("de");
        for l in ["en", "de-simple"] {
            let other = keys_of(l);
            let missing: Vec<_> = de.difference(&other).collect();
            let extra: Vec<_> = other.difference(&de).collect();
            assert!(missing.is_empty() && extra.is_empty(), "{l}: missing {missing:?}, extra {extra:?}");
        }
    }

    #[test]
    fn every_used_key_exists_and_resolves_in_every_locale() {
        let de = keys_of("de");
        let missing: Vec<_> = used_keys().into_iter().filter(|k| !de.contains(k)).collect();
        assert!(missing.is_empty(), "keys used but not translated: {missing:?}");
        for l in Locale::ALL {
            for k in &de {
                let v = t_args(
                    l,
                    k,
                    &[
                        ("count", "2".into()),
                        ("link", "L".into()),
                        ("name", "N".into()),
                        ("date", "D".into()),
                        ("email", "E".into()),
                        ("actor", "A".into()),
                        ("subject", "S".into()),
                        ("hour", "3".into()),
                        ("minute", "10".into()),
                        ("time", "T".into()),
                        ("from", "F".into()),
                        ("to", "T".into()),
                    ],
                );
                assert!(!v.is_empty() && v != *k, "{k} does not resolve in {l:?}");
            }
        }
    }

    #[test]
    fn leichte_sprache_is_its_own_text_with_german_fallback() {
        assert_ne!(t(Locale::DeSimple, "delete-intro"), t(Locale::De, "delete-intro"));
        assert_eq!(t(Locale::En, "login-title"), "Log in");
        assert_eq!(t_args(Locale::De, "members-count", &[("count", "1".into())]), "1 bestätigte Person");
        assert_eq!(t_args(Locale::De, "members-count", &[("count", "3".into())]), "3 bestätigte Personen");
    }
}
