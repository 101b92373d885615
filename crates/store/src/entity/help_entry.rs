use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "help_entries")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub neighbourhood_id: Uuid,
    pub author_id: Uuid,
    pub kind: String,
    pub category: String,
    pub title: String,
    #[sea_orm(column_type = "Text")]
    pub body: String,
    pub on_date: Option<Date>,
    pub time_from: Option<String>,
    pub time_to: Option<String>,
    pub weekly: bool,
    pub urgency: String,
    pub visibility: String,
    pub area: String,
    pub on_behalf: Option<String>,
    pub minutes: i32,
    pub status: String,
    pub helper_id: Option<Uuid>,
    pub hidden_reason: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub expires_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
