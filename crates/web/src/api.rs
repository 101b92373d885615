//! The JSON API. Errors are problem documents (RFC 9457), rendered by the
//! context middleware from the same `AppError` the pages use.

use axum::response::{IntoResponse, Response};

/// A JSON response with the right content type.
pub fn json(v: serde_json::Value) -> Response {
    #[allow(clippy::disallowed_types)]
    axum::Json(v).into_response()
}
