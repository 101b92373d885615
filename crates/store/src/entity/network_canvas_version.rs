use sea_orm::entity::prelude::*;

/// One saved version of a network's canvas; never changed afterwards.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "network_canvas_versions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub neighbourhood_id: Uuid,
    /// 1, 2, 3 … per canvas.
    pub number: i32,
    #[sea_orm(column_type = "Text")]
    pub social_value: String,
    #[sea_orm(column_type = "Text")]
    pub target_groups: String,
    /// Relationships and channels: how the network reaches people.
    #[sea_orm(column_type = "Text")]
    pub channels: String,
    #[sea_orm(column_type = "Text")]
    pub resources: String,
    #[sea_orm(column_type = "Text")]
    pub costs_note: String,
    #[sea_orm(column_type = "Text")]
    pub revenues_note: String,
    /// What changed, in a few words.
    pub note: String,
    /// The figures shown when it was saved (measures, funding, partners), as JSON.
    #[sea_orm(column_type = "Text")]
    pub figures: String,
    pub created_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
