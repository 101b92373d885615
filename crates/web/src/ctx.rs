//! The request context every page gets: the reader's preferences (from the
//! account, else a cookie, else `Accept-Language`), the logged-in person,
//! and whether this is a demo instance. A middleware builds it once per
//! request; handlers take it as an extractor.

use crate::AppState;
use crate::error::AppError;
use crate::i18n::Words;
use axum::extract::{ConnectInfo, FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use axum::middleware::Next;
use axum::response::Response;
use quartier_core::locale::{Locale, Preferences};
use std::net::{IpAddr, SocketAddr};
use uuid::Uuid;

pub const PREFS_COOKIE: &str = "quartier_prefs";

/// The person behind a valid session.
#[derive(Clone, Debug)]
pub struct SessionUser {
    pub id: Uuid,
    pub display_name: String,
    pub email: String,
    pub operator: bool,
    /// Stored id (hash) of the session, to keep it when others are ended.
    pub session_id: String,
    /// Unread notifications, for the bell.
    pub unread: u64,
}

/// No Debug: it holds the raw session token.
#[derive(Clone)]
pub struct Ctx {
    pub prefs: Preferences,
    pub user: Option<SessionUser>,
    pub demo: bool,
    /// Path and query of this request, for "back" links.
    pub path: String,
    pub client_ip: Option<IpAddr>,
    /// The session cookie as sent (valid or not), for login and logout.
    pub session_token: Option<String>,
    /// The store's clock at the start of the request, for dates that
    /// depend on today (Leichte Sprache leaves out a near year).
    pub now: chrono::DateTime<chrono::Utc>,
    /// Where the page finds its style sheet and logo.
    pub assets: std::sync::Arc<crate::assets::Assets>,
}

impl Ctx {
    pub fn locale(&self) -> Locale {
        self.prefs.locale
    }

    /// Translations and dates in the reader's language.
    pub fn words(&self) -> Words {
        Words::new(self.prefs.locale, self.now)
    }

    pub fn t(&self, key: &str) -> String {
        self.words().t(key)
    }

    pub fn t1(&self, key: &str, name: &'static str, value: &str) -> String {
        self.words().t1(key, name, value)
    }

    pub fn t2(&self, key: &str, n1: &'static str, v1: &str, n2: &'static str, v2: &str) -> String {
        self.words().t2(key, n1, v1, n2, v2)
    }

    pub fn html_lang(&self) -> &'static str {
        self.prefs.locale.html_lang()
    }

    pub fn logged_in(&self) -> bool {
        self.user.is_some()
    }

    pub fn is_operator(&self) -> bool {
        self.user.as_ref().is_some_and(|u| u.operator)
    }

    /// The client's address as a key for limits counted per address.
    pub fn client_key(&self) -> String {
        self.client_ip.map(|i| i.to_string()).unwrap_or_else(|| "unknown".into())
    }

    pub fn user_name(&self) -> String {
        self.user.as_ref().map(|u| u.display_name.clone()).unwrap_or_default()
    }

    /// The session user or a redirect to the login page.
    pub fn require_user(&self) -> Result<&SessionUser, AppError> {
        self.user.as_ref().ok_or(AppError::LoginRequired)
    }

    /// Format a UTC time for the reader, in the given time zone.
    pub fn datetime(&self, t: &chrono::DateTime<chrono::Utc>, tz: &str) -> String {
        self.words().datetime(t, tz)
    }

    pub fn date(&self, t: &chrono::DateTime<chrono::Utc>) -> String {
        self.words().date(t)
    }

    /// A term of the glossary (`i18n::GLOSSARY`) explained, for readers of
    /// Leichte Sprache where it first appears on a page; `None` for others.
    pub fn explain(&self, term: &str) -> Option<Explained> {
        if !self.words().easy() || !crate::i18n::GLOSSARY.contains(&term) {
            return None;
        }
        Some(Explained {
            question: self.t1("glossary-what", "term", &self.t(&format!("glossary-{term}"))),
            text: self.t(&format!("glossary-{term}-text")),
        })
    }
}

/// A term and what it means, shown as "Was heißt …?" that opens without JavaScript.
pub struct Explained {
    pub question: String,
    pub text: String,
}

/// Read one cookie from the request headers.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| cookie::Cookie::parse(kv.trim().to_string()).ok())
        .find(|c| c.name() == name)
        .map(|c| c.value().to_string())
}

/// The name of the session cookie: `__Host-` only where it can be Secure.
pub fn session_cookie_name(secure: bool) -> &'static str {
    if secure { "__Host-quartier_session" } else { "quartier_session" }
}

/// The client's address. Behind our own reverse proxy it is the *last*
/// entry of `X-Forwarded-For`, the one that proxy appended: entries before
/// it were sent by the client and could be anything, which would let one
/// client pass for many and slip past every limit counted per address.
fn client_ip(parts_headers: &HeaderMap, peer: Option<SocketAddr>, trust_proxy: bool) -> Option<IpAddr> {
    if trust_proxy
        && let Some(ip) = parts_headers
            .get_all("x-forwarded-for")
            .iter()
            .next_back()
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.rsplit(',').next())
            .and_then(|v| v.trim().parse::<IpAddr>().ok())
    {
        return Some(ip);
    }
    peer.map(|p| p.ip())
}

/// Build the context, run the handler, and render any error it returned
/// as a page in the reader's language (or a problem document under /api).
pub async fn context_layer(State(st): State<AppState>, mut req: Request, next: Next) -> Response {
    let headers = req.headers();
    let peer = req.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| c.0);
    let ip = client_ip(headers, peer, st.config.trust_proxy);
    let mut prefs =
        cookie(headers, PREFS_COOKIE).and_then(|v| Preferences::from_cookie(&v)).unwrap_or_else(|| Preferences {
            locale: headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .map(Locale::from_accept_language)
                .unwrap_or_default(),
            ..Preferences::default()
        });
    let mut user = None;
    let session_token = cookie(headers, session_cookie_name(st.config.secure_cookies()));
    // Static files and the liveness check are the same for everyone: they
    // never ask the database who is reading.
    let anonymous = req.uri().path() == "/healthz" || req.uri().path().starts_with("/static/");
    if let Some(token) = session_token.as_ref().filter(|_| !anonymous) {
        match st.store.session_user(token, st.session_limits()).await {
            Ok(Some(p)) => {
                let u = p.user;
                prefs = quartier_store::accounts::prefs_of(&u);
                user = Some(SessionUser {
                    unread: p.unread,
                    id: u.id,
                    display_name: u.display_name,
                    email: u.email,
                    operator: u.is_operator,
                    session_id: p.session_id,
                });
            }
            Ok(None) => {}
            Err(e) => tracing::error!(error = %e, "session lookup failed"),
        }
    }
    let path = req.uri().path_and_query().map(|p| p.as_str().to_string()).unwrap_or_else(|| "/".into());
    let is_api = req.uri().path().starts_with("/api/");
    let ctx = Ctx {
        prefs,
        user,
        demo: st.config.demo,
        path,
        client_ip: ip,
        session_token,
        now: st.store.now(),
        assets: st.assets.clone(),
    };
    req.extensions_mut().insert(ctx.clone());
    let resp = next.run(req).await;
    crate::error::render_error(&ctx, is_api, resp)
}

impl<S: Send + Sync> FromRequestParts<S> for Ctx {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        parts.extensions.get::<Ctx>().cloned().ok_or_else(|| AppError::Internal("context layer missing".into()))
    }
}

/// The raw session token of the request, if it sent one. Only login and
/// logout need it; everything else uses `Ctx::user`.
pub fn cookie_from_ctx(ctx: &Ctx) -> Option<String> {
    ctx.session_token.clone()
}

#[cfg(test)]
mod client_ip_tests {
    use super::client_ip;
    use axum::http::{HeaderMap, HeaderValue};

    #[test]
    fn only_the_entry_our_proxy_appended_is_believed() {
        let peer = Some("10.0.0.1:443".parse().unwrap());
        let mut h = HeaderMap::new();
        h.append("x-forwarded-for", HeaderValue::from_static("6.6.6.6, 203.0.113.7"));
        assert_eq!(client_ip(&h, peer, true), Some("203.0.113.7".parse().unwrap()));
        h.append("x-forwarded-for", HeaderValue::from_static("198.51.100.2"));
        assert_eq!(client_ip(&h, peer, true), Some("198.51.100.2".parse().unwrap()));
        assert_eq!(client_ip(&h, peer, false), Some("10.0.0.1".parse().unwrap()), "no proxy: the peer");
        let mut junk = HeaderMap::new();
        junk.append("x-forwarded-for", HeaderValue::from_static("1.2.3.4, nonsense"));
        assert_eq!(client_ip(&junk, peer, true), Some("10.0.0.1".parse().unwrap()));
    }
}
