use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "project_meetings")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub project_id: Uuid,
    /// The calendar event the meeting is.
    pub event_id: Uuid,
    #[sea_orm(column_type = "Text")]
    pub agenda: String,
    #[sea_orm(column_type = "Text")]
    pub minutes: String,
    pub created_by: Option<Uuid>,
    /// Who wrote the minutes last.
    pub minutes_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
