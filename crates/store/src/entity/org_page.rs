use sea_orm::entity::prelude::*;

/// A page of an organisation's own website.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "org_pages")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    /// `quartier_core::org_site::PageKind`.
    pub kind: String,
    /// The last part of its address, `/o/{org}/p/{slug}`.
    pub slug: String,
    pub title: String,
    /// Markdown.
    #[sea_orm(column_type = "Text")]
    pub body: String,
    /// Its place in the navigation, smaller first.
    pub position: i32,
    pub published: bool,
    pub author_id: Option<Uuid>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
