use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "news_posts")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub author_id: Option<Uuid>,
    pub title: String,
    #[sea_orm(column_type = "Text")]
    pub body: String,
    pub members_only: bool,
    pub hidden_reason: Option<String>,
    pub image_id: Option<Uuid>,
    /// What the image shows, for people who cannot see it.
    pub image_alt: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
