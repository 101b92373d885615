//! The database of Quartier. One entity set and one migration set serve
//! SQLite (a village on a Raspberry Pi) and PostgreSQL (a city); the backend
//! is chosen from the URL at run time.
//!
//! Queries are grouped by capability. Errors are typed: a unique-key clash
//! is a `Conflict` that the web layer turns into a message next to a field.

// The personal-data export is one `json!` object with a key per kind of
// data; its macro needs more than the default depth.
#![recursion_limit = "256"]

pub mod accounts;
mod activity;
pub mod audit;
pub mod backup;
pub mod canvas;
pub mod census;
pub mod checking;
pub mod conversations;
pub mod coproduction;
pub mod demo;
pub mod easy;
pub mod entity;
pub mod events;
pub mod groups;
pub mod help;
pub mod impact;
pub mod invites;
pub mod jobs;
pub mod learning;
pub mod meetings;
pub mod mentoring;
pub mod migration;
pub mod moderation;
pub mod neighbourhoods;
pub mod network;
pub mod notifications;
pub mod org_site;
pub mod organisations;
pub mod paging;
pub mod passwords;
pub mod personal_data;
pub mod pool;
pub mod search;
pub mod sessions;
pub mod setup;
pub mod start_page;
pub mod states;
pub mod testing;
pub mod throttle;
pub mod tokens;
pub mod umbrellas;

use chrono::{DateTime, SubsecRound, Utc};
use sea_orm::{ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DbBackend, DbErr, SqlErr, Statement};
use sea_orm_migration::MigratorTrait;
use std::time::Duration;

pub use sea_orm;

/// Errors of the store, typed so callers can answer 404, 409 or 422.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("not found")]
    NotFound,
    /// A unique key was taken; the string names what clashed.
    #[error("conflict: {0}")]
    Conflict(&'static str),
    #[error("invalid state: {0}")]
    Invalid(&'static str),
    #[error("database: {0}")]
    Db(#[from] DbErr),
    #[error("{0}")]
    Other(String),
}

impl StoreError {
    /// The database is too busy to answer now (no free connection in time,
    /// or SQLite's write lock held past the busy timeout): a reason to ask
    /// the reader to retry, not a fault.
    pub fn is_overload(&self) -> bool {
        match self {
            StoreError::Db(DbErr::ConnectionAcquire(sea_orm::error::ConnAcquireErr::Timeout)) => true,
            StoreError::Db(e) => {
                let m = e.to_string();
                m.contains("database is locked") || m.contains("pool timed out")
            }
            _ => false,
        }
    }

    /// Map a unique violation to `Conflict(what)`, anything else stays a DB error.
    pub fn conflict_on(e: DbErr, what: &'static str) -> Self {
        match e.sql_err() {
            Some(SqlErr::UniqueConstraintViolation(_)) => StoreError::Conflict(what),
            _ => StoreError::Db(e),
        }
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// Which database is behind the connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A handle on the database, cheap to clone.
#[derive(Clone, Debug)]
pub struct Store {
    db: DatabaseConnection,
    backend: Backend,
    url: String,
    clock: Clock,
}

/// Where "now" comes from. A server reads the system clock; tests start the
/// clock at a fixed instant and let it run from there (and may move it on),
/// so no test depends on the day or hour it runs. Every part of Quartier asks
/// the store's clock, never the system clock.
#[derive(Clone, Debug)]
pub struct Clock(Option<std::sync::Arc<std::sync::Mutex<TestTime>>>);

/// A test clock's reading and the moment it was taken.
type TestTime = (DateTime<Utc>, std::time::Instant);

impl Clock {
    pub fn system() -> Self {
        Clock(None)
    }

    /// A clock that reads `start` now and runs on with real time.
    pub fn starting_at(start: DateTime<Utc>) -> Self {
        Clock(Some(std::sync::Arc::new(std::sync::Mutex::new((start, std::time::Instant::now())))))
    }

    pub fn now(&self) -> DateTime<Utc> {
        let t = match &self.0 {
            None => Utc::now(),
            Some(m) => {
                let (start, at) = *m.lock().unwrap_or_else(|p| p.into_inner());
                start + chrono::Duration::from_std(at.elapsed()).unwrap_or_default()
            }
        };
        t.trunc_subsecs(0)
    }

    /// Move a test clock on (or back) by `by`; the system clock stays as it is.
    pub fn advance(&self, by: chrono::Duration) {
        if let Some(m) = &self.0 {
            let mut g = m.lock().unwrap_or_else(|p| p.into_inner());
            g.0 += by;
        }
    }

    /// Set a test clock to `to`; the system clock stays as it is.
    pub fn set(&self, to: DateTime<Utc>) {
        if let Some(m) = &self.0 {
            *m.lock().unwrap_or_else(|p| p.into_inner()) = (to, std::time::Instant::now());
        }
    }
}

/// A statement that takes longer than this is written to the log.
pub const SLOW_STATEMENT: Duration = Duration::from_millis(250);

impl Store {
    /// Connect to `sqlite://file.db` or `postgres://…`. SQLite runs in WAL
    /// mode with foreign keys on and `synchronous=FULL`: durability first.
    pub async fn connect(url: &str) -> Result<Self> {
        let backend = if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Backend::Postgres
        } else if url.starts_with("sqlite:") {
            Backend::Sqlite
        } else {
            return Err(StoreError::Other(format!(
                "database_url must start with sqlite: or postgres:// (got {})",
                redact_url(url)
            )));
        };
        let mut opts = ConnectOptions::new(url.to_string());
        opts.sqlx_logging(false).acquire_timeout(Duration::from_secs(10));
        // Each statement slower than SLOW_STATEMENT is logged as a warning
        // (target `sqlx::query`, with its text and time); others are not.
        use sea_orm::sqlx::ConnectOptions as _;
        if backend == Backend::Sqlite {
            opts.max_connections(8).min_connections(1);
            opts.map_sqlx_sqlite_opts(|o| {
                use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
                o.log_statements(log::LevelFilter::Off)
                    .log_slow_statements(log::LevelFilter::Warn, SLOW_STATEMENT)
                    .create_if_missing(true)
                    .journal_mode(SqliteJournalMode::Wal)
                    .synchronous(SqliteSynchronous::Full)
                    .foreign_keys(true)
                    .busy_timeout(Duration::from_secs(10))
            });
        } else {
            opts.max_connections(16);
            opts.map_sqlx_postgres_opts(|o| {
                o.log_statements(log::LevelFilter::Off).log_slow_statements(log::LevelFilter::Warn, SLOW_STATEMENT)
            });
        }
        let db = Database::connect(opts).await?;
        Ok(Self { db, backend, url: url.to_string(), clock: Clock::system() })
    }

    /// The same store reading time from `clock`.
    pub fn with_clock(mut self, clock: Clock) -> Self {
        self.clock = clock;
        self
    }

    pub fn clock(&self) -> &Clock {
        &self.clock
    }

    /// The current time, to the second. Whole seconds keep SQLite's text
    /// timestamps comparable as strings; ties are broken by the v7 ids.
    pub fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    /// Bring the schema up to date.
    pub async fn migrate(&self) -> Result<()> {
        migration::Migrator::up(&self.db, None).await?;
        Ok(())
    }

    /// For readiness checks: a trivial round trip to the database.
    pub async fn ping(&self) -> Result<()> {
        self.db.execute_unprepared("SELECT 1").await?;
        Ok(())
    }

    /// Whether SQLite plans statements without looking at bound values
    /// (compiled with `SQLITE_ENABLE_QPSG`, set in `.cargo/config.toml`).
    /// Without it every cached statement with a `LIMIT ?` is parsed again
    /// on each run. Always true on PostgreSQL, which has no such cost.
    pub async fn plans_ignore_bound_values(&self) -> Result<bool> {
        if self.backend != Backend::Sqlite {
            return Ok(true);
        }
        let rows = self.db.query_all_raw(Statement::from_string(DbBackend::Sqlite, "PRAGMA compile_options")).await?;
        Ok(rows.iter().any(|r| r.try_get_by_index::<String>(0).is_ok_and(|o| o == "ENABLE_QPSG")))
    }

    pub fn db(&self) -> &DatabaseConnection {
        &self.db
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    pub fn url(&self) -> &str {
        &self.url
    }

    pub(crate) fn db_backend(&self) -> DbBackend {
        match self.backend {
            Backend::Sqlite => DbBackend::Sqlite,
            Backend::Postgres => DbBackend::Postgres,
        }
    }

    /// Names of all tables of the schema (without the migration bookkeeping).
    pub async fn table_names(&self) -> Result<Vec<String>> {
        let sql = match self.backend {
            Backend::Sqlite => "SELECT name AS t FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
            Backend::Postgres => "SELECT tablename AS t FROM pg_tables WHERE schemaname = current_schema()",
        };
        let rows = self.db.query_all_raw(Statement::from_string(self.db_backend(), sql)).await?;
        let mut out = Vec::new();
        for r in rows {
            let t: String = r.try_get("", "t")?;
            if t != "seaql_migrations" {
                out.push(t);
            }
        }
        out.sort();
        Ok(out)
    }

    /// Count the statements run through this store from now on, by this
    /// handle and every clone made after this call (a server's state is a
    /// clone). For the tests of bounded work per page; a store that never
    /// calls this pays nothing (sea-orm skips the metric when no callback
    /// is set).
    pub fn log_statements(&mut self) -> StatementLog {
        let log = StatementLog::default();
        let inner = log.0.clone();
        self.db.set_metric_callback(move |info| {
            inner.lock().unwrap_or_else(|p| p.into_inner()).push(info.statement.clone());
        });
        log
    }

    pub async fn close(self) -> Result<()> {
        self.db.close().await?;
        Ok(())
    }
}

/// The statements a store ran since `Store::log_statements`, shared with
/// the store that writes into it.
#[derive(Clone, Debug, Default)]
pub struct StatementLog(std::sync::Arc<std::sync::Mutex<Vec<sea_orm::Statement>>>);

impl StatementLog {
    /// The SQL text of the statements so far (without values), emptying the log.
    pub fn take(&self) -> Vec<String> {
        self.take_statements().into_iter().map(|s| s.sql).collect()
    }

    /// The statements so far with their values (to ask the database for
    /// their plans), emptying the log.
    pub fn take_statements(&self) -> Vec<sea_orm::Statement> {
        std::mem::take(&mut *self.0.lock().unwrap_or_else(|p| p.into_inner()))
    }
}

/// Hide the password in a database URL for logs and `quartier config`.
pub fn redact_url(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut u) if u.password().is_some() => {
            let _ = u.set_password(Some("***"));
            u.to_string()
        }
        _ => url.to_string(),
    }
}

/// A new time-ordered id.
pub fn new_id() -> uuid::Uuid {
    uuid::Uuid::now_v7()
}

/// A random secret for cookies and e-mail links (256 bits, URL-safe).
pub fn random_token() -> String {
    use base64::Engine;
    let bytes: [u8; 32] = rand::random();
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// Secrets are stored only as their SHA-256.
pub fn hash_token(token: &str) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(token.as_bytes()))
}
