//! The JSON API. Errors are problem documents (RFC 9457), rendered by the
//! context middleware from the same `AppError` the pages use.

pub mod neighbourhoods;

use crate::ctx::Ctx;
use crate::error::AppError;
use axum::response::{IntoResponse, Response};
use serde_json::json;

/// A JSON response with the right content type.
pub fn json(v: serde_json::Value) -> Response {
    #[allow(clippy::disallowed_types)]
    axum::Json(v).into_response()
}

/// The person behind the session.
pub async fn me(ctx: Ctx) -> Result<Response, AppError> {
    let u = ctx.require_user()?;
    Ok(json(json!({
        "id": u.id,
        "display_name": u.display_name,
        "email": u.email,
        "operator": u.operator,
        "preferences": {
            "locale": ctx.prefs.locale.tag(),
            "text_size": ctx.prefs.text_size.tag(),
            "contrast": ctx.prefs.contrast.tag(),
        },
    })))
}

#[derive(serde::Deserialize)]
pub struct CheckBody {
    text: String,
}

/// The easy-language checker for other tools: hints per sentence and the
/// readability scores. Hints only; nothing is stored.
pub async fn easy_language_check(
    crate::extractors::Json(b): crate::extractors::Json<CheckBody>,
) -> Result<Response, AppError> {
    if b.text.chars().count() > 100_000 {
        return Err(quartier_core::validation::FieldError::new("text", "err-check-too-long").into());
    }
    let report = quartier_core::easy_language::check(&b.text);
    Ok(json(serde_json::to_value(report).map_err(|e| AppError::Internal(e.to_string()))?))
}
