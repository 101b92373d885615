//! Route handlers; see the module documentation one level up.

use super::pages::{
    AttendeeRow, CalendarDay, CalendarPage, EventAttendeesPage, EventFormPage, EventPage, OneDay, SeriesDate, SignupRow,
};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::extractors::{Form, Path, Query};
use crate::guards::GroupAdmin;
use crate::guards::Member;
use crate::guards::OrgEditor;
use crate::guards::inside;
use crate::guards::nb_access;
use crate::guards::organises_inside;
use crate::notify::{tell_event, tell_organisers};
use crate::page::Confirm;
use crate::page::ConfirmPage;
use crate::page::ReasonForm;
use crate::page::{NoticeQuery, notice, see_other};
use crate::page::{render, render_invalid};
use crate::views::Choice;
use crate::views::EventCard;
use crate::views::card;
use crate::views::cards_with_holders;
use crate::views::tz_of;
use crate::views::when_label;
use crate::views::{person_name, view};
use crate::worker::{MailJob, queue_mail};
use axum::extract::{FromRequestParts, State};
use axum::http::request::Parts;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use chrono_tz::Tz;
use icalendar::Calendar;
use quartier_core::FieldErrors;
use quartier_core::easy::ContentKind;
use quartier_core::event::{self as ev, SignupStatus, WhenInput};
use quartier_core::help::{can_moderate, parse_message, parse_reason};
use quartier_core::organisation::{self as org, LinkStatus};
use quartier_core::policy::{self, NeighbourhoodAction};
use quartier_core::validation::FieldError;
use quartier_store::StoreError;
use quartier_store::accounts::prefs_of;
use quartier_store::entity::{event, neighbourhood, organisation};
use quartier_store::events::{CalendarFilter, EventDetails, Holder, Signup};
use quartier_store::neighbourhoods::membership_state;
use quartier_store::notifications::NoticeKind;
use serde::Deserialize;
use uuid::Uuid;

/// An event, where it is shown, and what the reader may do with it.
pub struct Access {
    e: event::Model,
    home: Option<neighbourhood::Model>,
    org: Option<organisation::Model>,
    /// Edit, cancel, see and write to the attendees.
    organiser: bool,
    moderator: bool,
    /// Logged in and allowed to take part.
    may_join: bool,
}

impl Access {
    fn tz(&self) -> Tz {
        tz_of(self.home.as_ref())
    }
}

async fn load(st: &AppState, ctx: &Ctx, id: Uuid) -> Result<Access, AppError> {
    let e = st.store.event_by_id(id).await?;
    let me = ctx.user.as_ref().map(|u| u.id);
    let a = if let Some(oid) = e.organisation_id {
        let o = st.store.organisation_by_id(oid).await?;
        let role = match me {
            Some(u) => st.store.org_role(o.id, u).await?,
            None => None,
        };
        let links = st.store.organisation_links(o.id).await?;
        let confirmed: Vec<&neighbourhood::Model> =
            links.iter().filter(|(l, _)| l.status() == LinkStatus::Confirmed).map(|(_, n)| n).collect();
        if confirmed.is_empty() && role.is_none() {
            return Err(AppError::NotFound);
        }
        // The reader's memberships in all of them, in one query.
        let moderator = match me {
            Some(u) => {
                let ids: Vec<Uuid> = confirmed.iter().map(|n| n.id).collect();
                st.store.memberships_in(u, &ids).await?.iter().any(|m| can_moderate(Some(membership_state(m))))
            }
            None => false,
        };
        let home = confirmed.first().map(|n| (*n).clone()).or_else(|| links.first().map(|(_, n)| n.clone()));
        Access {
            organiser: policy::organise_event(policy::EventHolder::Organisation(role)),
            moderator,
            may_join: me.is_some(),
            home,
            org: Some(o),
            e,
        }
    } else {
        let nid = e.neighbourhood_id.ok_or(AppError::NotFound)?;
        let n = st.store.neighbourhood_by_id(nid).await?;
        let nb = inside(st, ctx, &n.slug).await?;
        let moderator = can_moderate(nb.actor.membership);
        let organiser = organises_inside(st, &e, me).await?;
        Access { organiser, moderator, may_join: true, home: Some(n), org: None, e }
    };
    if a.e.hidden_reason.is_some() && !a.organiser && !a.moderator {
        return Err(AppError::NotFound);
    }
    Ok(a)
}

fn back_link(a: &Access) -> (String, String) {
    match (&a.org, &a.home) {
        (Some(o), _) => (format!("/o/{}", o.slug), o.name.clone()),
        (None, Some(n)) => (format!("/n/{}/calendar", n.slug), n.name.clone()),
        _ => ("/".into(), String::new()),
    }
}

/// An event's own page.
pub async fn show(
    ctx: Ctx,
    State(st): State<AppState>,
    EventReader(a): EventReader,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let tz = a.tz();
    let me = ctx.user.as_ref().map(|u| u.id);
    let signup = match me {
        Some(u) => st.store.signup_of(a.e.id, u).await?,
        None => None,
    };
    let my_place = match signup {
        Some(Signup::Confirmed) => ctx.t("event-you-are-in"),
        Some(Signup::Waiting(n)) => ctx.t1("event-you-wait", "position", &n.to_string()),
        None => String::new(),
    };
    let open = ev::signup_open(a.e.signup_required, a.e.cancelled, a.e.starts_at, st.store.now());
    let waiting_count = if a.organiser { st.store.count_waiting(a.e.id).await? } else { 0 };
    let series = match a.e.series_id {
        Some(s) => st
            .store
            .series_events(s, st.store.now())
            .await?
            .into_iter()
            .filter(|x| x.id != a.e.id && x.hidden_reason.is_none())
            .take(6)
            .map(|x| SeriesDate { id: x.id.to_string(), when: when_label(ctx.words(), &x, tz) })
            .collect(),
        None => Vec::new(),
    };
    let (back_href, back_name) = back_link(&a);
    let org_name = a.org.as_ref().map(|o| o.name.clone()).unwrap_or_default();
    let organiser_name = match (&a.org, a.e.author_id) {
        (Some(o), _) => o.name.clone(),
        (None, Some(u)) => st.store.user_by_id(u).await?.map(|u| person_name(&ctx, &u)).unwrap_or_default(),
        (None, None) => ctx.t("former-neighbour"),
    };
    render(&EventPage {
        notice: notice(&ctx, q.notice.as_deref()),
        card: card(&ctx, &a.e, tz, org_name),
        description_html: crate::markdown::to_html(&a.e.description),
        online_url: a.e.online_url.clone(),
        accessible_toilet: a.e.accessible_toilet,
        cost: a.e.cost.clone(),
        signup_required: a.e.signup_required,
        signup_open: open,
        logged_in: me.is_some(),
        may_join: a.may_join,
        my_place,
        organiser: a.organiser,
        moderator: a.moderator,
        taken: a.e.taken,
        capacity: a.e.capacity.map(|c| c.to_string()).unwrap_or_default(),
        waiting_count,
        hidden_reason: a.e.hidden_reason.clone().unwrap_or_default(),
        organiser_name,
        back_href,
        back_name,
        series,
        easy: crate::views::easy_for(&st, &ctx, ContentKind::Event, a.e.id).await?,
        ctx,
    })
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct EventForm {
    title: String,
    description: String,
    category: String,
    date: String,
    start_time: String,
    end_date: String,
    end_time: String,
    all_day: Option<String>,
    repeat: String,
    repeat_until: String,
    venue: String,
    online_url: String,
    step_free: Option<String>,
    accessible_toilet: Option<String>,
    hearing_loop: Option<String>,
    cost: String,
    capacity: String,
    signup_required: Option<String>,
    /// `check`: show the easy-language checker's hints, save nothing.
    action: String,
}

impl EventForm {
    fn from_model(e: &event::Model, tz: Tz) -> Self {
        let (date, start_time, end_date, end_time) = ev::when_fields(tz, e.starts_at, e.ends_at, e.all_day);
        let yes = |b: bool| b.then(|| "yes".to_string());
        Self {
            title: e.title.clone(),
            description: e.description.clone(),
            category: e.category.clone(),
            date,
            start_time,
            end_date,
            end_time,
            all_day: yes(e.all_day),
            repeat: String::new(),
            repeat_until: String::new(),
            venue: e.venue.clone(),
            online_url: e.online_url.clone(),
            step_free: yes(e.step_free),
            accessible_toilet: yes(e.accessible_toilet),
            hearing_loop: yes(e.hearing_loop),
            cost: e.cost.clone(),
            capacity: e.capacity.map(|c| c.to_string()).unwrap_or_default(),
            signup_required: yes(e.signup_required),
            action: String::new(),
        }
    }

    /// Parse the form; `editing` allows a start in the past and no repeat.
    fn parse(
        &self,
        tz: Tz,
        now: DateTime<Utc>,
        editing: bool,
    ) -> Result<(EventDetails, Vec<ev::Occurrence>), FieldErrors> {
        let mut e = FieldErrors::new();
        let title = e.take(ev::parse_title(&self.title));
        let description = e.take(ev::parse_description(&self.description));
        let category = e.take(ev::parse_category(&self.category));
        let venue = e.take(ev::parse_venue(&self.venue));
        let online_url = e.take(org::parse_link("online_url", &self.online_url));
        let cost = e.take(ev::parse_cost(&self.cost));
        let capacity = e.take(ev::parse_capacity(&self.capacity));
        let when = WhenInput {
            date: &self.date,
            start_time: &self.start_time,
            end_date: &self.end_date,
            end_time: &self.end_time,
            all_day: self.all_day.is_some(),
            repeat: if editing { "" } else { &self.repeat },
            repeat_until: &self.repeat_until,
        };
        let occurrences = match ev::parse_when(&when, tz, now, editing) {
            Ok(o) => Some(o),
            Err(errs) => {
                for x in errs.0 {
                    e.push(x);
                }
                None
            }
        };
        if let (Some(v), Some(u)) = (&venue, &online_url)
            && v.is_empty()
            && u.is_empty()
        {
            e.push(FieldError::new("venue", "err-event-place"));
        }
        match (title, description, category, venue, online_url, cost, capacity, occurrences) {
            (
                Some(title),
                Some(description),
                Some(category),
                Some(venue),
                Some(online_url),
                Some(cost),
                Some(capacity),
                Some(occ),
            ) if e.is_empty() => Ok((
                EventDetails {
                    title,
                    description,
                    category,
                    all_day: self.all_day.is_some(),
                    venue,
                    online_url,
                    step_free: self.step_free.is_some(),
                    accessible_toilet: self.accessible_toilet.is_some(),
                    hearing_loop: self.hearing_loop.is_some(),
                    cost,
                    capacity,
                    signup_required: self.signup_required.is_some(),
                },
                occ,
            )),
            _ => Err(e),
        }
    }
}

fn form_page(
    ctx: &Ctx,
    action: String,
    back: (String, String),
    editing: bool,
    f: EventForm,
    errors: FieldErrors,
) -> EventFormPage {
    let categories = ev::CATEGORIES
        .iter()
        .map(|k| Choice { value: k.to_string(), label: ctx.t(&format!("event-cat-{k}")) })
        .collect();
    EventFormPage {
        ctx: ctx.clone(),
        action,
        back_href: back.0,
        back_name: back.1,
        editing,
        categories,
        all_day: f.all_day.is_some(),
        step_free: f.step_free.is_some(),
        accessible_toilet: f.accessible_toilet.is_some(),
        hearing_loop: f.hearing_loop.is_some(),
        signup_required: f.signup_required.is_some(),
        title: f.title,
        description: f.description,
        category: f.category,
        date: f.date,
        start_time: f.start_time,
        end_date: f.end_date,
        end_time: f.end_time,
        repeat: if f.repeat.is_empty() { "once".into() } else { f.repeat },
        repeat_until: f.repeat_until,
        venue: f.venue,
        online_url: f.online_url,
        cost: f.cost,
        capacity: f.capacity,
        errors,
        hints: None,
    }
}

/// The form again with the checker's hints on the description; nothing saved.
fn checked(
    ctx: &Ctx,
    action: String,
    back: (String, String),
    editing: bool,
    f: EventForm,
) -> Result<Response, AppError> {
    let report = quartier_core::easy_language::check(&f.description);
    let hints = crate::views::hint_views(ctx, &f.description, &report);
    let mut page = form_page(ctx, action, back, editing, f, FieldErrors::new());
    page.hints = Some(hints);
    render(&page)
}

/// A resident's event form, inside the neighbourhood.
pub async fn new_form(ctx: Ctx, Member(a): Member) -> Result<Response, AppError> {
    let back = (format!("/n/{}/calendar", a.n.slug), a.n.name.clone());
    render(&form_page(&ctx, format!("/n/{}/events", a.n.slug), back, false, EventForm::default(), FieldErrors::new()))
}

/// A resident publishes an event for their neighbours.
pub async fn create(
    ctx: Ctx,
    State(st): State<AppState>,
    Member(a): Member,
    Form(f): Form<EventForm>,
) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    let back = (format!("/n/{}/calendar", a.n.slug), a.n.name.clone());
    if f.action == "check" {
        return checked(&ctx, format!("/n/{}/events", a.n.slug), back, false, f);
    }
    match f.parse(tz_of(Some(&a.n)), st.store.now(), false) {
        Ok((d, occ)) => {
            let made = st.store.create_event(Holder::Neighbourhood(a.n.id), me, &d, &occ).await?;
            let first = made.first().map(|e| e.id.to_string()).unwrap_or_default();
            Ok(see_other(&format!("/e/{first}?notice=notice-posted")))
        }
        Err(errors) => render_invalid(&form_page(&ctx, format!("/n/{}/events", a.n.slug), back, false, f, errors)),
    }
}

/// The form for a group's own event (its administrators).
pub async fn group_new_form(ctx: Ctx, GroupAdmin(a): GroupAdmin) -> Result<Response, AppError> {
    let action = format!("{}/events", a.base());
    render(&form_page(&ctx, action, (a.base(), a.g.name.clone()), false, EventForm::default(), FieldErrors::new()))
}

/// A group holds an event: inside the neighbourhood, organised by the
/// group's administrators.
pub async fn group_create(
    ctx: Ctx,
    State(st): State<AppState>,
    GroupAdmin(a): GroupAdmin,
    Form(f): Form<EventForm>,
) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    let back = (a.base(), a.g.name.clone());
    if f.action == "check" {
        return checked(&ctx, format!("{}/events", back.0), back, false, f);
    }
    match f.parse(tz_of(Some(&a.nb.n)), st.store.now(), false) {
        Ok((d, occ)) => {
            let made = st.store.create_event(Holder::Group(a.g.id, a.nb.n.id), me, &d, &occ).await?;
            let first = made.first().map(|e| e.id.to_string()).unwrap_or_default();
            Ok(see_other(&format!("/e/{first}?notice=notice-posted")))
        }
        Err(errors) => {
            let action = format!("{}/events", back.0);
            render_invalid(&form_page(&ctx, action, back, false, f, errors))
        }
    }
}

/// An organisation's event form (editors and administrators).
pub async fn org_new_form(ctx: Ctx, OrgEditor { o, .. }: OrgEditor) -> Result<Response, AppError> {
    let back = (format!("/o/{}", o.slug), o.name.clone());
    render(&form_page(&ctx, format!("/o/{}/events", o.slug), back, false, EventForm::default(), FieldErrors::new()))
}

/// An organisation publishes an event.
pub async fn org_create(
    ctx: Ctx,
    State(st): State<AppState>,
    OrgEditor { o, home, .. }: OrgEditor,
    Form(f): Form<EventForm>,
) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    if f.action == "check" {
        return checked(&ctx, format!("/o/{}/events", o.slug), (format!("/o/{}", o.slug), o.name.clone()), false, f);
    }
    match f.parse(tz_of(home.as_ref()), st.store.now(), false) {
        Ok((d, occ)) => {
            let made = st.store.create_event(Holder::Organisation(o.id), me, &d, &occ).await?;
            st.store.audit_org(o.id, Some(me), "event_created", None, &d.title).await?;
            let first = made.first().map(|e| e.id.to_string()).unwrap_or_default();
            Ok(see_other(&format!("/e/{first}?notice=notice-posted")))
        }
        Err(errors) => {
            let back = (format!("/o/{}", o.slug), o.name.clone());
            render_invalid(&form_page(&ctx, format!("/o/{}/events", o.slug), back, false, f, errors))
        }
    }
}

/// The event `{id}` as the reader may see it (guard).
pub struct EventReader(Access);

impl FromRequestParts<AppState> for EventReader {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Self, AppError> {
        let ctx = Ctx::from_request_parts(parts, st).await?;
        let Path(id) = Path::<Uuid>::from_request_parts(parts, st).await?;
        Ok(EventReader(load(st, &ctx, id).await?))
    }
}

/// The event `{id}`, for its organisers only: `policy::organise_event`.
pub struct EventOrganiser(Access);

impl FromRequestParts<AppState> for EventOrganiser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Self, AppError> {
        let EventReader(a) = EventReader::from_request_parts(parts, st).await?;
        let ctx = Ctx::from_request_parts(parts, st).await?;
        ctx.require_user()?;
        if !a.organiser {
            return Err(AppError::Forbidden);
        }
        Ok(EventOrganiser(a))
    }
}

/// The form to change one occurrence (organisers).
pub async fn edit_form(ctx: Ctx, EventOrganiser(a): EventOrganiser) -> Result<Response, AppError> {
    let f = EventForm::from_model(&a.e, a.tz());
    render(&form_page(&ctx, format!("/e/{}/edit", a.e.id), back_link(&a), true, f, FieldErrors::new()))
}

async fn tell_all(st: &AppState, people: &[Uuid], kind: NoticeKind, e: &event::Model) -> Result<(), AppError> {
    for p in people {
        tell_event(st, *p, kind, e.id, &e.title, &format!("/e/{}", e.id)).await?;
    }
    Ok(())
}

/// Tell the event's organisers that its sign-ups changed, all but the one
/// who changed them (`notify::tell_organisers`: mail at most once a day).
async fn tell_signups_changed(st: &AppState, e: &event::Model, actor: Option<Uuid>) -> Result<(), AppError> {
    let organisers: Vec<Uuid> = st.store.organisers_of(e).await?.into_iter().filter(|o| Some(*o) != actor).collect();
    tell_organisers(st, &organisers, e.id, &e.title).await?;
    Ok(())
}

/// Save one occurrence. More places move people up from the waiting list.
pub async fn edit(
    ctx: Ctx,
    State(st): State<AppState>,
    EventOrganiser(a): EventOrganiser,
    Form(f): Form<EventForm>,
) -> Result<Response, AppError> {
    let action = format!("/e/{}/edit", a.e.id);
    if f.action == "check" {
        return checked(&ctx, action, back_link(&a), true, f);
    }
    let (d, occ) = match f.parse(a.tz(), st.store.now(), true) {
        Ok(x) => x,
        Err(errors) => return render_invalid(&form_page(&ctx, action, back_link(&a), true, f, errors)),
    };
    let Some((start, end)) = occ.first().copied() else {
        return Err(AppError::BadRequest);
    };
    match st.store.update_event(a.e.id, &d, start, end).await {
        Ok(promoted) => {
            tell_all(&st, &promoted, NoticeKind::EventPlace, &a.e).await?;
            if !promoted.is_empty() {
                tell_signups_changed(&st, &a.e, ctx.user.as_ref().map(|u| u.id)).await?;
            }
            if let Some(o) = &a.org {
                st.store.audit_org(o.id, ctx.user.as_ref().map(|u| u.id), "event_edited", None, &d.title).await?;
            }
            Ok(see_other(&format!("/e/{}?notice=notice-saved", a.e.id)))
        }
        Err(StoreError::Invalid(_)) => render_invalid(&form_page(
            &ctx,
            action,
            back_link(&a),
            true,
            f,
            FieldError::new("capacity", "err-capacity-taken").into(),
        )),
        Err(e) => Err(e.into()),
    }
}

/// Call an event off; everyone signed up is told.
pub async fn cancel(
    ctx: Ctx,
    State(st): State<AppState>,
    EventOrganiser(a): EventOrganiser,
    Form(c): Form<Confirm>,
) -> Result<Response, AppError> {
    if a.e.cancelled {
        return Ok(see_other(&format!("/e/{}", a.e.id)));
    }
    if !c.given() {
        return render(&ConfirmPage {
            title: ctx.t1("event-cancel-confirm-title", "title", &a.e.title),
            text: ctx.t("event-cancel-confirm-text"),
            action: format!("/e/{}/cancel", a.e.id),
            yes: ctx.t("event-cancel-confirm-yes"),
            back: format!("/e/{}", a.e.id),
            ctx,
            keep: Vec::new(),
        });
    }
    let people = st.store.cancel_event(a.e.id).await?;
    tell_all(&st, &people, NoticeKind::EventCancelled, &a.e).await?;
    if let Some(o) = &a.org {
        st.store.audit_org(o.id, ctx.user.as_ref().map(|u| u.id), "event_cancelled", None, &a.e.title).await?;
    }
    Ok(see_other(&format!("/e/{}?notice=notice-event-cancelled", a.e.id)))
}

/// Sign up: a place, or the waiting list.
pub async fn sign_up(ctx: Ctx, State(st): State<AppState>, EventReader(a): EventReader) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    if !a.may_join {
        return Err(AppError::Forbidden);
    }
    // Signing up twice answers where one is; only a new sign-up is news.
    let already = st.store.signup_of(a.e.id, me).await?.is_some();
    let place = st.store.sign_up(a.e.id, me).await;
    if place.is_ok() && !already {
        tell_signups_changed(&st, &a.e, Some(me)).await?;
    }
    match place {
        Ok(Signup::Confirmed) => Ok(see_other(&format!("/e/{}?notice=notice-signed-up", a.e.id))),
        Ok(Signup::Waiting(_)) => Ok(see_other(&format!("/e/{}?notice=notice-waiting", a.e.id))),
        Err(StoreError::Invalid(_)) => Err(AppError::Conflict("err-signup-closed")),
        Err(e) => Err(e.into()),
    }
}

/// Withdraw; a freed place goes to the first who waits.
pub async fn withdraw(ctx: Ctx, State(st): State<AppState>, EventReader(a): EventReader) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    let promoted = st.store.withdraw_signup(a.e.id, me).await?;
    tell_all(&st, &promoted, NoticeKind::EventPlace, &a.e).await?;
    tell_signups_changed(&st, &a.e, Some(me)).await?;
    Ok(see_other(&format!("/e/{}?notice=notice-signup-withdrawn", a.e.id)))
}

async fn attendees_page(
    st: &AppState,
    ctx: &Ctx,
    a: &Access,
    errors: FieldErrors,
    message: String,
    note: Option<String>,
) -> Result<EventAttendeesPage, AppError> {
    let mut confirmed = Vec::new();
    let mut waiting = Vec::new();
    for (s, u) in st.store.signups(a.e.id).await? {
        let row = AttendeeRow { name: person_name(ctx, &u), signed_up: ctx.datetime(&s.created_at, a.tz().name()) };
        if s.status() == SignupStatus::Confirmed { confirmed.push(row) } else { waiting.push(row) }
    }
    Ok(EventAttendeesPage {
        ctx: ctx.clone(),
        id: a.e.id.to_string(),
        title: a.e.title.clone(),
        when: when_label(ctx.words(), &a.e, a.tz()),
        capacity: a.e.capacity.map(|c| c.to_string()).unwrap_or_default(),
        confirmed,
        waiting,
        errors,
        message,
        notice: note,
    })
}

/// Who comes and who waits (organisers).
pub async fn attendees(
    ctx: Ctx,
    State(st): State<AppState>,
    EventOrganiser(a): EventOrganiser,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    render(&attendees_page(&st, &ctx, &a, FieldErrors::new(), String::new(), notice(&ctx, q.notice.as_deref())).await?)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct MessageForm {
    message: String,
    to: String,
}

/// Write to the attendees (and, if chosen, to those waiting): a bell
/// notice each, and a mail with the text if their settings want one.
pub async fn message(
    ctx: Ctx,
    State(st): State<AppState>,
    EventOrganiser(a): EventOrganiser,
    Form(f): Form<MessageForm>,
) -> Result<Response, AppError> {
    let text = match parse_message(&f.message) {
        Ok(t) => t,
        Err(e) => return render_invalid(&attendees_page(&st, &ctx, &a, e.into(), f.message, None).await?),
    };
    let everyone = f.to == "all";
    let from = a.org.as_ref().map(|o| o.name.clone()).unwrap_or_else(|| ctx.user_name());
    for (s, u) in st.store.signups(a.e.id).await? {
        if s.status() != SignupStatus::Confirmed && !everyone {
            continue;
        }
        st.store.notify_event(u.id, NoticeKind::EventMessage, a.e.id).await?;
        if st.store.notification_settings(u.id).await?.email_messages {
            let job = MailJob {
                to: u.email.clone(),
                locale: prefs_of(&u).locale.tag().into(),
                subject: "mail-event-message-subject".into(),
                body: "mail-event-message-body".into(),
                args: vec![
                    ("title".into(), a.e.title.clone()),
                    ("from".into(), from.clone()),
                    ("text".into(), text.clone()),
                    ("link".into(), format!("{}/e/{}", st.config.base_url(), a.e.id)),
                ],
            };
            queue_mail(&st, &job).await?;
        }
    }
    if let Some(o) = &a.org {
        st.store.audit_org(o.id, ctx.user.as_ref().map(|u| u.id), "event_message", None, &a.e.title).await?;
    }
    Ok(see_other(&format!("/e/{}/attendees?notice=notice-sent", a.e.id)))
}

/// A moderator hides a single event, with a reason the organiser reads.
pub async fn hide(
    ctx: Ctx,
    State(st): State<AppState>,
    EventReader(a): EventReader,
    Form(f): Form<ReasonForm>,
) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    if !a.moderator {
        return Err(AppError::Forbidden);
    }
    let reason = parse_reason(&f.reason)?;
    st.store.hide_event(a.e.id, &reason).await?;
    if let Some(o) = &a.org {
        st.store.audit_org(o.id, Some(me), "event_hidden", a.e.author_id, &format!("{}: {reason}", a.e.title)).await?;
    } else if let Some(n) = &a.home {
        st.store
            .audit(Some(n.id), Some(me), "content_hidden", a.e.author_id, &format!("{}: {reason}", a.e.title))
            .await?;
    }
    Ok(see_other(&format!("/e/{}?notice=notice-hidden", a.e.id)))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CalendarQuery {
    view: String,
    month: String,
    /// One day's events (`YYYY-MM-DD`): where a full day of the month
    /// grid leads.
    day: String,
    category: String,
    organisation: String,
    step_free: Option<String>,
    hearing_loop: Option<String>,
    notice: Option<String>,
}

/// How many events a day of the month grid shows; the others are counted
/// and linked to the day. A busy city quarter has some fifty a day.
pub const MONTH_DAY_EVENTS: u64 = 3;

/// How many events a list shows: what is coming, or one day (a day with
/// more says so, and how many it has).
pub const LIST_EVENTS: u64 = 100;

fn in_range(d: NaiveDate) -> bool {
    (1900..=2200).contains(&d.year())
}

fn month_start(q: &str, today: NaiveDate) -> NaiveDate {
    NaiveDate::parse_from_str(&format!("{}-01", q.trim()), "%Y-%m-%d")
        .ok()
        .filter(|d| in_range(*d))
        .unwrap_or_else(|| today.with_day(1).unwrap_or(today))
}

/// The day asked for, if it is one.
fn day_param(q: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(q.trim(), "%Y-%m-%d").ok().filter(|d| in_range(*d))
}

fn next_month(d: NaiveDate) -> NaiveDate {
    let (y, m) = if d.month() == 12 { (d.year() + 1, 1) } else { (d.year(), d.month() + 1) };
    NaiveDate::from_ymd_opt(y, m, 1).unwrap_or(d)
}

fn prev_month(d: NaiveDate) -> NaiveDate {
    let (y, m) = if d.month() == 1 { (d.year() - 1, 12) } else { (d.year(), d.month() - 1) };
    NaiveDate::from_ymd_opt(y, m, 1).unwrap_or(d)
}

/// Where a local day begins, in UTC.
fn day_begins(tz: Tz, d: NaiveDate) -> DateTime<Utc> {
    ev::local_to_utc(tz, d.and_time(chrono::NaiveTime::MIN))
}

/// The quarter's calendar: a list of what is coming, one day, or a month.
/// Everyone sees the organisations' events; members also their neighbours'.
pub async fn calendar(
    ctx: Ctx,
    State(st): State<AppState>,
    Path(slug): Path<String>,
    Query(q): Query<CalendarQuery>,
) -> Result<Response, AppError> {
    let a = nb_access(&st, &ctx, &slug).await?;
    let member = policy::neighbourhood(&a.actor, NeighbourhoodAction::ViewInside);
    let tz = tz_of(Some(&a.n));
    let today = st.store.now().with_timezone(&tz).date_naive();
    let one_day = day_param(&q.day);
    let month_view = q.view == "month" && one_day.is_none();
    let first = match one_day {
        Some(d) => d.with_day(1).unwrap_or(d),
        None => month_start(&q.month, today),
    };
    let org_ids = st.store.confirmed_organisation_ids(a.n.id).await?;
    let mut orgs: Vec<Choice> = st
        .store
        .organisations_by_ids(&org_ids)
        .await?
        .into_iter()
        .map(|o| Choice { value: o.id.to_string(), label: o.name })
        .collect();
    orgs.sort_by_key(|o| o.label.to_lowercase());
    let category = ev::CATEGORIES.iter().find(|c| **c == q.category).map(|c| c.to_string());
    let organisation = q.organisation.parse::<Uuid>().ok().filter(|o| org_ids.contains(o));
    let filters = filter_query(&category, &organisation, q.step_free.is_some(), q.hearing_loop.is_some());
    let mut filter = CalendarFilter {
        from: None,
        to: None,
        category: category.clone(),
        organisation,
        step_free: q.step_free.is_some(),
        hearing_loop: q.hearing_loop.is_some(),
        public_only: !member,
        limit: LIST_EVENTS,
    };
    let mut days: Vec<CalendarDay> = Vec::new();
    if month_view {
        // Every day of the month's weeks, each with its first few events
        // and how many it has, in one query.
        let start = first - Duration::days(i64::from(first.weekday().num_days_from_monday()));
        let end = next_month(first);
        let end = end + Duration::days(i64::from((7 - end.weekday().num_days_from_monday()) % 7));
        let dates: Vec<NaiveDate> = start.iter_days().take_while(|d| *d < end).collect();
        let bounds: Vec<DateTime<Utc>> =
            dates.iter().copied().chain(std::iter::once(end)).map(|d| day_begins(tz, d)).collect();
        let rows = st.store.calendar_days(a.n.id, &filter, &bounds, MONTH_DAY_EVENTS).await?;
        let shown: Vec<_> = rows.iter().flat_map(|r| r.events.iter().cloned()).collect();
        let mut cards = cards_with_holders(&st, &ctx, &shown, tz).await?.into_iter();
        for (d, r) in dates.into_iter().zip(&rows) {
            let events: Vec<_> = cards.by_ref().take(r.events.len()).map(|(_, c)| c).collect();
            let label = day_label(&ctx, d);
            let more = r.count.saturating_sub(events.len() as u64);
            let (more_text, more_rest) = if more > 0 {
                let n = more.to_string();
                (ctx.t1("calendar-more", "count", &n), ctx.t2("calendar-more-rest", "count", &n, "day", &label))
            } else {
                (String::new(), String::new())
            };
            days.push(CalendarDay {
                iso: d.format("%Y-%m-%d").to_string(),
                label,
                day: d.day(),
                in_month: d.month() == first.month(),
                today: d == today,
                events,
                more,
                more_text,
                more_rest,
            });
        }
    } else if let Some(d) = one_day {
        // One day: the events that begin on it, as the month grid counts
        // them, in the same query.
        let bounds = [day_begins(tz, d), day_begins(tz, d + Duration::days(1))];
        let rows = st.store.calendar_days(a.n.id, &filter, &bounds, LIST_EVENTS).await?;
        let count = rows.iter().map(|r| r.count).sum::<u64>();
        let shown: Vec<_> = rows.into_iter().flat_map(|r| r.events).collect();
        let events: Vec<_> = cards_with_holders(&st, &ctx, &shown, tz).await?.into_iter().map(|(_, c)| c).collect();
        if !events.is_empty() {
            let mut day = list_day(&ctx, d, today, events);
            // A day busier than a page says how much is left out.
            day.more = count.saturating_sub(day.events.len() as u64);
            if day.more > 0 {
                day.more_text =
                    ctx.t2("calendar-day-capped", "shown", &day.events.len().to_string(), "count", &count.to_string());
            }
            days.push(day);
        }
    } else {
        // What is coming: what still runs is shown under today.
        filter.from = Some(st.store.now());
        filter.to = Some(st.store.now() + Duration::days(366));
        let events = st.store.calendar_with_holders(a.n.id, &filter).await?;
        for (start, c) in cards_with_holders(&st, &ctx, &events, tz).await? {
            let d = start.date_naive().max(today);
            match days.last_mut() {
                Some(day) if day.iso == d.format("%Y-%m-%d").to_string() => day.events.push(c),
                _ => days.push(list_day(&ctx, d, today, vec![c])),
            }
        }
    }
    let month_label = format!("{} {}", ctx.t(&format!("month-{}", first.month())), first.year());
    let categories = ev::CATEGORIES
        .iter()
        .map(|k| Choice { value: k.to_string(), label: ctx.t(&format!("event-cat-{k}")) })
        .collect();
    let weekdays = (0..7).map(|i| ctx.t(&format!("weekday-{i}"))).collect();
    let base = st.config.base_url();
    let mut mine = Vec::new();
    if let Some(u) = &ctx.user {
        for (e, status) in st.store.my_events(u.id, st.store.now(), 10).await? {
            mine.push(SignupRow {
                id: e.id.to_string(),
                title: e.title.clone(),
                when: when_label(ctx.words(), &e, tz),
                waiting: status == SignupStatus::Waiting,
            });
        }
    }
    let day = one_day.map(|d| OneDay {
        iso: d.format("%Y-%m-%d").to_string(),
        label: day_label(&ctx, d),
        prev: (d - Duration::days(1)).format("%Y-%m-%d").to_string(),
        next: (d + Duration::days(1)).format("%Y-%m-%d").to_string(),
    });
    render(&CalendarPage {
        mine,
        notice: notice(&ctx, q.notice.as_deref()),
        n: view(&a),
        member,
        month_view,
        day,
        month: first.format("%Y-%m").to_string(),
        month_label,
        prev: prev_month(first).format("%Y-%m").to_string(),
        next: next_month(first).format("%Y-%m").to_string(),
        days,
        weekdays,
        categories,
        category: category.unwrap_or_default(),
        orgs,
        organisation: organisation.map(|o| o.to_string()).unwrap_or_default(),
        step_free: q.step_free.is_some(),
        hearing_loop: q.hearing_loop.is_some(),
        filters,
        feed_url: format!("{base}/n/{}/calendar.ics", a.n.slug),
        webcal_url: format!("webcal://{}/n/{}/calendar.ics", base.split("://").nth(1).unwrap_or(&base), a.n.slug),
        ctx,
    })
}

/// A day of a list, with its events.
fn list_day(ctx: &Ctx, d: NaiveDate, today: NaiveDate, events: Vec<EventCard>) -> CalendarDay {
    CalendarDay {
        iso: d.format("%Y-%m-%d").to_string(),
        label: day_label(ctx, d),
        day: d.day(),
        in_month: true,
        today: d == today,
        events,
        more: 0,
        more_text: String::new(),
        more_rest: String::new(),
    }
}

fn day_label(ctx: &Ctx, d: NaiveDate) -> String {
    let wd = ctx.t(&format!("weekday-{}", d.weekday().num_days_from_monday()));
    match ctx.locale() {
        quartier_core::locale::Locale::En => format!("{wd}, {}", d.format("%-d %B %Y")),
        _ => format!("{wd}, {}. {} {}", d.day(), ctx.t(&format!("month-{}", d.month())), d.year()),
    }
}

/// The filters as a query string, for the month links.
fn filter_query(category: &Option<String>, org: &Option<Uuid>, step_free: bool, hearing_loop: bool) -> String {
    let mut pairs: Vec<(&str, String)> = Vec::new();
    if let Some(c) = category {
        pairs.push(("category", c.clone()));
    }
    if let Some(o) = org {
        pairs.push(("organisation", o.to_string()));
    }
    if step_free {
        pairs.push(("step_free", "yes".into()));
    }
    if hearing_loop {
        pairs.push(("hearing_loop", "yes".into()));
    }
    serde_urlencoded::to_string(pairs).unwrap_or_default()
}

/// One event as an iCalendar component. Times are written in UTC, which
/// every calendar converts correctly across summer time.
/// A calendar file. Only what anybody may read is cacheable by others; what
/// a logged-in person was shown is theirs alone.
fn ics_response(cal: &Calendar, filename: &str, public: bool) -> Response {
    let mut r = cal.to_string().into_response();
    let h = r.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/calendar; charset=utf-8"));
    let cache = if public { "public, max-age=300" } else { "private, no-store" };
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    if let Ok(v) = HeaderValue::from_str(&format!("inline; filename=\"{filename}\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    r
}

/// One event as a file to add to a calendar.
pub async fn ics(ctx: Ctx, State(st): State<AppState>, EventReader(a): EventReader) -> Result<Response, AppError> {
    let cal = crate::feeds::calendar_of(&a.e.title, std::slice::from_ref(&a.e), &st.config.base_url(), a.tz());
    // Anonymous readers only get public events; anything else is private.
    Ok(ics_response(&cal, "event.ics", ctx.user.is_none()))
}

/// The public calendar of a neighbourhood to subscribe to: the events of
/// its organisations from a month ago to a year ahead.
pub async fn calendar_ics(State(st): State<AppState>, Path(slug): Path<String>) -> Result<Response, AppError> {
    let n = st.store.neighbourhood_by_slug(&slug).await?;
    // The last week and the year ahead, at most FEED_EVENTS of them, the
    // nearest first: calendar apps fetch a feed every few hours, and a
    // city quarter's full year ran to megabytes.
    let f = CalendarFilter {
        from: Some(st.store.now() - Duration::days(7)),
        to: Some(st.store.now() + Duration::days(366)),
        public_only: true,
        limit: FEED_EVENTS,
        ..Default::default()
    };
    let events = st.store.calendar(n.id, &f).await?;
    Ok(ics_response(
        &crate::feeds::calendar_of(&n.name, &events, &st.config.base_url(), tz_of(Some(&n))),
        "calendar.ics",
        true,
    ))
}

use crate::feeds::FEED_EVENTS;

/// An organisation's events to subscribe to.
pub async fn org_ics(State(st): State<AppState>, Path(slug): Path<String>) -> Result<Response, AppError> {
    let o = st.store.organisation_by_slug(&slug).await?;
    let cal = crate::feeds::org_calendar(&st, &o).await?.ok_or(AppError::NotFound)?;
    Ok(ics_response(&cal, "events.ics", true))
}
