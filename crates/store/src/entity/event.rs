use sea_orm::entity::prelude::*;

/// One occurrence of an event. A recurring event is several rows that
/// share a `series_id`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "events")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// Set for a resident's event: it lives inside this neighbourhood.
    pub neighbourhood_id: Option<Uuid>,
    /// Set for an organisation's event: public, in every neighbourhood the
    /// organisation is confirmed in.
    pub organisation_id: Option<Uuid>,
    /// Set for a group's event (with the group's neighbourhood): inside,
    /// organised by the group's administrators.
    pub group_id: Option<Uuid>,
    pub series_id: Option<Uuid>,
    pub author_id: Option<Uuid>,
    pub title: String,
    #[sea_orm(column_type = "Text")]
    pub description: String,
    pub category: String,
    pub starts_at: DateTimeUtc,
    pub ends_at: DateTimeUtc,
    pub all_day: bool,
    pub venue: String,
    pub online_url: String,
    pub step_free: bool,
    pub accessible_toilet: bool,
    pub hearing_loop: bool,
    pub cost: String,
    /// Places for sign-ups; `None` is unlimited.
    pub capacity: Option<i32>,
    pub signup_required: bool,
    /// Confirmed sign-ups, kept with the sign-up rows in one transaction.
    pub taken: i32,
    pub cancelled: bool,
    pub hidden_reason: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
