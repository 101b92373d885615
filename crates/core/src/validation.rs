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
