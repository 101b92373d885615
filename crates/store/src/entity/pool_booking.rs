use sea_orm::entity::prelude::*;

/// A request to borrow a resource for a time slot, and its answer.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "pool_bookings")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub resource_id: Uuid,
    pub requester_id: Option<Uuid>,
    pub starts_at: DateTimeUtc,
    pub ends_at: DateTimeUtc,
    /// `requested`, `confirmed`, `declined` or `cancelled`.
    pub status: String,
    #[sea_orm(column_type = "Text")]
    pub note: String,
    pub decided_by: Option<Uuid>,
    pub decided_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
