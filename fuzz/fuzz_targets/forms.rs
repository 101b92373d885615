//! Every parser of form fields, headers and cookies in `quartier_core`:
//! none may panic, and what one accepts it accepts again unchanged.
#![no_main]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{Duration, NaiveDate};
use libfuzzer_sys::fuzz_target;
use quartier_core::account::{self, DisplayName, Email, NewPassword};
use quartier_core::locale::{Contrast, Locale, Preferences, TextSize};
use quartier_core::neighbourhood::{self, Slug};
use quartier_core::validation::FieldError;
use quartier_core::{event, group, help, invite, organisation};

/// The parsers, by the name on the first line of an input.
const PARSERS: &[&str] = &[
    "email",
    "slug",
    "display_name",
    "password",
    "demo_password",
    "code",
    "code_bytes",
    "count",
    "text",
    "choice",
    "capacity",
    "help_date",
    "help_time",
    "hours",
    "timezone",
    "link",
    "accept_language",
    "cookie",
    "tags",
    "initials",
];

#[derive(Debug)]
enum Input<'a> {
    Email(&'a str),
    Slug(&'a str),
    DisplayName(&'a str),
    Password(&'a str, bool),
    Code(&'a str),
    CodeFromBytes(&'a [u8]),
    Count(&'a str),
    /// A free-text field, picked by index from [`TEXTS`].
    Text(u8, &'a str),
    /// A field with a fixed set of values, picked by index from [`CHOICES`].
    Choice(u8, &'a str),
    Capacity(&'a str),
    HelpDate(&'a str, u32),
    HelpTime(&'a str),
    Hours(&'a str),
    Timezone(&'a str),
    Link(&'a str),
    AcceptLanguage(&'a str),
    Cookie(&'a str),
    Tags(&'a str),
    Initials(&'a str),
}

type TextParser = fn(&str) -> Result<String, FieldError>;

/// Free text: trimmed, length-checked, no control characters but line breaks and tabs.
const TEXTS: &[TextParser] = &[
    account::parse_bio,
    event::parse_title,
    event::parse_description,
    event::parse_venue,
    event::parse_cost,
    group::parse_name,
    group::parse_description,
    group::parse_topic_title,
    group::parse_post,
    help::parse_title,
    help::parse_body,
    help::parse_area,
    help::parse_on_behalf,
    help::parse_message,
    help::parse_reason,
    help::parse_thanks,
    neighbourhood::parse_name,
    neighbourhood::parse_description,
    organisation::parse_name,
    organisation::parse_description,
    |s| organisation::parse_short("contact", s),
    organisation::parse_news_title,
    organisation::parse_news_body,
];

/// Fields whose value is one of a few keys.
const CHOICES: &[TextParser] = &[
    event::parse_category,
    group::parse_kind,
    help::parse_category,
    organisation::parse_kind,
    |s| event::Repeat::parse(s).map(|r| format!("{r:?}")),
    |s| group::Joining::parse(s).map(|j| j.tag().to_string()),
    |s| help::Urgency::parse(s).map(|u| u.tag().to_string()),
];

/// Accepted values are accepted again, unchanged.
fn idempotent(parse: TextParser, raw: &str) {
    if let Ok(v) = parse(raw) {
        assert_eq!(v, raw.trim());
        assert_eq!(parse(&v), Ok(v.clone()), "re-parse of {v:?}");
    }
}

fn no_controls(s: &str) -> bool {
    !s.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
}

/// `name [number]` on the first line, the field's text after it. An unknown
/// name picks a parser by its length, so mutated names still test something.
fn read(data: &[u8]) -> Option<Input<'_>> {
    let nl = data.iter().position(|&b| b == b'\n').unwrap_or(data.len());
    let head = std::str::from_utf8(&data[..nl]).ok()?;
    let raw = data.get(nl + 1..).unwrap_or_default();
    // Forms deliver UTF-8; other bytes are still good for the code generator.
    let Ok(text) = std::str::from_utf8(raw) else {
        return Some(Input::CodeFromBytes(raw));
    };
    let mut words = head.split_whitespace();
    let name = words.next().unwrap_or("");
    let n: u32 = words.next().and_then(|w| w.parse().ok()).unwrap_or(0);
    let which = PARSERS.iter().position(|p| *p == name).unwrap_or(head.len() % PARSERS.len());
    let small = u8::try_from(n % 256).unwrap_or(0);
    Some(match PARSERS[which] {
        "email" => Input::Email(text),
        "slug" => Input::Slug(text),
        "display_name" => Input::DisplayName(text),
        "password" => Input::Password(text, false),
        "demo_password" => Input::Password(text, true),
        "code" => Input::Code(text),
        "code_bytes" => Input::CodeFromBytes(raw),
        "count" => Input::Count(text),
        "text" => Input::Text(small, text),
        "choice" => Input::Choice(small, text),
        "capacity" => Input::Capacity(text),
        "help_date" => Input::HelpDate(text, n),
        "help_time" => Input::HelpTime(text),
        "hours" => Input::Hours(text),
        "timezone" => Input::Timezone(text),
        "link" => Input::Link(text),
        "accept_language" => Input::AcceptLanguage(text),
        "cookie" => Input::Cookie(text),
        "tags" => Input::Tags(text),
        _ => Input::Initials(text),
    })
}

fuzz_target!(|data: &[u8]| if let Some(input) = read(data) {
    run(input)
});

fn run(input: Input<'_>) {
    match input {
        Input::Email(raw) => {
            if let Ok(e) = Email::parse(raw) {
                let s = e.as_str();
                assert!(!s.is_empty() && s.len() <= 254);
                assert_eq!(s.matches('@').count(), 1, "{s:?}");
                assert!(!s.chars().any(char::is_whitespace));
                assert_eq!(Email::parse(s).as_ref(), Ok(&e), "re-parse of {s:?}");
            }
        }
        Input::Slug(raw) => {
            if let Ok(s) = Slug::parse(raw) {
                let v = s.as_str();
                assert!((2..=40).contains(&v.len()));
                assert!(v.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'));
                assert!(!neighbourhood::RESERVED_SLUGS.contains(&v));
                assert_eq!(Slug::parse(v).as_ref(), Ok(&s), "re-parse of {v:?}");
            }
        }
        Input::DisplayName(raw) => {
            if let Ok(n) = DisplayName::parse(raw) {
                let v = n.as_str();
                assert!((2..=60).contains(&v.chars().count()));
                assert!(!v.contains('@') && !v.contains('\n') && no_controls(v));
                assert_eq!(DisplayName::parse(v).as_ref(), Ok(&n), "re-parse of {v:?}");
            }
        }
        Input::Password(raw, demo) => {
            if let Ok(p) = NewPassword::parse("password", raw, demo) {
                assert_eq!(p.expose(), raw);
                let n = raw.chars().count();
                assert!((account::PASSWORD_MIN..=account::PASSWORD_MAX).contains(&n));
                assert!(demo || raw != account::DEMO_PASSWORD);
                assert!(format!("{p:?}").contains("***"));
            }
        }
        Input::Code(raw) => {
            if let Ok(c) = invite::parse_code(raw) {
                assert_eq!(c.len(), invite::CODE_LEN + 1);
                assert_eq!(c.as_bytes()[4], b'-');
                assert_eq!(invite::parse_code(&c).as_ref(), Ok(&c));
                assert_eq!(invite::parse_code(&c.to_lowercase()).as_ref(), Ok(&c));
            }
        }
        Input::CodeFromBytes(raw) => {
            let mut bytes = [0u8; invite::CODE_LEN];
            for (b, r) in bytes.iter_mut().zip(raw) {
                *b = *r;
            }
            let c = invite::code_from_bytes(&bytes);
            assert_eq!(invite::parse_code(&c).as_ref(), Ok(&c));
        }
        Input::Count(raw) => {
            if let Ok(n) = invite::parse_count(raw) {
                assert!((1..=100).contains(&n));
            }
        }
        Input::Text(i, raw) => {
            let parse = TEXTS[usize::from(i) % TEXTS.len()];
            if let Ok(v) = parse(raw) {
                assert!(no_controls(&v));
            }
            idempotent(parse, raw);
        }
        Input::Choice(i, raw) => {
            let parse = CHOICES[usize::from(i) % CHOICES.len()];
            let _ = parse(raw);
            if i as usize % CHOICES.len() < 4 {
                idempotent(parse, raw);
            }
        }
        Input::Capacity(raw) => {
            if let Ok(Some(n)) = event::parse_capacity(raw) {
                assert!((1..=10_000).contains(&n));
            }
        }
        Input::HelpDate(raw, offset) => {
            // Today as the server sees it: some day of this century.
            let today = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap() + Duration::days(i64::from(offset % 36_500));
            if let Ok(Some(d)) = help::parse_date(raw, today) {
                assert!(d >= today && d <= today + Duration::days(366));
                assert_eq!(help::parse_date(&d.format("%Y-%m-%d").to_string(), today), Ok(Some(d)));
            }
        }
        Input::HelpTime(raw) => {
            if let Ok(Some(t)) = help::parse_time("time", raw) {
                assert_eq!(help::parse_time("time", &t.format("%H:%M").to_string()), Ok(Some(t)));
            }
        }
        Input::Hours(raw) => {
            if let Ok(m) = help::parse_hours(raw) {
                assert!((1..=24 * 60).contains(&m), "{raw:?} gave {m} minutes");
            }
        }
        Input::Timezone(raw) => {
            if let Ok(t) = neighbourhood::parse_timezone(raw) {
                assert!(!t.is_empty() && t.len() <= 64 && t.is_ascii());
                assert_eq!(neighbourhood::parse_timezone(&t).as_ref(), Ok(&t));
            }
        }
        Input::Link(raw) => {
            if let Ok(l) = organisation::parse_link("website", raw) {
                assert!(l.is_empty() || l.starts_with("https://") || l.starts_with("http://"));
                assert!(!l.chars().any(|c| c.is_whitespace() || "\"<>".contains(c)));
                assert_eq!(organisation::parse_link("website", &l).as_ref(), Ok(&l));
            }
        }
        Input::AcceptLanguage(raw) => {
            let l = Locale::from_accept_language(raw);
            assert_ne!(l, Locale::DeSimple, "easy language is never guessed");
        }
        Input::Cookie(raw) => {
            if let Some(p) = Preferences::from_cookie(raw) {
                assert_eq!(Preferences::from_cookie(&p.to_cookie()), Some(p));
            }
        }
        Input::Tags(raw) => {
            if let Some(l) = Locale::from_tag(raw) {
                assert_eq!(Locale::from_tag(l.tag()), Some(l));
            }
            if let Some(t) = TextSize::from_tag(raw) {
                assert_eq!(t.tag(), raw);
            }
            if let Some(c) = Contrast::from_tag(raw) {
                assert_eq!(c.tag(), raw);
            }
            if let Some(r) = neighbourhood::Role::from_tag(raw) {
                assert_eq!(r.tag(), raw);
            }
            if let Some(s) = neighbourhood::MembershipStatus::from_tag(raw) {
                assert_eq!(s.tag(), raw);
            }
            if let Some(r) = organisation::OrgRole::from_tag(raw) {
                assert_eq!(r.tag(), raw);
            }
            if let Some(s) = group::Standing::from_tag(raw) {
                assert_eq!(s.tag(), raw);
            }
            if let Some(k) = help::Kind::from_tag(raw) {
                assert_eq!(k.tag(), raw);
                assert_eq!(k.opposite().opposite(), k);
            }
            if let Some(s) = help::Status::from_tag(raw) {
                assert_eq!(s.tag(), raw);
            }
            if let Some(v) = help::Visibility::from_tag(raw) {
                assert_eq!(help::Visibility::from_tag(v.tag()), Some(v));
            }
            if let Some(j) = group::Joining::from_tag(raw) {
                assert_eq!(group::Joining::from_tag(j.tag()), Some(j));
            }
        }
        Input::Initials(raw) => {
            let i = account::initials(raw);
            assert!(!i.is_empty());
            if let Ok(n) = DisplayName::parse(raw) {
                assert!(!account::initials(n.as_str()).is_empty());
            }
        }
    }
}
