//! The HTTP layer of Quartier: one route table, server-rendered pages that
//! work without JavaScript, and a JSON API under `/api`.

pub mod api;
pub mod assets;
pub mod cache;
#[cfg(test)]
mod checklist;
pub mod config;
pub mod content;
pub mod ctx;
pub mod domains;
pub mod error;
pub mod extractors;
pub mod feeds;
pub mod guards;
pub mod i18n;
pub mod mail;
pub mod markdown;
pub mod media;
pub mod notify;
pub mod page;
pub mod routes;
pub mod security;
pub mod views;
pub mod worker;

// Capabilities: one folder each, with its handlers, pages and forms.
pub mod account;
pub mod admin;
pub mod census;
pub mod coproduction;
pub mod easy;
pub mod events;
pub mod groups;
pub mod help;
pub mod impact;
pub mod inbox;
pub mod mentoring;
pub mod moderation;
pub mod neighbourhoods;
pub mod network;
pub mod notice_board;
pub mod notifications;
pub mod organisations;
pub mod pool;
pub mod search;
pub mod sites;

use config::Config;
use quartier_store::Store;
use quartier_store::sessions::SessionLimits;
use std::sync::Arc;

/// What every handler can reach. Cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub config: Arc<Config>,
    pub mailer: mail::Mailer,
    /// The logo and favicon: the operator's SVG (`logo`) or the built-in one.
    pub logo_svg: Arc<str>,
    /// The content-named addresses of the style sheet and the logo.
    pub assets: Arc<assets::Assets>,
    /// Which organisation each host name serves, as last read.
    pub domains: Arc<domains::DomainCache>,
    /// The host of the instance's own address (never looked up as an
    /// organisation's domain).
    pub own_host: Option<Arc<str>>,
    /// Each neighbourhood's start-page blocks, per audience, while its
    /// `content_version` holds.
    pub start_blocks: Arc<StartBlocksCache>,
}

/// What [`AppState::start_blocks`] keeps.
pub type StartBlocksCache =
    cache::Versioned<(uuid::Uuid, quartier_store::start_page::Audience), quartier_store::start_page::SharedBlocks>;

impl AppState {
    pub fn new(store: Store, config: Config) -> anyhow::Result<Self> {
        let mailer = mail::Mailer::from_config(&config)?;
        let logo_svg: Arc<str> = match &config.logo {
            Some(path) => {
                let svg = std::fs::read_to_string(path).map_err(|e| anyhow::anyhow!("logo {}: {e}", path.display()))?;
                anyhow::ensure!(svg.contains("<svg"), "logo {}: not an SVG file", path.display());
                svg.into()
            }
            None => assets::LOGO.into(),
        };
        let own_host = domains::own_host_of(&config).map(Arc::from);
        let assets = Arc::new(assets::Assets::new(&logo_svg));
        Ok(Self {
            store,
            config: Arc::new(config),
            mailer,
            logo_svg,
            assets,
            domains: Default::default(),
            own_host,
            start_blocks: Default::default(),
        })
    }

    pub fn session_limits(&self) -> SessionLimits {
        SessionLimits {
            idle: chrono::Duration::minutes(i64::from(self.config.session_idle_minutes)),
            absolute: chrono::Duration::days(i64::from(self.config.session_absolute_days)),
        }
    }
}

/// The complete application: routes plus every layer.
pub fn app(state: AppState) -> axum::Router {
    use tower::Layer;
    // Around the whole router: an organisation's own host changes the path
    // before it is routed.
    let own_domains = axum::middleware::from_fn_with_state(state.clone(), domains::own_domains);
    axum::Router::new().fallback_service(own_domains.layer(routes::router(state)))
}

/// Serve until Ctrl-C or SIGTERM, then finish running requests.
pub async fn serve(state: AppState, listener: tokio::net::TcpListener) -> anyhow::Result<()> {
    worker::spawn(state.clone());
    let app = app(state).into_make_service_with_connect_info::<std::net::SocketAddr>();
    axum::serve(listener, app).with_graceful_shutdown(shutdown_signal()).await?;
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
}
