//! The shared pool: rooms, equipment and vehicles that residents and
//! organisations lend to the network, and their bookings.

use crate::entity::{pool_booking, pool_resource};
use crate::{Result, Store};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use serde_json::{Value, json};
use uuid::Uuid;

impl Store {
    /// What the pool holds about a person: what they lend and what they
    /// asked to borrow.
    pub(crate) async fn export_pool(&self, user_id: Uuid) -> Result<Value> {
        let lent: Vec<Value> = pool_resource::Entity::find()
            .filter(pool_resource::Column::OwnerId.eq(user_id))
            .all(self.db())
            .await?
            .iter()
            .map(|r| json!({"kind": r.kind, "title": r.title, "description": r.description, "accessibility": r.accessibility, "availability": r.availability, "withdrawn": r.withdrawn, "created_at": r.created_at.to_rfc3339()}))
            .collect();
        let asked: Vec<Value> = pool_booking::Entity::find()
            .filter(pool_booking::Column::RequesterId.eq(user_id))
            .all(self.db())
            .await?
            .iter()
            .map(|b| json!({"resource": b.resource_id, "starts_at": b.starts_at.to_rfc3339(), "ends_at": b.ends_at.to_rfc3339(), "status": b.status, "note": b.note, "created_at": b.created_at.to_rfc3339()}))
            .collect();
        Ok(json!({"resources": lent, "bookings": asked}))
    }

    /// Erasure: a person's own resources go with their bookings; their
    /// requests stay for the owners' calendars without them, and so do the
    /// answers they gave.
    pub(crate) async fn erase_pool<C: ConnectionTrait>(&self, txn: &C, user_id: Uuid) -> Result<()> {
        let none = || Expr::value(Option::<Uuid>::None);
        pool_resource::Entity::delete_many().filter(pool_resource::Column::OwnerId.eq(user_id)).exec(txn).await?;
        pool_resource::Entity::update_many()
            .col_expr(pool_resource::Column::CreatedBy, none())
            .filter(pool_resource::Column::CreatedBy.eq(user_id))
            .exec(txn)
            .await?;
        pool_booking::Entity::update_many()
            .col_expr(pool_booking::Column::RequesterId, none())
            .filter(pool_booking::Column::RequesterId.eq(user_id))
            .exec(txn)
            .await?;
        pool_booking::Entity::update_many()
            .col_expr(pool_booking::Column::DecidedBy, none())
            .filter(pool_booking::Column::DecidedBy.eq(user_id))
            .exec(txn)
            .await?;
        Ok(())
    }
}
