//! Reports by residents and what moderators did about them.

use crate::entity::report;
use crate::{Result, Store, StoreError, new_id};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, sea_query::Expr};
use uuid::Uuid;

/// What was reported.
#[derive(Debug, Clone, Copy)]
pub enum Reported {
    Entry(Uuid),
    Message(Uuid),
}

impl Store {
    pub async fn report(
        &self,
        neighbourhood_id: Uuid,
        reporter: Uuid,
        what: Reported,
        reason: &str,
    ) -> Result<report::Model> {
        let (entry_id, message_id) = match what {
            Reported::Entry(e) => (Some(e), None),
            Reported::Message(m) => (None, Some(m)),
        };
        Ok(report::ActiveModel {
            id: Set(new_id()),
            neighbourhood_id: Set(neighbourhood_id),
            reporter_id: Set(reporter),
            entry_id: Set(entry_id),
            message_id: Set(message_id),
            reason: Set(reason.to_string()),
            status: Set("open".into()),
            handled_by: Set(None),
            handled_at: Set(None),
            created_at: Set(self.now()),
        }
        .insert(self.db())
        .await?)
    }

    pub async fn open_reports(&self, neighbourhood_id: Uuid) -> Result<Vec<report::Model>> {
        Ok(report::Entity::find()
            .filter(report::Column::NeighbourhoodId.eq(neighbourhood_id))
            .filter(report::Column::Status.eq("open"))
            .order_by_asc(report::Column::Id)
            .all(self.db())
            .await?)
    }

    pub async fn report_in(&self, neighbourhood_id: Uuid, id: Uuid) -> Result<report::Model> {
        report::Entity::find_by_id(id)
            .filter(report::Column::NeighbourhoodId.eq(neighbourhood_id))
            .one(self.db())
            .await?
            .ok_or(StoreError::NotFound)
    }

    /// Whether a message was reported (which lets moderators read it).
    pub async fn message_reported(&self, message_id: Uuid) -> Result<bool> {
        Ok(report::Entity::find().filter(report::Column::MessageId.eq(message_id)).one(self.db()).await?.is_some())
    }

    /// Close a report as `hidden` or `dismissed`.
    pub async fn close_report(&self, id: Uuid, by: Uuid, status: &str) -> Result<()> {
        let r = report::Entity::update_many()
            .col_expr(report::Column::Status, Expr::value(status))
            .col_expr(report::Column::HandledBy, Expr::value(by))
            .col_expr(report::Column::HandledAt, Expr::value(self.now()))
            .filter(report::Column::Id.eq(id))
            .filter(report::Column::Status.eq("open"))
            .exec(self.db())
            .await?;
        if r.rows_affected == 1 { Ok(()) } else { Err(StoreError::Invalid("closed")) }
    }
}
