//! The shared pool: rooms, equipment and vehicles that residents and
//! organisations lend to the network, and their bookings.

use crate::entity::{pool_booking, pool_resource};
use crate::paging::{Cursor, Keyset, Page};
use crate::{Result, Store, StoreError, new_id};
use chrono::{DateTime, Utc};
use quartier_core::pool::{BookingStatus, ResourceKind};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
    Set, TransactionTrait,
};
use serde_json::{Value, json};
use uuid::Uuid;

/// Resources on one page of the pool.
const POOL_PAGE: u64 = 30;
/// Bookings shown for one resource: the next ones, and a person's own.
pub const BOOKINGS_SHOWN: u64 = 50;

/// A resource as offered.
#[derive(Debug, Clone)]
pub struct NewResource {
    pub kind: ResourceKind,
    pub title: String,
    pub description: String,
    pub accessibility: String,
    pub availability: String,
}

impl Store {
    /// Offer a resource to the pool: the person's own (`organisation` is
    /// `None`) or an organisation's, which its administrators lend.
    pub async fn offer_resource(
        &self,
        n: Uuid,
        by: Uuid,
        organisation: Option<Uuid>,
        r: NewResource,
    ) -> Result<pool_resource::Model> {
        let t = self.now();
        Ok(pool_resource::ActiveModel {
            id: Set(new_id()),
            neighbourhood_id: Set(n),
            owner_id: Set(if organisation.is_some() { None } else { Some(by) }),
            organisation_id: Set(organisation),
            kind: Set(r.kind.tag().into()),
            title: Set(r.title),
            description: Set(r.description),
            accessibility: Set(r.accessibility),
            availability: Set(r.availability),
            withdrawn: Set(false),
            created_by: Set(Some(by)),
            created_at: Set(t),
            updated_at: Set(t),
        }
        .insert(self.db())
        .await?)
    }

    pub async fn update_resource(&self, id: Uuid, r: NewResource) -> Result<()> {
        pool_resource::Entity::update_many()
            .col_expr(pool_resource::Column::Kind, Expr::value(r.kind.tag()))
            .col_expr(pool_resource::Column::Title, Expr::value(r.title))
            .col_expr(pool_resource::Column::Description, Expr::value(r.description))
            .col_expr(pool_resource::Column::Accessibility, Expr::value(r.accessibility))
            .col_expr(pool_resource::Column::Availability, Expr::value(r.availability))
            .col_expr(pool_resource::Column::UpdatedAt, Expr::value(self.now()))
            .filter(pool_resource::Column::Id.eq(id))
            .exec(self.db())
            .await?;
        Ok(())
    }

    /// No longer lent: gone from the pool; requests still open are declined
    /// (their ids returned, to tell those who asked), the record stays.
    pub async fn withdraw_resource(&self, id: Uuid, by: Uuid) -> Result<Vec<pool_booking::Model>> {
        let txn = self.db().begin().await?;
        pool_resource::Entity::update_many()
            .col_expr(pool_resource::Column::Withdrawn, Expr::value(true))
            .col_expr(pool_resource::Column::UpdatedAt, Expr::value(self.now()))
            .filter(pool_resource::Column::Id.eq(id))
            .exec(&txn)
            .await?;
        let open = pool_booking::Entity::find()
            .filter(pool_booking::Column::ResourceId.eq(id))
            .filter(pool_booking::Column::Status.eq(BookingStatus::Requested.tag()))
            .filter(pool_booking::Column::EndsAt.gt(self.now()))
            .all(&txn)
            .await?;
        pool_booking::Entity::update_many()
            .col_expr(pool_booking::Column::Status, Expr::value(BookingStatus::Declined.tag()))
            .col_expr(pool_booking::Column::DecidedBy, Expr::value(Some(by)))
            .col_expr(pool_booking::Column::DecidedAt, Expr::value(Some(self.now())))
            .filter(pool_booking::Column::Id.is_in(open.iter().map(|b| b.id)))
            .exec(&txn)
            .await?;
        txn.commit().await?;
        Ok(open)
    }

    /// A resource of the pool of `n`, withdrawn ones too (their page says so).
    pub async fn resource_in(&self, n: Uuid, id: Uuid) -> Result<pool_resource::Model> {
        pool_resource::Entity::find_by_id(id)
            .filter(pool_resource::Column::NeighbourhoodId.eq(n))
            .one(self.db())
            .await?
            .ok_or(StoreError::NotFound)
    }

    /// What the pool lends now, by name, a page at a time.
    pub async fn pool_page(&self, n: Uuid, cursor: Cursor) -> Result<Page<pool_resource::Model>> {
        const BY_TITLE: Keyset = Keyset {
            key: &["lower(\"pool_resources\".\"title\")", "\"pool_resources\".\"id\""],
            cursor_row: "SELECT lower(title), id FROM pool_resources WHERE id =",
            descending: false,
        };
        let q = pool_resource::Entity::find()
            .filter(pool_resource::Column::NeighbourhoodId.eq(n))
            .filter(pool_resource::Column::Withdrawn.eq(false));
        BY_TITLE.page(self.db(), q, cursor, POOL_PAGE, |r| r.id).await
    }

    /// The bookings of a resource that have not ended, asked for or
    /// confirmed, soonest first.
    pub async fn bookings_ahead(&self, resource: Uuid) -> Result<Vec<pool_booking::Model>> {
        Ok(pool_booking::Entity::find()
            .filter(pool_booking::Column::ResourceId.eq(resource))
            .filter(
                pool_booking::Column::Status.is_in([BookingStatus::Requested.tag(), BookingStatus::Confirmed.tag()]),
            )
            .filter(pool_booking::Column::EndsAt.gt(self.now()))
            .order_by_asc(pool_booking::Column::StartsAt)
            .order_by_asc(pool_booking::Column::Id)
            .limit(BOOKINGS_SHOWN)
            .all(self.db())
            .await?)
    }

    /// The requests and confirmed bookings of a resource that overlap
    /// `[from, to)`, soonest first: a week of its calendar (one query).
    pub async fn bookings_between(
        &self,
        resource: Uuid,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<pool_booking::Model>> {
        Ok(pool_booking::Entity::find()
            .filter(pool_booking::Column::ResourceId.eq(resource))
            .filter(
                pool_booking::Column::Status.is_in([BookingStatus::Requested.tag(), BookingStatus::Confirmed.tag()]),
            )
            .filter(pool_booking::Column::StartsAt.lt(to))
            .filter(pool_booking::Column::EndsAt.gt(from))
            .order_by_asc(pool_booking::Column::StartsAt)
            .order_by_asc(pool_booking::Column::Id)
            .limit(BOOKINGS_SHOWN)
            .all(self.db())
            .await?)
    }

    /// A person's own requests in a neighbourhood's pool that have not
    /// ended, soonest first, with their resources (two queries).
    pub async fn my_bookings(&self, n: Uuid, user: Uuid) -> Result<Vec<(pool_booking::Model, pool_resource::Model)>> {
        let bookings = pool_booking::Entity::find()
            .filter(pool_booking::Column::RequesterId.eq(user))
            .filter(pool_booking::Column::ResourceId.in_subquery(resources_of(n)))
            .filter(pool_booking::Column::EndsAt.gt(self.now()))
            .order_by_asc(pool_booking::Column::StartsAt)
            .order_by_asc(pool_booking::Column::Id)
            .limit(BOOKINGS_SHOWN)
            .all(self.db())
            .await?;
        if bookings.is_empty() {
            return Ok(Vec::new());
        }
        let resources = pool_resource::Entity::find()
            .filter(pool_resource::Column::Id.is_in(bookings.iter().map(|b| b.resource_id)))
            .all(self.db())
            .await?;
        Ok(bookings
            .into_iter()
            .filter_map(|b| resources.iter().find(|r| r.id == b.resource_id).map(|r| (b, r.clone())))
            .collect())
    }

    pub async fn booking_of(&self, resource: Uuid, id: Uuid) -> Result<pool_booking::Model> {
        pool_booking::Entity::find_by_id(id)
            .filter(pool_booking::Column::ResourceId.eq(resource))
            .one(self.db())
            .await?
            .ok_or(StoreError::NotFound)
    }

    /// Ask to borrow a resource. `Conflict("slot")` when a confirmed
    /// booking already holds part of that time.
    pub async fn request_booking(
        &self,
        resource: Uuid,
        by: Uuid,
        slot: (DateTime<Utc>, DateTime<Utc>),
        note: &str,
    ) -> Result<pool_booking::Model> {
        let txn = self.db().begin().await?;
        lock_resource(&txn, resource).await?;
        if taken(&txn, resource, slot, None).await? {
            return Err(StoreError::Conflict("slot"));
        }
        let b = pool_booking::ActiveModel {
            id: Set(new_id()),
            resource_id: Set(resource),
            requester_id: Set(Some(by)),
            starts_at: Set(slot.0),
            ends_at: Set(slot.1),
            status: Set(BookingStatus::Requested.tag().into()),
            note: Set(note.to_string()),
            decided_by: Set(None),
            decided_at: Set(None),
            created_at: Set(self.now()),
        }
        .insert(&txn)
        .await?;
        txn.commit().await?;
        Ok(b)
    }

    /// The owner answers a request. Confirming refuses (`Conflict("slot")`)
    /// when another confirmed booking holds part of the time; only a
    /// request still open is answered (`Invalid("answered")`).
    pub async fn decide_booking(
        &self,
        resource: Uuid,
        id: Uuid,
        by: Uuid,
        confirm: bool,
    ) -> Result<pool_booking::Model> {
        let txn = self.db().begin().await?;
        lock_resource(&txn, resource).await?;
        let b = pool_booking::Entity::find_by_id(id)
            .filter(pool_booking::Column::ResourceId.eq(resource))
            .one(&txn)
            .await?
            .ok_or(StoreError::NotFound)?;
        if b.status() != BookingStatus::Requested {
            return Err(StoreError::Invalid("answered"));
        }
        if confirm && taken(&txn, resource, (b.starts_at, b.ends_at), Some(b.id)).await? {
            return Err(StoreError::Conflict("slot"));
        }
        let status = if confirm { BookingStatus::Confirmed } else { BookingStatus::Declined };
        let mut a: pool_booking::ActiveModel = b.into();
        a.status = Set(status.tag().into());
        a.decided_by = Set(Some(by));
        a.decided_at = Set(Some(self.now()));
        let b = a.update(&txn).await?;
        txn.commit().await?;
        Ok(b)
    }

    /// Call off a booking that is asked for or confirmed.
    pub async fn cancel_booking(&self, resource: Uuid, id: Uuid, by: Uuid) -> Result<pool_booking::Model> {
        let b = self.booking_of(resource, id).await?;
        if !matches!(b.status(), BookingStatus::Requested | BookingStatus::Confirmed) {
            return Err(StoreError::Invalid("answered"));
        }
        let mut a: pool_booking::ActiveModel = b.into();
        a.status = Set(BookingStatus::Cancelled.tag().into());
        a.decided_by = Set(Some(by));
        a.decided_at = Set(Some(self.now()));
        Ok(a.update(self.db()).await?)
    }

    /// Confirmed bookings of what an organisation lends that began in
    /// `[from, to)`: part of what it brings to the network.
    pub async fn pool_lent_by_organisation(&self, org: Uuid, from: DateTime<Utc>, to: DateTime<Utc>) -> Result<u64> {
        let theirs = sea_orm::sea_query::Query::select()
            .column(pool_resource::Column::Id)
            .from(pool_resource::Entity)
            .and_where(pool_resource::Column::OrganisationId.eq(org))
            .to_owned();
        Ok(lent(theirs, from, to).count(self.db()).await?)
    }

    /// The demo quarter's pool: Anna lends a cargo bike, Helga the club's
    /// projector; Ben has the projector next week and asks for the bike.
    pub(crate) async fn seed_demo_pool(&self, n: Uuid, anna: Uuid, ben: Uuid, helga: Uuid) -> Result<()> {
        let bike = self
            .offer_resource(
                n,
                anna,
                None,
                NewResource {
                    kind: ResourceKind::Vehicle,
                    title: "Lastenrad „Linde“".into(),
                    description: "Ein Lastenrad mit Kiste für zwei Getränkekisten oder zwei Kinder.".into(),
                    accessibility: "Mit Elektromotor; das Rad wiegt 40 kg.".into(),
                    availability: "Am Wochenende, nach Absprache".into(),
                },
            )
            .await?;
        let beamer = self
            .offer_resource(
                n,
                helga,
                None,
                NewResource {
                    kind: ResourceKind::Equipment,
                    title: "Beamer mit Leinwand".into(),
                    description: "Für Vorträge und Filmabende, mit Kabel für Laptops.".into(),
                    accessibility: String::new(),
                    availability: "Werktags ab 17 Uhr".into(),
                },
            )
            .await?;
        let day = |d: i64, h: i64| {
            let t = self.now().date_naive() + chrono::Duration::days(d);
            t.and_hms_opt(0, 0, 0).map(|t| t.and_utc() + chrono::Duration::hours(h)).unwrap_or(self.now())
        };
        let b = self.request_booking(beamer.id, ben, (day(7, 16), day(7, 19)), "Filmabend im Hof").await?;
        self.decide_booking(beamer.id, b.id, helga, true).await?;
        self.request_booking(bike.id, ben, (day(10, 8), day(10, 17)), "Für den Flohmarkt").await?;
        Ok(())
    }

    /// What the pool holds about a person: what they lend and what they
    /// asked to borrow.
    pub(crate) async fn export_pool(&self, user_id: Uuid) -> Result<Value> {
        let lent: Vec<Value> = pool_resource::Entity::find()
            .filter(pool_resource::Column::OwnerId.eq(user_id))
            .all(self.db())
            .await?
            .iter()
            .map(|r| json!({"kind": r.kind, "title": r.title, "description": r.description, "accessibility": r.accessibility, "availability": r.availability, "withdrawn": r.withdrawn, "created_at": r.created_at.to_rfc3339()}))
            .collect();
        let asked: Vec<Value> = pool_booking::Entity::find()
            .filter(pool_booking::Column::RequesterId.eq(user_id))
            .all(self.db())
            .await?
            .iter()
            .map(|b| json!({"resource": b.resource_id, "starts_at": b.starts_at.to_rfc3339(), "ends_at": b.ends_at.to_rfc3339(), "status": b.status, "note": b.note, "created_at": b.created_at.to_rfc3339()}))
            .collect();
        Ok(json!({"resources": lent, "bookings": asked}))
    }

    /// Erasure: a person's own resources go with their bookings; their
    /// requests stay for the owners' calendars without them, and so do the
    /// answers they gave.
    pub(crate) async fn erase_pool<C: ConnectionTrait>(&self, txn: &C, user_id: Uuid) -> Result<()> {
        let none = || Expr::value(Option::<Uuid>::None);
        pool_resource::Entity::delete_many().filter(pool_resource::Column::OwnerId.eq(user_id)).exec(txn).await?;
        pool_resource::Entity::update_many()
            .col_expr(pool_resource::Column::CreatedBy, none())
            .filter(pool_resource::Column::CreatedBy.eq(user_id))
            .exec(txn)
            .await?;
        pool_booking::Entity::update_many()
            .col_expr(pool_booking::Column::RequesterId, none())
            .filter(pool_booking::Column::RequesterId.eq(user_id))
            .exec(txn)
            .await?;
        pool_booking::Entity::update_many()
            .col_expr(pool_booking::Column::DecidedBy, none())
            .filter(pool_booking::Column::DecidedBy.eq(user_id))
            .exec(txn)
            .await?;
        Ok(())
    }
}

/// Serialise bookings of one resource: a write to its row first, so two
/// requests for one slot are decided one after the other on both backends.
async fn lock_resource<C: ConnectionTrait>(c: &C, id: Uuid) -> Result<()> {
    let r = pool_resource::Entity::update_many()
        .col_expr(pool_resource::Column::UpdatedAt, Expr::col(pool_resource::Column::UpdatedAt))
        .filter(pool_resource::Column::Id.eq(id))
        .exec(c)
        .await?;
    if r.rows_affected == 0 {
        return Err(StoreError::NotFound);
    }
    Ok(())
}

/// Whether a confirmed booking (other than `except`) holds part of `slot`.
async fn taken<C: ConnectionTrait>(
    c: &C,
    resource: Uuid,
    slot: (DateTime<Utc>, DateTime<Utc>),
    except: Option<Uuid>,
) -> Result<bool> {
    let mut q = pool_booking::Entity::find()
        .filter(pool_booking::Column::ResourceId.eq(resource))
        .filter(pool_booking::Column::Status.eq(BookingStatus::Confirmed.tag()))
        .filter(pool_booking::Column::StartsAt.lt(slot.1))
        .filter(pool_booking::Column::EndsAt.gt(slot.0));
    if let Some(x) = except {
        q = q.filter(pool_booking::Column::Id.ne(x));
    }
    Ok(q.count(c).await? > 0)
}

/// The ids of a neighbourhood's resources, as a subquery.
/// What counts as lent, in one place for the impact report and a
/// partner's gains: confirmed bookings of `resources` that began in
/// `[from, to)`.
pub(crate) fn lent(
    resources: sea_orm::sea_query::SelectStatement,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> sea_orm::Select<pool_booking::Entity> {
    pool_booking::Entity::find()
        .filter(pool_booking::Column::ResourceId.in_subquery(resources))
        .filter(pool_booking::Column::Status.eq(BookingStatus::Confirmed.tag()))
        .filter(pool_booking::Column::StartsAt.gte(from))
        .filter(pool_booking::Column::StartsAt.lt(to))
}

/// The ids of a neighbourhood's pool.
pub(crate) fn resources_of(n: Uuid) -> sea_orm::sea_query::SelectStatement {
    sea_orm::sea_query::Query::select()
        .column(pool_resource::Column::Id)
        .from(pool_resource::Entity)
        .and_where(pool_resource::Column::NeighbourhoodId.eq(n))
        .to_owned()
}
