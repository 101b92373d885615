//! Neighbourhoods, memberships and roles.

use crate::validation::{FieldError, text};
use serde::{Deserialize, Serialize};

/// Path segments that may never be a neighbourhood's slug.
pub const RESERVED_SLUGS: &[&str] = &[
    "admin",
    "api",
    "account",
    "login",
    "logout",
    "signup",
    "setup",
    "static",
    "healthz",
    "readyz",
    "n",
    "o",
    "u",
    "new",
    "edit",
    "preferences",
    "password",
    "confirm",
    "well-known",
    "metrics",
];

/// The readable address part of a neighbourhood: `/n/<slug>`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Slug(String);

impl Slug {
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        let s = raw.trim().to_lowercase();
        if s.len() < 2 || s.len() > 40 {
            return Err(FieldError::new("slug", "err-slug-length"));
        }
        if !s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            || s.starts_with('-')
            || s.ends_with('-')
            || s.contains("--")
        {
            return Err(FieldError::new("slug", "err-slug-chars"));
        }
        if RESERVED_SLUGS.contains(&s.as_str()) {
            return Err(FieldError::new("slug", "err-slug-reserved"));
        }
        Ok(Self(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// A web address proposed from a name, so nobody has to invent one:
    /// "Bürgerverein Lindenstraße e.V." becomes `buergerverein-lindenstrasse-e-v`.
    /// `n` > 1 adds a number, for when the first proposal is taken.
    pub fn from_name(name: &str, n: u32) -> Option<Self> {
        let mut s = String::new();
        for c in name.trim().to_lowercase().chars() {
            match c {
                'ä' => s.push_str("ae"),
                'ö' => s.push_str("oe"),
                'ü' => s.push_str("ue"),
                'ß' => s.push_str("ss"),
                'a'..='z' | '0'..='9' => s.push(c),
                _ if !s.ends_with('-') && !s.is_empty() => s.push('-'),
                _ => {}
            }
        }
        let suffix = if n > 1 { format!("-{n}") } else { String::new() };
        let mut base: String = s.trim_end_matches('-').chars().take(40 - suffix.len()).collect();
        while base.ends_with('-') {
            base.pop();
        }
        let candidate = match base.len() {
            0 => return None,
            1 => format!("{base}-{}", if n > 1 { n } else { 1 }),
            _ => format!("{base}{suffix}"),
        };
        Self::parse(&candidate).ok().or_else(|| Self::parse(&format!("{base}-1")).ok())
    }
}

/// A neighbourhood's name.
pub fn parse_name(raw: &str) -> Result<String, FieldError> {
    text("name", raw, 2, 100, "err-name-short", "err-name-long")
}

/// A neighbourhood's description.
pub fn parse_description(raw: &str) -> Result<String, FieldError> {
    text("description", raw, 0, 2000, "err-text-short", "err-description-long")
}

/// An IANA time zone name such as `Europe/Berlin`. The full check against
/// the time zone database happens in the web layer, which has chrono-tz.
pub fn parse_timezone(raw: &str) -> Result<String, FieldError> {
    let t = raw.trim();
    if t.is_empty() || t.len() > 64 || !t.chars().all(|c| c.is_ascii_alphanumeric() || "/_-+".contains(c)) {
        return Err(FieldError::new("timezone", "err-timezone"));
    }
    Ok(t.to_string())
}

crate::tagged! {
    /// A person's role inside one neighbourhood (ordered: more rights later).
    #[derive(PartialOrd, Ord, Serialize, Deserialize)]
    pub enum Role {
        Resident = "resident",
        Moderator = "moderator",
        Coordinator = "coordinator",
    }
}

crate::tagged! {
    /// Whether a membership has been confirmed.
    #[derive(Serialize, Deserialize)]
    pub enum MembershipStatus {
        /// Asked to join, waits for a code or a coordinator.
        Pending = "pending",
        Verified = "verified",
    }
}

/// Looks at the start page closer together than this are one visit: a
/// reload, or coming back from a page the card linked to, keeps showing
/// what was new when the visit began.
pub const VISIT_GAP_MINUTES: i64 = 30;

/// When a person looks at a neighbourhood's start page again: what counts
/// as new from now on (after the visit before this one) and when they last
/// looked. `None` for "never": nothing is new on the first visit.
pub fn next_visit(
    last_seen: Option<chrono::DateTime<chrono::Utc>>,
    new_since: Option<chrono::DateTime<chrono::Utc>>,
    now: chrono::DateTime<chrono::Utc>,
) -> Visit {
    let same_visit = last_seen.is_some_and(|t| now - t < chrono::Duration::minutes(VISIT_GAP_MINUTES));
    Visit { new_since: if same_visit { new_since } else { last_seen }, last_seen: now }
}

/// A look at the start page is written down at most this often within one
/// visit: a reload a moment later changes nothing worth a write (on SQLite
/// every write waits for every other).
pub const VISIT_WRITE_SECONDS: i64 = 60;

impl Visit {
    /// Whether this look needs writing, given what was stored: a new visit
    /// begins, or the last look written is a minute old.
    pub fn worth_writing(&self, last_seen: Option<chrono::DateTime<chrono::Utc>>) -> bool {
        match last_seen {
            None => true,
            Some(t) => self.last_seen - t >= chrono::Duration::seconds(VISIT_WRITE_SECONDS) || self.last_seen < t,
        }
    }
}

/// What [`next_visit`] decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Visit {
    /// Show as new what arrived after this.
    pub new_since: Option<chrono::DateTime<chrono::Utc>>,
    pub last_seen: chrono::DateTime<chrono::Utc>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_look_is_written_at_most_once_a_minute() {
        let t0 = chrono::DateTime::parse_from_rfc3339("2025-03-05T09:00:00Z").unwrap().to_utc();
        let s = |n| t0 + chrono::Duration::seconds(n);
        assert!(next_visit(None, None, t0).worth_writing(None));
        let v = next_visit(Some(t0), None, s(59));
        assert!(!v.worth_writing(Some(t0)));
        assert!(next_visit(Some(t0), None, s(60)).worth_writing(Some(t0)));
        // A new visit after a long gap is always written.
        assert!(next_visit(Some(t0), None, s(3600)).worth_writing(Some(t0)));
    }

    #[test]
    fn new_since_the_visit_before() {
        let t0 = chrono::DateTime::parse_from_rfc3339("2025-03-05T09:00:00Z").unwrap().to_utc();
        let h = |n| t0 + chrono::Duration::hours(n);
        // The first visit: nothing is new yet.
        let v1 = next_visit(None, None, t0);
        assert_eq!(v1, Visit { new_since: None, last_seen: t0 });
        // A day later: new is what came after the first visit.
        let v2 = next_visit(Some(v1.last_seen), v1.new_since, h(24));
        assert_eq!(v2.new_since, Some(t0));
        // A reload ten minutes later keeps that, though the last look moves on.
        let v3 = next_visit(Some(v2.last_seen), v2.new_since, h(24) + chrono::Duration::minutes(10));
        assert_eq!(v3.new_since, Some(t0));
        // The next day's visit starts from the visit before.
        let v4 = next_visit(Some(v3.last_seen), v3.new_since, h(48));
        assert_eq!(v4.new_since, Some(v3.last_seen));
    }

    #[test]
    fn slugs() {
        assert!(Slug::parse("alt-lindenau").is_ok());
        assert_eq!(Slug::parse("Nordstadt").map(|s| s.0), Ok("nordstadt".into()));
        for bad in ["a", "admin", "-x", "x-", "a--b", "ä-straße", "a b", &"x".repeat(41)] {
            assert!(Slug::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_slug_from_any_name() {
        let s = |name: &str, n| Slug::from_name(name, n).map(|s| s.as_str().to_string());
        assert_eq!(s("Bürgerverein Lindenstraße e.V.", 1).as_deref(), Some("buergerverein-lindenstrasse-e-v"));
        assert_eq!(s("  Chor „Frohsinn“  ", 1).as_deref(), Some("chor-frohsinn"));
        assert_eq!(s("Chor Frohsinn", 3).as_deref(), Some("chor-frohsinn-3"));
        assert_eq!(s("Admin", 1).as_deref(), Some("admin-1"), "a reserved word gets a number");
        assert_eq!(s("!!!", 1), None);
        let long = "Sehr langer Name ".repeat(10);
        let made = Slug::from_name(&long, 12).unwrap();
        assert!(made.as_str().len() <= 40 && made.as_str().ends_with("-12"));
    }
}
