use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "notifications")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub user_id: Uuid,
    pub kind: String,
    pub entry_id: Option<Uuid>,
    pub conversation_id: Option<Uuid>,
    pub event_id: Option<Uuid>,
    /// What it is about, as its name stood then (for kinds without an entry or event).
    #[sea_orm(column_type = "Text")]
    pub subject: String,
    /// Where to act on it or read the outcome, a path on this instance.
    #[sea_orm(column_type = "Text")]
    pub link: String,
    pub created_at: DateTimeUtc,
    pub read_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
