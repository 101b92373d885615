use sea_orm::entity::prelude::*;

/// A message to an organisation through the contact form of its website;
/// its administrators read it and answer at the sender's address.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "org_messages")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    /// The account it was sent from, if the sender was logged in.
    pub sender_id: Option<Uuid>,
    pub sender_name: String,
    pub sender_email: String,
    #[sea_orm(column_type = "Text")]
    pub body: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
