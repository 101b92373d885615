use sea_orm::entity::prelude::*;

/// A topic on a group's board (`topic_id` is `None`, `title` set) or a
/// reply to one.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "group_posts")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub group_id: Uuid,
    pub topic_id: Option<Uuid>,
    pub author_id: Option<Uuid>,
    pub title: String,
    #[sea_orm(column_type = "Text")]
    pub body: String,
    pub hidden_reason: Option<String>,
    pub created_at: DateTimeUtc,
    /// For topics: when the last reply came.
    pub last_activity_at: DateTimeUtc,
    /// For topics: the id of the newest post in it. Ids are time-ordered,
    /// finer than timestamps, so the board sorts by this.
    pub last_post_id: Uuid,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
