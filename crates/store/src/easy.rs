//! Easy-language versions of content, one mechanism for every kind, and
//! the people who check them. A version edited after approval loses the
//! approval until it is checked again.

use crate::entity::{easy_reviewer, easy_version, user};
use crate::{Result, Store, StoreError, new_id};
use quartier_core::easy::EasyStatus;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};
use std::collections::HashMap;
use uuid::Uuid;

/// Where a piece of content belongs, for choosing its reviewers.
#[derive(Debug, Clone, Copy, Default)]
pub struct Scope {
    pub neighbourhood: Option<Uuid>,
    pub organisation: Option<Uuid>,
}

impl Store {
    pub async fn easy_version(&self, kind: impl AsRef<str>, content: Uuid) -> Result<Option<easy_version::Model>> {
        Ok(easy_version::Entity::find()
            .filter(easy_version::Column::ContentKind.eq(kind.as_ref()))
            .filter(easy_version::Column::ContentId.eq(content))
            .one(self.db())
            .await?)
    }

    /// The easy versions readers may see (`EasyStatus::shown_to_readers`)
    /// of many pieces of content of one kind, in one query: for lists,
    /// cards and the notice board. Keyed by content id.
    pub async fn easy_versions_for_readers(
        &self,
        kind: impl AsRef<str>,
        ids: &[Uuid],
    ) -> Result<HashMap<Uuid, easy_version::Model>> {
        if ids.is_empty() {
            return Ok(HashMap::new());
        }
        let shown: Vec<&str> = EasyStatus::ALL.iter().filter(|s| s.shown_to_readers()).map(|s| s.tag()).collect();
        Ok(easy_version::Entity::find()
            .filter(easy_version::Column::ContentKind.eq(kind.as_ref()))
            .filter(easy_version::Column::ContentId.is_in(ids.to_vec()))
            .filter(easy_version::Column::Status.is_in(shown))
            .all(self.db())
            .await?
            .into_iter()
            .map(|v| (v.content_id, v))
            .collect())
    }

    pub async fn easy_version_by_id(&self, id: Uuid) -> Result<easy_version::Model> {
        easy_version::Entity::find_by_id(id).one(self.db()).await?.ok_or(StoreError::NotFound)
    }

    /// Write the easy version. A changed text goes back to `draft` and
    /// loses its approval; `ask_review` sends it to the reviewers.
    #[allow(clippy::too_many_arguments)]
    pub async fn save_easy_version(
        &self,
        kind: impl AsRef<str>,
        content: Uuid,
        scope: Scope,
        by: Uuid,
        title: &str,
        body: &str,
        ask_review: bool,
    ) -> Result<easy_version::Model> {
        let t = self.now();
        match self.easy_version(kind.as_ref(), content).await? {
            Some(v) => {
                let changed = v.title != title || v.body != body;
                let status = if ask_review {
                    EasyStatus::InReview.tag()
                } else if changed {
                    EasyStatus::Draft.tag()
                } else {
                    v.status.as_str()
                }
                .to_string();
                let mut a: easy_version::ActiveModel = v.clone().into();
                a.title = Set(title.to_string());
                a.body = Set(body.to_string());
                a.neighbourhood_id = Set(scope.neighbourhood);
                a.organisation_id = Set(scope.organisation);
                a.author_id = Set(Some(by));
                if changed || ask_review {
                    a.reviewed_by = Set(None);
                    a.reviewed_at = Set(None);
                }
                if ask_review {
                    a.review_note = Set(String::new());
                }
                a.status = Set(status);
                a.updated_at = Set(t);
                Ok(a.update(self.db()).await?)
            }
            None => Ok(easy_version::ActiveModel {
                id: Set(new_id()),
                content_kind: Set(kind.as_ref().to_string()),
                content_id: Set(content),
                neighbourhood_id: Set(scope.neighbourhood),
                organisation_id: Set(scope.organisation),
                title: Set(title.to_string()),
                body: Set(body.to_string()),
                author_id: Set(Some(by)),
                status: Set(if ask_review { EasyStatus::InReview } else { EasyStatus::Draft }.tag().into()),
                review_note: Set(String::new()),
                reviewed_by: Set(None),
                reviewed_at: Set(None),
                created_at: Set(t),
                updated_at: Set(t),
            }
            .insert(self.db())
            .await
            .map_err(|e| StoreError::conflict_on(e, "easy version"))?),
        }
    }

    /// A reviewer approves the version or says what they did not understand.
    pub async fn review_easy_version(&self, id: Uuid, reviewer: Uuid, approve: bool, note: &str) -> Result<()> {
        let v = self.easy_version_by_id(id).await?;
        if v.status() != EasyStatus::InReview {
            return Err(StoreError::Invalid("not in review"));
        }
        let mut a: easy_version::ActiveModel = v.into();
        a.status = Set(if approve { EasyStatus::Approved } else { EasyStatus::ChangesRequested }.tag().into());
        a.review_note = Set(note.to_string());
        a.reviewed_by = Set(Some(reviewer));
        a.reviewed_at = Set(Some(self.now()));
        a.update(self.db()).await?;
        Ok(())
    }

    /// Versions waiting for a reviewer of these neighbourhoods and organisations.
    pub async fn review_queue(&self, nbs: &[Uuid], orgs: &[Uuid]) -> Result<Vec<easy_version::Model>> {
        let mut scope = Condition::any();
        if !nbs.is_empty() {
            scope = scope.add(easy_version::Column::NeighbourhoodId.is_in(nbs.to_vec()));
        }
        if !orgs.is_empty() {
            scope = scope.add(easy_version::Column::OrganisationId.is_in(orgs.to_vec()));
        }
        if scope.is_empty() {
            return Ok(Vec::new());
        }
        Ok(easy_version::Entity::find()
            .filter(easy_version::Column::Status.eq(EasyStatus::InReview.tag()))
            .filter(scope)
            .order_by_asc(easy_version::Column::UpdatedAt)
            .limit(200)
            .all(self.db())
            .await?)
    }

    /// Make someone a reviewer for a neighbourhood or an organisation.
    pub async fn add_reviewer(&self, user: Uuid, scope: Scope, by: Uuid) -> Result<()> {
        if self.reviewer_rows(user, scope).await?.is_empty() {
            easy_reviewer::ActiveModel {
                id: Set(new_id()),
                user_id: Set(user),
                neighbourhood_id: Set(scope.neighbourhood),
                organisation_id: Set(scope.organisation),
                appointed_by: Set(Some(by)),
                created_at: Set(self.now()),
            }
            .insert(self.db())
            .await?;
        }
        Ok(())
    }

    pub async fn remove_reviewer(&self, user: Uuid, scope: Scope) -> Result<()> {
        for r in self.reviewer_rows(user, scope).await? {
            easy_reviewer::Entity::delete_by_id(r.id).exec(self.db()).await?;
        }
        Ok(())
    }

    async fn reviewer_rows(&self, user: Uuid, scope: Scope) -> Result<Vec<easy_reviewer::Model>> {
        let mut q = easy_reviewer::Entity::find().filter(easy_reviewer::Column::UserId.eq(user));
        q = match scope.neighbourhood {
            Some(n) => q.filter(easy_reviewer::Column::NeighbourhoodId.eq(n)),
            None => q.filter(easy_reviewer::Column::NeighbourhoodId.is_null()),
        };
        q = match scope.organisation {
            Some(o) => q.filter(easy_reviewer::Column::OrganisationId.eq(o)),
            None => q.filter(easy_reviewer::Column::OrganisationId.is_null()),
        };
        Ok(q.all(self.db()).await?)
    }

    /// The reviewers of a neighbourhood or an organisation.
    pub async fn reviewers(&self, scope: Scope) -> Result<Vec<user::Model>> {
        let mut q = easy_reviewer::Entity::find();
        if let Some(n) = scope.neighbourhood {
            q = q.filter(easy_reviewer::Column::NeighbourhoodId.eq(n));
        }
        if let Some(o) = scope.organisation {
            q = q.filter(easy_reviewer::Column::OrganisationId.eq(o));
        }
        let ids: Vec<Uuid> = q.all(self.db()).await?.into_iter().map(|r| r.user_id).collect();
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        Ok(user::Entity::find()
            .filter(user::Column::Id.is_in(ids))
            .filter(user::Column::DeletedAt.is_null())
            .order_by_asc(user::Column::DisplayName)
            .all(self.db())
            .await?)
    }

    /// Where a person reviews: (neighbourhoods, organisations).
    pub async fn reviewer_scopes(&self, user: Uuid) -> Result<(Vec<Uuid>, Vec<Uuid>)> {
        let rows = easy_reviewer::Entity::find().filter(easy_reviewer::Column::UserId.eq(user)).all(self.db()).await?;
        Ok((
            rows.iter().filter_map(|r| r.neighbourhood_id).collect(),
            rows.iter().filter_map(|r| r.organisation_id).collect(),
        ))
    }
}
