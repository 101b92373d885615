//! Accounts: e-mail addresses, passwords, display names.

use crate::validation::{FieldError, text};
use serde::Serialize;

/// The password every demo account has. It is refused outside demo mode.
pub const DEMO_PASSWORD: &str = "quartier-demo";

/// A normalised e-mail address (trimmed, lower-case).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        Self::parse_field("email", raw)
    }

    pub fn parse_field(field: &'static str, raw: &str) -> Result<Self, FieldError> {
        let e = raw.trim().to_lowercase();
        if e.is_empty() {
            return Err(FieldError::new(field, "err-email-empty"));
        }
        if e.len() > 254 {
            return Err(FieldError::new(field, "err-email-invalid"));
        }
        let mut parts = e.splitn(2, '@');
        let local = parts.next().unwrap_or("");
        let domain = parts.next().unwrap_or("");
        let ok = !local.is_empty()
            && local.len() <= 64
            && !domain.is_empty()
            && !domain.contains('@')
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && !e.chars().any(|c| {
                c.is_whitespace() || c.is_control() || c == '<' || c == '>' || c == ',' || c == ';' || c == '"'
            });
        if !ok {
            return Err(FieldError::new(field, "err-email-invalid"));
        }
        Ok(Self(e))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Email {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A new password as typed. Debug never shows it.
#[derive(Clone, PartialEq, Eq)]
pub struct NewPassword(String);

impl std::fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NewPassword(***)")
    }
}

pub const PASSWORD_MIN: usize = 10;
pub const PASSWORD_MAX: usize = 200;

impl NewPassword {
    /// `demo_mode` allows the well-known demo password; elsewhere it is refused.
    pub fn parse(field: &'static str, raw: &str, demo_mode: bool) -> Result<Self, FieldError> {
        let n = raw.chars().count();
        if n < PASSWORD_MIN {
            return Err(FieldError::new(field, "err-password-short"));
        }
        if n > PASSWORD_MAX {
            return Err(FieldError::new(field, "err-password-long"));
        }
        if raw == DEMO_PASSWORD && !demo_mode {
            return Err(FieldError::new(field, "err-password-demo"));
        }
        if raw.chars().all(|c| c == raw.chars().next().unwrap_or(' ')) {
            return Err(FieldError::new(field, "err-password-weak"));
        }
        Ok(Self(raw.to_string()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

/// The name a person is shown by. Never the full address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DisplayName(String);

impl DisplayName {
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        let t = text("display_name", raw, 2, 60, "err-name-short", "err-name-long")?;
        if t.contains('\n') || t.contains('@') {
            return Err(FieldError::new("display_name", "err-name-invalid"));
        }
        Ok(Self(t))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_inner(self) -> String {
        self.0
    }
}

/// The initials shown in place of a photo ("Anna Berger" → "AB").
pub fn initials(name: &str) -> String {
    let mut out: String = name
        .split_whitespace()
        .filter_map(|w| w.chars().find(|c| c.is_alphanumeric()))
        .flat_map(|c| c.to_uppercase())
        .take(2)
        .collect();
    if out.is_empty() {
        out.push('?');
    }
    out
}

/// A short self-description a person may share.
pub fn parse_bio(raw: &str) -> Result<String, FieldError> {
    text("bio", raw, 0, 1000, "err-text-short", "err-bio-long")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_is_normalised() {
        assert_eq!(Email::parse("  Anna@Example.ORG ").map(|e| e.0), Ok("anna@example.org".into()));
    }

    #[test]
    fn bad_emails_are_rejected() {
        for bad in [
            "",
            "anna",
            "anna@",
            "@example.org",
            "a@b",
            "a b@example.org",
            "a@@example.org",
            "a@example..org",
            "a@.example.org",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn demo_password_only_in_demo_mode() {
        assert!(NewPassword::parse("password", DEMO_PASSWORD, false).is_err());
        assert!(NewPassword::parse("password", DEMO_PASSWORD, true).is_ok());
        assert!(NewPassword::parse("password", "short", true).is_err());
        assert!(NewPassword::parse("password", "aaaaaaaaaaaa", true).is_err());
    }

    #[test]
    fn initials_of_names() {
        assert_eq!(initials("Anna Berger"), "AB");
        assert_eq!(initials("ömer"), "Ö");
        assert_eq!(initials("  "), "?");
        assert_eq!(initials("Jean-Paul de la Rue"), "JD");
    }

    proptest::proptest! {
        #[test]
        fn display_name_never_panics(s in ".*") {
            let _ = DisplayName::parse(&s);
            let _ = Email::parse(&s);
            let _ = initials(&s);
        }
    }
}
