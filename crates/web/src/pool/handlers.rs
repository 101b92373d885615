//! Route handlers; see the module documentation one level up.

use super::access::PoolAccess;
use super::pages::{
    BookingFields, BookingRow, MyBookingRow, PoolPage, ResourceFields, ResourceFormPage, ResourcePage, ResourceRow,
    Week, WeekDay,
};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::extractors::{Form, Path, Query};
use crate::notify::tell_about;
use crate::page::{Confirm, ConfirmPage, PagedQuery, Pager, notice, render, render_invalid, see_other};
use crate::views::{Choice, person_name, tz_of, view};
use axum::extract::State;
use axum::response::Response;
use chrono::{Duration, NaiveDate, NaiveTime};
use quartier_core::event::local_to_utc;
use quartier_core::pool::{self as rule, BookingStatus, PoolAction, ResourceKind};
use quartier_core::{FieldError, FieldErrors};
use quartier_store::StoreError;
use quartier_store::entity::{pool_booking, pool_resource};
use quartier_store::notifications::NoticeKind;
use quartier_store::pool::NewResource;
use uuid::Uuid;

/// The resource page's query: a notice, the week shown, a day chosen.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct ResourceQuery {
    notice: Option<String>,
    week: String,
    date: String,
}

fn kind_label(ctx: &Ctx, k: ResourceKind) -> String {
    ctx.t(&format!("pool-kind-{}", k.tag()))
}

fn status_label(ctx: &Ctx, s: BookingStatus) -> String {
    ctx.t(&format!("pool-status-{}", s.tag()))
}

/// "08.12.2026, 18:00 Uhr – 08.12.2026, 21:00 Uhr" in the reader's words.
fn slot_label(ctx: &Ctx, a: &PoolAccess, b: &pool_booking::Model) -> String {
    let w = ctx.words();
    let tz = a.nb.n.timezone.as_str();
    format!("{} – {}", w.datetime(&b.starts_at, tz), w.datetime(&b.ends_at, tz))
}

/// Who lends each of `resources`: a person's name or an organisation's (two
/// queries for any number of resources).
async fn lenders(
    st: &AppState,
    ctx: &Ctx,
    resources: &[&pool_resource::Model],
) -> Result<Vec<(Uuid, String)>, AppError> {
    let people: Vec<Uuid> = resources.iter().filter_map(|r| r.owner_id).collect();
    let orgs: Vec<Uuid> = resources.iter().filter_map(|r| r.organisation_id).collect();
    let people = st.store.users_by_ids(&people).await?;
    let orgs = st.store.organisations_by_ids(&orgs).await?;
    Ok(resources
        .iter()
        .map(|r| {
            let name = match (r.owner_id, r.organisation_id) {
                (_, Some(o)) => orgs.iter().find(|x| x.id == o).map(|x| x.name.clone()),
                (Some(u), None) => people.iter().find(|x| x.id == u).map(|x| person_name(ctx, x)),
                (None, None) => None,
            };
            (r.id, name.unwrap_or_else(|| ctx.t("former-neighbour")))
        })
        .collect())
}

/// The pool: what the neighbourhood lends, by name, and the reader's own
/// requests.
pub async fn pool(
    ctx: Ctx,
    State(st): State<AppState>,
    a: PoolAccess,
    Query(q): Query<PagedQuery>,
) -> Result<Response, AppError> {
    a.require(None, None, PoolAction::See)?;
    let page = st.store.pool_page(a.nb.n.id, q.at.cursor()).await?;
    let pager = Pager::new(&a.base(), &page);
    let names = lenders(&st, &ctx, &page.items.iter().collect::<Vec<_>>()).await?;
    let resources = page
        .items
        .iter()
        .map(|r| ResourceRow {
            id: r.id.to_string(),
            title: r.title.clone(),
            kind: kind_label(&ctx, r.kind()),
            lender: names.iter().find(|(id, _)| *id == r.id).map(|(_, n)| n.clone()).unwrap_or_default(),
            availability: r.availability.clone(),
        })
        .collect();
    let mine = st
        .store
        .my_bookings(a.nb.n.id, a.me)
        .await?
        .into_iter()
        .map(|(b, r)| MyBookingRow {
            resource_id: r.id.to_string(),
            resource: r.title.clone(),
            when: slot_label(&ctx, &a, &b),
            status: status_label(&ctx, b.status()),
        })
        .collect();
    render(&PoolPage { notice: notice(&ctx, q.notice.as_deref()), n: view(&a.nb), resources, pager, mine, ctx })
}

fn form_page(
    ctx: &Ctx,
    a: &PoolAccess,
    action: String,
    editing: bool,
    f: ResourceFields,
    errors: FieldErrors,
) -> ResourceFormPage {
    let kinds =
        ResourceKind::ALL.iter().map(|k| Choice { value: k.tag().into(), label: kind_label(ctx, *k) }).collect();
    let mut lenders = vec![Choice { value: "me".into(), label: ctx.t("pool-lender-me") }];
    lenders.extend(a.administered.iter().map(|o| Choice { value: o.id.to_string(), label: o.name.clone() }));
    ResourceFormPage { ctx: ctx.clone(), n: view(&a.nb), errors, action, editing, f, kinds, lenders }
}

fn parse(f: &ResourceFields) -> Result<NewResource, FieldErrors> {
    let mut e = FieldErrors::new();
    let kind = e.take(ResourceKind::parse(&f.kind));
    let title = e.take(rule::parse_title(&f.title));
    let description = e.take(rule::parse_description(&f.description));
    let accessibility = e.take(rule::parse_accessibility(&f.accessibility));
    let availability = e.take(rule::parse_availability(&f.availability));
    match (kind, title, description, accessibility, availability) {
        (Some(kind), Some(title), Some(description), Some(accessibility), Some(availability)) if e.is_empty() => {
            Ok(NewResource { kind, title, description, accessibility, availability })
        }
        _ => Err(e),
    }
}

pub async fn resource_new(ctx: Ctx, a: PoolAccess) -> Result<Response, AppError> {
    a.require(None, None, PoolAction::Offer)?;
    let f = ResourceFields { kind: ResourceKind::Room.tag().into(), lender: "me".into(), ..ResourceFields::default() };
    render(&form_page(&ctx, &a, a.base(), false, f, FieldErrors::new()))
}

/// Offer something to the pool: one's own, or an organisation's one runs.
pub async fn resource_create(
    ctx: Ctx,
    State(st): State<AppState>,
    a: PoolAccess,
    Form(f): Form<ResourceFields>,
) -> Result<Response, AppError> {
    a.require(None, None, PoolAction::Offer)?;
    let lender = match f.lender.trim() {
        "" | "me" => Ok(None),
        raw => Uuid::parse_str(raw)
            .ok()
            .filter(|id| a.administered.iter().any(|o| o.id == *id))
            .map(Some)
            .ok_or(FieldError::new("lender", "err-pool-lender")),
    };
    let parsed = parse(&f);
    match (parsed, lender) {
        (Ok(r), Ok(org)) => {
            let r = st.store.offer_resource(a.nb.n.id, a.me, org, r).await?;
            Ok(see_other(&format!("{}/{}?notice=notice-pool-offered", a.base(), r.id)))
        }
        (parsed, lender) => {
            let mut e = parsed.err().unwrap_or_default();
            if let Err(x) = lender {
                e.push(x);
            }
            render_invalid(&form_page(&ctx, &a, a.base(), false, f, e))
        }
    }
}

/// Whether the reader sees a booking at all: everyone sees confirmed
/// times; open requests only the owner and the person who asked.
fn shown(a: &PoolAccess, owns: bool, b: &pool_booking::Model) -> bool {
    owns || b.status() == BookingStatus::Confirmed || b.requester_id == Some(a.me)
}

/// A week of the resource's calendar (the one that holds `week`, a date,
/// or this one), day by day, in the quarter's time zone: the times taken
/// (and the reader's own or, for the owner, open requests), so a free
/// evening is found at a glance.
async fn week_of(
    st: &AppState,
    ctx: &Ctx,
    a: &PoolAccess,
    r: &pool_resource::Model,
    week: &str,
    may_book: bool,
) -> Result<Week, AppError> {
    let tz = tz_of(Some(&a.nb.n));
    let owns = a.owns(r);
    let today = st.store.now().with_timezone(&tz).date_naive();
    let monday = quartier_core::event::monday_of(week, today);
    let start = |d: NaiveDate| local_to_utc(tz, d.and_time(NaiveTime::MIN));
    let bookings = st.store.bookings_between(r.id, start(monday), start(monday + Duration::days(7))).await?;
    let w = ctx.words();
    let days = (0..7)
        .map(|i| {
            let d = monday + Duration::days(i);
            let (from, to) = (start(d), start(d + Duration::days(1)));
            let slots = bookings
                .iter()
                .filter(|b| shown(a, owns, b) && b.starts_at < to && b.ends_at > from)
                .map(|b| {
                    let begin = b.starts_at.max(from).with_timezone(&tz).format("%H:%M").to_string();
                    let end = if b.ends_at >= to {
                        "24:00".into()
                    } else {
                        b.ends_at.with_timezone(&tz).format("%H:%M").to_string()
                    };
                    let times = format!("{begin}–{end}");
                    if b.status() == BookingStatus::Requested {
                        ctx.t1("pool-slot-requested", "time", &times)
                    } else {
                        times
                    }
                })
                .collect();
            WeekDay { label: w.day(d), date: d.format("%Y-%m-%d").to_string(), slots, may_ask: may_book && d >= today }
        })
        .collect();
    let sunday = monday + Duration::days(6);
    Ok(Week {
        title: ctx.t2("pool-week-title", "from", &w.day(monday), "to", &w.day(sunday)),
        this: monday.format("%Y-%m-%d").to_string(),
        previous: (monday - Duration::days(7)).format("%Y-%m-%d").to_string(),
        next: (monday + Duration::days(7)).format("%Y-%m-%d").to_string(),
        days,
    })
}

#[allow(clippy::too_many_arguments)]
async fn resource_page(
    st: &AppState,
    ctx: &Ctx,
    a: &PoolAccess,
    r: &pool_resource::Model,
    note: Option<String>,
    errors: FieldErrors,
    f: BookingFields,
    week: &str,
) -> Result<ResourcePage, AppError> {
    let owns = a.owns(r);
    let bookings = st.store.bookings_ahead(r.id).await?;
    // Who asked, in one query; only the owner and the person who asked see it.
    let askers: Vec<Uuid> = if owns { bookings.iter().filter_map(|b| b.requester_id).collect() } else { Vec::new() };
    let askers = st.store.users_by_ids(&askers).await?;
    let rows = bookings
        .iter()
        .filter(|b| shown(a, owns, b))
        .map(|b| {
            let mine = b.requester_id == Some(a.me);
            let who = if owns {
                b.requester_id
                    .and_then(|u| askers.iter().find(|x| x.id == u))
                    .map(|u| person_name(ctx, u))
                    .unwrap_or_else(|| ctx.t("former-neighbour"))
            } else if mine {
                ctx.t("pool-you-asked")
            } else {
                String::new()
            };
            BookingRow {
                id: b.id.to_string(),
                when: slot_label(ctx, a, b),
                status: status_label(ctx, b.status()),
                who,
                note: if owns || mine { b.note.clone() } else { String::new() },
                may_decide: b.status() == BookingStatus::Requested && a.may(Some(r), Some(b), PoolAction::Decide),
                may_cancel: (owns || mine) && a.may(Some(r), Some(b), PoolAction::Cancel),
            }
        })
        .collect();
    let lender = lenders(st, ctx, &[r]).await?.pop().map(|(_, n)| n).unwrap_or_default();
    let may_book = !r.withdrawn && a.may(Some(r), None, PoolAction::Book);
    let week = week_of(st, ctx, a, r, week, may_book).await?;
    Ok(ResourcePage {
        ctx: ctx.clone(),
        n: view(&a.nb),
        notice: note,
        id: r.id.to_string(),
        title: r.title.clone(),
        kind: kind_label(ctx, r.kind()),
        lender,
        description: r.description.clone(),
        accessibility: r.accessibility.clone(),
        availability: r.availability.clone(),
        withdrawn: r.withdrawn,
        owns,
        may_book,
        bookings: rows,
        week,
        errors,
        f,
    })
}

/// A resource: what it is, when it is taken, and the form to ask for it.
pub async fn resource(
    ctx: Ctx,
    State(st): State<AppState>,
    a: PoolAccess,
    Path((_, id)): Path<(String, Uuid)>,
    Query(q): Query<ResourceQuery>,
) -> Result<Response, AppError> {
    let r = st.store.resource_in(a.nb.n.id, id).await?;
    a.require(Some(&r), None, PoolAction::See)?;
    let note = notice(&ctx, q.notice.as_deref());
    // A day chosen in the week's calendar fills in the form.
    let day = quartier_core::validation::day("date", &q.date).ok().flatten();
    let f =
        BookingFields { date: day.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default(), ..Default::default() };
    render(&resource_page(&st, &ctx, &a, &r, note, FieldErrors::new(), f, &q.week).await?)
}

pub async fn resource_edit(
    ctx: Ctx,
    State(st): State<AppState>,
    a: PoolAccess,
    Path((_, id)): Path<(String, Uuid)>,
) -> Result<Response, AppError> {
    let r = st.store.resource_in(a.nb.n.id, id).await?;
    a.require(Some(&r), None, PoolAction::Decide)?;
    let f = ResourceFields {
        kind: r.kind.clone(),
        title: r.title.clone(),
        description: r.description.clone(),
        accessibility: r.accessibility.clone(),
        availability: r.availability.clone(),
        lender: String::new(),
    };
    render(&form_page(&ctx, &a, format!("{}/{}/edit", a.base(), r.id), true, f, FieldErrors::new()))
}

/// Change what a resource is, or when it can be borrowed.
pub async fn resource_update(
    ctx: Ctx,
    State(st): State<AppState>,
    a: PoolAccess,
    Path((_, id)): Path<(String, Uuid)>,
    Form(f): Form<ResourceFields>,
) -> Result<Response, AppError> {
    let r = st.store.resource_in(a.nb.n.id, id).await?;
    a.require(Some(&r), None, PoolAction::Decide)?;
    match parse(&f) {
        Ok(new) => {
            st.store.update_resource(r.id, new).await?;
            Ok(see_other(&format!("{}/{}?notice=notice-saved", a.base(), r.id)))
        }
        Err(e) => render_invalid(&form_page(&ctx, &a, format!("{}/{}/edit", a.base(), r.id), true, f, e)),
    }
}

/// No longer lend it. Asks first; open requests are declined and those
/// who asked are told.
pub async fn resource_withdraw(
    ctx: Ctx,
    State(st): State<AppState>,
    a: PoolAccess,
    Path((_, id)): Path<(String, Uuid)>,
    Form(c): Form<Confirm>,
) -> Result<Response, AppError> {
    let r = st.store.resource_in(a.nb.n.id, id).await?;
    a.require(Some(&r), None, PoolAction::Decide)?;
    let here = format!("{}/{}", a.base(), r.id);
    if !c.given() {
        return render(&ConfirmPage {
            title: ctx.t("pool-withdraw-title"),
            text: ctx.t1("pool-withdraw-text", "title", &r.title),
            action: format!("{here}/withdraw"),
            yes: ctx.t("pool-withdraw-yes"),
            back: here,
            ctx,
            keep: Vec::new(),
        });
    }
    let declined = st.store.withdraw_resource(r.id, a.me).await?;
    let askers: Vec<Uuid> = declined.iter().filter_map(|b| b.requester_id).collect();
    tell_about(&st, &askers, NoticeKind::PoolDeclined, &r.title, &here).await?;
    Ok(see_other(&format!("{}?notice=notice-pool-withdrawn", a.base())))
}

/// The people who lend a resource: its owner, or its organisation's
/// administrators.
async fn owners_of(st: &AppState, r: &pool_resource::Model) -> Result<Vec<Uuid>, AppError> {
    Ok(match (r.owner_id, r.organisation_id) {
        (_, Some(o)) => st.store.admins_of_organisations(&[o]).await?,
        (Some(u), None) => vec![u],
        (None, None) => Vec::new(),
    })
}

/// Ask to borrow a resource; its owners are told.
pub async fn booking_create(
    ctx: Ctx,
    State(st): State<AppState>,
    a: PoolAccess,
    Path((_, id)): Path<(String, Uuid)>,
    Form(f): Form<BookingFields>,
) -> Result<Response, AppError> {
    let r = st.store.resource_in(a.nb.n.id, id).await?;
    a.require(Some(&r), None, PoolAction::Book)?;
    if r.withdrawn {
        return Err(AppError::Conflict("err-pool-withdrawn"));
    }
    let tz = tz_of(Some(&a.nb.n));
    let mut e = FieldErrors::new();
    let note = e.take(rule::parse_note(&f.note));
    let slot = match rule::parse_slot(&f.date, &f.start_time, &f.end_date, &f.end_time, tz, st.store.now()) {
        Ok(s) => Some(s),
        Err(x) => {
            e.0.extend(x.0);
            None
        }
    };
    let (Some(slot), Some(note), true) = (slot, note, e.is_empty()) else {
        return render_invalid(&resource_page(&st, &ctx, &a, &r, None, e, f, "").await?);
    };
    match st.store.request_booking(r.id, a.me, slot, &note).await {
        Ok(_) => {}
        Err(StoreError::Conflict(_)) => {
            let e = FieldError::new("date", "err-pool-taken").into();
            return render_invalid(&resource_page(&st, &ctx, &a, &r, None, e, f, "").await?);
        }
        Err(x) => return Err(x.into()),
    }
    let here = format!("{}/{}", a.base(), r.id);
    tell_about(&st, &owners_of(&st, &r).await?, NoticeKind::PoolRequest, &r.title, &here).await?;
    Ok(see_other(&format!("{here}?notice=notice-pool-requested")))
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct AnswerForm {
    /// `confirm`, `decline` or `cancel`.
    answer: String,
}

/// Answer a request (the owner confirms or declines) or call a booking off
/// (the owner or the person who asked); the other side is told.
pub async fn booking_answer(
    State(st): State<AppState>,
    a: PoolAccess,
    Path((_, id, booking)): Path<(String, Uuid, Uuid)>,
    Form(f): Form<AnswerForm>,
) -> Result<Response, AppError> {
    let r = st.store.resource_in(a.nb.n.id, id).await?;
    let b = st.store.booking_of(r.id, booking).await?;
    // Only the owner and the person who asked act on a booking at all.
    if !a.may(Some(&r), Some(&b), PoolAction::Decide) && !a.may(Some(&r), Some(&b), PoolAction::Cancel) {
        return Err(AppError::Forbidden);
    }
    let here = format!("{}/{}", a.base(), r.id);
    let (result, notice_key) = match f.answer.as_str() {
        "confirm" | "decline" => {
            a.require(Some(&r), Some(&b), PoolAction::Decide)?;
            let confirm = f.answer == "confirm";
            let key = if confirm { "notice-pool-confirmed" } else { "notice-pool-declined" };
            (st.store.decide_booking(r.id, b.id, a.me, confirm).await, key)
        }
        "cancel" => {
            a.require(Some(&r), Some(&b), PoolAction::Cancel)?;
            (st.store.cancel_booking(r.id, b.id, a.me).await, "notice-pool-cancelled")
        }
        _ => return Err(AppError::BadRequest),
    };
    let b = match result {
        Ok(b) => b,
        Err(StoreError::Conflict(_)) => return Err(AppError::Conflict("err-pool-taken")),
        Err(StoreError::Invalid(_)) => return Err(AppError::Conflict("err-pool-answered")),
        Err(x) => return Err(x.into()),
    };
    // Tell the other side: the person who asked, or the owners when the
    // person who asked called it off.
    let (kind, to) = match b.status() {
        BookingStatus::Confirmed => (NoticeKind::PoolConfirmed, b.requester_id.into_iter().collect()),
        BookingStatus::Declined => (NoticeKind::PoolDeclined, b.requester_id.into_iter().collect()),
        _ if b.requester_id == Some(a.me) => (NoticeKind::PoolCancelled, owners_of(&st, &r).await?),
        _ => (NoticeKind::PoolCancelled, b.requester_id.into_iter().collect::<Vec<_>>()),
    };
    let to: Vec<Uuid> = to.into_iter().filter(|u| *u != a.me).collect();
    tell_about(&st, &to, kind, &r.title, &here).await?;
    Ok(see_other(&format!("{here}?notice={notice_key}")))
}
