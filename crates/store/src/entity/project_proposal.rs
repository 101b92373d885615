use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "project_proposals")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub project_id: Uuid,
    pub author_id: Option<Uuid>,
    /// The phase it was made in.
    pub phase: String,
    /// `decision` or `next_phase`.
    pub kind: String,
    pub title: String,
    #[sea_orm(column_type = "Text")]
    pub body: String,
    /// `majority`, `two_thirds` or `consent`.
    pub rule: String,
    /// Share of participants who must vote, in percent.
    pub quorum: i32,
    pub closes_at: DateTimeUtc,
    /// `passed`, `rejected` or `no_quorum`; none while the vote runs.
    pub outcome: Option<String>,
    /// Participants who could vote when it was decided.
    pub eligible: i32,
    pub decided_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    /// A secret ballot: the record shows only the counts.
    pub secret: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
