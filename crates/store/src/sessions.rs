//! Server-side sessions. The cookie holds a random token; the table holds
//! its hash, so a leaked database yields no usable session.

use crate::entity::{notification, session, user};
use crate::{Result, Store, hash_token, random_token};
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, Query, SimpleExpr, SubQueryStatement};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, FromQueryResult, JoinType, QueryFilter, QueryResult,
    QuerySelect,
};
use uuid::Uuid;

/// The person behind a valid session, as the context layer needs them.
#[derive(Debug, Clone)]
pub struct SessionPerson {
    pub user: user::Model,
    /// The stored id (hash) of the session.
    pub session_id: String,
    /// Unread notifications, for the bell.
    pub unread: u64,
}

/// One row of the session lookup: the account, the session's times, and
/// the unread count, read by one statement.
struct SessionRow {
    user: user::Model,
    created_at: DateTime<Utc>,
    last_seen_at: DateTime<Utc>,
    unread: i64,
}

impl FromQueryResult for SessionRow {
    fn from_query_result(res: &QueryResult, pre: &str) -> std::result::Result<Self, sea_orm::DbErr> {
        Ok(SessionRow {
            user: user::Model::from_query_result(res, pre)?,
            created_at: res.try_get(pre, "session_created_at")?,
            last_seen_at: res.try_get(pre, "session_last_seen_at")?,
            unread: res.try_get(pre, "unread")?,
        })
    }
}

/// How long a session lives.
#[derive(Debug, Clone, Copy)]
pub struct SessionLimits {
    /// Ends after this long without a request.
    pub idle: Duration,
    /// Ends this long after login, whatever happens.
    pub absolute: Duration,
}

impl Default for SessionLimits {
    fn default() -> Self {
        Self { idle: Duration::hours(8), absolute: Duration::days(14) }
    }
}

impl Store {
    /// Start a session; the token goes into the cookie, never into a log.
    pub async fn create_session(&self, user_id: Uuid) -> Result<String> {
        let token = random_token();
        let t = self.now();
        session::ActiveModel {
            id: Set(hash_token(&token)),
            user_id: Set(user_id),
            created_at: Set(t),
            last_seen_at: Set(t),
        }
        .insert(self.db())
        .await?;
        Ok(token)
    }

    /// The live account behind a session token, if the session is valid,
    /// with its unread notifications: one statement for every request
    /// (plus the last-seen write at most once a minute). Expired sessions
    /// are deleted on sight.
    pub async fn session_user(&self, token: &str, limits: SessionLimits) -> Result<Option<SessionPerson>> {
        let id = hash_token(token);
        let unread = Query::select()
            .expr(Expr::col(notification::Column::Id).count())
            .from(notification::Entity)
            .and_where(
                Expr::col((notification::Entity, notification::Column::UserId))
                    .equals((user::Entity, user::Column::Id)),
            )
            .and_where(Expr::col((notification::Entity, notification::Column::ReadAt)).is_null())
            .to_owned();
        let row = user::Entity::find()
            .join_rev(JoinType::InnerJoin, session_of_user())
            .column_as(Expr::col((session::Entity, session::Column::CreatedAt)), "session_created_at")
            .column_as(Expr::col((session::Entity, session::Column::LastSeenAt)), "session_last_seen_at")
            .column_as(SimpleExpr::SubQuery(None, Box::new(SubQueryStatement::SelectStatement(unread))), "unread")
            .filter(session::Column::Id.eq(id.clone()))
            .into_model::<SessionRow>()
            .one(self.db())
            .await?;
        let Some(row) = row else {
            return Ok(None);
        };
        let t = self.now();
        if t - row.last_seen_at > limits.idle || t - row.created_at > limits.absolute {
            session::Entity::delete_by_id(id).exec(self.db()).await?;
            return Ok(None);
        }
        if row.user.deleted_at.is_some() {
            return Ok(None);
        }
        // Write the last-seen time at most once a minute.
        if t - row.last_seen_at > Duration::minutes(1) {
            session::Entity::update_many()
                .col_expr(session::Column::LastSeenAt, Expr::value(t))
                .filter(session::Column::Id.eq(id.clone()))
                .exec(self.db())
                .await?;
        }
        Ok(Some(SessionPerson { user: row.user, session_id: id, unread: u64::try_from(row.unread).unwrap_or(0) }))
    }

    pub async fn delete_session(&self, token: &str) -> Result<()> {
        session::Entity::delete_by_id(hash_token(token)).exec(self.db()).await?;
        Ok(())
    }

    /// End every session of a person except the one given (by its stored id).
    pub async fn delete_other_sessions(&self, user_id: Uuid, keep_id: Option<&str>) -> Result<()> {
        let mut q = session::Entity::delete_many().filter(session::Column::UserId.eq(user_id));
        if let Some(k) = keep_id {
            q = q.filter(session::Column::Id.ne(k));
        }
        q.exec(self.db()).await?;
        Ok(())
    }
}

/// Sessions belong to their user (the entities declare no relations).
fn session_of_user() -> sea_orm::RelationDef {
    session::Entity::belongs_to(user::Entity).from(session::Column::UserId).to(user::Column::Id).into()
}
