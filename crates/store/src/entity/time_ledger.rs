use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "time_ledger")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub neighbourhood_id: Uuid,
    pub entry_id: Uuid,
    /// The account hours leave: a person's id, or the neighbourhood's id
    /// when `from_account` is `neighbourhood` (its shared account).
    pub from_id: Uuid,
    /// The account hours go to; see `from_id`.
    pub to_id: Uuid,
    /// `person` or `neighbourhood` (`quartier_core::help::Account`).
    pub from_account: String,
    pub to_account: String,
    pub minutes: i32,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
