use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "mentorings")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub neighbourhood_id: Uuid,
    /// Who asked for a mentor.
    pub asker_id: Option<Uuid>,
    /// Asked on behalf of this organisation, if any.
    pub organisation_id: Option<Uuid>,
    pub mentor_id: Option<Uuid>,
    /// `core::mentoring::Topic`.
    pub topic: String,
    #[sea_orm(column_type = "Text")]
    pub note: String,
    /// `core::mentoring::Status`.
    pub status: String,
    pub paired_by: Option<Uuid>,
    /// 1 to 5, once closed.
    pub helpful: Option<i32>,
    #[sea_orm(column_type = "Text")]
    pub evaluation: String,
    pub created_at: DateTimeUtc,
    pub paired_at: Option<DateTimeUtc>,
    pub closed_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
