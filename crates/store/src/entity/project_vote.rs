use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "project_votes")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub proposal_id: Uuid,
    /// Whose vote it is; none once they erased their account (the vote
    /// stays on the record as a former participant's).
    pub voter_id: Option<Uuid>,
    /// Who cast it: the voter, their proxy, or the facilitator who
    /// recorded a meeting.
    pub cast_by: Option<Uuid>,
    /// `yes`, `no` or `abstain`.
    pub choice: String,
    /// `online`, `proxy` or `meeting`.
    pub channel: String,
    /// The day of the meeting, for votes recorded from one.
    pub meeting_on: Option<Date>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
