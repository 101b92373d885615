use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "conversations")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub neighbourhood_id: Uuid,
    pub entry_id: Option<Uuid>,
    pub a_id: Uuid,
    pub b_id: Uuid,
    pub created_at: DateTimeUtc,
    pub last_message_at: DateTimeUtc,
    pub a_read_at: Option<DateTimeUtc>,
    pub b_read_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
