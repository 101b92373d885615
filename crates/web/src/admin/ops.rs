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

use crate::assets::STYLE;

/// Static assets, embedded in the binary. The current content-named address
/// is immutable; the plain name (`style.css`, for old pages and exports) and
/// any other version's name (a page from a newer or older app server during
/// an upgrade) serve today's content for a short while only.
pub async fn static_file(State(st): State<AppState>, Path(name): Path<String>) -> Result<Response, AppError> {
    let mut parts = name.split('.');
    let (stem, ext) = (parts.next(), parts.next_back());
    if parts.count() > 1 {
        return Err(AppError::NotFound);
    }
    let (body, ct, current) = match (stem, ext) {
        (Some("style"), Some("css")) => (STYLE.to_string(), "text/css; charset=utf-8", &st.assets.style),
        (Some("logo"), Some("svg")) => (st.logo_svg.to_string(), "image/svg+xml", &st.assets.logo),
        _ => return Err(AppError::NotFound),
    };
    let cache = if current.strip_prefix("/static/") == Some(name.as_str()) {
        "public, max-age=31536000, immutable"
    } else {
        "public, max-age=300"
    };
    let mut r = body.into_response();
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(ct));
    r.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    Ok(r)
}

/// Anything not in the route table.
pub async fn not_found() -> AppError {
    AppError::NotFound
}
