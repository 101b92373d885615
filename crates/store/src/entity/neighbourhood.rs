use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "neighbourhoods")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    #[sea_orm(unique)]
    pub slug: String,
    pub name: String,
    #[sea_orm(column_type = "Text")]
    pub description: String,
    pub timezone: String,
    pub created_at: DateTimeUtc,
    /// Done help moves hours between time accounts.
    pub time_bank: bool,
    /// How people without internet answer the printed notice board.
    pub office_contact: String,
    /// Bumped by the database on every write to what the start page shows
    /// (migration m0027): the start page's cache is valid while it holds.
    pub content_version: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
