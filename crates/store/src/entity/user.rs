use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "users")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    #[sea_orm(unique)]
    pub email: String,
    pub email_confirmed_at: Option<DateTimeUtc>,
    pub password_hash: String,
    pub display_name: String,
    #[sea_orm(column_type = "Text")]
    pub bio: String,
    pub profile_public: bool,
    pub locale: String,
    pub text_size: String,
    pub contrast: String,
    pub is_operator: bool,
    pub created_at: DateTimeUtc,
    pub deleted_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
