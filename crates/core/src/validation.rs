//! Validation errors carry a field name and a Fluent message key, never a
//! rendered sentence: the web layer shows them next to the field, in the
//! reader's language.

use serde::Serialize;

/// One problem with one field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    pub field: &'static str,
    /// Fluent message id, e.g. `err-email-invalid`.
    pub key: &'static str,
}

impl FieldError {
    pub fn new(field: &'static str, key: &'static str) -> Self {
        Self { field, key }
    }
}

impl std::fmt::Display for FieldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.field, self.key)
    }
}

impl std::error::Error for FieldError {}

/// All problems of one submitted form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct FieldErrors(pub Vec<FieldError>);

impl FieldErrors {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn push(&mut self, e: FieldError) {
        self.0.push(e);
    }

    /// Keep the value if it parsed, record the error otherwise.
    pub fn take<T>(&mut self, r: Result<T, FieldError>) -> Option<T> {
        match r {
            Ok(v) => Some(v),
            Err(e) => {
                self.push(e);
                None
            }
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The message key for a field, if that field has an error.
    pub fn get(&self, field: &str) -> Option<&'static str> {
        self.0.iter().find(|e| e.field == field).map(|e| e.key)
    }

    pub fn into_result(self) -> Result<(), FieldErrors> {
        if self.0.is_empty() { Ok(()) } else { Err(self) }
    }
}

impl From<FieldError> for FieldErrors {
    fn from(e: FieldError) -> Self {
        Self(vec![e])
    }
}

/// Trim and check the length of free text counted in characters.
pub fn text(
    field: &'static str,
    raw: &str,
    min: usize,
    max: usize,
    too_short: &'static str,
    too_long: &'static str,
) -> Result<String, FieldError> {
    let t = raw.trim();
    let n = t.chars().count();
    if n < min {
        return Err(FieldError::new(field, too_short));
    }
    if n > max {
        return Err(FieldError::new(field, too_long));
    }
    if t.chars().any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t') {
        return Err(FieldError::new(field, "err-text-control"));
    }
    Ok(t.to_string())
}

/// A web address: empty, or `http(s)://…` of at most 300 characters
/// without spaces, quotes or angle brackets. `key` names the error.
pub fn web_address(field: &'static str, raw: &str, key: &'static str) -> Result<String, FieldError> {
    let t = raw.trim();
    if t.is_empty() {
        return Ok(String::new());
    }
    let lower = t.to_lowercase();
    let ok = (lower.starts_with("https://") || lower.starts_with("http://"))
        && t.len() > 10
        && t.len() <= 300
        && !t.chars().any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>');
    if ok { Ok(t.to_string()) } else { Err(FieldError::new(field, key)) }
}

/// The years a date typed or sent by anyone may have. Outside them date
/// arithmetic could overflow, so nothing past this point ever sees one.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2200;

/// A calendar day, `YYYY-MM-DD` or `DD.MM.YYYY`, inside [`YEARS`]; empty is `None`.
pub fn day(field: &'static str, raw: &str) -> Result<Option<chrono::NaiveDate>, FieldError> {
    use chrono::{Datelike, NaiveDate};
    let t = raw.trim();
    if t.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(t, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(t, "%d.%m.%Y"))
        .ok()
        .filter(|d| YEARS.contains(&d.year()))
        .map(Some)
        .ok_or(FieldError::new(field, "err-date"))
}

#[cfg(test)]
mod day_tests {
    use super::day;

    #[test]
    fn days_outside_the_years_are_refused_not_overflowed() {
        assert!(day("date", "2026-12-09").unwrap().is_some());
        assert!(day("date", "09.12.2026").unwrap().is_some());
        assert_eq!(day("date", " ").unwrap(), None);
        for bad in ["+262143-12-31", "-262143-01-01", "99999-01-01", "1000-01-01", "2026-13-01", "gestern"] {
            assert_eq!(day("date", bad).unwrap_err().key, "err-date", "{bad}");
        }
    }
}
