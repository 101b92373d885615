//! Help requests and offers: posting, browsing, suggestions, arranging,
//! done, thanks and the time bank.
//!
//! `helper_id` holds the other party of an arrangement: the helper for a
//! request, the person helped for an offer.

use crate::entity::{help_category, help_entry, neighbourhood, thanks, time_ledger};
use crate::paging::{Cursor, Keyset, Page};
use crate::{Result, Store, StoreError, new_id};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use quartier_core::help::{Account, Kind, Status, Visibility};
use quartier_core::search::DocKind;
use sea_orm::{
    ActiveModelTrait,
    ActiveValue::Set,
    ColumnTrait, Condition, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, TransactionTrait,
    sea_query::{Expr, Query, SimpleExpr, UnionType},
};
use uuid::Uuid;

/// Everything a new entry needs, already parsed.
#[derive(Debug, Clone)]
pub struct NewEntry {
    pub neighbourhood_id: Uuid,
    pub author_id: Uuid,
    pub kind: Kind,
    pub category: String,
    pub title: String,
    pub body: String,
    pub on_date: Option<NaiveDate>,
    pub time_from: Option<String>,
    pub time_to: Option<String>,
    pub weekly: bool,
    pub urgency: String,
    pub visibility: Visibility,
    pub area: String,
    pub on_behalf: Option<String>,
    pub minutes: i32,
}

/// Entries leave the lists after their date, or 30 days without one
/// (90 days for weekly ones); they stay in their author's history.
pub fn expiry(created: DateTime<Utc>, on_date: Option<NaiveDate>, weekly: bool) -> DateTime<Utc> {
    match (on_date, weekly) {
        (_, true) => created + Duration::days(90),
        (Some(d), false) => d.and_hms_opt(23, 59, 59).map(|t| t.and_utc()).unwrap_or(created) + Duration::hours(2),
        (None, false) => created + Duration::days(30),
    }
}

/// A filter for the list of open entries.
#[derive(Debug, Clone, Default)]
pub struct ListFilter {
    pub kind: Option<Kind>,
    pub category: Option<String>,
    pub on_date: Option<NaiveDate>,
    pub cursor: Cursor,
}

pub const PAGE_SIZE: u64 = 20;

impl Store {
    pub async fn create_entry(&self, n: NewEntry) -> Result<help_entry::Model> {
        let t = self.now();
        let txn = self.db().begin().await?;
        let e = help_entry::ActiveModel {
            id: Set(new_id()),
            neighbourhood_id: Set(n.neighbourhood_id),
            author_id: Set(n.author_id),
            kind: Set(n.kind.tag().into()),
            category: Set(n.category),
            title: Set(n.title),
            body: Set(n.body),
            on_date: Set(n.on_date),
            time_from: Set(n.time_from),
            time_to: Set(n.time_to),
            weekly: Set(n.weekly),
            urgency: Set(n.urgency),
            visibility: Set(n.visibility.tag().into()),
            area: Set(n.area),
            on_behalf: Set(n.on_behalf),
            minutes: Set(n.minutes),
            status: Set(Status::Open.tag().into()),
            helper_id: Set(None),
            hidden_reason: Set(None),
            created_at: Set(t),
            updated_at: Set(t),
            expires_at: Set(expiry(t, n.on_date, n.weekly)),
        }
        .insert(&txn)
        .await
        .map_err(StoreError::Db)?;
        self.index_entry(&txn, &e).await?;
        txn.commit().await?;
        Ok(e)
    }

    pub async fn entry(&self, neighbourhood_id: Uuid, id: Uuid) -> Result<help_entry::Model> {
        help_entry::Entity::find_by_id(id)
            .filter(help_entry::Column::NeighbourhoodId.eq(neighbourhood_id))
            .one(self.db())
            .await?
            .ok_or(StoreError::NotFound)
    }

    pub async fn entry_by_id(&self, id: Uuid) -> Result<help_entry::Model> {
        help_entry::Entity::find_by_id(id).one(self.db()).await?.ok_or(StoreError::NotFound)
    }

    /// Entries of a neighbourhood by id, in one query (e.g. for the bookings
    /// of a time account).
    pub async fn entries_by_ids(&self, neighbourhood_id: Uuid, ids: &[Uuid]) -> Result<Vec<help_entry::Model>> {
        let all = self.entries_with_ids(ids).await?;
        Ok(all.into_iter().filter(|e| e.neighbourhood_id == neighbourhood_id).collect())
    }

    /// Entries by id in any neighbourhood, in one query: what the
    /// conversations of an inbox are about.
    pub async fn entries_with_ids(&self, ids: &[Uuid]) -> Result<Vec<help_entry::Model>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        Ok(help_entry::Entity::find().filter(help_entry::Column::Id.is_in(ids.to_vec())).all(self.db()).await?)
    }

    /// Open, visible, unexpired entries, newest first, one page at a time.
    pub async fn open_entries(
        &self,
        neighbourhood_id: Uuid,
        viewer: Uuid,
        coordinator: bool,
        f: &ListFilter,
    ) -> Result<Page<help_entry::Model>> {
        let mut q = help_entry::Entity::find()
            .filter(help_entry::Column::NeighbourhoodId.eq(neighbourhood_id))
            .filter(help_entry::Column::Status.eq(Status::Open.tag()))
            .filter(help_entry::Column::HiddenReason.is_null())
            .filter(help_entry::Column::ExpiresAt.gt(self.now()));
        if !coordinator {
            q = q.filter(
                Condition::any()
                    .add(help_entry::Column::Visibility.eq(Visibility::Neighbours.tag()))
                    .add(help_entry::Column::AuthorId.eq(viewer)),
            );
        }
        if let Some(k) = f.kind {
            q = q.filter(help_entry::Column::Kind.eq(k.tag()));
        }
        if let Some(c) = &f.category {
            q = q.filter(help_entry::Column::Category.eq(c.as_str()));
        }
        if let Some(d) = f.on_date {
            q = q.filter(
                Condition::any().add(help_entry::Column::OnDate.eq(d)).add(help_entry::Column::OnDate.is_null()),
            );
        }
        // Ids are time-ordered (UUID v7): newest first is by id.
        const NEWEST: Keyset = Keyset { key: &["\"help_entries\".\"id\""], cursor_row: "", descending: true };
        NEWEST.page(self.db(), q, f.cursor, PAGE_SIZE, |e| e.id).await
    }

    /// For an entry: open entries of the other kind in the same category
    /// whose date fits (same day, or no date on either side).
    pub async fn suggestions(
        &self,
        e: &help_entry::Model,
        coordinator: bool,
        viewer: Uuid,
    ) -> Result<Vec<help_entry::Model>> {
        let kind = e.kind().opposite();
        let mut q = help_entry::Entity::find()
            .filter(help_entry::Column::NeighbourhoodId.eq(e.neighbourhood_id))
            .filter(help_entry::Column::Kind.eq(kind.tag()))
            .filter(help_entry::Column::Category.eq(e.category.as_str()))
            .filter(help_entry::Column::Status.eq(Status::Open.tag()))
            .filter(help_entry::Column::HiddenReason.is_null())
            .filter(help_entry::Column::ExpiresAt.gt(self.now()))
            .filter(help_entry::Column::AuthorId.ne(e.author_id));
        if !coordinator {
            q = q.filter(
                Condition::any()
                    .add(help_entry::Column::Visibility.eq(Visibility::Neighbours.tag()))
                    .add(help_entry::Column::AuthorId.eq(viewer)),
            );
        }
        if let Some(d) = e.on_date {
            q = q.filter(
                Condition::any().add(help_entry::Column::OnDate.eq(d)).add(help_entry::Column::OnDate.is_null()),
            );
        }
        Ok(q.order_by_desc(help_entry::Column::Id).limit(5).all(self.db()).await?)
    }

    /// A person's entries that still need them (open or arranged, as author
    /// or helper), newest first, at most `limit`.
    pub async fn my_current_entries(
        &self,
        neighbourhood_id: Uuid,
        person: Uuid,
        limit: u64,
    ) -> Result<Vec<help_entry::Model>> {
        Ok(help_entry::Entity::find()
            .filter(help_entry::Column::NeighbourhoodId.eq(neighbourhood_id))
            .filter(involving(person))
            .filter(help_entry::Column::Status.is_in([Status::Open.tag(), Status::Arranged.tag()]))
            .filter(help_entry::Column::HiddenReason.is_null())
            .order_by_desc(help_entry::Column::Id)
            .limit(limit)
            .all(self.db())
            .await?)
    }

    /// A person's own entries, every state, newest first.
    pub async fn entries_of(&self, neighbourhood_id: Uuid, author: Uuid) -> Result<Vec<help_entry::Model>> {
        Ok(help_entry::Entity::find()
            .filter(help_entry::Column::NeighbourhoodId.eq(neighbourhood_id))
            .filter(involving(author))
            .order_by_desc(help_entry::Column::Id)
            .limit(200)
            .all(self.db())
            .await?)
    }

    /// Accept one person. Two accepts at the same moment: exactly one wins.
    pub async fn accept(&self, entry_id: Uuid, partner: Uuid) -> Result<()> {
        let r = help_entry::Entity::update_many()
            .col_expr(help_entry::Column::Status, Expr::value(Status::Arranged.tag()))
            .col_expr(help_entry::Column::HelperId, Expr::value(partner))
            .col_expr(help_entry::Column::UpdatedAt, Expr::value(self.now()))
            .filter(help_entry::Column::Id.eq(entry_id))
            .filter(help_entry::Column::Status.eq(Status::Open.tag()))
            .exec(self.db())
            .await?;
        if r.rows_affected == 1 { Ok(()) } else { Err(StoreError::Invalid("not open")) }
    }

    /// Mark arranged help as done; in a time bank the hours move from the
    /// person helped to the helper, exactly once (`core::help::booking`:
    /// help posted for a neighbour who is not online is booked to the
    /// neighbourhood's shared account).
    pub async fn mark_done(&self, entry_id: Uuid) -> Result<help_entry::Model> {
        let txn = self.db().begin().await?;
        let r = help_entry::Entity::update_many()
            .col_expr(help_entry::Column::Status, Expr::value(Status::Done.tag()))
            .col_expr(help_entry::Column::UpdatedAt, Expr::value(self.now()))
            .filter(help_entry::Column::Id.eq(entry_id))
            .filter(help_entry::Column::Status.eq(Status::Arranged.tag()))
            .exec(&txn)
            .await?;
        if r.rows_affected != 1 {
            return Err(StoreError::Invalid("not arranged"));
        }
        let e = help_entry::Entity::find_by_id(entry_id).one(&txn).await?.ok_or(StoreError::NotFound)?;
        let n = neighbourhood::Entity::find_by_id(e.neighbourhood_id).one(&txn).await?.ok_or(StoreError::NotFound)?;
        if n.time_bank
            && let Some(partner) = e.helper_id
        {
            let b = quartier_core::help::booking(e.kind(), e.on_behalf.is_some());
            let author = match b.author_account {
                Account::Person => e.author_id,
                Account::Neighbourhood => e.neighbourhood_id,
            };
            let (author, partner) = ((author, b.author_account), (partner, Account::Person));
            let (from, to) = if b.author_pays { (author, partner) } else { (partner, author) };
            time_ledger::ActiveModel {
                id: Set(new_id()),
                neighbourhood_id: Set(e.neighbourhood_id),
                entry_id: Set(e.id),
                from_id: Set(from.0),
                to_id: Set(to.0),
                from_account: Set(from.1.tag().into()),
                to_account: Set(to.1.tag().into()),
                minutes: Set(e.minutes),
                created_at: Set(self.now()),
            }
            .insert(&txn)
            .await
            .map_err(|e| StoreError::conflict_on(e, "booking"))?;
        }
        txn.commit().await?;
        Ok(e)
    }

    /// The author withdraws an open or arranged entry.
    pub async fn withdraw(&self, entry_id: Uuid) -> Result<()> {
        let txn = self.db().begin().await?;
        let r = help_entry::Entity::update_many()
            .col_expr(help_entry::Column::Status, Expr::value(Status::Withdrawn.tag()))
            .col_expr(help_entry::Column::UpdatedAt, Expr::value(self.now()))
            .filter(help_entry::Column::Id.eq(entry_id))
            .filter(help_entry::Column::Status.is_in([Status::Open.tag(), Status::Arranged.tag()]))
            .exec(&txn)
            .await?;
        if r.rows_affected != 1 {
            return Err(StoreError::Invalid("not open"));
        }
        // A withdrawn entry is no longer found by words.
        self.unindex(&txn, DocKind::Help, &[entry_id]).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Hide an entry (moderation); its author still sees it, with the reason.
    /// Nobody finds it by words any more.
    pub async fn hide_entry(&self, entry_id: Uuid, reason: &str) -> Result<()> {
        let txn = self.db().begin().await?;
        help_entry::Entity::update_many()
            .col_expr(help_entry::Column::HiddenReason, Expr::value(reason))
            .filter(help_entry::Column::Id.eq(entry_id))
            .exec(&txn)
            .await?;
        self.unindex(&txn, DocKind::Help, &[entry_id]).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Say thank you once per entry.
    pub async fn thank(&self, e: &help_entry::Model, from: Uuid, to: Uuid, note: &str) -> Result<()> {
        thanks::ActiveModel {
            id: Set(new_id()),
            entry_id: Set(e.id),
            from_id: Set(from),
            to_id: Set(to),
            note: Set(note.to_string()),
            shown: Set(false),
            created_at: Set(self.now()),
        }
        .insert(self.db())
        .await
        .map_err(|e| StoreError::conflict_on(e, "thanks"))?;
        Ok(())
    }

    pub async fn thanks_for_entry(&self, entry_id: Uuid) -> Result<Option<thanks::Model>> {
        Ok(thanks::Entity::find().filter(thanks::Column::EntryId.eq(entry_id)).one(self.db()).await?)
    }

    /// The person thanked decides whether the note shows on their profile.
    pub async fn set_thanks_shown(&self, id: Uuid, to: Uuid, shown: bool) -> Result<()> {
        let r = thanks::Entity::update_many()
            .col_expr(thanks::Column::Shown, Expr::value(shown))
            .filter(thanks::Column::Id.eq(id))
            .filter(thanks::Column::ToId.eq(to))
            .exec(self.db())
            .await?;
        if r.rows_affected == 1 { Ok(()) } else { Err(StoreError::NotFound) }
    }

    /// Thank-you notes a person agreed to show.
    pub async fn shown_thanks(&self, to: Uuid) -> Result<Vec<thanks::Model>> {
        Ok(thanks::Entity::find()
            .filter(thanks::Column::ToId.eq(to))
            .filter(thanks::Column::Shown.eq(true))
            .order_by_desc(thanks::Column::Id)
            .limit(20)
            .all(self.db())
            .await?)
    }

    pub async fn thanks_received(&self, to: Uuid) -> Result<Vec<thanks::Model>> {
        Ok(thanks::Entity::find()
            .filter(thanks::Column::ToId.eq(to))
            .order_by_desc(thanks::Column::Id)
            .all(self.db())
            .await?)
    }

    /// A person's time account in one neighbourhood: balance in minutes and
    /// the bookings, newest first.
    pub async fn time_account(&self, neighbourhood_id: Uuid, user: Uuid) -> Result<(i64, Vec<time_ledger::Model>)> {
        self.account(neighbourhood_id, Account::Person, user).await
    }

    /// The neighbourhood's shared account (help done for neighbours who are
    /// not online): balance in minutes and the bookings, newest first.
    pub async fn neighbourhood_account(&self, neighbourhood_id: Uuid) -> Result<(i64, Vec<time_ledger::Model>)> {
        self.account(neighbourhood_id, Account::Neighbourhood, neighbourhood_id).await
    }

    async fn account(&self, neighbourhood_id: Uuid, kind: Account, id: Uuid) -> Result<(i64, Vec<time_ledger::Model>)> {
        use time_ledger::Column as C;
        let rows = time_ledger::Entity::find()
            .filter(C::NeighbourhoodId.eq(neighbourhood_id))
            .filter(
                Condition::any()
                    .add(Condition::all().add(C::FromId.eq(id)).add(C::FromAccount.eq(kind.tag())))
                    .add(Condition::all().add(C::ToId.eq(id)).add(C::ToAccount.eq(kind.tag()))),
            )
            .order_by_desc(C::Id)
            .all(self.db())
            .await?;
        let balance = rows.iter().map(|r| r.minutes_for(kind, id)).sum();
        Ok((balance, rows))
    }

    /// Every non-zero balance of a neighbourhood's time bank, for the
    /// coordinators: the people's and the neighbourhood's shared account.
    /// All of them together always sum to zero.
    pub async fn time_balances(&self, neighbourhood_id: Uuid) -> Result<Vec<(Account, Uuid, i64)>> {
        let rows = time_ledger::Entity::find()
            .filter(time_ledger::Column::NeighbourhoodId.eq(neighbourhood_id))
            .all(self.db())
            .await?;
        let mut map: std::collections::BTreeMap<(&'static str, Uuid), i64> = Default::default();
        for r in &rows {
            *map.entry((r.to_account().tag(), r.to_id)).or_default() += i64::from(r.minutes);
            *map.entry((r.from_account().tag(), r.from_id)).or_default() -= i64::from(r.minutes);
        }
        Ok(map
            .into_iter()
            .filter(|(_, m)| *m != 0)
            .map(|((k, id), m)| (Account::from_tag(k).unwrap_or(Account::Person), id, m))
            .collect())
    }

    pub async fn set_time_bank(&self, neighbourhood_id: Uuid, on: bool) -> Result<()> {
        neighbourhood::Entity::update_many()
            .col_expr(neighbourhood::Column::TimeBank, Expr::value(on))
            .filter(neighbourhood::Column::Id.eq(neighbourhood_id))
            .exec(self.db())
            .await?;
        Ok(())
    }

    /// Categories a coordinator added.
    pub async fn custom_categories(&self, neighbourhood_id: Uuid) -> Result<Vec<help_category::Model>> {
        Ok(help_category::Entity::find()
            .filter(help_category::Column::NeighbourhoodId.eq(neighbourhood_id))
            .order_by_asc(help_category::Column::Label)
            .all(self.db())
            .await?)
    }

    pub async fn add_category(&self, neighbourhood_id: Uuid, label: &str) -> Result<help_category::Model> {
        Ok(help_category::ActiveModel {
            id: Set(new_id()),
            neighbourhood_id: Set(neighbourhood_id),
            label: Set(label.to_string()),
            created_at: Set(self.now()),
        }
        .insert(self.db())
        .await?)
    }

    /// Whether a category key is valid in this neighbourhood.
    pub async fn category_exists(&self, neighbourhood_id: Uuid, key: &str) -> Result<bool> {
        if quartier_core::help::CATEGORIES.contains(&key) {
            return Ok(true);
        }
        let Some(id) = key.strip_prefix("custom-").and_then(|s| Uuid::parse_str(s).ok()) else {
            return Ok(false);
        };
        Ok(help_category::Entity::find_by_id(id)
            .filter(help_category::Column::NeighbourhoodId.eq(neighbourhood_id))
            .count(self.db())
            .await?
            > 0)
    }
}

/// Entries `person` wrote or helps with, found through the two per-person
/// indexes. Written as an `IN` of a `UNION` because with an `OR` next to
/// the neighbourhood the planner walked all of a quarter's open entries.
fn involving(person: Uuid) -> SimpleExpr {
    let by = |col: help_entry::Column| {
        Query::select().column(help_entry::Column::Id).from(help_entry::Entity).and_where(col.eq(person)).to_owned()
    };
    let q = by(help_entry::Column::AuthorId).union(UnionType::Distinct, by(help_entry::Column::HelperId)).to_owned();
    help_entry::Column::Id.in_subquery(q)
}
