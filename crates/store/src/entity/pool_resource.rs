use sea_orm::entity::prelude::*;

/// A room, a piece of equipment or a vehicle lent to the network, by a
/// resident (`owner_id`) or an organisation (`organisation_id`).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "pool_resources")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub neighbourhood_id: Uuid,
    pub owner_id: Option<Uuid>,
    pub organisation_id: Option<Uuid>,
    /// `room`, `equipment` or `vehicle`.
    pub kind: String,
    pub title: String,
    #[sea_orm(column_type = "Text")]
    pub description: String,
    #[sea_orm(column_type = "Text")]
    pub accessibility: String,
    /// When it can be booked, in the owner's words ("Tuesday evenings").
    #[sea_orm(column_type = "Text")]
    pub availability: String,
    /// No longer offered; its bookings stay on the record.
    pub withdrawn: bool,
    pub created_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
