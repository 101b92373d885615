use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "network_partners")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub neighbourhood_id: Uuid,
    /// The organisation on the platform this partner is, if any.
    pub organisation_id: Option<Uuid>,
    pub name: String,
    /// A `core::network::PartnerKind`.
    pub kind: String,
    /// The contact person, as the coordinator wrote it.
    pub contact: String,
    /// The partner's role in the network.
    #[sea_orm(column_type = "Text")]
    pub role: String,
    /// Hours per month the partner brings.
    pub brings_hours: Option<i32>,
    /// Money per year the partner brings, in cents of `brings_currency`.
    pub brings_cents: Option<i64>,
    pub brings_currency: String,
    #[sea_orm(column_type = "Text")]
    pub brings_rooms: String,
    #[sea_orm(column_type = "Text")]
    pub brings_reach: String,
    #[sea_orm(column_type = "Text")]
    pub expects: String,
    #[sea_orm(column_type = "Text")]
    pub gets: String,
    /// How much the partner gets out of the network, 0 (nothing) to 4 (very much).
    pub gets_rating: Option<i32>,
    /// When the gains and pains were last written, and by whom.
    pub gains_updated_at: Option<DateTimeUtc>,
    pub gains_updated_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
