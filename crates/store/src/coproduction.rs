//! Co-production projects: participants, proposals with their votes and
//! comments, and tasks. The rules (who may do what, how a vote is tallied)
//! live in `quartier_core::coproduction`; this module keeps the record.

use crate::entity::{
    membership, organisation, organisation_member, project, project_comment, project_participant, project_proposal,
    project_task, project_vote, user,
};
use crate::{Result, Store, StoreError, new_id};
use chrono::{DateTime, NaiveDate, Utc};
use quartier_core::coproduction::{
    Channel, Choice, Joining, Outcome, PartRole, Phase, ProposalKind, Rule, Standing, Tally,
};
use quartier_core::organisation::OrgRole;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, QueryTrait, TransactionTrait, sea_query::Expr,
};
use serde_json::{Value, json};
use std::collections::HashMap;
use uuid::Uuid;

/// A new project, already parsed.
#[derive(Debug, Clone)]
pub struct NewProject {
    pub title: String,
    pub goal: String,
    pub joining: Joining,
    pub organisation: Option<Uuid>,
    /// The starter's own role.
    pub role: PartRole,
}

/// A new proposal, already parsed.
#[derive(Debug, Clone)]
pub struct NewProposal {
    pub kind: ProposalKind,
    pub title: String,
    pub body: String,
    pub rule: Rule,
    pub quorum: u8,
    pub closes_at: DateTime<Utc>,
    /// A secret ballot: who voted is known (one vote each), how they voted
    /// is shown to nobody.
    pub secret: bool,
}

/// One vote to record.
#[derive(Debug, Clone, Copy)]
pub struct Ballot {
    /// Whose vote it is.
    pub voter: Uuid,
    /// Who casts it (the voter, their proxy, or a facilitator for a meeting).
    pub cast_by: Uuid,
    pub choice: Choice,
    pub channel: Channel,
    pub meeting_on: Option<NaiveDate>,
}

/// A proposal decided just now, for telling the participants.
#[derive(Debug, Clone)]
pub struct Decided {
    pub proposal: project_proposal::Model,
    pub outcome: Outcome,
    /// The phase the project moved to, for a passed "next phase" proposal.
    pub moved_to: Option<Phase>,
}

/// A participant (or someone asking or invited) with their account.
pub struct ParticipantRow {
    pub p: project_participant::Model,
    pub user: user::Model,
}

/// What a change of a participant does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParticipantChange {
    Role(PartRole),
    Standing(Standing),
    /// Name (or clear) the participant who votes for them.
    Proxy(Option<Uuid>),
}

/// Tally the votes of one proposal.
pub fn tally(votes: &[project_vote::Model], eligible: u32) -> Tally {
    let mut t = Tally { eligible, ..Tally::default() };
    for v in votes {
        if let Some(c) = v.choice() {
            t.add(c);
        }
    }
    t
}

impl Store {
    /// Start a project; the starter is its first participant and facilitator.
    pub async fn create_project(&self, n: Uuid, starter: Uuid, p: NewProject) -> Result<project::Model> {
        let t = self.now();
        let txn = self.db().begin().await?;
        let pr = project::ActiveModel {
            id: Set(new_id()),
            neighbourhood_id: Set(n),
            organisation_id: Set(p.organisation),
            title: Set(p.title),
            goal: Set(p.goal),
            joining: Set(p.joining.tag().into()),
            phase: Set(Phase::Planning.tag().into()),
            created_by: Set(Some(starter)),
            created_at: Set(t),
            updated_at: Set(t),
            continues_id: Set(None),
        }
        .insert(&txn)
        .await?;
        participant(pr.id, starter, Standing::Facilitator, p.role, None, t).insert(&txn).await?;
        txn.commit().await?;
        Ok(pr)
    }

    /// Continue `old` as a bigger project, as its participants decided: a
    /// new project in planning that names the old one, with everyone who
    /// takes part in the old one taking part again in the same role and
    /// standing (proxies too). The old project and its record stay as they
    /// are. A project is continued once: `Conflict("continued")` for the
    /// second, also when two arrive at once (the write on the old row
    /// comes first and holds the others back).
    pub async fn continue_project(&self, old: &project::Model, title: String, goal: String) -> Result<project::Model> {
        let t = self.now();
        let txn = self.db().begin().await?;
        project::Entity::update_many()
            .col_expr(project::Column::UpdatedAt, sea_orm::sea_query::Expr::value(t))
            .filter(project::Column::Id.eq(old.id))
            .exec(&txn)
            .await?;
        let already = project::Entity::find().filter(project::Column::ContinuesId.eq(old.id)).count(&txn).await?;
        if already > 0 {
            return Err(StoreError::Conflict("continued"));
        }
        let pr = project::ActiveModel {
            id: Set(new_id()),
            neighbourhood_id: Set(old.neighbourhood_id),
            organisation_id: Set(old.organisation_id),
            title: Set(title),
            goal: Set(goal),
            joining: Set(old.joining.clone()),
            phase: Set(Phase::Planning.tag().into()),
            created_by: Set(old.created_by),
            created_at: Set(t),
            updated_at: Set(t),
            continues_id: Set(Some(old.id)),
        }
        .insert(&txn)
        .await?;
        let people = project_participant::Entity::find()
            .filter(project_participant::Column::ProjectId.eq(old.id))
            .filter(
                project_participant::Column::Standing.is_in([Standing::Participant.tag(), Standing::Facilitator.tag()]),
            )
            .all(&txn)
            .await?;
        let rows: Vec<project_participant::ActiveModel> = people
            .into_iter()
            .map(|r| project_participant::ActiveModel {
                id: Set(new_id()),
                project_id: Set(pr.id),
                user_id: Set(r.user_id),
                standing: Set(r.standing),
                role: Set(r.role),
                proxy_id: Set(r.proxy_id),
                invited_by: Set(r.invited_by),
                created_at: Set(t),
            })
            .collect();
        if !rows.is_empty() {
            project_participant::Entity::insert_many(rows).exec(&txn).await?;
        }
        txn.commit().await?;
        Ok(pr)
    }

    /// The project `p` continues and the one it was continued as, where
    /// they exist (one query).
    pub async fn project_lineage(
        &self,
        p: &project::Model,
    ) -> Result<(Option<project::Model>, Option<project::Model>)> {
        let mut any = sea_orm::Condition::any().add(project::Column::ContinuesId.eq(p.id));
        if let Some(c) = p.continues_id {
            any = any.add(project::Column::Id.eq(c));
        }
        let rows = project::Entity::find().filter(any).limit(2).all(self.db()).await?;
        let before = rows.iter().find(|r| Some(r.id) == p.continues_id).cloned();
        let after = rows.into_iter().find(|r| r.continues_id == Some(p.id));
        Ok((before, after))
    }

    /// A project of a neighbourhood.
    pub async fn project_in(&self, n: Uuid, id: Uuid) -> Result<project::Model> {
        project::Entity::find_by_id(id)
            .filter(project::Column::NeighbourhoodId.eq(n))
            .one(self.db())
            .await?
            .ok_or(StoreError::NotFound)
    }

    /// The projects of a neighbourhood, newest first, with the number of
    /// people taking part in each (counted for all at once).
    pub async fn projects_in(&self, n: Uuid, limit: u64) -> Result<Vec<(project::Model, u64)>> {
        let projects = project::Entity::find()
            .filter(project::Column::NeighbourhoodId.eq(n))
            .order_by_desc(project::Column::Id)
            .limit(limit)
            .all(self.db())
            .await?;
        let ids: Vec<Uuid> = projects.iter().map(|p| p.id).collect();
        let counts: Vec<(Uuid, i64)> = if ids.is_empty() {
            Vec::new()
        } else {
            project_participant::Entity::find()
                .select_only()
                .column(project_participant::Column::ProjectId)
                .column_as(project_participant::Column::Id.count(), "n")
                .filter(project_participant::Column::ProjectId.is_in(ids))
                .filter(project_participant::Column::Standing.is_in(taking_part()))
                .group_by(project_participant::Column::ProjectId)
                .into_tuple()
                .all(self.db())
                .await?
        };
        let counts: HashMap<Uuid, i64> = counts.into_iter().collect();
        Ok(projects
            .into_iter()
            .map(|p| {
                let c = counts.get(&p.id).copied().unwrap_or(0);
                (p, u64::try_from(c).unwrap_or(0))
            })
            .collect())
    }

    /// A person's standing in each of `projects` (one query).
    pub async fn project_standings(&self, user: Uuid, projects: &[Uuid]) -> Result<HashMap<Uuid, Standing>> {
        if projects.is_empty() {
            return Ok(HashMap::new());
        }
        Ok(project_participant::Entity::find()
            .filter(project_participant::Column::UserId.eq(user))
            .filter(project_participant::Column::ProjectId.is_in(projects.to_vec()))
            .all(self.db())
            .await?
            .into_iter()
            .filter_map(|p| p.standing().map(|s| (p.project_id, s)))
            .collect())
    }

    /// A person's row in a project, if any.
    pub async fn project_participant(&self, project: Uuid, user: Uuid) -> Result<Option<project_participant::Model>> {
        Ok(project_participant::Entity::find()
            .filter(project_participant::Column::ProjectId.eq(project))
            .filter(project_participant::Column::UserId.eq(user))
            .one(self.db())
            .await?)
    }

    /// Everyone in a project (also those asking and invited), oldest first,
    /// with their accounts: two queries.
    pub async fn project_people(&self, project: Uuid) -> Result<Vec<ParticipantRow>> {
        let rows = project_participant::Entity::find()
            .filter(project_participant::Column::ProjectId.eq(project))
            .order_by_asc(project_participant::Column::Id)
            .all(self.db())
            .await?;
        let ids: Vec<Uuid> = rows.iter().map(|r| r.user_id).collect();
        let users: HashMap<Uuid, user::Model> = self.users_by_ids(&ids).await?.into_iter().map(|u| (u.id, u)).collect();
        Ok(rows
            .into_iter()
            .filter_map(|p| users.get(&p.user_id).cloned().map(|user| ParticipantRow { p, user }))
            .collect())
    }

    /// The ids of those who take part (optionally only the facilitators).
    pub async fn project_members(&self, project: Uuid, facilitators_only: bool) -> Result<Vec<Uuid>> {
        let wanted = if facilitators_only { vec![Standing::Facilitator.tag()] } else { taking_part() };
        Ok(project_participant::Entity::find()
            .select_only()
            .column(project_participant::Column::UserId)
            .filter(project_participant::Column::ProjectId.eq(project))
            .filter(project_participant::Column::Standing.is_in(wanted))
            .into_tuple()
            .all(self.db())
            .await?)
    }

    /// Ask to take part, or be invited. Someone already in the project
    /// keeps their standing (`Conflict`).
    pub async fn add_to_project(
        &self,
        project: Uuid,
        user: Uuid,
        standing: Standing,
        role: PartRole,
        invited_by: Option<Uuid>,
    ) -> Result<()> {
        participant(project, user, standing, role, invited_by, self.now())
            .insert(self.db())
            .await
            .map_err(|e| StoreError::conflict_on(e, "participant"))?;
        Ok(())
    }

    /// Answer a request or an invitation: `from` must still be the
    /// standing (so a second answer changes nothing). Accepting makes a
    /// participant (with `role` where given); declining removes the row.
    pub async fn answer_project(
        &self,
        project: Uuid,
        user: Uuid,
        from: Standing,
        accept: bool,
        role: Option<PartRole>,
    ) -> Result<()> {
        let pick = |q: sea_orm::Select<project_participant::Entity>| {
            q.filter(project_participant::Column::ProjectId.eq(project))
                .filter(project_participant::Column::UserId.eq(user))
                .filter(project_participant::Column::Standing.eq(from.tag()))
        };
        let done = if accept {
            let mut u = project_participant::Entity::update_many()
                .col_expr(project_participant::Column::Standing, Expr::value(Standing::Participant.tag()))
                .filter(project_participant::Column::ProjectId.eq(project))
                .filter(project_participant::Column::UserId.eq(user))
                .filter(project_participant::Column::Standing.eq(from.tag()));
            if let Some(r) = role {
                u = u.col_expr(project_participant::Column::Role, Expr::value(r.tag()));
            }
            u.exec(self.db()).await?.rows_affected
        } else {
            let found = pick(project_participant::Entity::find()).one(self.db()).await?;
            match found {
                Some(p) => project_participant::Entity::delete_by_id(p.id).exec(self.db()).await?.rows_affected,
                None => 0,
            }
        };
        if done == 0 { Err(StoreError::NotFound) } else { Ok(()) }
    }

    /// A facilitator corrects a role, makes someone facilitator or a plain
    /// participant again, or names a proxy. The last facilitator stays one;
    /// a proxy must take part in the project and not be the person.
    pub async fn change_participant(&self, project: Uuid, user: Uuid, change: ParticipantChange) -> Result<()> {
        let txn = self.db().begin().await?;
        let p = project_participant::Entity::find()
            .filter(project_participant::Column::ProjectId.eq(project))
            .filter(project_participant::Column::UserId.eq(user))
            .one(&txn)
            .await?
            .ok_or(StoreError::NotFound)?;
        if !p.standing().is_some_and(Standing::takes_part) {
            return Err(StoreError::NotFound);
        }
        let mut a: project_participant::ActiveModel = p.clone().into();
        match change {
            ParticipantChange::Role(r) => a.role = Set(r.tag().into()),
            ParticipantChange::Standing(s) => {
                if !s.takes_part() {
                    return Err(StoreError::Invalid("standing"));
                }
                if p.standing() == Some(Standing::Facilitator) && s != Standing::Facilitator {
                    let leaders = project_participant::Entity::find()
                        .filter(project_participant::Column::ProjectId.eq(project))
                        .filter(project_participant::Column::Standing.eq(Standing::Facilitator.tag()))
                        .count(&txn)
                        .await?;
                    if leaders <= 1 {
                        return Err(StoreError::Invalid("last facilitator"));
                    }
                }
                a.standing = Set(s.tag().into());
            }
            ParticipantChange::Proxy(proxy) => {
                if let Some(x) = proxy {
                    let takes_part = project_participant::Entity::find()
                        .filter(project_participant::Column::ProjectId.eq(project))
                        .filter(project_participant::Column::UserId.eq(x))
                        .filter(project_participant::Column::Standing.is_in(taking_part()))
                        .count(&txn)
                        .await?
                        > 0;
                    if x == user || !takes_part {
                        return Err(StoreError::Invalid("proxy"));
                    }
                }
                a.proxy_id = Set(proxy);
            }
        }
        a.update(&txn).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Make a proposal in the project's current phase.
    pub async fn create_proposal(
        &self,
        project: &project::Model,
        author: Uuid,
        p: NewProposal,
    ) -> Result<project_proposal::Model> {
        Ok(project_proposal::ActiveModel {
            id: Set(new_id()),
            project_id: Set(project.id),
            author_id: Set(Some(author)),
            phase: Set(project.phase.clone()),
            kind: Set(p.kind.tag().into()),
            title: Set(p.title),
            body: Set(p.body),
            rule: Set(p.rule.tag().into()),
            quorum: Set(i32::from(p.quorum)),
            closes_at: Set(p.closes_at),
            outcome: Set(None),
            eligible: Set(0),
            decided_at: Set(None),
            created_at: Set(self.now()),
            secret: Set(p.secret),
        }
        .insert(self.db())
        .await?)
    }

    /// The proposals of a project, newest first.
    pub async fn proposals_of(&self, project: Uuid, limit: u64) -> Result<Vec<project_proposal::Model>> {
        Ok(project_proposal::Entity::find()
            .filter(project_proposal::Column::ProjectId.eq(project))
            .order_by_desc(project_proposal::Column::Id)
            .limit(limit)
            .all(self.db())
            .await?)
    }

    pub async fn proposal_in(&self, project: Uuid, id: Uuid) -> Result<project_proposal::Model> {
        project_proposal::Entity::find_by_id(id)
            .filter(project_proposal::Column::ProjectId.eq(project))
            .one(self.db())
            .await?
            .ok_or(StoreError::NotFound)
    }

    /// Record one vote while the proposal is open (by the store's clock).
    /// A second vote for the same person is a `Conflict`, also when both
    /// arrive at once (the unique key decides); a closed or decided
    /// proposal is `Invalid("closed")`.
    pub async fn cast_vote(&self, proposal: Uuid, b: Ballot) -> Result<()> {
        let now = self.now();
        let open = project_proposal::Entity::find_by_id(proposal)
            .filter(project_proposal::Column::Outcome.is_null())
            .filter(project_proposal::Column::ClosesAt.gt(now))
            .count(self.db())
            .await?
            > 0;
        if !open {
            return Err(StoreError::Invalid("closed"));
        }
        project_vote::ActiveModel {
            id: Set(new_id()),
            proposal_id: Set(proposal),
            voter_id: Set(Some(b.voter)),
            cast_by: Set(Some(b.cast_by)),
            choice: Set(b.choice.tag().into()),
            channel: Set(b.channel.tag().into()),
            meeting_on: Set(b.meeting_on),
            created_at: Set(now),
        }
        .insert(self.db())
        .await
        .map_err(|e| StoreError::conflict_on(e, "vote"))?;
        Ok(())
    }

    /// The votes on a proposal, in the order they came.
    pub async fn votes_on(&self, proposal: Uuid) -> Result<Vec<project_vote::Model>> {
        Ok(project_vote::Entity::find()
            .filter(project_vote::Column::ProposalId.eq(proposal))
            .order_by_asc(project_vote::Column::Id)
            .all(self.db())
            .await?)
    }

    /// Decide every proposal of the project whose closing time has come,
    /// by the store's clock. Asked before every read of a project, so the
    /// record is decided when anyone looks; one statement when nothing is
    /// due. Each decision is a conditional write, so of two readers at once
    /// exactly one decides (and tells); a passed "next phase" proposal
    /// moves the project on only from the phase it was made in.
    pub async fn settle_project(&self, project: Uuid) -> Result<Vec<Decided>> {
        let now = self.now();
        let due = project_proposal::Entity::find()
            .filter(project_proposal::Column::ProjectId.eq(project))
            .filter(project_proposal::Column::Outcome.is_null())
            .filter(project_proposal::Column::ClosesAt.lte(now))
            .order_by_asc(project_proposal::Column::ClosesAt)
            .all(self.db())
            .await?;
        let mut out = Vec::new();
        for pr in due {
            let txn = self.db().begin().await?;
            // The claim is the transaction's first statement and a write, so
            // it takes the lock on both databases: a second reader waits,
            // then finds the proposal claimed and leaves it.
            let won = project_proposal::Entity::update_many()
                .col_expr(project_proposal::Column::DecidedAt, Expr::value(now))
                .filter(project_proposal::Column::Id.eq(pr.id))
                .filter(project_proposal::Column::DecidedAt.is_null())
                .exec(&txn)
                .await?
                .rows_affected
                == 1;
            if !won {
                txn.rollback().await?;
                continue;
            }
            let eligible = project_participant::Entity::find()
                .filter(project_participant::Column::ProjectId.eq(project))
                .filter(project_participant::Column::Standing.is_in(taking_part()))
                .count(&txn)
                .await?;
            let eligible = u32::try_from(eligible).unwrap_or(u32::MAX);
            let votes =
                project_vote::Entity::find().filter(project_vote::Column::ProposalId.eq(pr.id)).all(&txn).await?;
            let result = quartier_core::coproduction::outcome(pr.rule(), pr.quorum(), tally(&votes, eligible));
            project_proposal::Entity::update_many()
                .col_expr(project_proposal::Column::Outcome, Expr::value(result.tag()))
                .col_expr(project_proposal::Column::Eligible, Expr::value(i32::try_from(eligible).unwrap_or(i32::MAX)))
                .filter(project_proposal::Column::Id.eq(pr.id))
                .exec(&txn)
                .await?;
            let mut moved_to = None;
            if result == Outcome::Passed && pr.kind() == Some(ProposalKind::NextPhase) {
                let from = pr.phase();
                if let Some(next) = from.next() {
                    let moved = project::Entity::update_many()
                        .col_expr(project::Column::Phase, Expr::value(next.tag()))
                        .col_expr(project::Column::UpdatedAt, Expr::value(now))
                        .filter(project::Column::Id.eq(project))
                        .filter(project::Column::Phase.eq(from.tag()))
                        .exec(&txn)
                        .await?
                        .rows_affected;
                    if moved == 1 {
                        moved_to = Some(next);
                    }
                }
            }
            txn.commit().await?;
            let proposal = project_proposal::Model {
                outcome: Some(result.tag().into()),
                eligible: i32::try_from(eligible).unwrap_or(i32::MAX),
                decided_at: Some(now),
                ..pr
            };
            out.push(Decided { proposal, outcome: result, moved_to });
        }
        Ok(out)
    }

    /// The projects (of one neighbourhood, or all) with a proposal whose
    /// closing time has come and that is not decided yet (one statement
    /// when there is none).
    pub async fn projects_due(&self, n: Option<Uuid>) -> Result<Vec<project::Model>> {
        use sea_orm::sea_query::Query;
        let mut q = project_proposal::Entity::find()
            .select_only()
            .column(project_proposal::Column::ProjectId)
            .distinct()
            .filter(project_proposal::Column::Outcome.is_null())
            .filter(project_proposal::Column::ClosesAt.lte(self.now()));
        if let Some(n) = n {
            q = q.filter(
                project_proposal::Column::ProjectId.in_subquery(
                    Query::select()
                        .column(project::Column::Id)
                        .from(project::Entity)
                        .and_where(project::Column::NeighbourhoodId.eq(n))
                        .to_owned(),
                ),
            );
        }
        let ids: Vec<Uuid> = q.into_tuple().all(self.db()).await?;
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        Ok(project::Entity::find().filter(project::Column::Id.is_in(ids)).all(self.db()).await?)
    }

    pub async fn add_project_comment(
        &self,
        proposal: Uuid,
        author: Uuid,
        body: &str,
    ) -> Result<project_comment::Model> {
        Ok(project_comment::ActiveModel {
            id: Set(new_id()),
            proposal_id: Set(proposal),
            author_id: Set(Some(author)),
            body: Set(body.to_string()),
            created_at: Set(self.now()),
        }
        .insert(self.db())
        .await?)
    }

    pub async fn project_comments(&self, proposal: Uuid, limit: u64) -> Result<Vec<project_comment::Model>> {
        Ok(project_comment::Entity::find()
            .filter(project_comment::Column::ProposalId.eq(proposal))
            .order_by_asc(project_comment::Column::Id)
            .limit(limit)
            .all(self.db())
            .await?)
    }

    /// A task out of a passed proposal, for someone who takes part.
    pub async fn create_project_task(
        &self,
        proposal: &project_proposal::Model,
        assignee: Uuid,
        what: &str,
        due_on: Option<NaiveDate>,
        by: Uuid,
    ) -> Result<project_task::Model> {
        if proposal.outcome() != Some(Outcome::Passed) {
            return Err(StoreError::Invalid("not passed"));
        }
        let takes_part = self
            .project_participant(proposal.project_id, assignee)
            .await?
            .and_then(|p| p.standing())
            .is_some_and(Standing::takes_part);
        if !takes_part {
            return Err(StoreError::Invalid("assignee"));
        }
        Ok(project_task::ActiveModel {
            id: Set(new_id()),
            project_id: Set(proposal.project_id),
            proposal_id: Set(proposal.id),
            assignee_id: Set(Some(assignee)),
            what: Set(what.to_string()),
            due_on: Set(due_on),
            done_at: Set(None),
            created_by: Set(Some(by)),
            created_at: Set(self.now()),
        }
        .insert(self.db())
        .await?)
    }

    /// The tasks of a project, open ones first, then by due day.
    pub async fn project_tasks(&self, project: Uuid, limit: u64) -> Result<Vec<project_task::Model>> {
        self.tasks_where(project, None, limit).await
    }

    /// The tasks that came out of one proposal, in the same order.
    pub async fn proposal_tasks(&self, project: Uuid, proposal: Uuid, limit: u64) -> Result<Vec<project_task::Model>> {
        self.tasks_where(project, Some(proposal), limit).await
    }

    async fn tasks_where(&self, project: Uuid, proposal: Option<Uuid>, limit: u64) -> Result<Vec<project_task::Model>> {
        let mut v = project_task::Entity::find()
            .filter(project_task::Column::ProjectId.eq(project))
            .apply_if(proposal, |q, p| q.filter(project_task::Column::ProposalId.eq(p)))
            .order_by_asc(project_task::Column::Id)
            .limit(limit)
            .all(self.db())
            .await?;
        v.sort_by_key(|t| (t.done_at.is_some(), t.due_on.is_none(), t.due_on));
        Ok(v)
    }

    pub async fn project_task(&self, project: Uuid, id: Uuid) -> Result<project_task::Model> {
        project_task::Entity::find_by_id(id)
            .filter(project_task::Column::ProjectId.eq(project))
            .one(self.db())
            .await?
            .ok_or(StoreError::NotFound)
    }

    /// Tick a task off (once).
    pub async fn tick_project_task(&self, id: Uuid) -> Result<()> {
        project_task::Entity::update_many()
            .col_expr(project_task::Column::DoneAt, Expr::value(self.now()))
            .filter(project_task::Column::Id.eq(id))
            .filter(project_task::Column::DoneAt.is_null())
            .exec(self.db())
            .await?;
        Ok(())
    }

    /// The organisations `user` administers, to start a project on their behalf.
    pub async fn organisations_administered(&self, user: Uuid) -> Result<Vec<organisation::Model>> {
        let ids: Vec<Uuid> = organisation_member::Entity::find()
            .select_only()
            .column(organisation_member::Column::OrganisationId)
            .filter(organisation_member::Column::UserId.eq(user))
            .filter(organisation_member::Column::Role.eq(OrgRole::Admin.tag()))
            .into_tuple()
            .all(self.db())
            .await?;
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        Ok(organisation::Entity::find()
            .filter(organisation::Column::Id.is_in(ids))
            .order_by_asc(organisation::Column::Name)
            .all(self.db())
            .await?)
    }

    /// The memberships of `users` in one neighbourhood (one query), so a
    /// caller can ask the visibility rule per person before telling them.
    pub async fn memberships_of_people(&self, n: Uuid, users: &[Uuid]) -> Result<Vec<membership::Model>> {
        if users.is_empty() {
            return Ok(Vec::new());
        }
        Ok(membership::Entity::find()
            .filter(membership::Column::NeighbourhoodId.eq(n))
            .filter(membership::Column::UserId.is_in(users.to_vec()))
            .all(self.db())
            .await?)
    }

    /// A person's part in co-production, for the export.
    pub(crate) async fn export_coproduction(&self, user_id: Uuid) -> Result<Value> {
        let db = self.db();
        let ts = |t: &DateTime<Utc>| t.to_rfc3339();
        let parts =
            project_participant::Entity::find().filter(project_participant::Column::UserId.eq(user_id)).all(db).await?;
        let started = project::Entity::find().filter(project::Column::CreatedBy.eq(user_id)).all(db).await?;
        let ids: Vec<Uuid> = parts.iter().map(|p| p.project_id).chain(started.iter().map(|p| p.id)).collect();
        let titles: HashMap<Uuid, String> = project::Entity::find()
            .filter(project::Column::Id.is_in(ids))
            .all(db)
            .await?
            .into_iter()
            .map(|p| (p.id, p.title))
            .collect();
        let title = |id: &Uuid| titles.get(id).cloned().unwrap_or_default();
        let proposals =
            project_proposal::Entity::find().filter(project_proposal::Column::AuthorId.eq(user_id)).all(db).await?;
        let votes = project_vote::Entity::find()
            .filter(
                sea_orm::Condition::any()
                    .add(project_vote::Column::VoterId.eq(user_id))
                    .add(project_vote::Column::CastBy.eq(user_id)),
            )
            .all(db)
            .await?;
        let comments =
            project_comment::Entity::find().filter(project_comment::Column::AuthorId.eq(user_id)).all(db).await?;
        let tasks = project_task::Entity::find()
            .filter(
                sea_orm::Condition::any()
                    .add(project_task::Column::AssigneeId.eq(user_id))
                    .add(project_task::Column::CreatedBy.eq(user_id)),
            )
            .all(db)
            .await?;
        Ok(json!({
            "projects_started": started.iter().map(|p| json!({"title": p.title, "goal": p.goal, "at": ts(&p.created_at)})).collect::<Vec<_>>(),
            "taking_part": parts.iter().map(|p| json!({"project": title(&p.project_id), "standing": p.standing, "role": p.role, "since": ts(&p.created_at)})).collect::<Vec<_>>(),
            "proposals": proposals.iter().map(|p| json!({"title": p.title, "body": p.body, "rule": p.rule, "outcome": p.outcome, "at": ts(&p.created_at)})).collect::<Vec<_>>(),
            "votes": votes.iter().map(|v| json!({"proposal": v.proposal_id, "choice": v.choice, "channel": v.channel, "mine": v.voter_id == Some(user_id), "cast_by_me": v.cast_by == Some(user_id), "at": ts(&v.created_at)})).collect::<Vec<_>>(),
            "comments": comments.iter().map(|c| json!({"proposal": c.proposal_id, "body": c.body, "at": ts(&c.created_at)})).collect::<Vec<_>>(),
            "tasks": tasks.iter().map(|t| json!({"project": title(&t.project_id), "what": t.what, "due_on": t.due_on.map(|d| d.to_string()), "done": t.done_at.is_some(), "mine": t.assignee_id == Some(user_id)})).collect::<Vec<_>>(),
        }))
    }

    /// Erase a person's part in co-production inside the erasure's
    /// transaction: their standing in projects goes; what the record needs
    /// (votes on decided proposals, proposals, comments, tasks) stays,
    /// shown as a former participant's.
    pub(crate) async fn erase_coproduction<C: ConnectionTrait>(&self, txn: &C, user_id: Uuid) -> Result<()> {
        project_participant::Entity::delete_many()
            .filter(project_participant::Column::UserId.eq(user_id))
            .exec(txn)
            .await?;
        let none = || Expr::value(Option::<Uuid>::None);
        project_participant::Entity::update_many()
            .col_expr(project_participant::Column::ProxyId, none())
            .filter(project_participant::Column::ProxyId.eq(user_id))
            .exec(txn)
            .await?;
        project_participant::Entity::update_many()
            .col_expr(project_participant::Column::InvitedBy, none())
            .filter(project_participant::Column::InvitedBy.eq(user_id))
            .exec(txn)
            .await?;
        project::Entity::update_many()
            .col_expr(project::Column::CreatedBy, none())
            .filter(project::Column::CreatedBy.eq(user_id))
            .exec(txn)
            .await?;
        project_proposal::Entity::update_many()
            .col_expr(project_proposal::Column::AuthorId, none())
            .filter(project_proposal::Column::AuthorId.eq(user_id))
            .exec(txn)
            .await?;
        project_vote::Entity::update_many()
            .col_expr(project_vote::Column::VoterId, none())
            .filter(project_vote::Column::VoterId.eq(user_id))
            .exec(txn)
            .await?;
        project_vote::Entity::update_many()
            .col_expr(project_vote::Column::CastBy, none())
            .filter(project_vote::Column::CastBy.eq(user_id))
            .exec(txn)
            .await?;
        project_comment::Entity::update_many()
            .col_expr(project_comment::Column::AuthorId, none())
            .filter(project_comment::Column::AuthorId.eq(user_id))
            .exec(txn)
            .await?;
        project_task::Entity::update_many()
            .col_expr(project_task::Column::AssigneeId, none())
            .filter(project_task::Column::AssigneeId.eq(user_id))
            .exec(txn)
            .await?;
        project_task::Entity::update_many()
            .col_expr(project_task::Column::CreatedBy, none())
            .filter(project_task::Column::CreatedBy.eq(user_id))
            .exec(txn)
            .await?;
        Ok(())
    }
}

fn taking_part() -> Vec<&'static str> {
    vec![Standing::Participant.tag(), Standing::Facilitator.tag()]
}

fn participant(
    project: Uuid,
    user: Uuid,
    standing: Standing,
    role: PartRole,
    invited_by: Option<Uuid>,
    at: DateTime<Utc>,
) -> project_participant::ActiveModel {
    project_participant::ActiveModel {
        id: Set(new_id()),
        project_id: Set(project),
        user_id: Set(user),
        standing: Set(standing.tag().into()),
        role: Set(role.tag().into()),
        proxy_id: Set(None),
        invited_by: Set(invited_by),
        created_at: Set(at),
    }
}
