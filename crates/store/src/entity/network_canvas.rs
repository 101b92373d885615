use sea_orm::entity::prelude::*;

/// A neighbourhood network's business model canvas: who may read it. Its
/// content is in its versions.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "network_canvases")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub neighbourhood_id: Uuid,
    /// A `core::network::CanvasVisibility`.
    pub visibility: String,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
