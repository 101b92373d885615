//! A small durable job queue in the database, shared by all app servers.
//! Jobs are named and idempotent; a failed job is retried with growing
//! pauses, so a mail server that is down for a while loses nothing.

use crate::entity::job;
use crate::{Result, Store, new_id};
use chrono::Duration;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    sea_query::Expr,
};
use uuid::Uuid;

/// After this many failures a job rests until someone looks at it.
pub const MAX_ATTEMPTS: i32 = 12;

impl Store {
    pub async fn enqueue(&self, name: &str, payload: &serde_json::Value) -> Result<Uuid> {
        let t = self.now();
        let id = new_id();
        job::ActiveModel {
            id: Set(id),
            name: Set(name.to_string()),
            payload: Set(payload.to_string()),
            run_at: Set(t),
            attempts: Set(0),
            last_error: Set(None),
            locked_until: Set(None),
            done_at: Set(None),
            created_at: Set(t),
        }
        .insert(self.db())
        .await?;
        Ok(id)
    }

    /// Take the next due job, if any. Several workers may race; the
    /// conditional update lets exactly one of them have it.
    pub async fn claim_job(&self) -> Result<Option<job::Model>> {
        let t = self.now();
        let due = || {
            Condition::all()
                .add(job::Column::DoneAt.is_null())
                .add(job::Column::RunAt.lte(t))
                .add(job::Column::Attempts.lt(MAX_ATTEMPTS))
                .add(Condition::any().add(job::Column::LockedUntil.is_null()).add(job::Column::LockedUntil.lt(t)))
        };
        for _ in 0..5 {
            let Some(j) = job::Entity::find()
                .filter(due())
                .order_by_asc(job::Column::RunAt)
                .order_by_asc(job::Column::Id)
                .one(self.db())
                .await?
            else {
                return Ok(None);
            };
            let r = job::Entity::update_many()
                .col_expr(job::Column::LockedUntil, Expr::value(t + Duration::minutes(5)))
                .col_expr(job::Column::Attempts, Expr::value(j.attempts + 1))
                .filter(job::Column::Id.eq(j.id))
                .filter(due())
                .exec(self.db())
                .await?;
            if r.rows_affected == 1 {
                return Ok(Some(job::Model { attempts: j.attempts + 1, ..j }));
            }
        }
        Ok(None)
    }

    /// A finished job is deleted: its payload (addresses, links with
    /// tokens) has no reason to stay.
    pub async fn complete_job(&self, id: Uuid) -> Result<()> {
        job::Entity::delete_by_id(id).exec(self.db()).await?;
        Ok(())
    }

    /// Record a failure and schedule the next try: 1, 2, 4 … minutes, at most 6 hours.
    pub async fn fail_job(&self, j: &job::Model, error: &str) -> Result<()> {
        let pause = Duration::minutes(1i64 << j.attempts.clamp(0, 9)).min(Duration::hours(6));
        job::Entity::update_many()
            .col_expr(job::Column::LastError, Expr::value(error))
            .col_expr(job::Column::RunAt, Expr::value(self.now() + pause))
            .col_expr(job::Column::LockedUntil, Expr::value(Option::<chrono::DateTime<chrono::Utc>>::None))
            .filter(job::Column::Id.eq(j.id))
            .exec(self.db())
            .await?;
        Ok(())
    }

    /// Jobs not yet done (tests fail when one is left behind).
    pub async fn pending_jobs(&self) -> Result<u64> {
        Ok(job::Entity::find().filter(job::Column::DoneAt.is_null()).count(self.db()).await?)
    }

    pub async fn job(&self, id: Uuid) -> Result<Option<job::Model>> {
        Ok(job::Entity::find_by_id(id).one(self.db()).await?)
    }
}
