//! Response headers that every page carries, and cookie helpers.

use crate::AppState;
use crate::ctx::session_cookie_name;
use crate::error::AppError;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// No inline script or style anywhere, no framing, no sniffing.
pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; \
frame-ancestors 'none'";

pub async fn headers_layer(State(st): State<AppState>, req: Request, next: Next) -> Response {
    let anonymous = crate::ctx::cookie(req.headers(), session_cookie_name(st.config.secure_cookies())).is_none();
    let mut r = next.run(req).await;
    let h = r.headers_mut();
    // A handler may set a stricter policy (uploaded images are sandboxed).
    if !h.contains_key(header::CONTENT_SECURITY_POLICY) {
        h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
    }
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("same-origin"));
    h.insert(
        "permissions-policy",
        HeaderValue::from_static("camera=(), microphone=(), geolocation=(), interest-cohort=()"),
    );
    h.insert("cross-origin-opener-policy", HeaderValue::from_static("same-origin"));
    if st.config.secure_cookies() {
        h.insert(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static("max-age=31536000"));
    }
    if !h.contains_key(header::CACHE_CONTROL) {
        // A page for nobody in particular may be kept by the reader's own
        // browser and revalidated (see `conditional_get`); anything shown to
        // a logged-in person or setting a cookie is never stored.
        let shared = anonymous && !h.contains_key(header::SET_COOKIE);
        h.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static(if shared { "private, no-cache" } else { "no-store" }),
        );
    }
    r
}

/// Conditional GET: a successful GET answer that may be stored gets an
/// `ETag` (a hash of its body); a request that already holds that version
/// (`If-None-Match`) gets `304 Not Modified` without the body. The page is
/// still rendered, but a reader on a slow line does not fetch it again.
pub async fn conditional_get(req: Request, next: Next) -> Response {
    if !matches!(*req.method(), axum::http::Method::GET | axum::http::Method::HEAD) {
        return next.run(req).await;
    }
    let if_none_match = req.headers().get(header::IF_NONE_MATCH).cloned();
    let r = next.run(req).await;
    let storable =
        r.headers().get(header::CACHE_CONTROL).and_then(|v| v.to_str().ok()).is_some_and(|v| !v.contains("no-store"));
    if r.status() != axum::http::StatusCode::OK || !storable || r.headers().contains_key(header::ETAG) {
        return r;
    }
    // Only bodies already whole in memory (every rendered page); a stream
    // passes untouched.
    use axum::body::HttpBody;
    if r.body().size_hint().exact().is_none_or(|n| n > MAX_TAGGED_BODY) {
        return r;
    }
    let (mut parts, body) = r.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, usize::MAX).await else {
        return (axum::http::StatusCode::SERVICE_UNAVAILABLE, "").into_response();
    };
    let tag = {
        use sha2::Digest;
        format!("W/\"{}\"", hex::encode(&sha2::Sha256::digest(&bytes)[..12]))
    };
    let Ok(etag) = HeaderValue::from_str(&tag) else {
        return Response::from_parts(parts, axum::body::Body::from(bytes));
    };
    let matches = if_none_match
        .as_ref()
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == tag || t.trim() == "*"));
    parts.headers.insert(header::ETAG, etag);
    if matches {
        parts.status = axum::http::StatusCode::NOT_MODIFIED;
        parts.headers.remove(header::CONTENT_LENGTH);
        parts.headers.remove(header::CONTENT_TYPE);
        return Response::from_parts(parts, axum::body::Body::empty());
    }
    Response::from_parts(parts, axum::body::Body::from(bytes))
}

/// Larger bodies (a whole export) are not hashed.
const MAX_TAGGED_BODY: u64 = 16 * 1024 * 1024;

/// `Set-Cookie` for a new session: HttpOnly, SameSite=Lax, Secure and
/// `__Host-` unless on plain HTTP.
pub fn session_cookie(st: &AppState, token: &str) -> String {
    let secure = st.config.secure_cookies();
    format!(
        "{}={token}; Path=/; HttpOnly; SameSite=Lax{}",
        session_cookie_name(secure),
        if secure { "; Secure" } else { "" }
    )
}

pub fn clear_session_cookie(st: &AppState) -> String {
    let secure = st.config.secure_cookies();
    format!(
        "{}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{}",
        session_cookie_name(secure),
        if secure { "; Secure" } else { "" }
    )
}

/// The preferences cookie holds no personal data; it lasts a year.
pub fn prefs_cookie(st: &AppState, value: &str) -> String {
    format!(
        "{}={value}; Path=/; SameSite=Lax; Max-Age=31536000{}",
        crate::ctx::PREFS_COOKIE,
        if st.config.secure_cookies() { "; Secure" } else { "" }
    )
}

/// Argon2 is slow on purpose; keep it off the async workers.
pub async fn hash_password(pw: &str) -> Result<String, AppError> {
    let pw = pw.to_string();
    tokio::task::spawn_blocking(move || quartier_store::passwords::hash(&pw))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?
        .map_err(AppError::Internal)
}

pub async fn verify_password(stored: &str, pw: &str) -> bool {
    let (stored, pw) = (stored.to_string(), pw.to_string());
    tokio::task::spawn_blocking(move || quartier_store::passwords::verify(&stored, &pw)).await.unwrap_or(false)
}
