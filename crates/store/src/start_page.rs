//! What a neighbourhood's start page says to one person: when they last
//! looked, what arrived since the visit before (counted in the database,
//! under each kind's visibility rule), and their groups. A fixed number of
//! queries, however much there is.

use crate::entity::{event, group, group_member, help_entry, membership, news_post};
use crate::{Result, Store};
use chrono::{DateTime, Utc};
use quartier_core::group::Standing;
use quartier_core::help::{SeeScope, Status, Visibility};
use quartier_core::neighbourhood::next_visit;
use sea_orm::sea_query::{Expr, SelectStatement};
use sea_orm::{ColumnTrait, Condition, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, QueryTrait};
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

impl Store {
    /// Note that `me` looks at the start page of `n` now, and say since
    /// when things count as new (`core::neighbourhood::next_visit`: the
    /// visit before this one; `None` on the first visit).
    pub async fn visit_start_page(&self, n: Uuid, me: Uuid) -> Result<Option<DateTime<Utc>>> {
        let Some(m) = self.membership(me, n).await? else {
            return Ok(None);
        };
        let v = next_visit(m.last_seen_at, m.new_since, self.now());
        membership::Entity::update_many()
            .col_expr(membership::Column::LastSeenAt, Expr::value(v.last_seen))
            .col_expr(membership::Column::NewSince, Expr::value(v.new_since))
            .filter(membership::Column::Id.eq(m.id))
            .exec(self.db())
            .await?;
        Ok(v.new_since)
    }

    /// What arrived in `n` after `since` that `me` may see, counted by the
    /// database. `help` is what `core::help::may_see` allows (as `scope`)
    /// among what the list of open entries shows.
    pub async fn new_since(&self, n: Uuid, me: Uuid, scope: SeeScope, since: DateTime<Utc>) -> Result<NewSince> {
        let now = self.now();
        let db = self.db();
        let help = if scope.neighbours {
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
            q.count(db).await?
        } else {
            0
        };
        // Events and news as the start page and the calendar show them: the
        // neighbourhood's own events and those of its confirmed organisations.
        let orgs = self.confirmed_organisation_ids(n).await?;
        let mut holders = Condition::any().add(event::Column::NeighbourhoodId.eq(n));
        if !orgs.is_empty() {
            holders = holders.add(event::Column::OrganisationId.is_in(orgs.clone()));
        }
        let events: Option<i64> = event::Entity::find()
            .select_only()
            .column_as(Expr::cust("COUNT(DISTINCT COALESCE(series_id, id))"), "n")
            .filter(holders)
            .filter(event::Column::HiddenReason.is_null())
            .filter(event::Column::Cancelled.eq(false))
            .filter(event::Column::EndsAt.gt(now))
            .filter(event::Column::CreatedAt.gt(since))
            .filter(by_others(event::Column::AuthorId, me))
            .into_tuple()
            .one(db)
            .await?;
        let news = if orgs.is_empty() {
            0
        } else {
            news_post::Entity::find()
                .filter(news_post::Column::OrganisationId.is_in(orgs))
                .filter(news_post::Column::MembersOnly.eq(false))
                .filter(news_post::Column::HiddenReason.is_null())
                .filter(news_post::Column::CreatedAt.gt(since))
                .filter(by_others(news_post::Column::AuthorId, me))
                .count(db)
                .await?
        };
        let group_posts = crate::entity::group_post::Entity::find()
            .filter(crate::entity::group_post::Column::GroupId.in_subquery(my_group_ids(n, me)))
            .filter(crate::entity::group_post::Column::HiddenReason.is_null())
            .filter(crate::entity::group_post::Column::CreatedAt.gt(since))
            .filter(by_others(crate::entity::group_post::Column::AuthorId, me))
            .count(db)
            .await?;
        Ok(NewSince { help, events: events.unwrap_or(0).max(0) as u64, news, group_posts })
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
