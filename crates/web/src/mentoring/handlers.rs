//! Route handlers and the guards of mentoring; see the module
//! documentation one level up.

use super::pages::{
    AskFields, AskPage, CloseFields, MentorRow, MentoringPage, OfferPage, OfferState, PairingPage, PairingRow,
    RequestsPage, SessionFields, SessionRow, Tab, TopicBox,
};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::extractors::{Form, Query};
use crate::guards::{NbAccess, inside, path_param};
use crate::notify::tell_about;
use crate::page::{
    Confirm, ConfirmPage, Kept, PageQuery, PagedQuery, Pager, notice, render, render_invalid, see_other,
};
use crate::views::{Choice, person_name, tz_of, view};
use axum::extract::{FromRequestParts, State};
use axum::http::request::Parts;
use axum::response::Response;
use quartier_core::mentoring::{self as rule, Helpful, MentoringAction, Status, Topic, Viewer};
use quartier_core::neighbourhood::Role;
use quartier_core::{FieldError, FieldErrors};
use quartier_store::StoreError;
use quartier_store::entity::{mentoring, user};
use quartier_store::mentoring::{Ask, NewSession, Offer};
use quartier_store::notifications::NoticeKind;
use serde::Deserialize;
use std::collections::HashMap;
use uuid::Uuid;

// --- Guards -------------------------------------------------------------

/// A verified member of the neighbourhood `{slug}` (login first), as they
/// stand to mentoring there.
pub struct MentoringAccess {
    pub nb: NbAccess,
    pub me: Uuid,
}

impl MentoringAccess {
    /// Where mentoring's pages live.
    pub fn base(&self) -> String {
        format!("/n/{}/mentoring", self.nb.n.slug)
    }

    /// Who the reader is to mentoring, and to the request `m` if one is at hand.
    pub fn viewer(&self, m: Option<&mentoring::Model>) -> Viewer {
        let asker = m.is_some_and(|m| m.asker_id == Some(self.me));
        let mentor = m.is_some_and(|m| m.mentor_id == Some(self.me));
        Viewer::of(&self.nb.actor, asker, mentor)
    }

    /// `core::mentoring::mentoring` for the reader.
    pub fn may(&self, m: Option<&mentoring::Model>, action: MentoringAction) -> bool {
        rule::mentoring(self.viewer(m), action)
    }

    /// Whether the reader sees the request `m`: the one visibility rule,
    /// asked by the pairing's page and by every list that shows one.
    pub fn sees(&self, m: &mentoring::Model) -> bool {
        rule::may_see(self.viewer(Some(m)))
    }

    /// Refuse unless the rule grants `action` (403), then unless the
    /// request's state allows it now (409: it moved on meanwhile).
    pub fn require(&self, m: Option<&mentoring::Model>, action: MentoringAction) -> Result<(), AppError> {
        if !self.may(m, action) {
            return Err(AppError::Forbidden);
        }
        match m {
            Some(m) if !m.status().allows(action) => Err(AppError::Conflict("err-mentoring-moved-on")),
            _ => Ok(()),
        }
    }
}

impl FromRequestParts<AppState> for MentoringAccess {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Self, AppError> {
        let ctx = Ctx::from_request_parts(parts, st).await?;
        let slug = path_param(parts, st, "slug").await?;
        // Login, then verified membership.
        let nb = inside(st, &ctx, &slug).await?;
        let me = ctx.require_user()?.id;
        let a = MentoringAccess { nb, me };
        if !a.may(None, MentoringAction::Take) {
            return Err(AppError::Forbidden);
        }
        Ok(a)
    }
}

/// The request `{id}` of `{slug}`, for those who may see it; hidden (404)
/// from every other member.
pub struct Pairing(pub MentoringAccess, pub mentoring::Model);

impl FromRequestParts<AppState> for Pairing {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Self, AppError> {
        let a = MentoringAccess::from_request_parts(parts, st).await?;
        let id: Uuid = path_param(parts, st, "id").await?.parse().map_err(|_| AppError::NotFound)?;
        let m = st.store.mentoring_in(a.nb.n.id, id).await?;
        if !a.sees(&m) {
            return Err(AppError::NotFound);
        }
        Ok(Pairing(a, m))
    }
}

// --- Labels -------------------------------------------------------------

fn topic_label(ctx: &Ctx, t: Topic) -> String {
    ctx.t(&format!("mentoring-topic-{}", t.tag().replace('_', "-")))
}

fn status_label(ctx: &Ctx, s: Status) -> String {
    ctx.t(&format!("mentoring-status-{}", s.tag()))
}

fn helpful_label(ctx: &Ctx, h: Helpful) -> String {
    ctx.t(&format!("mentoring-helpful-{}", h.tag()))
}

fn topics_line(ctx: &Ctx, topics: &[Topic]) -> String {
    topics.iter().map(|t| topic_label(ctx, *t)).collect::<Vec<_>>().join(", ")
}

/// The people a page names, by id (one query for any number).
async fn people(st: &AppState, ids: &[Uuid]) -> Result<HashMap<Uuid, user::Model>, AppError> {
    let mut ids = ids.to_vec();
    ids.sort();
    ids.dedup();
    Ok(st.store.users_by_ids(&ids).await?.into_iter().map(|u| (u.id, u)).collect())
}

fn name_in(ctx: &Ctx, people: &HashMap<Uuid, user::Model>, id: Option<Uuid>) -> String {
    id.and_then(|i| people.get(&i)).map(|u| person_name(ctx, u)).unwrap_or_else(|| ctx.t("former-neighbour"))
}

/// Requests as listed, with their people and organisations (two queries
/// for any number of rows); only those the reader may see.
async fn rows(
    st: &AppState,
    ctx: &Ctx,
    a: &MentoringAccess,
    list: &[mentoring::Model],
) -> Result<Vec<PairingRow>, AppError> {
    let list: Vec<&mentoring::Model> = list.iter().filter(|m| a.sees(m)).collect();
    let ids: Vec<Uuid> = list.iter().flat_map(|m| [m.asker_id, m.mentor_id]).flatten().collect();
    let people = people(st, &ids).await?;
    let orgs: Vec<Uuid> = list.iter().filter_map(|m| m.organisation_id).collect();
    let orgs = if orgs.is_empty() { Vec::new() } else { st.store.organisations_by_ids(&orgs).await? };
    let tz = tz_of(Some(&a.nb.n));
    Ok(list
        .into_iter()
        .map(|m| {
            let mut asker = name_in(ctx, &people, m.asker_id);
            if let Some(o) = m.organisation_id.and_then(|o| orgs.iter().find(|x| x.id == o)) {
                asker = ctx.t2("mentoring-for-organisation", "name", &asker, "subject", &o.name);
            }
            PairingRow {
                href: format!("{}/{}", a.base(), m.id),
                topic: topic_label(ctx, m.topic()),
                status: status_label(ctx, m.status()),
                asker,
                mentor: m.mentor_id.map(|u| name_in(ctx, &people, Some(u))).unwrap_or_default(),
                since: ctx.words().day(m.created_at.with_timezone(&tz).date_naive()),
            }
        })
        .collect())
}

// --- The overview -------------------------------------------------------

/// Mentoring in a neighbourhood: the mentors who help now (a page at a
/// time), the reader's own requests and pairings, and the way to offer or
/// ask; coordinators see how many requests wait.
pub async fn overview(
    ctx: Ctx,
    State(st): State<AppState>,
    a: MentoringAccess,
    Query(q): Query<PagedQuery>,
) -> Result<Response, AppError> {
    let offer = match st.store.mentor_offer(a.nb.n.id, a.me).await? {
        None => OfferState::None,
        Some(o) if o.active => OfferState::Active,
        Some(_) => OfferState::Paused,
    };
    let mine = st.store.mentorings_of(a.nb.n.id, a.me).await?;
    let mine = rows(&st, &ctx, &a, &mine).await?;
    let waiting =
        if a.may(None, MentoringAction::Coordinate) { Some(st.store.mentorings_open(a.nb.n.id).await?) } else { None };
    let page = st.store.mentors_page(a.nb.n.id, q.at.cursor()).await?;
    let pager = Pager::new(&a.base(), &page);
    let people = people(&st, &page.items.iter().map(|m| m.user_id).collect::<Vec<_>>()).await?;
    let mentors = page
        .items
        .iter()
        .filter_map(|m| {
            let u = people.get(&m.user_id).filter(|u| u.deleted_at.is_none())?;
            Some(MentorRow { name: person_name(&ctx, u), topics: topics_line(&ctx, &m.topics()), note: m.note.clone() })
        })
        .collect();
    render(&MentoringPage {
        notice: notice(&ctx, q.notice.as_deref()),
        n: view(&a.nb),
        offer,
        mine,
        waiting,
        mentors,
        pager,
        ctx,
    })
}

// --- Offering -----------------------------------------------------------

/// The offer form: topics as check boxes `topic_<tag>`, a note, and
/// whether the offer stands now (unticked: paused).
#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct OfferForm {
    note: String,
    active: String,
    #[serde(flatten)]
    rest: HashMap<String, String>,
}

impl OfferForm {
    fn checked(&self) -> Vec<&str> {
        let mut out: Vec<&str> = self
            .rest
            .iter()
            .filter(|(k, v)| k.starts_with("topic_") && *v == "yes")
            .map(|(k, _)| k.trim_start_matches("topic_"))
            .collect();
        out.sort_unstable();
        out
    }
}

fn offer_page(ctx: &Ctx, a: &MentoringAccess, existing: bool, f: &OfferForm, errors: FieldErrors) -> OfferPage {
    let checked = f.checked();
    let topics = Topic::ALL
        .iter()
        .map(|t| TopicBox {
            name: format!("topic_{}", t.tag()),
            label: topic_label(ctx, *t),
            checked: checked.contains(&t.tag()),
        })
        .collect();
    OfferPage {
        ctx: ctx.clone(),
        n: view(&a.nb),
        errors,
        existing,
        topics,
        note: f.note.clone(),
        active: f.active == "yes",
    }
}

pub async fn offer_form(ctx: Ctx, State(st): State<AppState>, a: MentoringAccess) -> Result<Response, AppError> {
    let mine = st.store.mentor_offer(a.nb.n.id, a.me).await?;
    let f = match &mine {
        Some(o) => OfferForm {
            note: o.note.clone(),
            active: if o.active { "yes".into() } else { String::new() },
            rest: o.topics().iter().map(|t| (format!("topic_{}", t.tag()), "yes".to_string())).collect(),
        },
        None => OfferForm { active: "yes".into(), ..OfferForm::default() },
    };
    render(&offer_page(&ctx, &a, mine.is_some(), &f, FieldErrors::new()))
}

/// Offer oneself as a mentor, or change or pause the offer.
pub async fn offer_save(
    ctx: Ctx,
    State(st): State<AppState>,
    a: MentoringAccess,
    Form(f): Form<OfferForm>,
) -> Result<Response, AppError> {
    let mut e = FieldErrors::new();
    let topics = e.take(rule::parse_topics(&f.checked()));
    let note = e.take(rule::parse_note("note", &f.note));
    let (Some(topics), Some(note)) = (topics, note) else {
        let existing = st.store.mentor_offer(a.nb.n.id, a.me).await?.is_some();
        return render_invalid(&offer_page(&ctx, &a, existing, &f, e));
    };
    st.store.offer_mentoring(a.nb.n.id, a.me, Offer { topics, note, active: f.active == "yes" }).await?;
    Ok(see_other(&format!("{}?notice=notice-mentoring-offered", a.base())))
}

// --- Asking -------------------------------------------------------------

async fn ask_page(
    st: &AppState,
    ctx: &Ctx,
    a: &MentoringAccess,
    f: AskFields,
    errors: FieldErrors,
) -> Result<AskPage, AppError> {
    let administered = st.store.organisations_administered(a.me).await?;
    let mut organisations = Vec::new();
    if !administered.is_empty() {
        organisations.push(Choice { value: String::new(), label: ctx.t("mentoring-for-me") });
        organisations.extend(administered.into_iter().map(|o| Choice { value: o.id.to_string(), label: o.name }));
    }
    Ok(AskPage {
        ctx: ctx.clone(),
        n: view(&a.nb),
        errors,
        topics: Topic::ALL.iter().map(|t| Choice { value: t.tag().into(), label: topic_label(ctx, *t) }).collect(),
        f,
        organisations,
    })
}

pub async fn ask_form(
    ctx: Ctx,
    State(st): State<AppState>,
    a: MentoringAccess,
    Query(f): Query<AskFields>,
) -> Result<Response, AppError> {
    // A topic may come with the link ("ask about this").
    let f = AskFields { topic: rule::parse_topic(&f.topic).map(|t| t.tag().to_string()).unwrap_or_default(), ..f };
    render(&ask_page(&st, &ctx, &a, f, FieldErrors::new()).await?)
}

/// Ask for a mentor, for oneself or for an organisation one administers;
/// the coordinators hear of it.
pub async fn ask_create(
    ctx: Ctx,
    State(st): State<AppState>,
    a: MentoringAccess,
    Form(f): Form<AskFields>,
) -> Result<Response, AppError> {
    let mut e = FieldErrors::new();
    let topic = e.take(rule::parse_topic(&f.topic));
    let note = e.take(rule::parse_note("note", &f.note));
    let organisation = match f.organisation.trim() {
        "" => None,
        raw => {
            let mine = st.store.organisations_administered(a.me).await?;
            let found = raw.parse::<Uuid>().ok().filter(|id| mine.iter().any(|o| o.id == *id));
            if found.is_none() {
                e.push(FieldError::new("organisation", "err-mentoring-organisation"));
            }
            found
        }
    };
    let (Some(topic), Some(note), true) = (topic, note, e.is_empty()) else {
        return render_invalid(&ask_page(&st, &ctx, &a, f, e).await?);
    };
    let m = st.store.ask_for_mentor(a.nb.n.id, Ask { asker: a.me, organisation, topic, note }).await?;
    let here = format!("{}/{}", a.base(), m.id);
    let coordinators: Vec<Uuid> =
        st.store.people_with_role(a.nb.n.id, Role::Coordinator).await?.into_iter().filter(|u| *u != a.me).collect();
    tell_about(&st, &coordinators, NoticeKind::MentoringRequest, &topic_label(&ctx, topic), &here).await?;
    Ok(see_other(&format!("{here}?notice=notice-mentoring-asked")))
}

// --- The coordinators' list ---------------------------------------------

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RequestsQuery {
    status: String,
    #[serde(flatten)]
    at: PageQuery,
}

/// Every request of the neighbourhood in one state (open ones first), a
/// page at a time: for coordinators.
pub async fn requests(
    ctx: Ctx,
    State(st): State<AppState>,
    a: MentoringAccess,
    Query(q): Query<RequestsQuery>,
) -> Result<Response, AppError> {
    a.require(None, MentoringAction::Coordinate)?;
    let status = Status::from_tag(q.status.trim()).unwrap_or(Status::Open);
    let page = st.store.mentorings_page(a.nb.n.id, status, q.at.cursor()).await?;
    let here = format!("{}/requests?status={}", a.base(), status.tag());
    let pager = Pager::new(&here, &page);
    let tabs = Status::ALL
        .iter()
        .map(|s| Tab {
            href: format!("{}/requests?status={}", a.base(), s.tag()),
            label: ctx.t(&format!("mentoring-list-{}", s.tag())),
            current: *s == status,
        })
        .collect();
    let rows = rows(&st, &ctx, &a, &page.items).await?;
    render(&RequestsPage {
        n: view(&a.nb),
        tabs,
        shown: ctx.t(&format!("mentoring-list-{}", status.tag())),
        rows,
        pager,
        ctx,
    })
}

// --- One pairing --------------------------------------------------------

/// What the pairing page shows besides the pairing itself.
#[derive(Default)]
struct Typed {
    chosen: String,
    s: SessionFields,
    c: CloseFields,
}

#[allow(clippy::too_many_arguments)]
async fn pairing_page(
    st: &AppState,
    ctx: &Ctx,
    a: &MentoringAccess,
    m: &mentoring::Model,
    note: Option<String>,
    at: &PageQuery,
    errors: FieldErrors,
    typed: Typed,
) -> Result<PairingPage, AppError> {
    let status = m.status();
    let can = |action| a.may(Some(m), action) && status.allows(action);
    let choose = if can(MentoringAction::Pair) {
        "pair"
    } else if can(MentoringAction::Pick) {
        "pick"
    } else {
        ""
    };
    let choices = if choose.is_empty() { Vec::new() } else { st.store.mentor_choices(a.nb.n.id).await? };
    let base = format!("{}/{}", a.base(), m.id);
    let sessions = st.store.mentoring_sessions(m.id, at.cursor()).await?;
    let pager = Pager::new(&base, &sessions);
    // Everyone the page names, in one query.
    let mut ids: Vec<Uuid> = [m.asker_id, m.mentor_id].into_iter().flatten().collect();
    ids.extend(sessions.items.iter().filter_map(|s| s.logged_by));
    ids.extend(choices.iter().map(|c| c.user_id));
    let people = people(st, &ids).await?;
    let organisation = match m.organisation_id {
        Some(o) => st.store.organisations_by_ids(&[o]).await?.pop().map(|o| o.name).unwrap_or_default(),
        None => String::new(),
    };
    let topic = m.topic();
    let (mut offering, mut others): (Vec<Choice>, Vec<Choice>) = (Vec::new(), Vec::new());
    for c in choices.iter().filter(|c| Some(c.user_id) != m.asker_id) {
        let Some(u) = people.get(&c.user_id).filter(|u| u.deleted_at.is_none()) else { continue };
        let choice = Choice {
            value: u.id.to_string(),
            label: format!("{} ({})", person_name(ctx, u), topics_line(ctx, &c.topics())),
        };
        if c.topics().contains(&topic) { offering.push(choice) } else { others.push(choice) }
    }
    offering.extend(others);
    let tz = tz_of(Some(&a.nb.n));
    let w = ctx.words();
    let today = st.store.now().with_timezone(&tz).date_naive();
    Ok(PairingPage {
        ctx: ctx.clone(),
        n: view(&a.nb),
        notice: note,
        topic: topic_label(ctx, topic),
        status: status_label(ctx, status),
        note: m.note.clone(),
        asker: name_in(ctx, &people, m.asker_id),
        organisation,
        mentor: m.mentor_id.map(|u| name_in(ctx, &people, Some(u))).unwrap_or_default(),
        since: w.day(m.created_at.with_timezone(&tz).date_naive()),
        choose,
        mentors: offering,
        chosen: typed.chosen,
        may_answer: can(MentoringAction::Answer),
        may_work: can(MentoringAction::Work),
        closed: status == Status::Closed,
        helpful: m.helpful().map(|h| helpful_label(ctx, h)).unwrap_or_default(),
        evaluation: m.evaluation.clone(),
        sessions: sessions
            .items
            .iter()
            .map(|s| SessionRow {
                date: w.day(s.held_on),
                what: s.topic.clone(),
                next: s.next_steps.clone(),
                by: name_in(ctx, &people, s.logged_by),
            })
            .collect(),
        pager,
        errors,
        s: SessionFields {
            held_on: if typed.s.held_on.is_empty() { today.format("%Y-%m-%d").to_string() } else { typed.s.held_on },
            ..typed.s
        },
        c: typed.c,
        today: today.format("%Y-%m-%d").to_string(),
        helpful_choices: Helpful::ALL
            .iter()
            .map(|h| Choice { value: h.tag().into(), label: helpful_label(ctx, *h) })
            .collect(),
        base,
    })
}

/// One request or pairing: for the person who asked, the mentor and the
/// coordinators; the sessions a page at a time, latest first.
pub async fn pairing(
    ctx: Ctx,
    State(st): State<AppState>,
    Pairing(a, m): Pairing,
    Query(q): Query<PagedQuery>,
) -> Result<Response, AppError> {
    let note = notice(&ctx, q.notice.as_deref());
    render(&pairing_page(&st, &ctx, &a, &m, note, &q.at, FieldErrors::new(), Typed::default()).await?)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct MentorForm {
    mentor: String,
}

/// The mentor chosen: someone offering help in this neighbourhood now,
/// still a verified member, and not the person who asked.
async fn offered_mentor(
    st: &AppState,
    a: &MentoringAccess,
    m: &mentoring::Model,
    raw: &str,
) -> Result<Result<Uuid, FieldError>, AppError> {
    let wrong = FieldError::new("mentor", "err-mentoring-mentor");
    let Ok(id) = raw.trim().parse::<Uuid>() else { return Ok(Err(wrong)) };
    if Some(id) == m.asker_id || !st.store.mentor_offer(a.nb.n.id, id).await?.is_some_and(|o| o.active) {
        return Ok(Err(wrong));
    }
    let member = st.store.membership(id, a.nb.n.id).await?;
    let verified = member.is_some_and(|ms| {
        quartier_store::neighbourhoods::membership_state(&ms).1
            == quartier_core::neighbourhood::MembershipStatus::Verified
    });
    Ok(if verified { Ok(id) } else { Err(wrong) })
}

/// A second answer or pairing at once changed nothing.
fn moved_on(e: StoreError) -> AppError {
    match e {
        StoreError::Invalid(_) => AppError::Conflict("err-mentoring-moved-on"),
        other => other.into(),
    }
}

/// Those of `people` other than the reader.
fn others(a: &MentoringAccess, people: &[Option<Uuid>]) -> Vec<Uuid> {
    people.iter().flatten().copied().filter(|u| *u != a.me).collect()
}

/// The mentor chosen in the form, or the pairing page again with the
/// message next to the field (for pairing and picking alike).
async fn chosen_mentor(
    st: &AppState,
    ctx: &Ctx,
    a: &MentoringAccess,
    m: &mentoring::Model,
    chosen: String,
) -> Result<Result<Uuid, Response>, AppError> {
    match offered_mentor(st, a, m, &chosen).await? {
        Ok(id) => Ok(Ok(id)),
        Err(e) => {
            let typed = Typed { chosen, ..Typed::default() };
            let page = pairing_page(st, ctx, a, m, None, &PageQuery::default(), e.into(), typed).await?;
            Ok(Err(render_invalid(&page)?))
        }
    }
}

/// A coordinator pairs an open request with a mentor; both hear of it.
pub async fn pair(
    ctx: Ctx,
    State(st): State<AppState>,
    Pairing(a, m): Pairing,
    Form(f): Form<MentorForm>,
) -> Result<Response, AppError> {
    a.require(Some(&m), MentoringAction::Pair)?;
    let mentor = match chosen_mentor(&st, &ctx, &a, &m, f.mentor).await? {
        Ok(id) => id,
        Err(page) => return Ok(page),
    };
    st.store.pair_mentoring(m.id, mentor, a.me).await.map_err(moved_on)?;
    let here = format!("{}/{}", a.base(), m.id);
    let to = others(&a, &[Some(mentor), m.asker_id]);
    tell_about(&st, &to, NoticeKind::MentoringPaired, &topic_label(&ctx, m.topic()), &here).await?;
    Ok(see_other(&format!("{here}?notice=notice-mentoring-paired")))
}

/// The person who asked picks a mentor, who is asked to say yes.
pub async fn pick(
    ctx: Ctx,
    State(st): State<AppState>,
    Pairing(a, m): Pairing,
    Form(f): Form<MentorForm>,
) -> Result<Response, AppError> {
    a.require(Some(&m), MentoringAction::Pick)?;
    let mentor = match chosen_mentor(&st, &ctx, &a, &m, f.mentor).await? {
        Ok(id) => id,
        Err(page) => return Ok(page),
    };
    st.store.pick_mentor(m.id, mentor).await.map_err(moved_on)?;
    let here = format!("{}/{}", a.base(), m.id);
    tell_about(&st, &[mentor], NoticeKind::MentoringPicked, &topic_label(&ctx, m.topic()), &here).await?;
    Ok(see_other(&format!("{here}?notice=notice-mentoring-picked")))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AnswerForm {
    /// `yes` or `no`.
    answer: String,
}

/// The picked mentor says yes or no; the person who asked hears which,
/// and after a no the coordinators hear the request waits again.
pub async fn answer(
    ctx: Ctx,
    State(st): State<AppState>,
    Pairing(a, m): Pairing,
    Form(f): Form<AnswerForm>,
) -> Result<Response, AppError> {
    a.require(Some(&m), MentoringAction::Answer)?;
    let accept = match f.answer.as_str() {
        "yes" => true,
        "no" => false,
        _ => return Err(AppError::BadRequest),
    };
    st.store.answer_mentoring(m.id, accept).await.map_err(moved_on)?;
    let here = format!("{}/{}", a.base(), m.id);
    let topic = topic_label(&ctx, m.topic());
    let asker = others(&a, &[m.asker_id]);
    if accept {
        tell_about(&st, &asker, NoticeKind::MentoringAccepted, &topic, &here).await?;
        return Ok(see_other(&format!("{here}?notice=notice-mentoring-accepted")));
    }
    tell_about(&st, &asker, NoticeKind::MentoringDeclined, &topic, &here).await?;
    let coordinators: Vec<Uuid> =
        st.store.people_with_role(a.nb.n.id, Role::Coordinator).await?.into_iter().filter(|u| *u != a.me).collect();
    tell_about(&st, &coordinators, NoticeKind::MentoringRequest, &topic, &here).await?;
    // The mentor who said no no longer sees the request.
    Ok(see_other(&format!("{}?notice=notice-mentoring-declined", a.base())))
}

/// Log a session of the pairing.
pub async fn log_session(
    ctx: Ctx,
    State(st): State<AppState>,
    Pairing(a, m): Pairing,
    Form(f): Form<SessionFields>,
) -> Result<Response, AppError> {
    a.require(Some(&m), MentoringAction::Work)?;
    let today = st.store.now().with_timezone(&tz_of(Some(&a.nb.n))).date_naive();
    let mut e = FieldErrors::new();
    let held_on = e.take(rule::parse_held_on(&f.held_on, today));
    let what = e.take(rule::parse_session_topic(&f.what));
    let next = e.take(rule::parse_note("next", &f.next));
    let (Some(held_on), Some(topic), Some(next_steps)) = (held_on, what, next) else {
        let typed = Typed { s: f, ..Typed::default() };
        return render_invalid(&pairing_page(&st, &ctx, &a, &m, None, &PageQuery::default(), e, typed).await?);
    };
    st.store.log_mentoring_session(&m, a.me, NewSession { held_on, topic, next_steps }).await?;
    Ok(see_other(&format!("{}/{}?notice=notice-mentoring-session", a.base(), m.id)))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CloseForm {
    #[serde(flatten)]
    c: CloseFields,
    #[serde(flatten)]
    confirm: Confirm,
}

/// Close the pairing with an evaluation. It cannot be undone, so it asks
/// first (carrying the evaluation through); the others hear of it.
pub async fn close(
    ctx: Ctx,
    State(st): State<AppState>,
    Pairing(a, m): Pairing,
    Form(f): Form<CloseForm>,
) -> Result<Response, AppError> {
    a.require(Some(&m), MentoringAction::Work)?;
    let mut e = FieldErrors::new();
    let helpful = e.take(Helpful::parse(&f.c.helpful));
    let evaluation = e.take(rule::parse_note("evaluation", &f.c.evaluation));
    let (Some(helpful), Some(evaluation)) = (helpful, evaluation) else {
        let typed = Typed { c: f.c, ..Typed::default() };
        return render_invalid(&pairing_page(&st, &ctx, &a, &m, None, &PageQuery::default(), e, typed).await?);
    };
    let here = format!("{}/{}", a.base(), m.id);
    if !f.confirm.given() {
        let topic = topic_label(&ctx, m.topic());
        return render(&ConfirmPage {
            title: ctx.t("mentoring-close-title"),
            text: ctx.t1("mentoring-close-text", "subject", &topic),
            action: format!("{here}/close"),
            yes: ctx.t("mentoring-close-yes"),
            back: here,
            keep: vec![
                Kept { name: "helpful".into(), value: helpful.tag().into() },
                Kept { name: "evaluation".into(), value: evaluation },
            ],
            ctx,
        });
    }
    st.store.close_mentoring(m.id, helpful, &evaluation).await.map_err(moved_on)?;
    let to = others(&a, &[m.asker_id, m.mentor_id]);
    tell_about(&st, &to, NoticeKind::MentoringClosed, &topic_label(&ctx, m.topic()), &here).await?;
    Ok(see_other(&format!("{here}?notice=notice-mentoring-closed")))
}
