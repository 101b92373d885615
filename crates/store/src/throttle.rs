//! Counting attempts in fixed windows, in the database so that several app
//! servers share the count: failed logins, checks of a current password,
//! mails and messages sent.
//!
//! Keys are stored as their SHA-256: the table names no person or address.
//!
//! An attempt is *reserved* before the work it guards (checking a password,
//! sending a mail) with one atomic upsert, so attempts sent in parallel each
//! take their own place in the count and no more than the limit get through.
//!
//! The login handler keys one counter by (account, client address) and one by
//! client address alone. An attacker elsewhere can therefore never lock the
//! real person out: their own address has its own counter.

use crate::entity::login_throttle;
use crate::{Result, Store};
use chrono::Duration;
use sea_orm::sea_query::{CaseStatement, Expr, ExprTrait, OnConflict, Query};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

impl Store {
    /// Take one place in `key`'s window (a new window when the old one is
    /// over) and say whether it was within `limit`. One statement, atomic
    /// on SQLite and PostgreSQL, so parallel attempts cannot share a place.
    pub async fn reserve_attempt(&self, key: &str, limit: i32, window: Duration) -> Result<bool> {
        use login_throttle::Column as C;
        let key = crate::hash_token(key);
        let t = self.now();
        let current = Expr::col((login_throttle::Entity, C::WindowStart)).gt(t - window);
        let stmt = Query::insert()
            .into_table(login_throttle::Entity)
            .columns([C::Key, C::WindowStart, C::Failures])
            .values_panic([key.as_str().into(), t.into(), 1.into()])
            .on_conflict(
                OnConflict::column(C::Key)
                    .value(
                        C::Failures,
                        CaseStatement::new()
                            .case(current.clone(), Expr::col((login_throttle::Entity, C::Failures)).add(1))
                            .finally(1),
                    )
                    .value(
                        C::WindowStart,
                        CaseStatement::new()
                            .case(current, Expr::col((login_throttle::Entity, C::WindowStart)))
                            .finally(t),
                    )
                    .to_owned(),
            )
            .returning_col(C::Failures)
            .to_owned();
        let row = self.db().query_one(&stmt).await?;
        let count: i32 = match row {
            Some(r) => r.try_get("", "failures")?,
            None => i32::MAX,
        };
        Ok(count <= limit)
    }

    /// Give back one place taken by `reserve_attempt` (the attempt turned
    /// out to be a good one, e.g. a correct password).
    pub async fn release_attempt(&self, key: &str) -> Result<()> {
        use login_throttle::Column as C;
        login_throttle::Entity::update_many()
            .col_expr(C::Failures, Expr::col(C::Failures).sub(1))
            .filter(C::Key.eq(crate::hash_token(key)))
            .filter(C::Failures.gt(0))
            .exec(self.db())
            .await?;
        Ok(())
    }

    pub async fn clear_failures(&self, key: &str) -> Result<()> {
        login_throttle::Entity::delete_by_id(crate::hash_token(key)).exec(self.db()).await?;
        Ok(())
    }
}
