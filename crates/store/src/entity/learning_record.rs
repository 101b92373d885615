use sea_orm::entity::prelude::*;

/// What a member of a peer-learning group learnt, perhaps at one of its
/// meetings.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "learning_records")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub group_id: Uuid,
    pub learner_id: Uuid,
    pub what: String,
    /// The group's meeting (event) where it was learnt, if one is named.
    pub event_id: Option<Uuid>,
    /// Who wrote it down: the learner, or an admin of the group for them.
    pub recorded_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
