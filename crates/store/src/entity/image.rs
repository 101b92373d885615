use sea_orm::entity::prelude::*;

/// An uploaded image after re-encoding. Kept in the database so that
/// backups and several app servers need nothing else.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "images")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Option<Uuid>,
    pub uploaded_by: Option<Uuid>,
    pub content_type: String,
    pub width: i32,
    pub height: i32,
    /// Served to the organisation's members only.
    pub members_only: bool,
    #[sea_orm(column_type = "VarBinary(StringLen::None)")]
    pub bytes: Vec<u8>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
