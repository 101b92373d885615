use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "project_survey_questions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub survey_id: Uuid,
    /// `smileys3`, `smileys5`, `yes_no`, `scale` or `free_text`.
    pub kind: String,
    #[sea_orm(column_type = "Text")]
    pub text: String,
    /// The same question in easy language.
    #[sea_orm(column_type = "Text")]
    pub easy_text: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
