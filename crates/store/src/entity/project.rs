use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "projects")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub neighbourhood_id: Uuid,
    /// Started on behalf of this organisation, if any.
    pub organisation_id: Option<Uuid>,
    pub title: String,
    /// The shared goal, in plain words.
    #[sea_orm(column_type = "Text")]
    pub goal: String,
    /// `open` or `closed`.
    pub joining: String,
    /// `planning`, `carrying_out` or `checking`.
    pub phase: String,
    pub created_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    /// The project this one continues ("start small, then grow").
    pub continues_id: Option<Uuid>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
