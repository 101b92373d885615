use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "invite_codes")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub neighbourhood_id: Uuid,
    pub batch_id: Uuid,
    #[sea_orm(unique)]
    pub code: String,
    pub created_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
    pub used_by: Option<Uuid>,
    pub used_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
