use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "census_snapshots")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub neighbourhood_id: Uuid,
    pub year: i32,
    /// `core::census::Dimension`.
    pub dimension: String,
    /// The band's tag, or `all`.
    pub bucket: String,
    pub total: i32,
    pub online: i32,
    pub website: i32,
    pub social: i32,
    pub blog: i32,
    pub own_presence: i32,
    pub taken_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
