//! Test support: every test gets its own database. SQLite by default; on
//! PostgreSQL when `QUARTIER_TEST_POSTGRES_URL` names a server.
//!
//! Migrating costs far more than copying, so each test process migrates
//! once, into a template, and every test gets a copy of it:
//!
//! - SQLite: the migrated file is kept in memory and written into the
//!   test's directory, which the test owns and deletes.
//! - PostgreSQL: `CREATE DATABASE … TEMPLATE` from a template database of
//!   this process. A test's database is dropped with its `TestDatabase`. Everything of one process is named
//!   `quartier_test_<key>_…`, and the process holds an advisory lock on its
//!   key for as long as it lives; a later test process drops whatever
//!   belongs to a key nobody holds (a template of an earlier run, or the
//!   databases of a run that was killed).

use crate::{Result, Store, StoreError};
use std::path::Path;

pub const POSTGRES_ENV: &str = "QUARTIER_TEST_POSTGRES_URL";

fn postgres_admin_url() -> Option<String> {
    std::env::var(POSTGRES_ENV).ok().filter(|u| !u.is_empty())
}

/// A database made for one test. On PostgreSQL it is dropped when this is
/// dropped; on SQLite it is a file in the test's directory.
#[derive(Debug)]
pub struct TestDatabase {
    url: String,
    postgres_name: Option<String>,
}

impl TestDatabase {
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Keep the database after all; its URL.
    fn leak(mut self) -> String {
        self.postgres_name = None;
        std::mem::take(&mut self.url)
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        if let Some(name) = self.postgres_name.take() {
            postgres::drop_database(name);
        }
    }
}

/// A new, empty (not migrated) database.
pub async fn fresh_database(dir: &Path) -> Result<TestDatabase> {
    match postgres_admin_url() {
        Some(admin_url) => postgres::create(&admin_url, false).await,
        None => Ok(TestDatabase { url: sqlite_url(dir), postgres_name: None }),
    }
}

/// A URL for a new, empty database. On PostgreSQL nothing drops it when
/// the test is done (a later test process does); `fresh_database` does.
pub async fn fresh_database_url(dir: &Path) -> Result<String> {
    Ok(fresh_database(dir).await?.leak())
}

/// Where every test's clock starts: a Wednesday morning in Berlin's winter,
/// so "in three days" falls in the same week and no summer-time change is near.
pub fn test_start() -> chrono::DateTime<chrono::Utc> {
    use chrono::TimeZone;
    chrono::Utc.with_ymd_and_hms(2026, 12, 9, 9, 0, 0).single().unwrap_or_default()
}

/// A migrated store on a fresh database, its clock started at `test_start`,
/// and the guard of that database: keep it as long as the test needs the
/// database (also after closing the store).
pub async fn test_store(dir: &Path) -> Result<(Store, TestDatabase)> {
    let db = match postgres_admin_url() {
        Some(admin_url) => postgres::create(&admin_url, true).await?,
        None => {
            let path = dir.join("test.db");
            tokio::fs::write(&path, sqlite::template().await?)
                .await
                .map_err(|e| StoreError::Other(format!("writing {}: {e}", path.display())))?;
            TestDatabase { url: sqlite_url(dir), postgres_name: None }
        }
    };
    let store = Store::connect(db.url()).await?.with_clock(crate::Clock::starting_at(test_start()));
    Ok((store, db))
}

/// A migrated store on a fresh database, its clock started at `test_start`.
/// On PostgreSQL nothing drops this database when the test is done (a later
/// test process does); `test_store` does.
pub async fn fresh_store(dir: &Path) -> Result<Store> {
    let (store, db) = test_store(dir).await?;
    db.leak();
    Ok(store)
}

fn sqlite_url(dir: &Path) -> String {
    format!("sqlite://{}", dir.join("test.db").display())
}

mod sqlite {
    use crate::{Result, Store, StoreError};

    static TEMPLATE: tokio::sync::OnceCell<Vec<u8>> = tokio::sync::OnceCell::const_new();

    /// The bytes of a freshly migrated SQLite database, made once per process.
    pub(super) async fn template() -> Result<&'static [u8]> {
        TEMPLATE.get_or_try_init(migrated_file).await.map(Vec::as_slice)
    }

    async fn migrated_file() -> Result<Vec<u8>> {
        let dir = std::env::temp_dir().join(format!(
            "quartier-template-{}-{:016x}",
            std::process::id(),
            rand::random::<u64>()
        ));
        std::fs::create_dir(&dir).map_err(io)?;
        let bytes = migrate_in(&dir).await;
        std::fs::remove_dir_all(&dir).map_err(io)?;
        bytes
    }

    fn io(e: std::io::Error) -> StoreError {
        StoreError::Other(format!("SQLite template: {e}"))
    }

    async fn migrate_in(dir: &std::path::Path) -> Result<Vec<u8>> {
        let path = dir.join("template.db");
        let store = Store::connect(&format!("sqlite://{}", path.display())).await?;
        store.migrate().await?;
        // Everything into the main file, so that the file alone is the database.
        sea_orm::ConnectionTrait::execute_unprepared(store.db(), "PRAGMA wal_checkpoint(TRUNCATE)").await?;
        store.close().await?;
        let wal = dir.join("template.db-wal");
        if std::fs::metadata(&wal).is_ok_and(|m| m.len() > 0) {
            return Err(StoreError::Other("SQLite template: the WAL was not checkpointed".into()));
        }
        tokio::fs::read(&path).await.map_err(io)
    }
}

mod postgres {
    use super::TestDatabase;
    use crate::{Result, Store, StoreError};
    use sea_orm::sqlx::{self, AssertSqlSafe, Connection, PgConnection};
    use std::sync::atomic::{AtomicU64, Ordering};
    use tokio::sync::Mutex;

    /// The first key of the advisory locks that mark a test process alive.
    const LOCK_CLASS: i32 = 0x5154_4553; // "QTES"
    const PREFIX: &str = "quartier_test_";

    /// This process's side of the server: one connection to the admin
    /// database, on a runtime of its own (tests each run on their own
    /// runtime, and a database must be dropped from `Drop`, where no
    /// runtime can be awaited).
    struct Admin {
        runtime: tokio::runtime::Handle,
        conn: std::sync::Arc<Mutex<PgConnection>>,
        url: url::Url,
        key: i32,
        template: String,
        next: AtomicU64,
    }

    static ADMIN: tokio::sync::OnceCell<Admin> = tokio::sync::OnceCell::const_new();

    fn err(e: impl std::fmt::Display) -> StoreError {
        StoreError::Other(format!("test database: {e}"))
    }

    fn prefix(key: i32) -> String {
        format!("{PREFIX}{key:08x}_")
    }

    /// A new database, a copy of the migrated template or empty.
    pub(super) async fn create(admin_url: &str, migrated: bool) -> Result<TestDatabase> {
        let admin = ADMIN.get_or_try_init(|| start(admin_url.to_string())).await?;
        let name = format!("{}{}", prefix(admin.key), admin.next.fetch_add(1, Ordering::Relaxed));
        let sql = if migrated {
            format!("CREATE DATABASE {name} TEMPLATE {}", admin.template)
        } else {
            format!("CREATE DATABASE {name}")
        };
        let conn = admin.conn.clone();
        admin.runtime.spawn(async move { execute(&mut *conn.lock().await, sql).await }).await.map_err(err)??;
        let mut url = admin.url.clone();
        url.set_path(&format!("/{name}"));
        Ok(TestDatabase { url: url.to_string(), postgres_name: Some(name) })
    }

    /// Drop a test's database, waiting until it is gone. Connections still
    /// open to it (a server task of the test, a pool) are ended.
    pub(super) fn drop_database(name: String) {
        let Some(admin) = ADMIN.get() else { return };
        let conn = admin.conn.clone();
        let (tx, rx) = std::sync::mpsc::channel();
        let sql = format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        admin.runtime.spawn(async move {
            let _ = tx.send(execute(&mut *conn.lock().await, sql).await);
        });
        match rx.recv() {
            Ok(Ok(())) => {}
            Ok(Err(e)) => eprintln!("could not drop the test database {name}: {e}"),
            Err(_) => eprintln!("could not drop the test database {name}: the admin runtime is gone"),
        }
    }

    async fn execute(conn: &mut PgConnection, sql: String) -> Result<()> {
        sqlx::raw_sql(AssertSqlSafe(sql)).execute(conn).await.map_err(err)?;
        Ok(())
    }

    /// Start this process's admin runtime, claim a key, clear what dead
    /// processes left behind, and make the template.
    async fn start(admin_url: String) -> Result<Admin> {
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().map_err(err)?;
        let runtime = rt.handle().clone();
        std::thread::Builder::new()
            .name("quartier-test-databases".into())
            .spawn(move || rt.block_on(std::future::pending::<()>()))
            .map_err(err)?;
        runtime.spawn(prepare(runtime.clone(), admin_url)).await.map_err(err)?
    }

    async fn prepare(runtime: tokio::runtime::Handle, admin_url: String) -> Result<Admin> {
        let url = url::Url::parse(&admin_url).map_err(err)?;
        let mut conn = PgConnection::connect(&admin_url).await.map_err(err)?;
        let key = loop {
            let key = i32::try_from(rand::random::<u32>() >> 1).unwrap_or(1);
            if try_lock(&mut conn, key).await? {
                break key;
            }
        };
        clear_dead(&mut conn, key).await?;
        let template = format!("{}tpl", prefix(key));
        execute(&mut conn, format!("CREATE DATABASE {template}")).await?;
        let mut template_url = url.clone();
        template_url.set_path(&format!("/{template}"));
        let store = Store::connect(template_url.as_str()).await?;
        store.migrate().await?;
        // No connection to the template may stay open, or copying it fails.
        store.close().await?;
        execute(&mut conn, format!("ALTER DATABASE {template} ALLOW_CONNECTIONS false")).await?;
        Ok(Admin { runtime, conn: std::sync::Arc::new(Mutex::new(conn)), url, key, template, next: AtomicU64::new(0) })
    }

    async fn try_lock(conn: &mut PgConnection, key: i32) -> Result<bool> {
        sqlx::query_scalar::<_, bool>("SELECT pg_try_advisory_lock($1, $2)")
            .bind(LOCK_CLASS)
            .bind(key)
            .fetch_one(conn)
            .await
            .map_err(err)
    }

    /// Drop the databases of every test process that no longer holds its key.
    async fn clear_dead(conn: &mut PgConnection, own: i32) -> Result<()> {
        let names: Vec<String> = sqlx::query_scalar("SELECT datname FROM pg_database WHERE starts_with(datname, $1)")
            .bind(PREFIX)
            .fetch_all(&mut *conn)
            .await
            .map_err(err)?;
        let mut keys: Vec<i32> = names.iter().filter_map(|n| key_of(n)).filter(|k| *k != own).collect();
        keys.sort_unstable();
        keys.dedup();
        for key in keys {
            if !try_lock(conn, key).await? {
                continue; // its process is still running
            }
            for name in names.iter().filter(|n| key_of(n) == Some(key)) {
                execute(conn, format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).await?;
            }
            sqlx::query("SELECT pg_advisory_unlock($1, $2)")
                .bind(LOCK_CLASS)
                .bind(key)
                .execute(&mut *conn)
                .await
                .map_err(err)?;
        }
        Ok(())
    }

    /// The key in `quartier_test_<8 hex digits>_…`; none for other names.
    fn key_of(name: &str) -> Option<i32> {
        let rest = name.strip_prefix(PREFIX)?;
        let (hex, _) = rest.split_once('_')?;
        if hex.len() != 8 {
            return None;
        }
        i32::from_str_radix(hex, 16).ok()
    }

    #[cfg(test)]
    mod tests {
        #[test]
        fn keys_are_read_back_from_names() {
            let name = format!("{}{}", super::prefix(0x1234abcd), 7);
            assert_eq!(super::key_of(&name), Some(0x1234abcd));
            assert_eq!(super::key_of("quartier_test_0123456789abcdef0123456789abcdef"), None);
            assert_eq!(super::key_of("postgres"), None);
        }
    }
}

/// Tables small by nature (one row per neighbourhood, setting or
/// migration): reading them whole is no scan worth reporting.
const SMALL_TABLES: &[&str] = &["neighbourhoods", "help_categories", "seaql_migrations"];

impl Store {
    /// Where the database would read a whole large table to answer `st`:
    /// one line per full scan (`SCAN t` on SQLite, `Seq Scan on t` on
    /// PostgreSQL, asked with sequential scans discouraged, so one that
    /// remains has no index to use). Statements other than reads are not
    /// asked. The plan does not depend on how many rows the test has made:
    /// SQLite plans without statistics, PostgreSQL is told to prefer indexes.
    pub async fn full_scans(&self, st: &sea_orm::Statement) -> Result<Vec<String>> {
        use sea_orm::{ConnectionTrait, TransactionTrait};
        let sql = st.sql.trim_start();
        let first = sql.split_whitespace().next().unwrap_or("").to_ascii_uppercase();
        if first != "SELECT" && first != "WITH" {
            return Ok(Vec::new());
        }
        let (prefix, column, marker) = match self.backend() {
            crate::Backend::Sqlite => ("EXPLAIN QUERY PLAN ", "detail", "SCAN "),
            crate::Backend::Postgres => ("EXPLAIN ", "QUERY PLAN", "Seq Scan on "),
        };
        let explain = sea_orm::Statement { sql: format!("{prefix}{sql}"), ..st.clone() };
        let txn = self.db().begin().await?;
        if self.backend() == crate::Backend::Postgres {
            txn.execute_unprepared("SET LOCAL enable_seqscan = off").await?;
        }
        let rows = txn.query_all_raw(explain).await?;
        txn.rollback().await?;
        let lines = rows.iter().map(|r| r.try_get::<String>("", column)).collect::<std::result::Result<Vec<_>, _>>()?;
        // SQLite: a subquery in FROM (`… FROM (SELECT …) AS d`) is made
        // first (`MATERIALIZE d`, `CO-ROUTINE d`), its own reads shown
        // beneath; `SCAN d` then reads those rows, not a table.
        let derived: Vec<&str> = lines
            .iter()
            .filter_map(|l| {
                let l = l.trim_start_matches(|c: char| !c.is_ascii_alphabetic());
                l.strip_prefix("MATERIALIZE ").or_else(|| l.strip_prefix("CO-ROUTINE "))
            })
            .map(|name| name.split_whitespace().next().unwrap_or("").trim_matches('"'))
            .collect();
        let mut scans = Vec::new();
        for line in lines.iter() {
            let Some(at) = line.find(marker) else { continue };
            let rest = &line[at + marker.len()..];
            let table = rest.split_whitespace().next().unwrap_or("").trim_matches('"');
            // SQLite: `SCAN t USING (COVERING) INDEX i` walks an index in
            // order (an ORDER BY … LIMIT), not the table.
            let by_index = rest.contains(" USING ");
            // `SCAN CONSTANT ROW`: a SELECT of subqueries, no table at all.
            let no_table =
                table.is_empty() || table.starts_with('(') || table == "CONSTANT" || derived.contains(&table);
            if !by_index && !no_table && !SMALL_TABLES.contains(&table) && self.is_table(table).await? {
                scans.push(format!("{}: {}", line.trim(), st.sql));
            }
        }
        Ok(scans)
    }

    /// Whether `name` is a table of the schema (not a common table
    /// expression of the statement, which SQLite also reports as `SCAN`).
    async fn is_table(&self, name: &str) -> Result<bool> {
        use sea_orm::ConnectionTrait;
        if self.backend() == crate::Backend::Postgres {
            return Ok(true);
        }
        let st = sea_orm::Statement::from_sql_and_values(
            sea_orm::DbBackend::Sqlite,
            "SELECT 1 AS one FROM sqlite_master WHERE type = 'table' AND name = ?",
            [name.into()],
        );
        Ok(self.db().query_one_raw(st).await?.is_some())
    }
}
