//! Route handlers; see the module documentation one level up.

use super::pages::{
    AnswerRow, Booking, HelpEntryPage, HelpFormPage, HelpListPage, HelpMinePage, ThanksRow, TimeAccount,
};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::extractors::{Form, Path, Query};
use crate::guards::Member;
use crate::guards::NbAccess;
use crate::guards::visible_entry;
use crate::notify::tell;
use crate::notify::tell_about;
use crate::page::Confirm;
use crate::page::ConfirmPage;
use crate::page::ReasonForm;
use crate::page::{NoticeQuery, PageQuery, Pager, notice, see_other};
use crate::page::{render, render_invalid};
use crate::views::Choice;
use crate::views::hours;
use crate::views::{EasyList, EntryView};
use crate::views::{names_of, person_name, view};
use axum::extract::State;
use axum::response::Response;
use quartier_core::FieldErrors;
use quartier_core::easy::ContentKind;
use quartier_core::help::{self, Account, Kind, Status, Urgency, Visibility};
use quartier_core::neighbourhood::MembershipStatus;
use quartier_core::neighbourhood::Role;
use quartier_core::policy::{self, NeighbourhoodAction};
use quartier_core::validation::FieldError;
use quartier_store::StoreError;
use quartier_store::entity::{help_entry, time_ledger};
use quartier_store::help::{ListFilter, NewEntry};
use quartier_store::notifications::NoticeKind;
use serde::Deserialize;
use uuid::Uuid;

fn is_coordinator(a: &NbAccess) -> bool {
    policy::neighbourhood(&a.actor, NeighbourhoodAction::ConfirmMembers)
}

/// Every category of the neighbourhood, as (key, label) choices.
pub async fn categories(st: &AppState, ctx: &Ctx, n: Uuid) -> Result<Vec<Choice>, AppError> {
    let mut out: Vec<Choice> =
        help::CATEGORIES.iter().map(|c| Choice { value: c.to_string(), label: ctx.t(&format!("cat-{c}")) }).collect();
    for c in st.store.custom_categories(n).await? {
        out.insert(out.len() - 1, Choice { value: format!("custom-{}", c.id), label: c.label });
    }
    Ok(out)
}

fn label_of(cats: &[Choice], key: &str) -> String {
    cats.iter().find(|c| c.value == key).map(|c| c.label.clone()).unwrap_or_else(|| key.to_string())
}

pub async fn entry_view(
    st: &AppState,
    ctx: &Ctx,
    cats: &[Choice],
    e: &help_entry::Model,
) -> Result<EntryView, AppError> {
    let author = match st.store.user_by_id(e.author_id).await? {
        Some(u) => person_name(ctx, &u),
        None => String::new(),
    };
    Ok(entry_card(ctx, cats, e, author))
}

/// An entry as shown, its author's name already loaded.
fn entry_card(ctx: &Ctx, cats: &[Choice], e: &help_entry::Model, author: String) -> EntryView {
    let mut when = Vec::new();
    let words = ctx.words();
    if let Some(d) = e.on_date {
        let date = words.day(d);
        when.push(if e.weekly { ctx.t1("help-weekly-from", "date", &date) } else { date });
    } else if e.weekly {
        when.push(ctx.t("help-weekly"));
    }
    if words.easy() {
        // "Von 10 Uhr bis halb 12": times as people say them.
        let clock = |raw: &String| {
            chrono::NaiveTime::parse_from_str(raw, "%H:%M").map(|t| words.clock(t)).unwrap_or_else(|_| raw.clone())
        };
        match (&e.time_from, &e.time_to) {
            (Some(f), Some(t)) => when.push(ctx.t2("easy-time-range", "from", &clock(f), "to", &clock(t))),
            (Some(f), None) => when.push(ctx.t1("easy-from-time", "time", &clock(f))),
            (None, Some(t)) => when.push(ctx.t1("easy-until-time", "time", &clock(t))),
            (None, None) => {}
        }
    } else {
        match (&e.time_from, &e.time_to) {
            (Some(f), Some(t)) => when.push(format!("{f}–{t}")),
            (Some(f), None) => when.push(ctx.t1("help-from-time", "time", f)),
            (None, Some(t)) => when.push(ctx.t1("help-until-time", "time", t)),
            (None, None) => {}
        }
    }
    if when.is_empty() {
        when.push(ctx.t("help-no-date"));
    }
    EntryView {
        id: e.id.to_string(),
        kind: e.kind.clone(),
        kind_label: ctx.t(&format!("help-kind-{}", e.kind)),
        category: label_of(cats, &e.category),
        title: e.title.clone(),
        when: when.join(", "),
        urgency: match e.urgency() {
            Urgency::Normal => String::new(),
            u => ctx.t(&format!("help-urgency-{u}")),
        },
        area: e.area.clone(),
        author_id: e.author_id.to_string(),
        author,
        on_behalf: e.on_behalf.clone().unwrap_or_default(),
        status: e.status.clone(),
        status_label: ctx.t(&format!("help-status-{}", e.status)),
        hidden_reason: e.hidden_reason.clone().unwrap_or_default(),
        coordinators_only: e.visibility() == Visibility::Coordinators,
        body_html: String::new(),
        minutes: e.minutes,
        easy_missing: false,
    }
}

/// Entries as cards of a list: for readers of Leichte Sprache with their
/// easy titles, loaded for the whole list at once, or marked as missing.
async fn entry_views(
    st: &AppState,
    ctx: &Ctx,
    cats: &[Choice],
    rows: &[help_entry::Model],
) -> Result<Vec<EntryView>, AppError> {
    let easy = EasyList::load(st, ctx.words(), ContentKind::HelpEntry, rows.iter().map(|e| e.id)).await?;
    // The authors of the whole list in one query.
    let mut ids: Vec<Uuid> = rows.iter().map(|e| e.author_id).collect();
    ids.sort_unstable();
    ids.dedup();
    let authors = names_of(st, ctx, &ids).await?;
    let mut out = Vec::with_capacity(rows.len());
    for e in rows {
        let author = authors.get(&e.author_id).cloned().unwrap_or_default();
        let mut v = entry_card(ctx, cats, e, author);
        easy.apply(e.id, &mut v.title, &mut v.easy_missing);
        out.push(v);
    }
    Ok(out)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ListQuery {
    kind: String,
    category: String,
    date: String,
    #[serde(flatten)]
    at: PageQuery,
    notice: Option<String>,
}

/// Open requests and offers, filtered, twenty to a page.
pub async fn list(
    ctx: Ctx,
    State(st): State<AppState>,
    Member(a): Member,
    Query(q): Query<ListQuery>,
) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    let cats = categories(&st, &ctx, a.n.id).await?;
    let mut errors = FieldErrors::new();
    let date = match help::parse_date(&q.date, st.store.now().date_naive()) {
        Ok(d) => d,
        Err(e) => {
            errors.push(e);
            None
        }
    };
    let filter = ListFilter {
        kind: Kind::from_tag(&q.kind),
        category: cats.iter().any(|c| c.value == q.category).then(|| q.category.clone()),
        on_date: date,
        cursor: q.at.cursor(),
    };
    let rows = st.store.open_entries(a.n.id, me, is_coordinator(&a), &filter).await?;
    let entries = entry_views(&st, &ctx, &cats, &rows.items).await?;
    let base = format!(
        "/n/{}/help?kind={}&category={}&date={}",
        a.n.slug,
        q.kind,
        crate::error::urlencode(&q.category),
        crate::error::urlencode(&q.date)
    );
    render(&HelpListPage {
        notice: notice(&ctx, q.notice.as_deref()),
        n: view(&a),
        entries,
        categories: cats,
        kind: q.kind,
        category: q.category,
        date: q.date,
        errors,
        pager: Pager::new(&base, &rows),
        ctx,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NewQuery {
    kind: String,
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct EntryForm {
    kind: String,
    category: String,
    title: String,
    body: String,
    date: String,
    time_from: String,
    time_to: String,
    weekly: Option<String>,
    urgency: String,
    visibility: String,
    area: String,
    on_behalf: String,
    hours: String,
    /// `check`: show the easy-language checker's hints, save nothing.
    action: String,
}

async fn form_page(
    ctx: &Ctx,
    st: &AppState,
    a: &NbAccess,
    f: EntryForm,
    errors: FieldErrors,
) -> Result<HelpFormPage, AppError> {
    Ok(HelpFormPage {
        ctx: ctx.clone(),
        n: view(a),
        categories: categories(st, ctx, a.n.id).await?,
        coordinator: is_coordinator(a),
        time_bank: a.n.time_bank,
        weekly: f.weekly.is_some(),
        kind: Kind::from_tag(&f.kind).unwrap_or(Kind::Request).tag().into(),
        category: f.category,
        title: f.title,
        body: f.body,
        date: f.date,
        time_from: f.time_from,
        time_to: f.time_to,
        urgency: if f.urgency.is_empty() { "normal".into() } else { f.urgency },
        visibility: if f.visibility.is_empty() { "neighbours".into() } else { f.visibility },
        area: f.area,
        on_behalf: f.on_behalf,
        hours: f.hours,
        errors,
        hints: None,
    })
}

/// The form for a new request or offer.
pub async fn new_form(
    ctx: Ctx,
    State(st): State<AppState>,
    Member(a): Member,
    Query(q): Query<NewQuery>,
) -> Result<Response, AppError> {
    render(&form_page(&ctx, &st, &a, EntryForm { kind: q.kind, ..Default::default() }, FieldErrors::new()).await?)
}

/// Post a request or offer.
pub async fn create(
    ctx: Ctx,
    State(st): State<AppState>,
    Member(a): Member,
    Form(f): Form<EntryForm>,
) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    if f.action == "check" {
        let report = quartier_core::easy_language::check(&f.body);
        let hints = crate::views::hint_views(&ctx, &f.body, &report);
        let mut page = form_page(&ctx, &st, &a, f, FieldErrors::new()).await?;
        page.hints = Some(hints);
        return render(&page);
    }
    let mut errors = FieldErrors::new();
    let kind = errors.take(Kind::from_tag(&f.kind).ok_or(FieldError::new("kind", "err-kind")));
    let mut category = errors.take(help::parse_category(&f.category));
    if let Some(c) = &category
        && !st.store.category_exists(a.n.id, c).await?
    {
        errors.push(FieldError::new("category", "err-category"));
        category = None;
    }
    let title = errors.take(help::parse_title(&f.title));
    let body = errors.take(help::parse_body(&f.body));
    let today = st.store.now().with_timezone(&crate::views::tz_of(Some(&a.n))).date_naive();
    let date = errors.take(help::parse_date(&f.date, today));
    let from = errors.take(help::parse_time("time_from", &f.time_from));
    let to = errors.take(help::parse_time("time_to", &f.time_to));
    if let (Some(Some(fr)), Some(Some(t))) = (from, to)
        && t <= fr
    {
        errors.push(FieldError::new("time_to", "err-time-order"));
    }
    let urgency = errors.take(Urgency::parse(&f.urgency));
    let visibility = errors.take(Visibility::parse(&f.visibility));
    let area = errors.take(help::parse_area(&f.area));
    let on_behalf = errors.take(help::parse_on_behalf(&f.on_behalf));
    if on_behalf.as_ref().is_some_and(|o| !o.is_empty()) && !is_coordinator(&a) {
        errors.push(FieldError::new("on_behalf", "err-on-behalf-coordinator"));
    }
    let minutes = if a.n.time_bank { errors.take(help::parse_hours(&f.hours)) } else { Some(60) };
    let (
        Some(kind),
        Some(category),
        Some(title),
        Some(body),
        Some(date),
        Some(from),
        Some(to),
        Some(urgency),
        Some(visibility),
        Some(area),
        Some(on_behalf),
        Some(minutes),
    ) = (kind, category, title, body, date, from, to, urgency, visibility, area, on_behalf, minutes)
    else {
        return render_invalid(&form_page(&ctx, &st, &a, f, errors).await?);
    };
    if !errors.is_empty() {
        return render_invalid(&form_page(&ctx, &st, &a, f, errors).await?);
    }
    let e = st
        .store
        .create_entry(NewEntry {
            neighbourhood_id: a.n.id,
            author_id: me,
            kind,
            category: category.clone(),
            title: title.clone(),
            body,
            on_date: date,
            time_from: from.map(|t| t.format("%H:%M").to_string()),
            time_to: to.map(|t| t.format("%H:%M").to_string()),
            weekly: f.weekly.is_some(),
            urgency: urgency.tag().into(),
            visibility,
            area,
            on_behalf: Some(on_behalf).filter(|o| !o.is_empty()),
            minutes,
        })
        .await?;
    if e.on_behalf.is_some() {
        st.store.audit(Some(a.n.id), Some(me), "help_on_behalf", None, &e.title).await?;
    }
    // Tell those who follow this category about a new request.
    if kind == Kind::Request && visibility == Visibility::Neighbours {
        for s in st.store.followers_of(&category).await? {
            let member = st.store.membership(s.user_id, a.n.id).await?;
            if s.user_id != me && member.is_some_and(|m| m.status() == MembershipStatus::Verified) {
                tell(
                    &st,
                    s.user_id,
                    NoticeKind::NewRequest,
                    Some(e.id),
                    None,
                    &title,
                    &format!("/n/{}/help/{}", a.n.slug, e.id),
                )
                .await?;
            }
        }
    }
    Ok(see_other(&format!("/n/{}/help/{}?notice=notice-posted", a.n.slug, e.id)))
}

/// One entry: details, who answered, what to do next, suggestions.
pub async fn show(
    ctx: Ctx,
    State(st): State<AppState>,
    Member(a): Member,
    Path((_, id)): Path<(String, Uuid)>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    let (e, acts) = visible_entry(&st, &ctx, &a, id).await?;
    let cats = categories(&st, &ctx, a.n.id).await?;
    let mut entry = entry_view(&st, &ctx, &cats, &e).await?;
    entry.body_html = crate::markdown::to_html(&e.body);
    // Who answered: only the author (or the coordinator acting) sees them.
    let mut answers = Vec::new();
    if acts {
        for c in st.store.conversations_about(e.id).await? {
            let other = c.other(e.author_id);
            let name = st.store.user_by_id(other).await?.map(|u| person_name(&ctx, &u)).unwrap_or_default();
            answers.push(AnswerRow {
                conversation_id: c.id.to_string(),
                person_id: other.to_string(),
                name,
                accepted: Some(other) == e.helper_id,
            });
        }
    }
    let mut suggestions = Vec::new();
    if e.status() == Status::Open {
        let rows = st.store.suggestions(&e, is_coordinator(&a), me).await?;
        suggestions = entry_views(&st, &ctx, &cats, &rows).await?;
    }
    let partner = match e.helper_id {
        Some(h) => st.store.user_by_id(h).await?.map(|u| person_name(&ctx, &u)).unwrap_or_default(),
        None => String::new(),
    };
    let thanks = st.store.thanks_for_entry(e.id).await?.map(|t| t.note).unwrap_or_default();
    let my_conversation = if e.author_id != me {
        st.store.conversations_about(e.id).await?.into_iter().find(|c| c.has(me)).map(|c| c.id.to_string())
    } else {
        None
    };
    render(&HelpEntryPage {
        notice: notice(&ctx, q.notice.as_deref()),
        n: view(&a),
        can_answer: e.author_id != me && e.status() == Status::Open,
        is_partner: e.helper_id == Some(me),
        acts,
        answers,
        suggestions,
        partner,
        thanks,
        my_conversation,
        errors: FieldErrors::new(),
        easy: crate::views::easy_for(&st, &ctx, ContentKind::HelpEntry, e.id).await?,
        entry,
        ctx,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AnswerForm {
    body: String,
}

/// "I can help" / "I'd like this": opens a private conversation with the author.
pub async fn answer(
    ctx: Ctx,
    State(st): State<AppState>,
    Member(a): Member,
    Path((_, id)): Path<(String, Uuid)>,
    Form(f): Form<AnswerForm>,
) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    let (e, _) = visible_entry(&st, &ctx, &a, id).await?;
    if e.author_id == me {
        return Err(AppError::Conflict("err-own-entry"));
    }
    if e.status() != Status::Open {
        return Err(AppError::Conflict("err-not-open"));
    }
    let (c, new) = match st.store.conversation_for(a.n.id, Some(e.id), me, e.author_id).await {
        Ok(r) => r,
        Err(StoreError::Invalid(_)) => return Err(AppError::Conflict("err-blocked")),
        Err(err) => return Err(err.into()),
    };
    let text = if f.body.trim().is_empty() {
        ctx.t(&format!("help-answer-default-{}", e.kind))
    } else {
        help::parse_message(&f.body)?
    };
    if !crate::guards::may_send_message(&st, me).await? {
        return Err(AppError::TooManyRequests);
    }
    st.store.send_message(&c, me, &text).await?;
    if new {
        tell(&st, e.author_id, NoticeKind::Answer, Some(e.id), Some(c.id), &e.title, &format!("/inbox/{}", c.id))
            .await?;
    }
    Ok(see_other(&format!("/inbox/{}", c.id)))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AcceptForm {
    partner: String,
}

/// The author accepts one of the people who answered.
pub async fn accept(
    ctx: Ctx,
    State(st): State<AppState>,
    Member(a): Member,
    Path((_, id)): Path<(String, Uuid)>,
    Form(f): Form<AcceptForm>,
) -> Result<Response, AppError> {
    let (e, acts) = visible_entry(&st, &ctx, &a, id).await?;
    if !acts {
        return Err(AppError::Forbidden);
    }
    let partner = Uuid::parse_str(f.partner.trim()).map_err(|_| AppError::BadRequest)?;
    // Only someone who answered can be accepted.
    if !st.store.conversations_about(e.id).await?.iter().any(|c| c.other(e.author_id) == partner) {
        return Err(AppError::BadRequest);
    }
    match st.store.accept(e.id, partner).await {
        Ok(()) => {}
        Err(StoreError::Invalid(_)) => return Err(AppError::Conflict("err-not-open")),
        Err(err) => return Err(err.into()),
    }
    tell(&st, partner, NoticeKind::Accepted, Some(e.id), None, &e.title, &format!("/n/{}/help/{}", a.n.slug, e.id))
        .await?;
    Ok(see_other(&format!("/n/{}/help/{}?notice=notice-accepted", a.n.slug, e.id)))
}

/// The author (or the person arranged with) marks the help as done.
pub async fn done(
    ctx: Ctx,
    State(st): State<AppState>,
    Member(a): Member,
    Path((_, id)): Path<(String, Uuid)>,
) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    let (e, acts) = visible_entry(&st, &ctx, &a, id).await?;
    if !acts && e.helper_id != Some(me) {
        return Err(AppError::Forbidden);
    }
    match st.store.mark_done(e.id).await {
        Ok(_) => Ok(see_other(&format!("/n/{}/help/{}?notice=notice-done", a.n.slug, e.id))),
        Err(StoreError::Invalid(_) | StoreError::Conflict(_)) => Err(AppError::Conflict("err-not-arranged")),
        Err(err) => Err(err.into()),
    }
}

/// The author withdraws the entry.
pub async fn withdraw(
    ctx: Ctx,
    State(st): State<AppState>,
    Member(a): Member,
    Path((_, id)): Path<(String, Uuid)>,
    Form(c): Form<Confirm>,
) -> Result<Response, AppError> {
    let (e, acts) = visible_entry(&st, &ctx, &a, id).await?;
    if !acts {
        return Err(AppError::Forbidden);
    }
    if !c.given() {
        let here = format!("/n/{}/help/{}", a.n.slug, e.id);
        return render(&ConfirmPage {
            title: ctx.t1("help-withdraw-confirm-title", "title", &e.title),
            text: ctx.t("help-withdraw-confirm-text"),
            action: format!("{here}/withdraw"),
            yes: ctx.t("help-withdraw-confirm-yes"),
            back: here,
            ctx,
            keep: Vec::new(),
        });
    }
    match st.store.withdraw(e.id).await {
        Ok(()) => Ok(see_other(&format!("/n/{}/help?notice=notice-withdrawn", a.n.slug))),
        Err(StoreError::Invalid(_)) => Err(AppError::Conflict("err-not-open")),
        Err(err) => Err(err.into()),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ThanksForm {
    note: String,
}

/// After done help, the person helped says thank you.
pub async fn thank(
    ctx: Ctx,
    State(st): State<AppState>,
    Member(a): Member,
    Path((_, id)): Path<(String, Uuid)>,
    Form(f): Form<ThanksForm>,
) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    let (e, acts) = visible_entry(&st, &ctx, &a, id).await?;
    // The person helped says thanks: the author of a request, the partner of an offer.
    let is_request = e.kind() == Kind::Request;
    let may = if is_request { acts } else { e.helper_id == Some(me) };
    if !may {
        return Err(AppError::Forbidden);
    }
    let Some(partner) = e.helper_id else {
        return Err(AppError::Conflict("err-not-arranged"));
    };
    let (helped, helper) = if is_request { (e.author_id, partner) } else { (partner, e.author_id) };
    if e.status() != Status::Done {
        return Err(AppError::Conflict("err-not-done"));
    }
    let note = help::parse_thanks(&f.note)?;
    match st.store.thank(&e, helped, helper, &note).await {
        Ok(()) => {}
        Err(StoreError::Conflict(_)) => return Err(AppError::Conflict("err-thanked")),
        Err(err) => return Err(err.into()),
    }
    tell(&st, helper, NoticeKind::Thanks, Some(e.id), None, &e.title, "/account/thanks").await?;
    Ok(see_other(&format!("/n/{}/help/{}?notice=notice-thanked", a.n.slug, e.id)))
}

/// Report an entry to the moderators.
pub async fn report(
    ctx: Ctx,
    State(st): State<AppState>,
    Member(a): Member,
    Path((_, id)): Path<(String, Uuid)>,
    Form(f): Form<ReasonForm>,
) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    let (e, _) = visible_entry(&st, &ctx, &a, id).await?;
    let reason = help::parse_reason(&f.reason)?;
    st.store.report(a.n.id, me, quartier_store::moderation::Reported::Entry(e.id), &reason).await?;
    // Only those who may see the entry hear of it: its title is in the notice.
    let (vis, hidden) = (e.visibility(), e.hidden_reason.is_some());
    let moderators: Vec<Uuid> = st
        .store
        .staff(a.n.id, Role::Moderator)
        .await?
        .into_iter()
        .filter(|(u, r)| help::may_see(Some((*r, MembershipStatus::Verified)), *u == e.author_id, vis, hidden))
        .map(|(u, _)| u)
        .collect();
    let path = format!("/n/{}/moderation", a.n.slug);
    tell_about(&st, &moderators, NoticeKind::Report, &e.title, &path).await?;
    Ok(see_other(&format!("/n/{}/help/{}?notice=notice-reported", a.n.slug, e.id)))
}

/// My own entries and those arranged with me, in every state, expired ones too.
pub async fn mine(ctx: Ctx, State(st): State<AppState>, Member(a): Member) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    let cats = categories(&st, &ctx, a.n.id).await?;
    let own = st.store.entries_of(a.n.id, me).await?;
    let entries = entry_views(&st, &ctx, &cats, &own).await?;
    let (account, shared) = if a.n.time_bank {
        let (balance, rows) = st.store.time_account(a.n.id, me).await?;
        let mine = TimeAccount {
            balance: hours(balance),
            lines: bookings(&st, &ctx, &a, (Account::Person, me), &rows).await?,
        };
        // Coordinators keep the neighbourhood's shared account: help done
        // for neighbours who are not online.
        let shared = if is_coordinator(&a) {
            let (balance, rows) = st.store.neighbourhood_account(a.n.id).await?;
            let lines = bookings(&st, &ctx, &a, (Account::Neighbourhood, a.n.id), &rows).await?;
            Some(TimeAccount { balance: hours(balance), lines })
        } else {
            None
        };
        (Some(mine), shared)
    } else {
        (None, None)
    };
    render(&HelpMinePage { ctx, n: view(&a), entries, account, shared })
}

/// The lines of one time account (`(kind, id)`), newest first: what the
/// help was and with whom. Entries and people are looked up once for all
/// lines. Help booked to the neighbourhood's shared account names the
/// neighbour who is not online.
async fn bookings(
    st: &AppState,
    ctx: &Ctx,
    a: &NbAccess,
    (kind, id): (Account, Uuid),
    rows: &[time_ledger::Model],
) -> Result<Vec<Booking>, AppError> {
    let ids: Vec<Uuid> = rows.iter().map(|r| r.entry_id).collect();
    let entries = st.store.entries_by_ids(a.n.id, &ids).await?;
    // The other side of each booking: a person, or the shared account.
    let other = |r: &time_ledger::Model| {
        if r.to_account() == kind && r.to_id == id { (r.from_account(), r.from_id) } else { (r.to_account(), r.to_id) }
    };
    let mut people: Vec<Uuid> = rows.iter().map(other).filter(|(k, _)| *k == Account::Person).map(|(_, u)| u).collect();
    people.sort();
    people.dedup();
    let people = names_of(st, ctx, &people).await?;
    Ok(rows
        .iter()
        .map(|r| {
            let entry = entries.iter().find(|e| e.id == r.entry_id);
            let offline = entry.and_then(|e| e.on_behalf.clone()).unwrap_or_default();
            let (other_kind, other_id) = other(r);
            let person = || people.get(&other_id).cloned().unwrap_or_default();
            let with = match (kind, other_kind) {
                // My help for someone not online: for them, via the shared account.
                (_, Account::Neighbourhood) => ctx.t1("help-booking-via-neighbourhood", "name", &offline),
                // A line of the shared account: the helper, for whom.
                (Account::Neighbourhood, Account::Person) => {
                    ctx.t2("help-booking-by-for", "helper", &person(), "name", &offline)
                }
                (Account::Person, Account::Person) => person(),
            };
            Booking {
                date: ctx.date(&r.created_at),
                what: entry.map(|e| e.title.clone()).unwrap_or_default(),
                link: format!("/n/{}/help/{}", a.n.slug, r.entry_id),
                with,
                hours: hours(r.minutes_for(kind, id)),
            }
        })
        .collect())
}

/// Thank-you notes I received; I choose which show on my profile.
pub async fn thanks_list(
    ctx: Ctx,
    State(st): State<AppState>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    let mut items = Vec::new();
    for t in st.store.thanks_received(me).await? {
        let from = st.store.user_by_id(t.from_id).await?.map(|u| person_name(&ctx, &u)).unwrap_or_default();
        items.push(ThanksRow { id: t.id.to_string(), from, note: t.note, shown: t.shown });
    }
    render(&super::pages::ThanksPage { notice: notice(&ctx, q.notice.as_deref()), items, ctx })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ShowForm {
    shown: Option<String>,
}

/// Show a thank-you note on my profile, or hide it again.
pub async fn thanks_toggle(
    ctx: Ctx,
    State(st): State<AppState>,
    Path(id): Path<Uuid>,
    Form(f): Form<ShowForm>,
) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    st.store.set_thanks_shown(id, me, f.shown.is_some()).await?;
    Ok(see_other("/account/thanks?notice=notice-saved"))
}
