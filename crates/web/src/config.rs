//! Settings, read by the binary from `quartier.toml` and `QUARTIER_*`
//! variables. Secrets never appear in Debug output or in `quartier config`.

use serde::{Deserialize, Serialize, Serializer};
use std::net::SocketAddr;
use std::path::PathBuf;

/// A secret string: shown as `***` everywhere but where it is used.
#[derive(Clone, Deserialize, Default, PartialEq, Eq)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    pub fn new(s: impl Into<String>) -> Self {
        Self(s.into())
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("***")
    }
}

impl Serialize for Secret {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str("***")
    }
}

fn redacted_url<S: Serializer>(u: &str, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&quartier_store::redact_url(u))
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct MailConfig {
    /// Sender address of every mail.
    pub from: String,
    /// Without SMTP, mails are written here as `.eml` files and logged.
    pub outbox_dir: PathBuf,
    /// `smtps://user:pass@host:465` or `smtp://host:587?tls=required`.
    pub smtp_url: Option<Secret>,
}

impl Default for MailConfig {
    fn default() -> Self {
        Self { from: "Quartier <quartier@localhost>".into(), outbox_dir: PathBuf::from("outbox"), smtp_url: None }
    }
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// `sqlite://quartier.db` (default) or `postgres://user:pass@host/db`.
    #[serde(serialize_with = "redacted_url")]
    pub database_url: String,
    /// Address to listen on.
    pub bind: SocketAddr,
    /// The address people use, for links in e-mails. Defaults to `http://<bind>`.
    pub public_url: Option<String>,
    /// Demo mode: banner on every page, demo password accepted.
    pub demo: bool,
    /// Trust `X-Forwarded-For` (only behind a reverse proxy you run).
    pub trust_proxy: bool,
    /// Requests handled at once; beyond that the server answers 503 with
    /// `Retry-After` at once instead of queueing without bound.
    pub max_in_flight: u32,
    pub session_idle_minutes: u32,
    pub session_absolute_days: u32,
    /// How long the first-operator setup token is valid.
    pub setup_token_minutes: u32,
    /// `text` or `json`.
    pub log_format: String,
    /// Contact for `/.well-known/security.txt`.
    pub security_contact: String,
    /// An SVG file shown as the logo and favicon instead of the built-in one.
    pub logo: Option<std::path::PathBuf>,
    /// Demo mode only: start the clock at this instant (RFC 3339) instead of
    /// today, so browser tests see the same week whatever day they run.
    pub clock_start: Option<chrono::DateTime<chrono::Utc>>,
    pub mail: MailConfig,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            database_url: "sqlite://quartier.db".into(),
            bind: SocketAddr::from(([127, 0, 0, 1], 8080)),
            public_url: None,
            demo: false,
            trust_proxy: false,
            max_in_flight: 256,
            session_idle_minutes: 480,
            session_absolute_days: 14,
            setup_token_minutes: 60,
            log_format: "text".into(),
            security_contact: "mailto:security@localhost".into(),
            logo: None,
            clock_start: None,
            mail: MailConfig::default(),
        }
    }
}

impl Config {
    /// Check what serde cannot; the message names the setting.
    pub fn validate(&self) -> Result<(), String> {
        if !(self.database_url.starts_with("sqlite:")
            || self.database_url.starts_with("postgres://")
            || self.database_url.starts_with("postgresql://"))
        {
            return Err("database_url: must start with sqlite: or postgres://".into());
        }
        if let Some(u) = &self.public_url {
            let p = url::Url::parse(u).map_err(|e| format!("public_url: {e}"))?;
            if !matches!(p.scheme(), "http" | "https") {
                return Err("public_url: must be an http or https address".into());
            }
        }
        if self.session_idle_minutes == 0 || self.session_absolute_days == 0 {
            return Err("session_idle_minutes / session_absolute_days: must be at least 1".into());
        }
        if self.max_in_flight == 0 {
            return Err("max_in_flight: must be at least 1".into());
        }
        if !matches!(self.log_format.as_str(), "text" | "json") {
            return Err("log_format: must be text or json".into());
        }
        if let Some(s) = &self.mail.smtp_url {
            let p = url::Url::parse(s.expose()).map_err(|_| "mail.smtp_url: not a valid URL".to_string())?;
            if !matches!(p.scheme(), "smtp" | "smtps") {
                return Err("mail.smtp_url: must start with smtp:// or smtps://".into());
            }
        }
        lettre::message::Mailbox::from_str_checked(&self.mail.from)?;
        Ok(())
    }

    /// The public base address without a trailing slash.
    pub fn base_url(&self) -> String {
        match &self.public_url {
            Some(u) => u.trim_end_matches('/').to_string(),
            None => format!("http://{}", self.bind),
        }
    }

    /// Cookies are `Secure` (and `__Host-`) unless served over plain HTTP.
    pub fn secure_cookies(&self) -> bool {
        self.base_url().starts_with("https://")
    }
}

trait MailboxCheck {
    fn from_str_checked(s: &str) -> Result<(), String>;
}

impl MailboxCheck for lettre::message::Mailbox {
    fn from_str_checked(s: &str) -> Result<(), String> {
        s.parse::<lettre::message::Mailbox>().map(|_| ()).map_err(|e| format!("mail.from: {e}"))
    }
}
