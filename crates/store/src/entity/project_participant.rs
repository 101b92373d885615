use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "project_participants")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub project_id: Uuid,
    pub user_id: Uuid,
    /// `requested`, `invited`, `participant` or `facilitator`.
    pub standing: String,
    /// `service_user`, `relative`, `staff` or `partner`.
    pub role: String,
    /// The participant who votes for this one when they are not online.
    pub proxy_id: Option<Uuid>,
    /// Who invited them, for invitations.
    pub invited_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
