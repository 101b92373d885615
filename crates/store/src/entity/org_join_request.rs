use sea_orm::entity::prelude::*;

/// Someone asks to become a member or volunteer of an organisation; its
/// administrators accept or decline.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "org_join_requests")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub user_id: Uuid,
    /// `quartier_core::org_site::JoinKind`.
    pub kind: String,
    #[sea_orm(column_type = "Text")]
    pub note: String,
    /// `quartier_core::org_site::JoinStatus`.
    pub status: String,
    pub decided_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
    pub decided_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
