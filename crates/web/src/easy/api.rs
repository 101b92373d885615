//! The easy-language checker in the JSON API.

use crate::api::json;
use crate::error::AppError;
use axum::response::Response;

#[derive(serde::Deserialize)]
pub struct CheckBody {
    text: String,
}

/// The easy-language checker for other tools: hints per sentence and the
/// readability scores. Hints only; nothing is stored.
pub async fn check(crate::extractors::Json(b): crate::extractors::Json<CheckBody>) -> Result<Response, AppError> {
    if b.text.chars().count() > 100_000 {
        return Err(quartier_core::validation::FieldError::new("text", "err-check-too-long").into());
    }
    let report = quartier_core::easy_language::check(&b.text);
    Ok(json(serde_json::to_value(report).map_err(|e| AppError::Internal(e.to_string()))?))
}
