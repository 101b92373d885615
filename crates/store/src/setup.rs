//! The one-time token that lets the first operator be created on an empty
//! instance. It is printed on the console at start-up and expires.

use crate::entity::setup_token;
use crate::{Result, Store, hash_token, random_token};
use chrono::Duration;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};

impl Store {
    /// A fresh setup token valid for `ttl`; earlier ones stop working.
    pub async fn issue_setup_token(&self, ttl: Duration) -> Result<String> {
        setup_token::Entity::delete_many().exec(self.db()).await?;
        let token = random_token();
        let t = self.now();
        setup_token::ActiveModel {
            id: Set(hash_token(&token)),
            created_at: Set(t),
            expires_at: Set(t + ttl),
            used_at: Set(None),
        }
        .insert(self.db())
        .await?;
        Ok(token)
    }

    /// Use the setup token once; false when wrong, used or expired.
    pub async fn consume_setup_token(&self, token: &str) -> Result<bool> {
        let r = setup_token::Entity::update_many()
            .col_expr(setup_token::Column::UsedAt, Expr::value(self.now()))
            .filter(setup_token::Column::Id.eq(hash_token(token)))
            .filter(setup_token::Column::UsedAt.is_null())
            .filter(setup_token::Column::ExpiresAt.gt(self.now()))
            .exec(self.db())
            .await?;
        Ok(r.rows_affected == 1)
    }
}
