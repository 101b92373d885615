use sea_orm::entity::prelude::*;

/// A published impact report: the figures of a period as they were shown
/// when it was published (already under the threshold), frozen.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "impact_reports")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub neighbourhood_id: Uuid,
    pub period_from: Date,
    pub period_to: Date,
    /// JSON: `[{"metric", "now", "before", "change"}]`, `null` where a
    /// figure was below the threshold.
    #[sea_orm(column_type = "Text")]
    pub figures: String,
    pub published_by: Option<Uuid>,
    pub published_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
