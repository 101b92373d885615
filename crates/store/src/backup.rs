//! Online backup and restore. SQLite: `VACUUM INTO` writes a consistent copy
//! while the server runs. PostgreSQL: `pg_dump` and `pg_restore`.
//!
//! A backup is written next to its destination as `FILE.partial` and renamed
//! to `FILE` only when complete: a backup cut short (killed, disk full) never
//! leaves a half-written file under the name a restore would trust. A restore
//! runs SQLite's integrity check on the copy before it replaces anything.

use crate::{Backend, Result, Store, StoreError};
use std::path::{Path, PathBuf};

/// The file behind a `sqlite:` URL.
pub fn sqlite_path(url: &str) -> Option<PathBuf> {
    let rest = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:"))?;
    let file = rest.split('?').next().unwrap_or("");
    if file.is_empty() || file == ":memory:" {
        return None;
    }
    Some(PathBuf::from(file))
}

/// Where a backup is written before it is complete.
fn partial_path(file: &Path) -> PathBuf {
    let mut p = file.as_os_str().to_owned();
    p.push(".partial");
    PathBuf::from(p)
}

/// Give the finished backup its name, and make the rename itself durable.
async fn finish(partial: &Path, file: &Path) -> Result<()> {
    tokio::fs::rename(partial, file).await.map_err(|e| StoreError::Other(format!("{}: {e}", file.display())))?;
    if let Some(dir) = file.parent().filter(|d| !d.as_os_str().is_empty()) {
        // Best effort: not every platform lets a directory be synced.
        if let Ok(d) = tokio::fs::File::open(dir).await {
            let _ = d.sync_all().await;
        }
    }
    Ok(())
}

impl Store {
    /// Write a consistent copy of the whole database to `file`.
    pub async fn backup_to(&self, file: &Path) -> Result<()> {
        if file.exists() {
            return Err(StoreError::Other(format!("{} exists already; choose a new file", file.display())));
        }
        // A leftover of a backup that was cut short.
        let partial = partial_path(file);
        let _ = tokio::fs::remove_file(&partial).await;
        match self.backend() {
            Backend::Sqlite => {
                let p = partial.to_string_lossy().replace('\'', "''");
                if let Err(e) =
                    sea_orm::ConnectionTrait::execute_unprepared(self.db(), &format!("VACUUM INTO '{p}'")).await
                {
                    let _ = tokio::fs::remove_file(&partial).await;
                    return Err(e.into());
                }
                finish(&partial, file).await
            }
            Backend::Postgres => {
                let out = tokio::process::Command::new("pg_dump")
                    .arg("--format=custom")
                    .arg("--no-owner")
                    .arg("--file")
                    .arg(&partial)
                    .arg(self.url())
                    .output()
                    .await
                    .map_err(|e| StoreError::Other(format!("pg_dump could not start: {e}")))?;
                if out.status.success() {
                    finish(&partial, file).await
                } else {
                    let _ = tokio::fs::remove_file(&partial).await;
                    Err(StoreError::Other(format!("pg_dump failed: {}", String::from_utf8_lossy(&out.stderr))))
                }
            }
        }
    }

    /// SQLite's `PRAGMA integrity_check`: `Ok` when it answers "ok", else
    /// what it found. PostgreSQL has no such check; it answers `Ok`.
    pub async fn integrity_check(&self) -> Result<()> {
        if self.backend() != Backend::Sqlite {
            return Ok(());
        }
        let rows = sea_orm::ConnectionTrait::query_all_raw(
            self.db(),
            sea_orm::Statement::from_string(sea_orm::DbBackend::Sqlite, "PRAGMA integrity_check"),
        )
        .await?;
        let found: Vec<String> = rows.iter().filter_map(|r| r.try_get_by_index::<String>(0).ok()).collect();
        if found == ["ok"] { Ok(()) } else { Err(StoreError::Other(format!("integrity check: {}", found.join("; ")))) }
    }
}

/// Bring a backup back. The server must be stopped. The backup is checked
/// before anything is overwritten.
pub async fn restore(url: &str, file: &Path) -> Result<()> {
    if !file.is_file() {
        return Err(StoreError::Other(format!("{} is not a file", file.display())));
    }
    if url.starts_with("sqlite:") {
        let target = sqlite_path(url).ok_or_else(|| StoreError::Other("database_url names no file".into()))?;
        // Check a copy first: a file that is not a sound Quartier database
        // stops here, before the live database is touched.
        let tmp = target.with_extension("restore-tmp");
        tokio::fs::copy(file, &tmp).await.map_err(|e| StoreError::Other(e.to_string()))?;
        let checked = async {
            let probe = Store::connect(&format!("sqlite://{}", tmp.display())).await?;
            let tables = match probe.integrity_check().await {
                Ok(()) => probe.table_names().await,
                Err(e) => Err(e),
            };
            probe.close().await?;
            tables
        }
        .await;
        if !checked.as_ref().is_ok_and(|t| t.iter().any(|t| t == "users")) {
            for suffix in ["", "-wal", "-shm"] {
                let mut p = tmp.clone().into_os_string();
                p.push(suffix);
                let _ = tokio::fs::remove_file(PathBuf::from(p)).await;
            }
            return Err(StoreError::Other(match checked {
                Err(e) => format!("{} is not a sound Quartier backup: {e}", file.display()),
                Ok(_) => format!("{} is not a Quartier backup", file.display()),
            }));
        }
        // The copy is on disk before it takes the live database's place.
        if let Ok(f) = tokio::fs::File::open(&tmp).await {
            f.sync_all().await.map_err(|e| StoreError::Other(e.to_string()))?;
        }
        for suffix in ["-wal", "-shm"] {
            let mut p = target.clone().into_os_string();
            p.push(suffix);
            let _ = tokio::fs::remove_file(PathBuf::from(p)).await;
        }
        tokio::fs::rename(&tmp, &target).await.map_err(|e| StoreError::Other(e.to_string()))?;
        Ok(())
    } else {
        let out = tokio::process::Command::new("pg_restore")
            .args(["--clean", "--if-exists", "--no-owner", "--single-transaction", "--dbname"])
            .arg(url)
            .arg(file)
            .output()
            .await
            .map_err(|e| StoreError::Other(format!("pg_restore could not start: {e}")))?;
        if out.status.success() {
            Ok(())
        } else {
            Err(StoreError::Other(format!("pg_restore failed: {}", String::from_utf8_lossy(&out.stderr))))
        }
    }
}
