//! Server-side sessions. The cookie holds a random token; the table holds
//! its hash, so a leaked database yields no usable session.

use crate::entity::{session, user};
use crate::{Result, Store, hash_token, random_token};
use chrono::Duration;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

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

    /// The live account behind a session token, if the session is valid.
    /// Expired sessions are deleted on sight.
    pub async fn session_user(&self, token: &str, limits: SessionLimits) -> Result<Option<(user::Model, String)>> {
        let id = hash_token(token);
        let Some(s) = session::Entity::find_by_id(id.clone()).one(self.db()).await? else {
            return Ok(None);
        };
        let t = self.now();
        if t - s.last_seen_at > limits.idle || t - s.created_at > limits.absolute {
            session::Entity::delete_by_id(id).exec(self.db()).await?;
            return Ok(None);
        }
        let Some(u) = user::Entity::find_by_id(s.user_id).one(self.db()).await? else {
            return Ok(None);
        };
        if u.deleted_at.is_some() {
            return Ok(None);
        }
        // Write the last-seen time at most once a minute.
        if t - s.last_seen_at > Duration::minutes(1) {
            let mut a: session::ActiveModel = s.into();
            a.last_seen_at = Set(t);
            a.update(self.db()).await?;
        }
        Ok(Some((u, id)))
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
