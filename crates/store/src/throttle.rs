//! Counting failed logins in fixed windows, in the database so that several
//! app servers share the count.
//!
//! The login handler keys one counter by (account, client address) and one by
//! client address alone. An attacker elsewhere can therefore never lock the
//! real person out: their own address has its own counter.

use crate::entity::login_throttle;
use crate::{Result, Store, now};
use chrono::Duration;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, EntityTrait};

impl Store {
    /// Whether `key` has reached `limit` failures in the current window.
    pub async fn throttled(&self, key: &str, limit: i32, window: Duration) -> Result<bool> {
        Ok(match login_throttle::Entity::find_by_id(key.to_string()).one(self.db()).await? {
            Some(r) => now() - r.window_start < window && r.failures >= limit,
            None => false,
        })
    }

    pub async fn record_failure(&self, key: &str, window: Duration) -> Result<()> {
        let t = now();
        match login_throttle::Entity::find_by_id(key.to_string()).one(self.db()).await? {
            Some(r) if t - r.window_start < window => {
                let n = r.failures.saturating_add(1);
                let mut a: login_throttle::ActiveModel = r.into();
                a.failures = Set(n);
                a.update(self.db()).await?;
            }
            Some(r) => {
                let mut a: login_throttle::ActiveModel = r.into();
                a.failures = Set(1);
                a.window_start = Set(t);
                a.update(self.db()).await?;
            }
            None => {
                // Two failures at the same instant may race on the insert;
                // losing one count there is harmless.
                let _ =
                    login_throttle::ActiveModel { key: Set(key.to_string()), window_start: Set(t), failures: Set(1) }
                        .insert(self.db())
                        .await;
            }
        }
        Ok(())
    }

    pub async fn clear_failures(&self, key: &str) -> Result<()> {
        login_throttle::Entity::delete_by_id(key.to_string()).exec(self.db()).await?;
        Ok(())
    }
}
