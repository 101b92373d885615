use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "census_entries")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub neighbourhood_id: Uuid,
    pub name: String,
    /// The name in lower case: the list's sort key.
    pub sort_name: String,
    /// `core::census::Kind`.
    pub kind: String,
    pub legal_form: String,
    pub size_band: String,
    pub age_profile: String,
    pub under_30: bool,
    pub budget_band: String,
    pub founded: Option<i32>,
    pub area: String,
    pub website: bool,
    pub website_url: String,
    /// Tags separated by commas (`core::census::SocialSet`).
    pub social_media: String,
    pub blog: bool,
    pub umbrella_page: bool,
    pub umbrella_editable: bool,
    /// Its space on this platform, if it has one.
    pub organisation_id: Option<Uuid>,
    /// Derived from the presence (`core::census::Presence`), for counting.
    pub online: bool,
    pub has_social: bool,
    pub own_presence: bool,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
