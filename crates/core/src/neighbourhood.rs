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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert!(Slug::parse("alt-lindenau").is_ok());
        assert_eq!(Slug::parse("Nordstadt").map(|s| s.0), Ok("nordstadt".into()));
        for bad in ["a", "admin", "-x", "x-", "a--b", "ä-straße", "a b", &"x".repeat(41)] {
            assert!(Slug::parse(bad).is_err(), "{bad}");
        }
    }
}
