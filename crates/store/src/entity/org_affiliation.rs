use sea_orm::entity::prelude::*;

/// A link between an umbrella organisation and one of its local branches,
/// asked by one side and confirmed by the other. It gives the umbrella no
/// say over the branch's space.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "org_affiliations")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub umbrella_id: Uuid,
    pub branch_id: Uuid,
    /// `quartier_core::org_site::Side` that asked.
    pub asked_by: String,
    /// `quartier_core::org_site::AffiliationStatus`.
    pub status: String,
    pub created_at: DateTimeUtc,
    pub confirmed_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
