use sea_orm::entity::prelude::*;

/// The easy-language version of one piece of content, whatever its kind.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "easy_versions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// `help_entry`, `news`, `event` or `organisation`.
    pub content_kind: String,
    pub content_id: Uuid,
    /// Where reviewers come from: this neighbourhood's and this organisation's.
    pub neighbourhood_id: Option<Uuid>,
    pub organisation_id: Option<Uuid>,
    pub title: String,
    #[sea_orm(column_type = "Text")]
    pub body: String,
    pub author_id: Option<Uuid>,
    /// `draft`, `in_review`, `approved` or `changes_requested`.
    pub status: String,
    /// What a reviewer did not understand.
    #[sea_orm(column_type = "Text")]
    pub review_note: String,
    pub reviewed_by: Option<Uuid>,
    pub reviewed_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
