use sea_orm::entity::prelude::*;

/// How an organisation's own website looks: its logo and colour. One row
/// per organisation, written by its administrators.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "org_site_looks")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub organisation_id: Uuid,
    /// A public image of the organisation's own (`images`).
    pub logo_image_id: Option<Uuid>,
    /// What the logo shows, for people who cannot see it.
    pub logo_alt: String,
    /// `#rrggbb` with enough contrast (`org_site::parse_accent`), or empty
    /// for the house colour.
    pub accent: String,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
