//! What a neighbourhood's start page says to one person: when they last
//! looked, its numbers and what arrived since the visit before (counted in
//! the database in one statement, under each kind's visibility rule), and
//! their groups. A fixed number of queries, however much there is.
//!
//! What is the same for every reader of one kind ([`SharedBlocks`]) is
//! loaded by [`Store::start_blocks`]; app servers keep it in memory while
//! the neighbourhood's `content_version` holds (the database bumps it on
//! every write to what the blocks show, migration m0027).

use crate::entity::{
    conversation, event, group, group_member, group_post, help_entry, impact_report, membership, network_canvas,
    news_post, organisation, project,
};
use crate::events::confirmed_orgs;
use crate::neighbourhoods::Member;
use crate::{Result, Store};
use chrono::{DateTime, Utc};
use quartier_core::group::Standing;
use quartier_core::help::{SeeScope, Status, Visibility};
use quartier_core::neighbourhood::{MembershipStatus, next_visit};
use sea_orm::sea_query::{Expr, Query, SelectStatement, SimpleExpr, SubQueryStatement};
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, QueryTrait};
use uuid::Uuid;

/// How much arrived since the visit before, for one person.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct NewSince {
    /// Open help entries others posted.
    pub help: u64,
    /// Upcoming events others added (a series counts once).
    pub events: u64,
    /// News of the neighbourhood's organisations.
    pub news: u64,
    /// Topics and replies on the boards of the person's groups.
    pub group_posts: u64,
}

impl NewSince {
    pub fn is_empty(&self) -> bool {
        *self == NewSince::default()
    }
}

/// Who a start page's shared blocks are for: they differ only by this.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Audience {
    /// Not a verified neighbour (anonymous, logged in elsewhere, pending).
    Outside,
    /// A verified neighbour.
    Neighbour,
    /// A neighbour who manages the neighbourhood (sees every open entry).
    Coordinator,
}

impl Audience {
    pub fn inside(self) -> bool {
        self != Audience::Outside
    }
}

/// How many of each kind the start page shows.
pub const SHOWN: u64 = 5;
/// How many of the newest members it names.
pub const NEWEST_MEMBERS: u64 = 8;

/// What a neighbourhood's start page shows alike to every reader of one
/// [`Audience`]: its numbers and newest rows, not what concerns the reader.
#[derive(Debug, Clone, Default)]
pub struct SharedBlocks {
    /// Verified members.
    pub members: u64,
    /// Newest verified members (inside only).
    pub newest: Vec<Member>,
    /// Newest open help entries the audience may see (inside only).
    pub help: Vec<help_entry::Model>,
    /// Public news of the neighbourhood's organisations.
    pub news: Vec<(news_post::Model, organisation::Model)>,
    pub latest_report: Option<impact_report::Model>,
    pub canvas: Option<network_canvas::Model>,
    /// Open co-production projects (inside only; each still asks its own rule).
    pub projects: Vec<project::Model>,
    /// Newest confirmed organisations.
    pub orgs: Vec<organisation::Model>,
    /// What comes next in the calendar, with who holds it.
    pub events: Vec<(event::Model, Option<organisation::Model>)>,
}

/// Not written by `me` (rows whose author was erased count as others').
fn by_others<C: ColumnTrait>(author: C, me: Uuid) -> Condition {
    Condition::any().add(author.is_null()).add(author.ne(me))
}

/// The ids of the groups in `n` where `me` is a member or an administrator.
fn my_group_ids(n: Uuid, me: Uuid) -> SelectStatement {
    let groups_here = group::Entity::find()
        .select_only()
        .column(group::Column::Id)
        .filter(group::Column::NeighbourhoodId.eq(n))
        .filter(group::Column::HiddenReason.is_null())
        .into_query();
    group_member::Entity::find()
        .select_only()
        .column(group_member::Column::GroupId)
        .filter(group_member::Column::UserId.eq(me))
        .filter(group_member::Column::Standing.is_in([Standing::Member.tag(), Standing::Admin.tag()]))
        .filter(group_member::Column::GroupId.in_subquery(groups_here))
        .into_query()
}

/// What the start page counts for one reader who is a neighbour.
#[derive(Debug, Clone, Copy)]
pub struct CountsFor {
    pub me: Uuid,
    /// What `core::help::may_see` lets them see.
    pub scope: SeeScope,
    /// Since when things count as new (`None` on the first visit).
    pub since: Option<DateTime<Utc>>,
}

/// Every number on a neighbourhood's start page.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StartCounts {
    /// People waiting to be confirmed (asked only for coordinators).
    pub pending: u64,
    /// The reader's conversations with an unread message.
    pub unread_messages: u64,
    /// What arrived since the visit before; `None` on the first visit and
    /// for readers who are not neighbours.
    pub new: Option<NewSince>,
}

/// `COUNT(*)` of a query, as a value in another statement.
fn count_of<E: EntityTrait>(q: sea_orm::Select<E>) -> SimpleExpr {
    let q = q.select_only().column_as(Expr::cust("COUNT(*)"), "n").into_query();
    SimpleExpr::SubQuery(None, Box::new(SubQueryStatement::SelectStatement(q)))
}

/// What is new is counted up to this many; beyond, the page says "more
/// than 99". A first visit after a busy year would otherwise count every
/// row since.
pub const NEW_COUNTED: u64 = 100;

/// `COUNT(*)` of at most `NEW_COUNTED` rows of `inner` (whose columns do
/// not matter), as a value in another statement: bounded work.
fn count_capped(mut inner: SelectStatement) -> SimpleExpr {
    inner.limit(NEW_COUNTED);
    let q = Query::select()
        .expr(Expr::cust("COUNT(*)"))
        .from_subquery(inner, sea_orm::sea_query::Alias::new("c"))
        .to_owned();
    SimpleExpr::SubQuery(None, Box::new(SubQueryStatement::SelectStatement(q)))
}

/// The rows of `q` as a subquery to count: one constant column.
fn rows_of<E: EntityTrait>(q: sea_orm::Select<E>) -> SelectStatement {
    q.select_only().column_as(Expr::cust("1"), "one").into_query()
}

fn members_with(n: Uuid, status: MembershipStatus) -> SimpleExpr {
    count_of(
        membership::Entity::find()
            .filter(membership::Column::NeighbourhoodId.eq(n))
            .filter(membership::Column::Status.eq(status.tag())),
    )
}

impl Store {
    /// What the start page of `n` shows alike to every reader of
    /// `audience`, each block under its kind's visibility rule. A fixed
    /// number of statements; the caller keeps the result while the
    /// neighbourhood's `content_version` holds.
    pub async fn start_blocks(&self, n: Uuid, audience: Audience) -> Result<SharedBlocks> {
        let inside = audience.inside();
        let q = Query::select().expr_as(members_with(n, MembershipStatus::Verified), "members").to_owned();
        let row = self.db().query_one_raw(self.db_backend().build(&q)).await?;
        let members: Option<i64> = row.as_ref().and_then(|r| r.try_get("", "members").ok());
        let mut b = SharedBlocks {
            members: members.and_then(|v| u64::try_from(v).ok()).unwrap_or(0),
            news: self.neighbourhood_news(n, SHOWN).await?,
            latest_report: self.latest_impact_report(n).await?,
            canvas: self.canvas(n).await?,
            orgs: self.newest_organisations(n, SHOWN).await?,
            ..Default::default()
        };
        let f = crate::events::CalendarFilter {
            from: Some(self.now()),
            public_only: !inside,
            limit: SHOWN,
            ..Default::default()
        };
        b.events = self.calendar_with_holders(n, &f).await?;
        if inside {
            b.newest = self.newest_members(n, NEWEST_MEMBERS).await?;
            // What any neighbour may see (`Uuid::nil()` is nobody's own
            // entry); the reader's own entries are in their part of the page.
            let filter = crate::help::ListFilter::default();
            let coordinator = audience == Audience::Coordinator;
            let mut help = self.open_entries(n, Uuid::nil(), coordinator, &filter).await?.items;
            help.truncate(SHOWN as usize);
            b.help = help;
            b.projects = self.open_projects_in(n, SHOWN).await?;
        }
        Ok(b)
    }

    /// The numbers on the start page of `n` that depend on the reader,
    /// counted by the database in one statement, each under its kind's
    /// visibility rule (none when there is nothing to count). The member
    /// count is in [`SharedBlocks`].
    pub async fn start_counts(&self, n: Uuid, pending: bool, reader: Option<CountsFor>) -> Result<StartCounts> {
        if !pending && reader.is_none() {
            return Ok(StartCounts::default());
        }
        let mut q = Query::select();
        if pending {
            q.expr_as(members_with(n, MembershipStatus::Pending), "pending");
        }
        if let Some(r) = reader {
            q.expr_as(count_of(conversation::Entity::find().filter(crate::conversations::unread_by(r.me))), "unread");
            if let Some(since) = r.since {
                for (name, e) in self.new_since_counts(n, r.me, r.scope, since) {
                    q.expr_as(e, name);
                }
            }
        }
        let row = self.db().query_one_raw(self.db_backend().build(&q)).await?;
        let get = |name: &str| -> u64 {
            let v: Option<i64> = row.as_ref().and_then(|r| r.try_get("", name).ok());
            v.and_then(|v| u64::try_from(v).ok()).unwrap_or(0)
        };
        let new = reader.and_then(|r| r.since).map(|_| NewSince {
            help: get("new_help"),
            events: get("new_events"),
            news: get("new_news"),
            group_posts: get("new_group_posts"),
        });
        Ok(StartCounts { pending: get("pending"), unread_messages: get("unread"), new })
    }

    /// The counts of what arrived in `n` after `since` that `me` may see.
    /// `new_help` is what `core::help::may_see` allows (as `scope`) among
    /// what the list of open entries shows.
    fn new_since_counts(
        &self,
        n: Uuid,
        me: Uuid,
        scope: SeeScope,
        since: DateTime<Utc>,
    ) -> Vec<(&'static str, SimpleExpr)> {
        let now = self.now();
        let mut out = Vec::new();
        if scope.neighbours {
            let mut q = help_entry::Entity::find()
                .filter(help_entry::Column::NeighbourhoodId.eq(n))
                .filter(help_entry::Column::CreatedAt.gt(since))
                .filter(help_entry::Column::AuthorId.ne(me))
                .filter(help_entry::Column::Status.eq(Status::Open.tag()))
                .filter(help_entry::Column::HiddenReason.is_null())
                .filter(help_entry::Column::ExpiresAt.gt(now));
            if !scope.coordinators_only {
                q = q.filter(help_entry::Column::Visibility.eq(Visibility::Neighbours.tag()));
            }
            out.push(("new_help", count_capped(rows_of(q))));
        }
        // Events and news as the start page and the calendar show them: the
        // neighbourhood's own events and those of its confirmed organisations.
        let holders = Condition::any()
            .add(event::Column::NeighbourhoodId.eq(n))
            .add(event::Column::OrganisationId.in_subquery(confirmed_orgs(n)));
        // A series counts once.
        let events = event::Entity::find()
            .select_only()
            .column_as(Expr::cust("COALESCE(series_id, id)"), "one")
            .distinct()
            .filter(holders)
            .filter(event::Column::HiddenReason.is_null())
            .filter(event::Column::Cancelled.eq(false))
            .filter(event::Column::EndsAt.gt(now))
            .filter(event::Column::CreatedAt.gt(since))
            .filter(by_others(event::Column::AuthorId, me))
            .into_query();
        out.push(("new_events", count_capped(events)));
        let news = news_post::Entity::find()
            .filter(news_post::Column::OrganisationId.in_subquery(confirmed_orgs(n)))
            .filter(news_post::Column::MembersOnly.eq(false))
            .filter(news_post::Column::HiddenReason.is_null())
            .filter(news_post::Column::CreatedAt.gt(since))
            .filter(by_others(news_post::Column::AuthorId, me));
        out.push(("new_news", count_capped(rows_of(news))));
        let posts = group_post::Entity::find()
            .filter(group_post::Column::GroupId.in_subquery(my_group_ids(n, me)))
            .filter(group_post::Column::HiddenReason.is_null())
            .filter(group_post::Column::CreatedAt.gt(since))
            .filter(by_others(group_post::Column::AuthorId, me));
        out.push(("new_group_posts", count_capped(rows_of(posts))));
        out
    }

    /// Note that `me` looks at the start page now, with the membership
    /// `m` the page has already loaded, and say since when things count as
    /// new (`core::neighbourhood::next_visit`: the visit before this one;
    /// `None` on the first visit).
    pub async fn visit_start_page(&self, m: &membership::Model) -> Result<Option<DateTime<Utc>>> {
        let v = next_visit(m.last_seen_at, m.new_since, self.now());
        if !v.worth_writing(m.last_seen_at) {
            return Ok(v.new_since);
        }
        membership::Entity::update_many()
            .col_expr(membership::Column::LastSeenAt, Expr::value(v.last_seen))
            .col_expr(membership::Column::NewSince, Expr::value(v.new_since))
            .filter(membership::Column::Id.eq(m.id))
            .exec(self.db())
            .await?;
        Ok(v.new_since)
    }

    /// The groups of `n` that `me` belongs to, by name, at most `limit`.
    pub async fn my_groups(&self, n: Uuid, me: Uuid, limit: u64) -> Result<Vec<group::Model>> {
        Ok(group::Entity::find()
            .filter(group::Column::Id.in_subquery(my_group_ids(n, me)))
            .order_by_asc(group::Column::Name)
            .limit(limit)
            .all(self.db())
            .await?)
    }
}
