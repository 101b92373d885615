//! The record of what coordinators, moderators and operators did. Those
//! affected can read it; nothing here is ever edited.

use crate::entity::audit_log;
use crate::{Result, Store, new_id};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use uuid::Uuid;

impl Store {
    pub async fn audit(
        &self,
        neighbourhood_id: Option<Uuid>,
        actor_id: Option<Uuid>,
        action: &str,
        subject_id: Option<Uuid>,
        detail: &str,
    ) -> Result<()> {
        self.log_entry(neighbourhood_id, None, actor_id, action, subject_id, detail).await
    }

    async fn log_entry(
        &self,
        neighbourhood_id: Option<Uuid>,
        organisation_id: Option<Uuid>,
        actor_id: Option<Uuid>,
        action: &str,
        subject_id: Option<Uuid>,
        detail: &str,
    ) -> Result<()> {
        audit_log::ActiveModel {
            id: Set(new_id()),
            neighbourhood_id: Set(neighbourhood_id),
            actor_id: Set(actor_id),
            action: Set(action.to_string()),
            subject_id: Set(subject_id),
            detail: Set(detail.to_string()),
            created_at: Set(self.now()),
            organisation_id: Set(organisation_id),
        }
        .insert(self.db())
        .await?;
        Ok(())
    }

    pub async fn audit_entries(&self, neighbourhood_id: Uuid, limit: u64) -> Result<Vec<audit_log::Model>> {
        Ok(audit_log::Entity::find()
            .filter(audit_log::Column::NeighbourhoodId.eq(neighbourhood_id))
            .order_by_desc(audit_log::Column::Id)
            .limit(limit)
            .all(self.db())
            .await?)
    }
}

impl Store {
    /// An entry on an organisation's own log, which its administrators read.
    pub async fn audit_org(
        &self,
        organisation_id: Uuid,
        actor_id: Option<Uuid>,
        action: &str,
        subject_id: Option<Uuid>,
        detail: &str,
    ) -> Result<()> {
        self.log_entry(None, Some(organisation_id), actor_id, action, subject_id, detail).await
    }

    pub async fn org_log(&self, organisation_id: Uuid, limit: u64) -> Result<Vec<audit_log::Model>> {
        Ok(audit_log::Entity::find()
            .filter(audit_log::Column::OrganisationId.eq(organisation_id))
            .order_by_desc(audit_log::Column::Id)
            .limit(limit)
            .all(self.db())
            .await?)
    }
}
