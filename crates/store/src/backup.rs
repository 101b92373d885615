//! Online backup and restore. SQLite: `VACUUM INTO` writes a consistent copy
//! while the server runs. PostgreSQL: `pg_dump` and `pg_restore`.

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

impl Store {
    /// Write a consistent copy of the whole database to `file`.
    pub async fn backup_to(&self, file: &Path) -> Result<()> {
        if file.exists() {
            return Err(StoreError::Other(format!("{} exists already; choose a new file", file.display())));
        }
        match self.backend() {
            Backend::Sqlite => {
                let p = file.to_string_lossy().replace('\'', "''");
                sea_orm::ConnectionTrait::execute_unprepared(self.db(), &format!("VACUUM INTO '{p}'")).await?;
                Ok(())
            }
            Backend::Postgres => {
                let out = tokio::process::Command::new("pg_dump")
                    .arg("--format=custom")
                    .arg("--no-owner")
                    .arg("--file")
                    .arg(file)
                    .arg(self.url())
                    .output()
                    .await
                    .map_err(|e| StoreError::Other(format!("pg_dump could not start: {e}")))?;
                if out.status.success() {
                    Ok(())
                } else {
                    Err(StoreError::Other(format!("pg_dump failed: {}", String::from_utf8_lossy(&out.stderr))))
                }
            }
        }
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
        // Check a copy first: a file that is not a Quartier database stops
        // here, before the live database is touched.
        let tmp = target.with_extension("restore-tmp");
        tokio::fs::copy(file, &tmp).await.map_err(|e| StoreError::Other(e.to_string()))?;
        let checked = async {
            let probe = Store::connect(&format!("sqlite://{}", tmp.display())).await?;
            let tables = probe.table_names().await;
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
            return Err(StoreError::Other(format!("{} is not a Quartier backup", file.display())));
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
