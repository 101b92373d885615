//! Single-use tokens sent by e-mail: confirm an address, reset a password,
//! confirm a new address.

use crate::entity::email_token;
use crate::{Result, Store, hash_token, random_token};
use chrono::Duration;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};
use uuid::Uuid;

quartier_core::tagged! {
    /// What a token allows.
    pub enum Purpose {
        Confirm = "confirm",
        Reset = "reset",
        ChangeEmail = "change_email",
    }
}

impl Purpose {
    fn ttl(self) -> Duration {
        match self {
            Purpose::Confirm | Purpose::ChangeEmail => Duration::days(3),
            Purpose::Reset => Duration::hours(2),
        }
    }
}

impl Store {
    /// Issue a token; older unused tokens of the same purpose stop working.
    pub async fn issue_token(&self, user_id: Uuid, purpose: Purpose, new_email: Option<&str>) -> Result<String> {
        email_token::Entity::delete_many()
            .filter(email_token::Column::UserId.eq(user_id))
            .filter(email_token::Column::Purpose.eq(purpose.tag()))
            .exec(self.db())
            .await?;
        let token = random_token();
        let t = self.now();
        email_token::ActiveModel {
            id: Set(hash_token(&token)),
            user_id: Set(user_id),
            purpose: Set(purpose.tag().into()),
            new_email: Set(new_email.map(str::to_string)),
            created_at: Set(t),
            expires_at: Set(t + purpose.ttl()),
            used_at: Set(None),
        }
        .insert(self.db())
        .await?;
        Ok(token)
    }

    /// Look a token up without using it (to show a confirmation page).
    pub async fn peek_token(&self, token: &str, purpose: Purpose) -> Result<Option<email_token::Model>> {
        let found = email_token::Entity::find_by_id(hash_token(token)).one(self.db()).await?;
        Ok(found.filter(|m| m.purpose == purpose.tag() && m.used_at.is_none() && m.expires_at > self.now()))
    }

    /// Use a token once. Two concurrent uses: exactly one wins.
    pub async fn consume_token(&self, token: &str, purpose: Purpose) -> Result<Option<email_token::Model>> {
        let Some(m) = self.peek_token(token, purpose).await? else {
            return Ok(None);
        };
        let r = email_token::Entity::update_many()
            .col_expr(email_token::Column::UsedAt, Expr::value(self.now()))
            .filter(email_token::Column::Id.eq(m.id.clone()))
            .filter(email_token::Column::UsedAt.is_null())
            .exec(self.db())
            .await?;
        Ok((r.rows_affected == 1).then_some(m))
    }
}
