use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "project_survey_responses")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub survey_id: Uuid,
    /// Who answered online; none for typed-in answers and after erasure.
    pub respondent_id: Option<Uuid>,
    /// `online`, `paper` or `phone`.
    pub channel: String,
    /// The facilitator who typed it in (or the person themselves online).
    pub entered_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
