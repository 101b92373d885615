//! One error type for the whole web layer.
//!
//! Policy: a handler returns `AppError`; the context middleware renders it
//! as an HTML page in the reader's language, or under `/api` as an RFC 9457
//! problem document. A 500 logs its cause and shows a generic message, so
//! nothing internal reaches the reader. User input never causes a 500: a
//! bad value is a 422 with the field named, a clash is a 409.

use crate::ctx::Ctx;
use crate::page::ErrorPage;
use askama::Template;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use quartier_core::FieldErrors;
use quartier_store::StoreError;

/// Seconds a reader is asked to wait when the server is overloaded.
pub const RETRY_BUSY: &str = "5";

#[derive(Debug, Clone, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("forbidden")]
    Forbidden,
    #[error("login required")]
    LoginRequired,
    #[error("bad request")]
    BadRequest,
    /// The message key says what clashed.
    #[error("conflict: {0}")]
    Conflict(&'static str),
    #[error("too many requests")]
    TooManyRequests,
    /// The server or its database is overloaded; try again shortly.
    #[error("unavailable")]
    Unavailable,
    #[error("validation failed")]
    Validation(FieldErrors),
    #[error("internal: {0}")]
    Internal(String),
}

/// Marker put on error responses so the middleware can render them.
#[derive(Debug, Clone)]
pub struct ErrorInfo(pub AppError);

impl AppError {
    pub fn status(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Forbidden => StatusCode::FORBIDDEN,
            AppError::LoginRequired => StatusCode::UNAUTHORIZED,
            AppError::BadRequest => StatusCode::BAD_REQUEST,
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
            AppError::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Validation(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// Fluent ids of the title and the explanation.
    fn keys(&self) -> (&'static str, &'static str) {
        match self {
            AppError::NotFound => ("error-not-found", "error-not-found-text"),
            AppError::Forbidden => ("error-forbidden", "error-forbidden-text"),
            AppError::LoginRequired => ("error-login-required", "error-login-required-text"),
            AppError::BadRequest => ("error-bad-request", "error-bad-request-text"),
            AppError::Conflict(k) => ("error-conflict", k),
            AppError::TooManyRequests => ("error-too-many", "error-too-many-text"),
            AppError::Unavailable => ("error-unavailable", "error-unavailable-text"),
            AppError::Validation(_) => ("error-validation", "error-validation-text"),
            AppError::Internal(_) => ("error-internal", "error-internal-text"),
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        if let AppError::Internal(cause) = &self {
            tracing::error!(%cause, "internal error");
        }
        let mut r = self.status().into_response();
        match self {
            AppError::TooManyRequests => {
                r.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static("60"));
            }
            AppError::Unavailable => {
                r.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static(RETRY_BUSY));
            }
            _ => {}
        }
        r.extensions_mut().insert(ErrorInfo(self));
        r
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => AppError::NotFound,
            StoreError::Conflict(_) => AppError::Conflict("error-conflict-text"),
            StoreError::Invalid(_) => AppError::Conflict("error-conflict-text"),
            other if other.is_overload() => AppError::Unavailable,
            other => AppError::Internal(other.to_string()),
        }
    }
}

impl From<askama::Error> for AppError {
    fn from(e: askama::Error) -> Self {
        AppError::Internal(format!("template: {e}"))
    }
}

impl From<quartier_core::FieldError> for AppError {
    fn from(e: quartier_core::FieldError) -> Self {
        AppError::Validation(e.into())
    }
}

/// Turn error responses into pages or problem documents. Responses that
/// already carry a body of ours pass through untouched.
pub fn render_error(ctx: &Ctx, is_api: bool, resp: Response) -> Response {
    let status = resp.status();
    let err = match resp.extensions().get::<ErrorInfo>() {
        Some(ErrorInfo(e)) => e.clone(),
        None => {
            if !(status.is_client_error() || status.is_server_error()) {
                return resp;
            }
            let ct = resp.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
            if ct.starts_with("text/html")
                || ct.starts_with("application/problem+json")
                || ct.starts_with("application/json")
            {
                return resp;
            }
            // A framework rejection (bad path, CSRF, wrong method): ours to explain.
            match status {
                StatusCode::NOT_FOUND => AppError::NotFound,
                StatusCode::FORBIDDEN => AppError::Forbidden,
                StatusCode::METHOD_NOT_ALLOWED => AppError::BadRequest,
                // The request timed out: busy, not broken.
                StatusCode::SERVICE_UNAVAILABLE => AppError::Unavailable,
                s if s.is_server_error() => AppError::Internal(format!("status {s}")),
                _ => AppError::BadRequest,
            }
        }
    };
    let retry_after = resp
        .headers()
        .get(header::RETRY_AFTER)
        .cloned()
        .or_else(|| matches!(err, AppError::Unavailable).then(|| HeaderValue::from_static(RETRY_BUSY)));
    let keep_retry_after = |mut r: Response| {
        if let Some(v) = retry_after.clone() {
            r.headers_mut().insert(header::RETRY_AFTER, v);
        }
        r
    };
    if is_api {
        return keep_retry_after(problem(ctx, status, &err));
    }
    if matches!(err, AppError::LoginRequired) {
        let next = urlencode(&ctx.path);
        return Redirect::to(&format!("/login?next={next}")).into_response();
    }
    let (title, text) = err.keys();
    // A rejected value names what was wrong, in the reader's language.
    let text = match &err {
        AppError::Validation(fe) if !fe.is_empty() => fe.0.iter().map(|e| ctx.t(e.key)).collect::<Vec<_>>().join(" "),
        _ => ctx.t(text),
    };
    let page = ErrorPage { ctx: ctx.clone(), status: status.as_u16(), title: ctx.t(title), text };
    let body = page.render().unwrap_or_else(|_| ctx.t(title));
    let mut r = (status, axum::response::Html(body)).into_response();
    if status == StatusCode::METHOD_NOT_ALLOWED
        && let Some(allow) = resp.headers().get(header::ALLOW)
    {
        r.headers_mut().insert(header::ALLOW, allow.clone());
    }
    keep_retry_after(r)
}

fn problem(ctx: &Ctx, status: StatusCode, err: &AppError) -> Response {
    let (title, text) = err.keys();
    let mut body = serde_json::json!({
        "type": "about:blank",
        "title": ctx.t(title),
        "status": status.as_u16(),
        "detail": ctx.t(text),
    });
    if let AppError::Validation(fe) = err {
        body["errors"] =
            fe.0.iter()
                .map(|e| serde_json::json!({"field": e.field, "code": e.key, "message": ctx.t(e.key)}))
                .collect();
    }
    let mut r = (status, body.to_string()).into_response();
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
    r
}

/// The answer when more requests arrive than the server takes at once. It
/// comes before the request's context (which needs the database), so it
/// cannot know the reader's language and says it in all three.
pub fn overloaded() -> Response {
    const PAGE: &str = concat!(
        "<!doctype html><html lang=\"de\"><head><meta charset=\"utf-8\">",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
        "<title>Gerade sehr viel los – Quartier</title></head><body><main>",
        "<h1>Gerade sehr viel los</h1>",
        "<p>Im Moment sind sehr viele Menschen gleichzeitig hier. ",
        "Bitte versuchen Sie es in ein paar Sekunden noch einmal.</p>",
        "<section lang=\"de\"><h2>In Leichter Sprache</h2>",
        "<p>Gerade sind sehr viele Menschen hier.<br>Bitte warten Sie ein paar Sekunden.<br>",
        "Dann versuchen Sie es noch einmal.</p></section>",
        "<section lang=\"en\"><h2>Very busy right now</h2>",
        "<p>Very many people are here at the same time. Please try again in a few seconds.</p></section>",
        "</main></body></html>"
    );
    let mut r = (StatusCode::SERVICE_UNAVAILABLE, axum::response::Html(PAGE)).into_response();
    r.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static(RETRY_BUSY));
    r
}

pub fn urlencode(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

/// Only local paths may be redirect targets ("/x", never "//host" or "http:").
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n) if is_local_path(n) => n.to_string(),
        _ => "/".to_string(),
    }
}

/// A path on this site and nothing else: it starts with one slash, holds no
/// control character, white space or backslash (browsers drop or turn them
/// into slashes, so `/<TAB>/evil.example` would leave the site), and joined
/// to any origin it stays on that origin.
fn is_local_path(n: &str) -> bool {
    const BASE: &str = "http://quartier.invalid/";
    n.starts_with('/')
        && !n.starts_with("//")
        && !n.chars().any(|c| c.is_control() || c.is_whitespace() || c == '\\')
        && url::Url::parse(BASE).and_then(|b| b.join(n)).is_ok_and(|u| u.host_str() == Some("quartier.invalid"))
}

#[cfg(test)]
mod next_tests {
    use super::safe_next;

    #[test]
    fn only_paths_of_this_site_are_followed() {
        for good in ["/", "/n/lindenviertel", "/n/x?tab=1#top", "/%09/evil.example"] {
            assert_eq!(safe_next(Some(good)), good);
        }
        for bad in [
            "//evil.example",
            "/\\evil.example",
            "/\t/evil.example/x",
            "/\n/evil.example",
            "/ /evil.example",
            "/\u{a0}/evil.example",
            "https://evil.example",
            "evil.example",
            "javascript:alert(1)",
            "",
        ] {
            assert_eq!(safe_next(Some(bad)), "/", "{bad:?}");
        }
        assert_eq!(safe_next(None), "/");
    }
}

#[cfg(test)]
mod overload_tests {
    use super::*;
    use quartier_store::sea_orm::{DbErr, RuntimeErr, error::ConnAcquireErr};

    /// A database too busy to answer asks the reader to come back; it is
    /// not reported as our fault.
    #[test]
    fn a_busy_database_is_a_503_with_retry_after_not_a_500() {
        for e in [
            DbErr::ConnectionAcquire(ConnAcquireErr::Timeout),
            DbErr::Exec(RuntimeErr::Internal("error returned from database: (code: 5) database is locked".into())),
        ] {
            let r = AppError::from(StoreError::Db(e)).into_response();
            assert_eq!(r.status(), StatusCode::SERVICE_UNAVAILABLE);
            assert_eq!(r.headers()[header::RETRY_AFTER], RETRY_BUSY);
        }
        let other = AppError::from(StoreError::Db(DbErr::Custom("broken".into())));
        assert_eq!(other.status(), StatusCode::INTERNAL_SERVER_ERROR);
    }
}
