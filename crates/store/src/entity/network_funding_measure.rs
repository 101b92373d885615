use sea_orm::entity::prelude::*;

/// A measure that depends on a funding source.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "network_funding_measures")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub funding_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub measure_id: Uuid,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
