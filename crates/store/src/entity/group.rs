use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "groups")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub neighbourhood_id: Uuid,
    pub name: String,
    #[sea_orm(column_type = "Text")]
    pub description: String,
    /// `interest` or `learning`.
    pub kind: String,
    /// `open` or `request`.
    pub joining: String,
    /// A learning group's topic; empty for an interest group.
    pub topic: String,
    /// When and where a learning group meets, in a few words; its
    /// meetings themselves are the group's events.
    pub schedule: String,
    pub created_by: Option<Uuid>,
    pub hidden_reason: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
