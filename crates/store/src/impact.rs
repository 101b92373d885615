//! The impact report's figures, counted by the database: every figure of a
//! period in one statement of `COUNT`/`SUM` subqueries, each a range of an
//! index, so the work does not grow with the rows counted. Also the one
//! typed number (people reached through the printed notice board) and the
//! published reports, frozen as they were shown.

use crate::entity::{
    conversation, easy_version, event, event_signup, group, group_post, help_entry, impact_notice_count, impact_report,
    learning_record, membership, mentoring_session, news_post, organisation_neighbourhood, project, project_proposal,
    time_ledger,
};
use crate::events::confirmed_orgs;
use crate::{Result, Store, StoreError, new_id};
use chrono::{DateTime, Utc};
use quartier_core::easy::EasyStatus;
use quartier_core::event::SignupStatus;
use quartier_core::help::{Kind, Status};
use quartier_core::impact::{Metric, Period};
use quartier_core::neighbourhood::MembershipStatus;
use quartier_core::organisation::LinkStatus;
use sea_orm::sea_query::{Expr, ExprTrait, Query, SimpleExpr, SubQueryStatement};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, QueryTrait,
};
use uuid::Uuid;

/// Every figure of one period, unrounded: only `core::impact::Shown`
/// decides what of it may be shown.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Figures(pub Vec<(Metric, u64)>);

impl Figures {
    pub fn get(&self, m: Metric) -> u64 {
        self.0.iter().find(|(k, _)| *k == m).map(|(_, v)| *v).unwrap_or(0)
    }
}

/// The value of `agg` over a query, as a value in another statement.
fn agg_of<E: EntityTrait>(q: sea_orm::Select<E>, agg: &'static str) -> SimpleExpr {
    let q = q.select_only().column_as(Expr::cust(agg), "n").into_query();
    SimpleExpr::SubQuery(None, Box::new(SubQueryStatement::SelectStatement(q)))
}

fn count_of<E: EntityTrait>(q: sea_orm::Select<E>) -> SimpleExpr {
    agg_of(q, "COUNT(*)")
}

/// Minutes rounded to whole hours.
fn hours(minutes: u64) -> u64 {
    (minutes + 30) / 60
}

impl Store {
    /// Every figure of `period` in the neighbourhood `n`, in one
    /// statement; `bounds` are the period's instants in the neighbourhood's
    /// time zone (`Period::bounds`).
    pub async fn impact_figures(
        &self,
        n: Uuid,
        period: Period,
        bounds: (DateTime<Utc>, DateTime<Utc>),
    ) -> Result<Figures> {
        let (s, e) = bounds;
        let mut q = Query::select();
        for (name, expr) in self.impact_counts(n, period, s, e) {
            q.expr_as(expr, name);
        }
        let row = self.db().query_one_raw(self.db_backend().build(&q)).await?;
        let get = |name: &str| -> u64 {
            let v: Option<i64> = row.as_ref().and_then(|r| r.try_get("", name).ok());
            v.and_then(|v| u64::try_from(v).ok()).unwrap_or(0)
        };
        Ok(Figures(
            Metric::ALL
                .iter()
                .map(|m| {
                    let v = match m {
                        Metric::HelpHours | Metric::TimeCredits => hours(get(m.tag())),
                        _ => get(m.tag()),
                    };
                    (*m, v)
                })
                .collect(),
        ))
    }

    fn impact_counts(&self, n: Uuid, p: Period, s: DateTime<Utc>, e: DateTime<Utc>) -> Vec<(&'static str, SimpleExpr)> {
        let verified = MembershipStatus::Verified.tag();
        let mut out = Vec::new();
        let members = membership::Entity::find()
            .filter(membership::Column::NeighbourhoodId.eq(n))
            .filter(membership::Column::Status.eq(verified));
        out.push((Metric::Members.tag(), count_of(members.clone().filter(membership::Column::VerifiedAt.lt(e)))));
        out.push((
            Metric::NewMembers.tag(),
            count_of(
                members.filter(membership::Column::VerifiedAt.gte(s)).filter(membership::Column::VerifiedAt.lt(e)),
            ),
        ));
        let requests = help_entry::Entity::find()
            .filter(help_entry::Column::NeighbourhoodId.eq(n))
            .filter(help_entry::Column::Kind.eq(Kind::Request.tag()))
            .filter(help_entry::Column::CreatedAt.gte(s))
            .filter(help_entry::Column::CreatedAt.lt(e))
            .filter(help_entry::Column::HiddenReason.is_null());
        out.push((Metric::HelpRequests.tag(), count_of(requests.clone())));
        // Answered: a neighbour wrote about it, or one was accepted.
        let answered = Condition::any().add(help_entry::Column::HelperId.is_not_null()).add(Expr::exists(
            conversation::Entity::find()
                .select_only()
                .column(conversation::Column::Id)
                .filter(
                    Expr::col((conversation::Entity, conversation::Column::EntryId))
                        .equals((help_entry::Entity, help_entry::Column::Id)),
                )
                .into_query(),
        ));
        out.push((Metric::HelpAnswered.tag(), count_of(requests.filter(answered))));
        let done = help_entry::Entity::find()
            .filter(help_entry::Column::NeighbourhoodId.eq(n))
            .filter(help_entry::Column::Status.eq(Status::Done.tag()))
            .filter(help_entry::Column::UpdatedAt.gte(s))
            .filter(help_entry::Column::UpdatedAt.lt(e));
        out.push((
            Metric::HelpDone.tag(),
            count_of(done.clone().filter(help_entry::Column::Kind.eq(Kind::Request.tag()))),
        ));
        out.push((Metric::HelpHours.tag(), agg_of(done, "CAST(COALESCE(SUM(minutes), 0) AS BIGINT)")));
        let ledger = time_ledger::Entity::find()
            .filter(time_ledger::Column::NeighbourhoodId.eq(n))
            .filter(time_ledger::Column::CreatedAt.gte(s))
            .filter(time_ledger::Column::CreatedAt.lt(e));
        out.push((Metric::TimeCredits.tag(), agg_of(ledger, "CAST(COALESCE(SUM(minutes), 0) AS BIGINT)")));
        // Events of the quarter as its calendar shows them: its own and
        // those of its confirmed organisations, not cancelled nor hidden.
        let held = |holders: Condition| {
            event::Entity::find()
                .filter(holders)
                .filter(event::Column::Cancelled.eq(false))
                .filter(event::Column::HiddenReason.is_null())
                .filter(event::Column::StartsAt.gte(s))
                .filter(event::Column::StartsAt.lt(e))
        };
        let all_holders = || {
            Condition::any()
                .add(event::Column::NeighbourhoodId.eq(n))
                .add(event::Column::OrganisationId.in_subquery(confirmed_orgs(n)))
        };
        out.push((Metric::Events.tag(), count_of(held(all_holders()))));
        let held_ids = held(all_holders()).select_only().column(event::Column::Id).into_query();
        out.push((
            Metric::Attendance.tag(),
            count_of(
                event_signup::Entity::find()
                    .filter(event_signup::Column::EventId.in_subquery(held_ids))
                    .filter(event_signup::Column::Status.eq(SignupStatus::Confirmed.tag())),
            ),
        ));
        out.push((
            Metric::Organisations.tag(),
            count_of(
                organisation_neighbourhood::Entity::find()
                    .filter(organisation_neighbourhood::Column::NeighbourhoodId.eq(n))
                    .filter(organisation_neighbourhood::Column::Status.eq(LinkStatus::Confirmed.tag()))
                    .filter(organisation_neighbourhood::Column::CreatedAt.lt(e)),
            ),
        ));
        out.push((
            Metric::OrgNews.tag(),
            count_of(
                news_post::Entity::find()
                    .filter(news_post::Column::OrganisationId.in_subquery(confirmed_orgs(n)))
                    .filter(news_post::Column::HiddenReason.is_null())
                    .filter(news_post::Column::CreatedAt.gte(s))
                    .filter(news_post::Column::CreatedAt.lt(e)),
            ),
        ));
        out.push((
            Metric::OrgEvents.tag(),
            count_of(held(Condition::all().add(event::Column::OrganisationId.in_subquery(confirmed_orgs(n))))),
        ));
        let groups_here = group::Entity::find()
            .select_only()
            .column(group::Column::Id)
            .filter(group::Column::NeighbourhoodId.eq(n))
            .filter(group::Column::HiddenReason.is_null())
            .into_query();
        out.push((
            Metric::Learnt.tag(),
            count_of(
                learning_record::Entity::find()
                    .filter(learning_record::Column::GroupId.in_subquery(groups_here.clone()))
                    .filter(learning_record::Column::CreatedAt.gte(s))
                    .filter(learning_record::Column::CreatedAt.lt(e)),
            ),
        ));
        out.push((
            Metric::GroupsActive.tag(),
            agg_of(
                group_post::Entity::find()
                    .filter(group_post::Column::GroupId.in_subquery(groups_here))
                    .filter(group_post::Column::HiddenReason.is_null())
                    .filter(group_post::Column::CreatedAt.gte(s))
                    .filter(group_post::Column::CreatedAt.lt(e)),
                "COUNT(DISTINCT group_id)",
            ),
        ));
        let projects_here = project::Entity::find()
            .select_only()
            .column(project::Column::Id)
            .filter(project::Column::NeighbourhoodId.eq(n))
            .into_query();
        out.push((
            Metric::Decisions.tag(),
            count_of(
                project_proposal::Entity::find()
                    .filter(project_proposal::Column::ProjectId.in_subquery(projects_here))
                    .filter(project_proposal::Column::Outcome.is_not_null())
                    .filter(project_proposal::Column::DecidedAt.gte(s))
                    .filter(project_proposal::Column::DecidedAt.lt(e)),
            ),
        ));
        // Mentors' sessions by the day they were held, the period's days
        // in the quarter's own calendar.
        out.push((
            Metric::MentoringSessions.tag(),
            count_of(
                mentoring_session::Entity::find()
                    .filter(mentoring_session::Column::NeighbourhoodId.eq(n))
                    .filter(mentoring_session::Column::HeldOn.gte(p.from))
                    .filter(mentoring_session::Column::HeldOn.lte(p.to)),
            ),
        ));
        out.push((Metric::PoolLent.tag(), count_of(crate::pool::lent(crate::pool::resources_of(n), s, e))));
        out.push((
            Metric::EasyChecked.tag(),
            count_of(
                easy_version::Entity::find()
                    .filter(
                        Condition::any()
                            .add(easy_version::Column::NeighbourhoodId.eq(n))
                            .add(easy_version::Column::OrganisationId.in_subquery(confirmed_orgs(n))),
                    )
                    .filter(easy_version::Column::Status.eq(EasyStatus::Approved.tag()))
                    .filter(easy_version::Column::ReviewedAt.gte(s))
                    .filter(easy_version::Column::ReviewedAt.lt(e)),
            ),
        ));
        out.push((
            Metric::NoticeBoard.tag(),
            agg_of(
                impact_notice_count::Entity::find()
                    .filter(impact_notice_count::Column::NeighbourhoodId.eq(n))
                    .filter(impact_notice_count::Column::PeriodFrom.gte(p.from))
                    .filter(impact_notice_count::Column::PeriodTo.lte(p.to)),
                "CAST(COALESCE(SUM(people), 0) AS BIGINT)",
            ),
        ));
        out
    }

    /// The people the coordinator counted for exactly this period, if any.
    pub async fn notice_reach(&self, n: Uuid, p: Period) -> Result<Option<u64>> {
        Ok(impact_notice_count::Entity::find()
            .filter(impact_notice_count::Column::NeighbourhoodId.eq(n))
            .filter(impact_notice_count::Column::PeriodFrom.eq(p.from))
            .filter(impact_notice_count::Column::PeriodTo.eq(p.to))
            .one(self.db())
            .await?
            .and_then(|r| u64::try_from(r.people).ok()))
    }

    /// Record the people reached through the printed notice board in a
    /// period; a second count for the same period replaces the first. A
    /// report adds up the counts of the periods that lie inside its own.
    pub async fn set_notice_reach(&self, n: Uuid, p: Period, people: u64, by: Uuid) -> Result<()> {
        let people = i64::try_from(people).map_err(|_| StoreError::Invalid("too many people"))?;
        let now = self.now();
        let updated = impact_notice_count::Entity::update_many()
            .col_expr(impact_notice_count::Column::People, Expr::value(people))
            .col_expr(impact_notice_count::Column::EnteredBy, Expr::value(by))
            .col_expr(impact_notice_count::Column::UpdatedAt, Expr::value(now))
            .filter(impact_notice_count::Column::NeighbourhoodId.eq(n))
            .filter(impact_notice_count::Column::PeriodFrom.eq(p.from))
            .filter(impact_notice_count::Column::PeriodTo.eq(p.to))
            .exec(self.db())
            .await?;
        if updated.rows_affected > 0 {
            return Ok(());
        }
        impact_notice_count::ActiveModel {
            id: Set(new_id()),
            neighbourhood_id: Set(n),
            period_from: Set(p.from),
            period_to: Set(p.to),
            people: Set(people),
            entered_by: Set(Some(by)),
            created_at: Set(now),
            updated_at: Set(now),
        }
        .insert(self.db())
        .await
        .map_err(|e| StoreError::conflict_on(e, "notice reach"))?;
        Ok(())
    }

    /// Publish the figures of a period (already as they may be shown). The
    /// same period again replaces its figures; a period that overlaps
    /// another published one is refused (`Conflict("overlap")`), so no two
    /// published reports can be subtracted to reveal a small count.
    pub async fn publish_impact(&self, n: Uuid, p: Period, figures: &str, by: Uuid) -> Result<impact_report::Model> {
        let clash = impact_report::Entity::find()
            .filter(impact_report::Column::NeighbourhoodId.eq(n))
            .filter(impact_report::Column::PeriodFrom.lte(p.to))
            .filter(impact_report::Column::PeriodTo.gte(p.from))
            .all(self.db())
            .await?;
        if let Some(same) = clash.iter().find(|r| r.period_from == p.from && r.period_to == p.to) {
            if clash.len() > 1 {
                return Err(StoreError::Conflict("overlap"));
            }
            let mut m: impact_report::ActiveModel = same.clone().into();
            m.figures = Set(figures.to_string());
            m.published_by = Set(Some(by));
            m.published_at = Set(self.now());
            return Ok(m.update(self.db()).await?);
        }
        if !clash.is_empty() {
            return Err(StoreError::Conflict("overlap"));
        }
        Ok(impact_report::ActiveModel {
            id: Set(new_id()),
            neighbourhood_id: Set(n),
            period_from: Set(p.from),
            period_to: Set(p.to),
            figures: Set(figures.to_string()),
            published_by: Set(Some(by)),
            published_at: Set(self.now()),
        }
        .insert(self.db())
        .await?)
    }

    /// The published report of `n` that covers the latest period.
    pub async fn latest_impact_report(&self, n: Uuid) -> Result<Option<impact_report::Model>> {
        Ok(impact_report::Entity::find()
            .filter(impact_report::Column::NeighbourhoodId.eq(n))
            .order_by_desc(impact_report::Column::PeriodTo)
            .order_by_desc(impact_report::Column::Id)
            .one(self.db())
            .await?)
    }

    /// One published report of `n`.
    pub async fn impact_report(&self, n: Uuid, id: Uuid) -> Result<impact_report::Model> {
        impact_report::Entity::find_by_id(id)
            .filter(impact_report::Column::NeighbourhoodId.eq(n))
            .one(self.db())
            .await?
            .ok_or(StoreError::NotFound)
    }

    /// The published reports of `n`, the latest period first, at most `limit`.
    pub async fn impact_reports(&self, n: Uuid, limit: u64) -> Result<Vec<impact_report::Model>> {
        Ok(impact_report::Entity::find()
            .filter(impact_report::Column::NeighbourhoodId.eq(n))
            .order_by_desc(impact_report::Column::PeriodTo)
            .order_by_desc(impact_report::Column::Id)
            .limit(limit)
            .all(self.db())
            .await?)
    }
}

/// A published report's period.
pub fn period_of(r: &impact_report::Model) -> Period {
    Period { from: r.period_from, to: r.period_to }
}

impl Store {
    /// What the impact tables hold about a person: the notice-board counts
    /// they entered and the reports they published (as coordinator).
    pub(crate) async fn export_impact(&self, user_id: Uuid) -> Result<serde_json::Value> {
        let counts: Vec<serde_json::Value> = impact_notice_count::Entity::find()
            .filter(impact_notice_count::Column::EnteredBy.eq(user_id))
            .all(self.db())
            .await?
            .iter()
            .map(|c| serde_json::json!({"neighbourhood": c.neighbourhood_id, "from": c.period_from.to_string(), "to": c.period_to.to_string(), "people": c.people, "at": c.updated_at.to_rfc3339()}))
            .collect();
        let reports: Vec<serde_json::Value> = impact_report::Entity::find()
            .filter(impact_report::Column::PublishedBy.eq(user_id))
            .all(self.db())
            .await?
            .iter()
            .map(|r| serde_json::json!({"neighbourhood": r.neighbourhood_id, "from": r.period_from.to_string(), "to": r.period_to.to_string(), "published_at": r.published_at.to_rfc3339()}))
            .collect();
        Ok(serde_json::json!({"notice_board_counts_entered": counts, "reports_published": reports}))
    }

    /// Erasure: the counts and reports stay (they are the quarter's), the
    /// link to the person who entered or published them goes.
    pub(crate) async fn erase_impact<C: ConnectionTrait>(&self, txn: &C, user_id: Uuid) -> Result<()> {
        impact_notice_count::Entity::update_many()
            .col_expr(impact_notice_count::Column::EnteredBy, Expr::value(Option::<Uuid>::None))
            .filter(impact_notice_count::Column::EnteredBy.eq(user_id))
            .exec(txn)
            .await?;
        impact_report::Entity::update_many()
            .col_expr(impact_report::Column::PublishedBy, Expr::value(Option::<Uuid>::None))
            .filter(impact_report::Column::PublishedBy.eq(user_id))
            .exec(txn)
            .await?;
        Ok(())
    }
}
