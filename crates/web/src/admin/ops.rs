//! Health, readiness, security.txt and the embedded static files.

use crate::AppState;
use crate::error::AppError;
use crate::extractors::Path;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

/// Liveness: the process answers.
pub async fn healthz() -> &'static str {
    "ok"
}

/// Readiness: the database answers.
pub async fn readyz(State(st): State<AppState>) -> Response {
    match st.store.ping().await {
        Ok(()) => "ready".into_response(),
        Err(e) => {
            tracing::warn!(error = %e, "database not reachable");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response()
        }
    }
}

/// RFC 9116 contact for security reports.
pub async fn security_txt(State(st): State<AppState>) -> Response {
    let expires = (st.store.now() + chrono::Duration::days(180)).format("%Y-%m-%dT00:00:00Z");
    let body = format!(
        "Contact: {}\nExpires: {expires}\nPreferred-Languages: de, en\nCanonical: {}/.well-known/security.txt\n",
        st.config.security_contact,
        st.config.base_url()
    );
    let mut r = body.into_response();
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8"));
    r
}

const STYLE: &str = include_str!("../../static/style.css");
/// The built-in logo; `logo` in the configuration replaces it.
pub const LOGO: &str = include_str!("../../static/logo.svg");

/// Static assets, embedded in the binary.
pub async fn static_file(State(st): State<AppState>, Path(name): Path<String>) -> Result<Response, AppError> {
    let (body, ct) = match name.as_str() {
        "style.css" => (STYLE.to_string(), "text/css; charset=utf-8"),
        "logo.svg" => (st.logo_svg.to_string(), "image/svg+xml"),
        _ => return Err(AppError::NotFound),
    };
    let mut r = body.into_response();
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(ct));
    r.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=3600"));
    Ok(r)
}

/// Anything not in the route table.
pub async fn not_found() -> AppError {
    AppError::NotFound
}
