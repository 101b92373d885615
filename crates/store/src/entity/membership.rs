use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "memberships")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub user_id: Uuid,
    pub neighbourhood_id: Uuid,
    pub role: String,
    pub status: String,
    pub created_at: DateTimeUtc,
    pub verified_at: Option<DateTimeUtc>,
    pub verified_by: Option<Uuid>,
    pub via_code: bool,
    /// When the person last looked at the neighbourhood's start page.
    pub last_seen_at: Option<DateTimeUtc>,
    /// The start page shows as new what arrived after this (the visit before).
    pub new_since: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
