//! The account in the JSON API.

use crate::api::json;
use crate::ctx::Ctx;
use crate::error::AppError;
use axum::response::Response;
use serde_json::json;

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
