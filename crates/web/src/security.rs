//! Response headers that every page carries, and cookie helpers.

use crate::AppState;
use crate::ctx::session_cookie_name;
use crate::error::AppError;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;

/// No inline script or style anywhere, no framing, no sniffing.
pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; \
frame-ancestors 'none'";

pub async fn headers_layer(State(st): State<AppState>, req: Request, next: Next) -> Response {
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
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    r
}

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
