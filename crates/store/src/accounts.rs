//! Accounts: create, find, confirm, change password and e-mail, preferences.

use crate::entity::user;
use crate::{Result, Store, StoreError, new_id};
use quartier_core::account::Email;
use quartier_core::locale::{Contrast, Locale, Preferences, TextSize};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

/// What a new account starts with.
pub struct NewUser<'a> {
    pub email: &'a Email,
    pub password_hash: String,
    pub display_name: &'a str,
    pub prefs: Preferences,
    pub operator: bool,
    pub confirmed: bool,
}

/// The reader's preferences stored on an account.
pub fn prefs_of(u: &user::Model) -> Preferences {
    Preferences {
        locale: Locale::parse(&u.locale).unwrap_or_default(),
        text_size: TextSize::from_tag(&u.text_size).unwrap_or_default(),
        contrast: Contrast::from_tag(&u.contrast).unwrap_or_default(),
    }
}

impl Store {
    pub async fn create_user(&self, n: NewUser<'_>) -> Result<user::Model> {
        let t = self.now();
        let m = user::ActiveModel {
            id: Set(new_id()),
            email: Set(n.email.as_str().to_string()),
            email_confirmed_at: Set(n.confirmed.then_some(t)),
            password_hash: Set(n.password_hash),
            display_name: Set(n.display_name.to_string()),
            bio: Set(String::new()),
            profile_public: Set(false),
            locale: Set(n.prefs.locale.tag().into()),
            text_size: Set(n.prefs.text_size.tag().into()),
            contrast: Set(n.prefs.contrast.tag().into()),
            is_operator: Set(n.operator),
            created_at: Set(t),
            deleted_at: Set(None),
        };
        m.insert(self.db()).await.map_err(|e| StoreError::conflict_on(e, "email"))
    }

    pub async fn user_by_email(&self, email: &Email) -> Result<Option<user::Model>> {
        Ok(user::Entity::find()
            .filter(user::Column::Email.eq(email.as_str()))
            .filter(user::Column::DeletedAt.is_null())
            .one(self.db())
            .await?)
    }

    /// Several people at once, for lists (one query, whatever their number).
    pub async fn users_by_ids(&self, ids: &[Uuid]) -> Result<Vec<user::Model>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        Ok(user::Entity::find().filter(user::Column::Id.is_in(ids.to_vec())).all(self.db()).await?)
    }

    pub async fn user_by_id(&self, id: Uuid) -> Result<Option<user::Model>> {
        Ok(user::Entity::find_by_id(id).one(self.db()).await?)
    }

    /// A live (not erased) account or NotFound.
    pub async fn live_user(&self, id: Uuid) -> Result<user::Model> {
        match self.user_by_id(id).await? {
            Some(u) if u.deleted_at.is_none() => Ok(u),
            _ => Err(StoreError::NotFound),
        }
    }

    pub async fn confirm_email(&self, id: Uuid) -> Result<()> {
        let mut u: user::ActiveModel = self.live_user(id).await?.into();
        u.email_confirmed_at = Set(Some(self.now()));
        u.update(self.db()).await?;
        Ok(())
    }

    pub async fn set_password_hash(&self, id: Uuid, hash: String) -> Result<()> {
        let mut u: user::ActiveModel = self.live_user(id).await?.into();
        u.password_hash = Set(hash);
        u.update(self.db()).await?;
        Ok(())
    }

    /// Change the address; the new one counts as confirmed because the
    /// person followed a link sent to it.
    pub async fn set_email(&self, id: Uuid, email: &Email) -> Result<()> {
        let mut u: user::ActiveModel = self.live_user(id).await?.into();
        u.email = Set(email.as_str().to_string());
        u.email_confirmed_at = Set(Some(self.now()));
        u.update(self.db()).await.map_err(|e| StoreError::conflict_on(e, "email"))?;
        Ok(())
    }

    pub async fn set_preferences(&self, id: Uuid, p: Preferences) -> Result<()> {
        let mut u: user::ActiveModel = self.live_user(id).await?.into();
        u.locale = Set(p.locale.tag().into());
        u.text_size = Set(p.text_size.tag().into());
        u.contrast = Set(p.contrast.tag().into());
        u.update(self.db()).await?;
        Ok(())
    }

    pub async fn set_profile(&self, id: Uuid, display_name: &str, bio: &str, public: bool) -> Result<()> {
        let mut u: user::ActiveModel = self.live_user(id).await?.into();
        u.display_name = Set(display_name.to_string());
        u.bio = Set(bio.to_string());
        u.profile_public = Set(public);
        u.update(self.db()).await?;
        Ok(())
    }

    pub async fn set_operator(&self, id: Uuid, operator: bool) -> Result<()> {
        let mut u: user::ActiveModel = self.live_user(id).await?.into();
        u.is_operator = Set(operator);
        u.update(self.db()).await?;
        Ok(())
    }

    pub async fn operator_exists(&self) -> Result<bool> {
        Ok(user::Entity::find()
            .filter(user::Column::IsOperator.eq(true))
            .filter(user::Column::DeletedAt.is_null())
            .count(self.db())
            .await?
            > 0)
    }

    pub async fn count_users(&self) -> Result<u64> {
        Ok(user::Entity::find().filter(user::Column::DeletedAt.is_null()).count(self.db()).await?)
    }

    /// The operators, for the instance's admin page.
    pub async fn operators(&self) -> Result<Vec<user::Model>> {
        Ok(user::Entity::find()
            .filter(user::Column::IsOperator.eq(true))
            .filter(user::Column::DeletedAt.is_null())
            .order_by_asc(user::Column::CreatedAt)
            .all(self.db())
            .await?)
    }
}
