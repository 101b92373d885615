//! An organisation's own domain: the operator maps a host name to an
//! organisation (`admin::domains`), and a request for that host is served
//! the organisation's site. `/` there is the organisation's page; its site's
//! own addresses (`/o/<slug>/…`), static files, images, events and logging
//! in work under the host as they are; anything else of the instance is
//! sent to the instance's own address.
//!
//! Which organisation a host serves is cached in the process for
//! [`DOMAIN_TTL`]: a change on one app server is seen by the others within
//! that time, by the server that made it at once. The instance's own host
//! and bare IP addresses are never looked up, so its pages and static
//! files cost no statement.

use crate::AppState;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use quartier_core::org_site::host_of_header;
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How long a server trusts what it last read about a host.
pub const DOMAIN_TTL: Duration = Duration::from_secs(30);

/// The most hosts remembered; random `Host` headers cannot grow it further.
const REMEMBERED: usize = 1024;

/// Host → the organisation's short name (or none), and when it was read.
pub struct DomainCache {
    entries: Mutex<HashMap<String, (Option<String>, Instant)>>,
    ttl: Duration,
}

impl Default for DomainCache {
    fn default() -> Self {
        Self::with_ttl(DOMAIN_TTL)
    }
}

impl DomainCache {
    /// A cache that trusts what it read for `ttl` (tests use a short one).
    pub fn with_ttl(ttl: Duration) -> Self {
        Self { entries: Mutex::default(), ttl }
    }

    fn get(&self, host: &str) -> Option<Option<String>> {
        let map = self.entries.lock().ok()?;
        map.get(host).filter(|(_, at)| at.elapsed() < self.ttl).map(|(slug, _)| slug.clone())
    }

    fn put(&self, host: String, slug: Option<String>) {
        if let Ok(mut map) = self.entries.lock() {
            if map.len() >= REMEMBERED {
                map.clear();
            }
            map.insert(host, (slug, Instant::now()));
        }
    }

    /// Forget a host at once (its mapping was changed on this server).
    pub fn forget(&self, host: &str) {
        if let Ok(mut map) = self.entries.lock() {
            map.remove(host);
        }
    }
}

/// The host part of the instance's own address, read once at start-up.
pub fn own_host_of(config: &crate::config::Config) -> Option<String> {
    let base = config.base_url();
    let authority = base.split("://").nth(1).unwrap_or(&base).split('/').next().unwrap_or("").to_string();
    host_of_header(&authority)
}

/// Whether `host` is the instance's own.
pub fn is_own_host(st: &AppState, host: &str) -> bool {
    st.own_host.as_deref() == Some(host)
}

/// Paths that belong to the organisation's site, or that any site needs,
/// and so are served under its own host as they are.
fn serves_here(path: &str, slug: &str) -> bool {
    let site = format!("/o/{slug}");
    path == site
        || path.starts_with(&format!("{site}/"))
        || ["/static/", "/img/", "/e/", "/.well-known/"].iter().any(|p| path.starts_with(p))
        || ["/login", "/logout", "/preferences", "/preferences/language", "/healthz", "/readyz"].contains(&path)
}

/// The layer around the whole router (it changes the path before routing).
pub async fn own_domains(State(st): State<AppState>, mut req: Request, next: Next) -> Response {
    let Some(host) = req.headers().get(header::HOST).and_then(|h| h.to_str().ok()).and_then(host_of_header) else {
        return next.run(req).await;
    };
    if host.parse::<std::net::IpAddr>().is_ok() || is_own_host(&st, &host) {
        return next.run(req).await;
    }
    let slug = match st.domains.get(&host) {
        Some(s) => s,
        None => match st.store.org_slug_for_host(&host).await {
            Ok(s) => {
                st.domains.put(host.clone(), s.clone());
                s
            }
            // The database is away: serve as if the host were the
            // instance's; the page will say what is wrong.
            Err(_) => None,
        },
    };
    let Some(slug) = slug else {
        return next.run(req).await;
    };
    let path = req.uri().path().to_string();
    let query = req.uri().query().map(|q| format!("?{q}")).unwrap_or_default();
    if path == "/" {
        if let Ok(uri) = format!("/o/{slug}{query}").parse::<Uri>() {
            *req.uri_mut() = uri;
        }
        return next.run(req).await;
    }
    if serves_here(&path, &slug) {
        return next.run(req).await;
    }
    // The rest of the instance lives at its own address.
    let to = format!("{}{path}{query}", st.config.base_url());
    match HeaderValue::from_str(&to) {
        Ok(v) => (StatusCode::SEE_OTHER, [(header::LOCATION, v)]).into_response(),
        Err(_) => StatusCode::BAD_REQUEST.into_response(),
    }
}
