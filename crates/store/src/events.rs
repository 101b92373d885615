//! Events, the quarter's calendar, sign-ups and waiting lists.
//!
//! Every change to the sign-ups of an event first writes the event's own
//! row (`taken`). That row write is the lock: PostgreSQL holds it until
//! commit, SQLite has one writer anyway. So two people taking the last
//! place at once cannot both get it, and the waiting list moves up in order.

use crate::entity::{
    event, event_signup, group_member, organisation, organisation_member, organisation_neighbourhood, user,
};
use crate::{Result, Store, StoreError, new_id};
use chrono::{DateTime, Utc};
use quartier_core::event::SignupStatus;
use quartier_core::organisation::LinkStatus;
use sea_orm::sea_query::{Alias, CaseStatement, Expr, Order, Query, WindowStatement};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait, FromQueryResult,
    IdenStatic, JoinType, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, QueryTrait, SelectA, SelectB,
    TransactionTrait,
};
use uuid::Uuid;

/// What an event is, already parsed.
#[derive(Debug, Clone, Default)]
pub struct EventDetails {
    pub title: String,
    pub description: String,
    pub category: String,
    pub all_day: bool,
    pub venue: String,
    pub online_url: String,
    pub step_free: bool,
    pub accessible_toilet: bool,
    pub hearing_loop: bool,
    pub cost: String,
    pub capacity: Option<i32>,
    pub signup_required: bool,
}

/// Who holds an event: a resident inside a neighbourhood, or an organisation.
#[derive(Debug, Clone, Copy)]
pub enum Holder {
    Neighbourhood(Uuid),
    Organisation(Uuid),
    /// A group (`group`, `neighbourhood`): inside the group's neighbourhood.
    Group(Uuid, Uuid),
}

/// Filters of the calendar.
#[derive(Debug, Clone, Default)]
pub struct CalendarFilter {
    pub from: Option<DateTime<Utc>>,
    pub to: Option<DateTime<Utc>>,
    pub category: Option<String>,
    pub organisation: Option<Uuid>,
    pub step_free: bool,
    pub hearing_loop: bool,
    /// Only organisations' events: for readers who are not members.
    pub public_only: bool,
    pub limit: u64,
}

/// One day of a month grid: its first events and how many it holds.
#[derive(Debug, Clone, Default)]
pub struct CalendarDayRows {
    /// At most the number asked for, earliest first, each with the
    /// organisation that holds it (if one does).
    pub events: Vec<(event::Model, Option<organisation::Model>)>,
    /// Every event of the day the reader may see.
    pub count: u64,
}

/// Where a sign-up ended up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signup {
    Confirmed,
    /// On the waiting list, at this position (1 = next).
    Waiting(u64),
}

impl Store {
    /// Create an event; several occurrences become one series.
    pub async fn create_event(
        &self,
        holder: Holder,
        author: Uuid,
        d: &EventDetails,
        occurrences: &[(DateTime<Utc>, DateTime<Utc>)],
    ) -> Result<Vec<event::Model>> {
        let series = (occurrences.len() > 1).then(new_id);
        let (nb, org, group) = match holder {
            Holder::Neighbourhood(n) => (Some(n), None, None),
            Holder::Organisation(o) => (None, Some(o), None),
            Holder::Group(g, n) => (Some(n), None, Some(g)),
        };
        let t = self.now();
        let txn = self.db().begin().await?;
        let mut out = Vec::new();
        for (start, end) in occurrences {
            let m = event::ActiveModel {
                id: Set(new_id()),
                neighbourhood_id: Set(nb),
                organisation_id: Set(org),
                group_id: Set(group),
                series_id: Set(series),
                author_id: Set(Some(author)),
                title: Set(d.title.clone()),
                description: Set(d.description.clone()),
                category: Set(d.category.clone()),
                starts_at: Set(*start),
                ends_at: Set(*end),
                all_day: Set(d.all_day),
                venue: Set(d.venue.clone()),
                online_url: Set(d.online_url.clone()),
                step_free: Set(d.step_free),
                accessible_toilet: Set(d.accessible_toilet),
                hearing_loop: Set(d.hearing_loop),
                cost: Set(d.cost.clone()),
                capacity: Set(d.capacity),
                signup_required: Set(d.signup_required),
                taken: Set(0),
                cancelled: Set(false),
                hidden_reason: Set(None),
                created_at: Set(t),
                updated_at: Set(t),
            }
            .insert(&txn)
            .await?;
            self.index_event(&txn, &m).await?;
            out.push(m);
        }
        txn.commit().await?;
        Ok(out)
    }

    pub async fn event_by_id(&self, id: Uuid) -> Result<event::Model> {
        event::Entity::find_by_id(id).one(self.db()).await?.ok_or(StoreError::NotFound)
    }

    /// Several events at once, for lists (one query, whatever their number).
    pub async fn events_by_ids(&self, ids: &[Uuid]) -> Result<Vec<event::Model>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        Ok(event::Entity::find().filter(event::Column::Id.is_in(ids.to_vec())).all(self.db()).await?)
    }

    /// Change one occurrence. A larger capacity moves people up from the
    /// waiting list; a capacity below the places already taken is refused.
    /// Returns who moved up.
    pub async fn update_event(
        &self,
        id: Uuid,
        d: &EventDetails,
        start: DateTime<Utc>,
        end: DateTime<Utc>,
    ) -> Result<Vec<Uuid>> {
        let txn = self.db().begin().await?;
        let e = lock_event(&txn, id).await?;
        if let Some(c) = d.capacity
            && c < e.taken
        {
            return Err(StoreError::Invalid("capacity below taken"));
        }
        let mut a: event::ActiveModel = e.into();
        a.title = Set(d.title.clone());
        a.description = Set(d.description.clone());
        a.category = Set(d.category.clone());
        a.all_day = Set(d.all_day);
        a.venue = Set(d.venue.clone());
        a.online_url = Set(d.online_url.clone());
        a.step_free = Set(d.step_free);
        a.accessible_toilet = Set(d.accessible_toilet);
        a.hearing_loop = Set(d.hearing_loop);
        a.cost = Set(d.cost.clone());
        a.capacity = Set(d.capacity);
        a.signup_required = Set(d.signup_required);
        a.starts_at = Set(start);
        a.ends_at = Set(end);
        a.updated_at = Set(self.now());
        let e = a.update(&txn).await?;
        self.index_event(&txn, &e).await?;
        let promoted = fill_places(&txn, &e).await?;
        txn.commit().await?;
        Ok(promoted)
    }

    /// The organiser calls an event off; it stays visible as cancelled.
    /// Returns the people who had signed up.
    pub async fn cancel_event(&self, id: Uuid) -> Result<Vec<Uuid>> {
        event::Entity::update_many()
            .col_expr(event::Column::Cancelled, Expr::value(true))
            .col_expr(event::Column::UpdatedAt, Expr::value(self.now()))
            .filter(event::Column::Id.eq(id))
            .exec(self.db())
            .await?;
        Ok(event_signup::Entity::find()
            .filter(event_signup::Column::EventId.eq(id))
            .all(self.db())
            .await?
            .into_iter()
            .map(|s| s.user_id)
            .collect())
    }

    /// Hide an event (moderation); nobody finds it by words any more.
    pub async fn hide_event(&self, id: Uuid, reason: &str) -> Result<()> {
        let txn = self.db().begin().await?;
        event::Entity::update_many()
            .col_expr(event::Column::HiddenReason, Expr::value(reason))
            .filter(event::Column::Id.eq(id))
            .exec(&txn)
            .await?;
        self.unindex(&txn, quartier_core::search::DocKind::Event, &[id]).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Ids of the organisations confirmed in a neighbourhood.
    pub async fn confirmed_organisation_ids(&self, n: Uuid) -> Result<Vec<Uuid>> {
        Ok(organisation_neighbourhood::Entity::find()
            .filter(organisation_neighbourhood::Column::NeighbourhoodId.eq(n))
            .filter(organisation_neighbourhood::Column::Status.eq(LinkStatus::Confirmed.tag()))
            .all(self.db())
            .await?
            .into_iter()
            .map(|l| l.organisation_id)
            .collect())
    }

    /// The calendar of a neighbourhood: its residents' events and the events
    /// of every organisation confirmed in it, earliest first. Hidden events
    /// are left out.
    pub async fn calendar(&self, n: Uuid, f: &CalendarFilter) -> Result<Vec<event::Model>> {
        Ok(self.calendar_rows(n, f, false).await?.into_iter().map(|(e, _)| e).collect())
    }

    /// The calendar as [`Store::calendar`], each event with the
    /// organisation that holds it (if one does), in the same statement.
    pub async fn calendar_with_holders(
        &self,
        n: Uuid,
        f: &CalendarFilter,
    ) -> Result<Vec<(event::Model, Option<organisation::Model>)>> {
        self.calendar_rows(n, f, true).await
    }

    async fn calendar_rows(
        &self,
        n: Uuid,
        f: &CalendarFilter,
        with_orgs: bool,
    ) -> Result<Vec<(event::Model, Option<organisation::Model>)>> {
        let limit = if f.limit == 0 { 500 } else { f.limit };
        // "What comes next" looks at a week first, then wider: in a busy
        // quarter the first window already holds enough, and the database
        // sorts a week instead of a year. Events are ordered by start, so
        // the first `limit` of a window are the first `limit` overall.
        if let Some(from) = f.from {
            for days in [7, 31, 92] {
                let to = from + chrono::Duration::days(days);
                if f.to.is_some_and(|end| end <= to) {
                    break;
                }
                let window = CalendarFilter { to: Some(to), ..f.clone() };
                let rows = self.calendar_window(n, &window, limit, with_orgs).await?;
                if rows.len() as u64 >= limit {
                    return Ok(rows);
                }
            }
        }
        self.calendar_window(n, f, limit, with_orgs).await
    }

    async fn calendar_window(
        &self,
        n: Uuid,
        f: &CalendarFilter,
        limit: u64,
        with_orgs: bool,
    ) -> Result<Vec<(event::Model, Option<organisation::Model>)>> {
        let mut q = event::Entity::find().filter(calendar_condition(n, f));
        if let Some(from) = f.from {
            // No event lasts longer than a month; the bound lets the
            // database start near `from` in the starts_at index.
            q = q
                .filter(event::Column::EndsAt.gt(from))
                .filter(event::Column::StartsAt.gt(from - chrono::Duration::days(33)));
        }
        if let Some(to) = f.to {
            q = q.filter(event::Column::StartsAt.lt(to));
        }
        let q = q.order_by_asc(event::Column::StartsAt).order_by_asc(event::Column::Id).limit(limit);
        if !with_orgs {
            return Ok(q.all(self.db()).await?.into_iter().map(|e| (e, None)).collect());
        }
        let held_by = event::Entity::belongs_to(organisation::Entity)
            .from(event::Column::OrganisationId)
            .to(organisation::Column::Id);
        Ok(q.select_also(organisation::Entity).join(JoinType::LeftJoin, held_by.into()).all(self.db()).await?)
    }

    /// The days of a month grid, each with at most `per_day` of its events
    /// (earliest first) and how many it holds in all, in one statement.
    /// `bounds` are the UTC instants where the days begin, in order, and
    /// where the last one ends: the reader's days in the neighbourhood's
    /// time zone. An event belongs to the day it starts on; what the
    /// calendar shows is [`calendar_condition`], as in every list.
    pub async fn calendar_days(
        &self,
        n: Uuid,
        f: &CalendarFilter,
        bounds: &[DateTime<Utc>],
        per_day: u64,
    ) -> Result<Vec<CalendarDayRows>> {
        use sea_orm::sea_query::ExprTrait;
        let days = bounds.len().saturating_sub(1);
        let mut out: Vec<CalendarDayRows> = (0..days).map(|_| CalendarDayRows::default()).collect();
        if days == 0 {
            return Ok(out);
        }
        let (from, to) = (bounds[0], bounds[days]);
        // The day an event starts on, as its index: comparisons only, which
        // both databases make alike on stored times (and a day of 23 or 25
        // hours needs no date arithmetic).
        let index = |i: usize| Expr::val(i64::try_from(i).unwrap_or(i64::MAX));
        let day: Expr = if days == 1 {
            index(0)
        } else {
            let mut c = CaseStatement::new();
            for (i, b) in bounds[1..days].iter().enumerate() {
                c = c.case(Expr::col((event::Entity, event::Column::StartsAt)).lt(*b), index(i));
            }
            c.finally(index(days - 1)).into()
        };
        // The events the calendar shows in the range, each with its day …
        let mut dated = event::Entity::find()
            .filter(calendar_condition(n, f))
            .filter(event::Column::StartsAt.gte(from))
            .filter(event::Column::StartsAt.lt(to))
            .select_only()
            .column(event::Column::Id)
            .column(event::Column::StartsAt)
            .into_query();
        dated.expr_as(day, "day");
        // … its place in the day and the day's number of events …
        let (id, starts_at, day) = (Alias::new("id"), Alias::new("starts_at"), Alias::new("day"));
        let mut ranked = Query::select();
        ranked.column(id.clone()).column(day.clone()).from_subquery(dated, Alias::new("dated"));
        ranked.expr_window_as(
            Expr::cust("ROW_NUMBER()"),
            WindowStatement::partition_by(day.clone()).order_by(starts_at, Order::Asc).order_by(id, Order::Asc).take(),
            "rank",
        );
        ranked.expr_window_as(Expr::cust("COUNT(*)"), WindowStatement::partition_by(day), "day_count");
        // … the first `per_day` of each day (chosen before the join: so
        // only those rows are read whole) …
        let rank_limit = i64::try_from(per_day).unwrap_or(i64::MAX);
        let mut firsts = Query::select();
        firsts
            .columns([Alias::new("id"), Alias::new("day"), Alias::new("day_count")])
            .from_subquery(ranked, Alias::new("ranked"))
            .and_where(Expr::col(Alias::new("rank")).lte(rank_limit));
        // … with their organisations.
        let d = Alias::new("firsts");
        let held_by = event::Entity::belongs_to(organisation::Entity)
            .from(event::Column::OrganisationId)
            .to(organisation::Column::Id);
        let mut q = event::Entity::find()
            .select_also(organisation::Entity)
            .join(JoinType::LeftJoin, held_by.into())
            .order_by_asc(event::Column::StartsAt)
            .order_by_asc(event::Column::Id)
            .into_query();
        q.join_subquery(
            JoinType::InnerJoin,
            firsts,
            d.clone(),
            Expr::col((d.clone(), Alias::new("id"))).equals((event::Entity, event::Column::Id)),
        )
        .expr_as(Expr::col((d.clone(), Alias::new("day"))), "day")
        .expr_as(Expr::col((d, Alias::new("day_count"))), "day_count");
        for r in self.db().query_all_raw(self.db_backend().build(&q)).await? {
            let e = event::Model::from_query_result(&r, SelectA.as_str())?;
            let o = organisation::Model::from_query_result_optional(&r, SelectB.as_str())?;
            let i: i64 = r.try_get("", "day")?;
            let count: i64 = r.try_get("", "day_count")?;
            if let Some(slot) = usize::try_from(i).ok().and_then(|i| out.get_mut(i)) {
                slot.count = u64::try_from(count).unwrap_or(0);
                slot.events.push((e, o));
            }
        }
        Ok(out)
    }

    /// Upcoming events of an organisation (hidden ones only if asked).
    pub async fn organisation_events(
        &self,
        org: Uuid,
        from: DateTime<Utc>,
        hidden: bool,
        limit: u64,
    ) -> Result<Vec<event::Model>> {
        let mut q =
            event::Entity::find().filter(event::Column::OrganisationId.eq(org)).filter(event::Column::EndsAt.gt(from));
        if !hidden {
            q = q.filter(event::Column::HiddenReason.is_null());
        }
        Ok(q.order_by_asc(event::Column::StartsAt).limit(limit).all(self.db()).await?)
    }

    /// Upcoming events of a group.
    pub async fn group_events(&self, group: Uuid, from: DateTime<Utc>, limit: u64) -> Result<Vec<event::Model>> {
        Ok(event::Entity::find()
            .filter(event::Column::GroupId.eq(group))
            .filter(event::Column::EndsAt.gt(from))
            .filter(event::Column::HiddenReason.is_null())
            .order_by_asc(event::Column::StartsAt)
            .limit(limit)
            .all(self.db())
            .await?)
    }

    /// The other occurrences of a series, from `from` on.
    pub async fn series_events(&self, series: Uuid, from: DateTime<Utc>) -> Result<Vec<event::Model>> {
        Ok(event::Entity::find()
            .filter(event::Column::SeriesId.eq(series))
            .filter(event::Column::EndsAt.gt(from))
            .order_by_asc(event::Column::StartsAt)
            .limit(60)
            .all(self.db())
            .await?)
    }

    /// Sign a person up: a free place if there is one, else the waiting
    /// list. Signing up twice answers where the person already is.
    pub async fn sign_up(&self, id: Uuid, user: Uuid) -> Result<Signup> {
        let txn = self.db().begin().await?;
        let e = lock_event(&txn, id).await?;
        if !quartier_core::event::signup_open(e.signup_required, e.cancelled, e.starts_at, self.now()) {
            return Err(StoreError::Invalid("signup closed"));
        }
        if e.hidden_reason.is_some() {
            return Err(StoreError::NotFound);
        }
        if let Some(s) = signup_row(&txn, id, user).await? {
            let place = position(&txn, &s).await?;
            txn.commit().await?;
            return Ok(place);
        }
        let free = e.capacity.is_none_or(|c| e.taken < c);
        let status = if free { SignupStatus::Confirmed } else { SignupStatus::Waiting };
        let s = event_signup::ActiveModel {
            id: Set(new_id()),
            event_id: Set(id),
            user_id: Set(user),
            status: Set(status.tag().into()),
            created_at: Set(self.now()),
        }
        .insert(&txn)
        .await?;
        if free {
            set_taken(&txn, id, e.taken + 1).await?;
        }
        let place = position(&txn, &s).await?;
        txn.commit().await?;
        Ok(place)
    }

    /// Withdraw a sign-up. A freed place goes to the first on the waiting
    /// list, whose id is returned.
    pub async fn withdraw_signup(&self, id: Uuid, user: Uuid) -> Result<Vec<Uuid>> {
        let txn = self.db().begin().await?;
        let e = lock_event(&txn, id).await?;
        let Some(s) = signup_row(&txn, id, user).await? else {
            return Err(StoreError::NotFound);
        };
        event_signup::Entity::delete_by_id(s.id).exec(&txn).await?;
        let mut promoted = Vec::new();
        if s.status() == SignupStatus::Confirmed {
            let e = set_taken(&txn, id, e.taken - 1).await?;
            promoted = fill_places(&txn, &e).await?;
        }
        txn.commit().await?;
        Ok(promoted)
    }

    /// Everyone who organises an event (`core::policy::organise_event`):
    /// an organisation's editors and administrators, or inside a
    /// neighbourhood its author and the administrators of the group that
    /// holds it. Two queries at most.
    pub async fn organisers_of(&self, e: &event::Model) -> Result<Vec<Uuid>> {
        use quartier_core::policy::{EventHolder, organise_event};
        let mut out = Vec::new();
        if let Some(org) = e.organisation_id {
            for m in organisation_member::Entity::find()
                .filter(organisation_member::Column::OrganisationId.eq(org))
                .all(self.db())
                .await?
            {
                if organise_event(EventHolder::Organisation(m.role())) {
                    out.push(m.user_id);
                }
            }
        } else {
            if let Some(a) = e.author_id
                && organise_event(EventHolder::Neighbourhood { is_author: true, group_standing: None })
            {
                out.push(a);
            }
            if let Some(g) = e.group_id {
                for m in group_member::Entity::find().filter(group_member::Column::GroupId.eq(g)).all(self.db()).await?
                {
                    let holder = EventHolder::Neighbourhood { is_author: false, group_standing: m.standing() };
                    if organise_event(holder) && !out.contains(&m.user_id) {
                        out.push(m.user_id);
                    }
                }
            }
        }
        Ok(out)
    }

    /// Where a person stands for an event, if signed up.
    pub async fn signup_of(&self, id: Uuid, user: Uuid) -> Result<Option<Signup>> {
        match signup_row(self.db(), id, user).await? {
            Some(s) => Ok(Some(position(self.db(), &s).await?)),
            None => Ok(None),
        }
    }

    /// How many wait for a place, counted, not loaded.
    pub async fn count_waiting(&self, id: Uuid) -> Result<u64> {
        Ok(event_signup::Entity::find()
            .filter(event_signup::Column::EventId.eq(id))
            .filter(event_signup::Column::Status.eq(SignupStatus::Waiting.tag()))
            .count(self.db())
            .await?)
    }

    /// Everyone signed up, confirmed first, each list in order.
    pub async fn signups(&self, id: Uuid) -> Result<Vec<(event_signup::Model, user::Model)>> {
        let rows = event_signup::Entity::find()
            .filter(event_signup::Column::EventId.eq(id))
            .order_by_asc(event_signup::Column::Status)
            .order_by_asc(event_signup::Column::Id)
            .all(self.db())
            .await?;
        let ids: Vec<Uuid> = rows.iter().map(|r| r.user_id).collect();
        let users = self.users_by_ids(&ids).await?;
        Ok(rows.into_iter().filter_map(|r| users.iter().find(|u| u.id == r.user_id).cloned().map(|u| (r, u))).collect())
    }

    /// The next `limit` upcoming events a person signed up for, soonest
    /// first, in one statement.
    pub async fn my_events(
        &self,
        user: Uuid,
        from: DateTime<Utc>,
        limit: u64,
    ) -> Result<Vec<(event::Model, SignupStatus)>> {
        let signup_of_event =
            event_signup::Entity::belongs_to(event::Entity).from(event_signup::Column::EventId).to(event::Column::Id);
        Ok(event::Entity::find()
            .select_also(event_signup::Entity)
            .join_rev(JoinType::InnerJoin, signup_of_event.into())
            .filter(event_signup::Column::UserId.eq(user))
            .filter(event::Column::EndsAt.gt(from))
            .order_by_asc(event::Column::StartsAt)
            .limit(limit)
            .all(self.db())
            .await?
            .into_iter()
            .filter_map(|(e, s)| s.map(|s| (e, s.status())))
            .collect())
    }

    /// Names of organisations by id, for calendar lists.
    pub async fn organisations_by_ids(&self, ids: &[Uuid]) -> Result<Vec<organisation::Model>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        Ok(organisation::Entity::find().filter(organisation::Column::Id.is_in(ids.to_vec())).all(self.db()).await?)
    }

    /// How many events a neighbourhood's calendar holds (for the bench).
    pub async fn count_events(&self) -> Result<u64> {
        Ok(event::Entity::find().count(self.db()).await?)
    }
}

/// Write the event's row so that concurrent sign-ups wait for each other.
async fn lock_event<C: ConnectionTrait>(c: &C, id: Uuid) -> Result<event::Model> {
    let r = event::Entity::update_many()
        .col_expr(event::Column::Taken, sea_orm::sea_query::ExprTrait::add(Expr::col(event::Column::Taken), 0))
        .filter(event::Column::Id.eq(id))
        .exec(c)
        .await?;
    if r.rows_affected == 0 {
        return Err(StoreError::NotFound);
    }
    event::Entity::find_by_id(id).one(c).await?.ok_or(StoreError::NotFound)
}

async fn set_taken<C: ConnectionTrait>(c: &C, id: Uuid, taken: i32) -> Result<event::Model> {
    event::Entity::update_many()
        .col_expr(event::Column::Taken, Expr::value(taken.max(0)))
        .filter(event::Column::Id.eq(id))
        .exec(c)
        .await?;
    event::Entity::find_by_id(id).one(c).await?.ok_or(StoreError::NotFound)
}

async fn signup_row<C: ConnectionTrait>(c: &C, id: Uuid, user: Uuid) -> Result<Option<event_signup::Model>> {
    Ok(event_signup::Entity::find()
        .filter(event_signup::Column::EventId.eq(id))
        .filter(event_signup::Column::UserId.eq(user))
        .one(c)
        .await?)
}

async fn position<C: ConnectionTrait>(c: &C, s: &event_signup::Model) -> Result<Signup> {
    if s.status() == SignupStatus::Confirmed {
        return Ok(Signup::Confirmed);
    }
    let ahead = event_signup::Entity::find()
        .filter(event_signup::Column::EventId.eq(s.event_id))
        .filter(event_signup::Column::Status.eq(SignupStatus::Waiting.tag()))
        .filter(event_signup::Column::Id.lt(s.id))
        .count(c)
        .await?;
    Ok(Signup::Waiting(ahead + 1))
}

/// Give free places to the waiting list, in order; returns who moved up.
async fn fill_places<C: ConnectionTrait>(c: &C, e: &event::Model) -> Result<Vec<Uuid>> {
    let free = match e.capacity {
        Some(cap) => u64::try_from((cap - e.taken).max(0)).unwrap_or(0),
        None => u64::MAX,
    };
    if free == 0 {
        return Ok(Vec::new());
    }
    let waiting = event_signup::Entity::find()
        .filter(event_signup::Column::EventId.eq(e.id))
        .filter(event_signup::Column::Status.eq(SignupStatus::Waiting.tag()))
        .order_by_asc(event_signup::Column::Id)
        .limit(free.min(10_000))
        .all(c)
        .await?;
    if waiting.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<Uuid> = waiting.iter().map(|w| w.id).collect();
    event_signup::Entity::update_many()
        .col_expr(event_signup::Column::Status, Expr::value(SignupStatus::Confirmed.tag()))
        .filter(event_signup::Column::Id.is_in(ids))
        .exec(c)
        .await?;
    let moved = i32::try_from(waiting.len()).unwrap_or(i32::MAX);
    set_taken(c, e.id, e.taken.saturating_add(moved)).await?;
    Ok(waiting.into_iter().map(|w| w.user_id).collect())
}

/// The ids of the organisations confirmed in `n`, as a subquery, so that a
/// list of their rows is one statement.
pub(crate) fn confirmed_orgs(n: Uuid) -> sea_orm::sea_query::SelectStatement {
    organisation_neighbourhood::Entity::find()
        .select_only()
        .column(organisation_neighbourhood::Column::OrganisationId)
        .filter(organisation_neighbourhood::Column::NeighbourhoodId.eq(n))
        .filter(organisation_neighbourhood::Column::Status.eq(LinkStatus::Confirmed.tag()))
        .into_query()
}

/// What the calendar of `n` shows of the events, under the filters `f`
/// (but not its time bounds): the events of the organisations confirmed in
/// `n` for everyone and, for its members (`!f.public_only`), its residents'
/// and groups' events too; never a hidden one. Every calendar query asks
/// this one condition.
fn calendar_condition(n: Uuid, f: &CalendarFilter) -> Condition {
    // The organisations are asked inside the same statement.
    let mut holders = Condition::any().add(event::Column::OrganisationId.in_subquery(confirmed_orgs(n)));
    if !f.public_only {
        holders = holders.add(event::Column::NeighbourhoodId.eq(n));
    }
    let mut c = Condition::all().add(holders).add(event::Column::HiddenReason.is_null());
    if let Some(cat) = &f.category {
        c = c.add(event::Column::Category.eq(cat.as_str()));
    }
    if let Some(o) = f.organisation {
        c = c.add(event::Column::OrganisationId.eq(o));
    }
    if f.step_free {
        c = c.add(event::Column::StepFree.eq(true));
    }
    if f.hearing_loop {
        c = c.add(event::Column::HearingLoop.eq(true));
    }
    c
}
