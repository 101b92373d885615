use sea_orm::entity::prelude::*;

/// A person who checks easy-language texts (*Prüferin*, *Prüfer*) for a
/// neighbourhood or for an organisation.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "easy_reviewers")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub user_id: Uuid,
    pub neighbourhood_id: Option<Uuid>,
    pub organisation_id: Option<Uuid>,
    pub appointed_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
