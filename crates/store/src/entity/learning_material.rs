use sea_orm::entity::prelude::*;

/// A learning material a member shared with a peer-learning group.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "learning_materials")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub group_id: Uuid,
    pub title: String,
    /// A web address, or empty (a book on the shelf, a printed sheet).
    pub url: String,
    #[sea_orm(column_type = "Text")]
    pub note: String,
    pub added_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
