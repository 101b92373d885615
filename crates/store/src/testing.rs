//! Test support: every test gets its own database. SQLite by default; on
//! PostgreSQL when `QUARTIER_TEST_POSTGRES_URL` names a server (a fresh
//! database is created there for each test).

use crate::{Result, Store, StoreError};
use sea_orm::{ConnectionTrait, Database};
use std::path::Path;

pub const POSTGRES_ENV: &str = "QUARTIER_TEST_POSTGRES_URL";

/// A URL for a new, empty database.
pub async fn fresh_database_url(dir: &Path) -> Result<String> {
    match std::env::var(POSTGRES_ENV) {
        Ok(admin_url) if !admin_url.is_empty() => {
            let name = format!("quartier_test_{}", uuid::Uuid::new_v4().simple());
            let admin = Database::connect(admin_url.as_str()).await?;
            admin.execute_unprepared(&format!("CREATE DATABASE {name}")).await?;
            admin.close().await?;
            let mut u = url::Url::parse(&admin_url).map_err(|e| StoreError::Other(e.to_string()))?;
            u.set_path(&format!("/{name}"));
            Ok(u.to_string())
        }
        _ => Ok(format!("sqlite://{}", dir.join("test.db").display())),
    }
}

/// Where every test's clock starts: a Wednesday morning in Berlin's winter,
/// so "in three days" falls in the same week and no summer-time change is near.
pub fn test_start() -> chrono::DateTime<chrono::Utc> {
    use chrono::TimeZone;
    chrono::Utc.with_ymd_and_hms(2026, 12, 9, 9, 0, 0).single().unwrap_or_default()
}

/// A migrated store on a fresh database, its clock started at `test_start`.
pub async fn fresh_store(dir: &Path) -> Result<Store> {
    let store =
        Store::connect(&fresh_database_url(dir).await?).await?.with_clock(crate::Clock::starting_at(test_start()));
    store.migrate().await?;
    Ok(store)
}
