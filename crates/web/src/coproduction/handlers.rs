//! Route handlers; see the module documentation one level up.

use super::access::{ProjectAccess, ProjectReader, audience, settle};
use super::pages::{
    CommentRow, MeetingRow, PersonRow, PhaseStep, ProjectFormPage, ProjectLink, ProjectPage, ProjectRow, ProjectsPage,
    ProposalFields, ProposalPage, ProposalRow, SurveyRow, TallyLine, TaskRow, VoteRow,
};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::extractors::{Form, Path, Query};
use crate::guards::{Member, NbAccess};
use crate::page::{NoticeQuery, notice, render, render_invalid, see_other};
use crate::views::{Choice, EasyList, person_name, tz_of, view};
use axum::extract::State;
use axum::response::Response;
use quartier_core::FieldErrors;
use quartier_core::coproduction::{
    self as co, Balance, Channel, Choice as Vote, Joining, Outcome, PartRole, Phase, ProjectAction, ProposalKind, Rule,
    Standing, Viewer,
};
use quartier_core::easy::ContentKind;
use quartier_core::policy::{self, NeighbourhoodAction};
use quartier_store::StoreError;
use quartier_store::coproduction::{Ballot, NewProject, NewProposal, ParticipantChange, ParticipantRow, tally};
use quartier_store::entity::{project_proposal, project_task};
use quartier_store::notifications::NoticeKind;
use serde::Deserialize;
use std::collections::HashMap;
use uuid::Uuid;

/// Projects listed on one page; more is a later session's paging.
const LIST_LIMIT: u64 = 100;
/// Proposals and tasks shown on a project's page.
const PAGE_LIMIT: u64 = 200;

fn role_choices(ctx: &Ctx) -> Vec<Choice> {
    PartRole::ALL.iter().map(|r| Choice { value: r.tag().into(), label: role_label(ctx, *r) }).collect()
}

fn role_label(ctx: &Ctx, r: PartRole) -> String {
    ctx.t(&format!("coprod-role-{}", r.tag().replace('_', "-")))
}

fn phase_label(ctx: &Ctx, p: Phase) -> String {
    ctx.t(&format!("coprod-phase-{}", p.tag().replace('_', "-")))
}

fn standing_label(ctx: &Ctx, s: Standing) -> String {
    ctx.t(&format!("coprod-standing-{}", s.tag()))
}

fn rule_label(ctx: &Ctx, r: Rule) -> String {
    ctx.t(&format!("coprod-rule-{}", r.tag().replace('_', "-")))
}

fn choice_label(ctx: &Ctx, rule: Rule, c: Vote) -> String {
    let set = if rule == Rule::Consent { "consent" } else { "vote" };
    ctx.t(&format!("coprod-{set}-{}", c.tag()))
}

fn outcome_label(ctx: &Ctx, o: Outcome) -> String {
    ctx.t(&format!("coprod-outcome-{}", o.tag().replace('_', "-")))
}

/// The projects of a neighbourhood the reader may see.
pub async fn list(
    ctx: Ctx,
    State(st): State<AppState>,
    Member(a): Member,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    settle_all(&st, &a).await?;
    let rows = st.store.projects_in(a.n.id, LIST_LIMIT).await?;
    let ids: Vec<Uuid> = rows.iter().map(|(p, _)| p.id).collect();
    let mine = st.store.project_standings(me, &ids).await?;
    let coordinator = policy::neighbourhood(&a.actor, NeighbourhoodAction::ConfirmMembers);
    let projects = rows
        .into_iter()
        .filter(|(p, _)| {
            let viewer = Viewer { verified: a.actor.verified(), coordinator, standing: mine.get(&p.id).copied() };
            co::may_see(p.joining(), viewer)
        })
        .map(|(p, count)| ProjectRow {
            id: p.id.to_string(),
            goal: p.goal.chars().take(200).collect(),
            phase: phase_label(&ctx, p.phase()),
            joining: ctx.t(&format!("coprod-joining-{}", p.joining)),
            people: ctx.t1("coprod-people-count", "count", &count.to_string()),
            mine: mine.get(&p.id).map(|s| standing_label(&ctx, *s)).unwrap_or_default(),
            title: p.title,
        })
        .collect();
    render(&ProjectsPage { notice: notice(&ctx, q.notice.as_deref()), n: view(&a), projects, ctx })
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct ProjectForm {
    title: String,
    goal: String,
    joining: String,
    role: String,
    organisation: String,
}

async fn form_page(
    st: &AppState,
    ctx: &Ctx,
    a: &NbAccess,
    me: Uuid,
    f: ProjectForm,
    errors: FieldErrors,
) -> Result<ProjectFormPage, AppError> {
    let mut organisations = vec![Choice { value: String::new(), label: ctx.t("coprod-on-behalf-none") }];
    for o in st.store.organisations_administered(me).await? {
        organisations.push(Choice { value: o.id.to_string(), label: o.name });
    }
    Ok(ProjectFormPage {
        ctx: ctx.clone(),
        n: view(a),
        errors,
        title: f.title,
        goal: f.goal,
        joining: if f.joining.is_empty() { Joining::Open.tag().into() } else { f.joining },
        role: if f.role.is_empty() { PartRole::ServiceUser.tag().into() } else { f.role },
        organisation: f.organisation,
        organisations,
        roles: role_choices(ctx),
    })
}

pub async fn new_form(ctx: Ctx, State(st): State<AppState>, Member(a): Member) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    render(&form_page(&st, &ctx, &a, me, ProjectForm::default(), FieldErrors::new()).await?)
}

/// Start a project; the starter is its first participant and facilitator.
pub async fn create(
    ctx: Ctx,
    State(st): State<AppState>,
    Member(a): Member,
    Form(f): Form<ProjectForm>,
) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    let mut e = FieldErrors::new();
    let title = e.take(co::parse_title(&f.title));
    let goal = e.take(co::parse_goal(&f.goal));
    let joining = e.take(Joining::parse(&f.joining));
    let role = e.take(PartRole::parse(&f.role));
    // Only an organisation the starter administers.
    let organisation = match f.organisation.trim() {
        "" => None,
        raw => {
            let mine = st.store.organisations_administered(me).await?;
            let found = raw.parse::<Uuid>().ok().filter(|id| mine.iter().any(|o| o.id == *id));
            if found.is_none() {
                e.push(quartier_core::FieldError::new("organisation", "err-coprod-organisation"));
            }
            found
        }
    };
    match (title, goal, joining, role) {
        (Some(title), Some(goal), Some(joining), Some(role)) if e.is_empty() => {
            let p =
                st.store.create_project(a.n.id, me, NewProject { title, goal, joining, organisation, role }).await?;
            Ok(see_other(&format!("/n/{}/projects/{}?notice=notice-project-created", a.n.slug, p.id)))
        }
        _ => render_invalid(&form_page(&st, &ctx, &a, me, f, e).await?),
    }
}

fn person_row(ctx: &Ctx, r: &ParticipantRow, names: &HashMap<Uuid, String>) -> PersonRow {
    let proxy = r.p.proxy_id.and_then(|x| names.get(&x).cloned());
    PersonRow {
        id: r.user.id.to_string(),
        name: names.get(&r.user.id).cloned().unwrap_or_default(),
        role: role_label(ctx, r.p.role()),
        role_tag: r.p.role().tag().into(),
        facilitator: r.p.standing() == Some(Standing::Facilitator),
        proxy: proxy.map(|n| ctx.t1("coprod-votes-through", "name", &n)).unwrap_or_default(),
    }
}

fn share(ctx: &Ctx, part: u32, whole: u32, pct: u32) -> String {
    ctx.words()
        .ta("coprod-share", &[("count", part.to_string()), ("subject", whole.to_string()), ("name", pct.to_string())])
}

fn status_of(ctx: &Ctx, a: &ProjectAccess, pr: &project_proposal::Model) -> String {
    match pr.outcome() {
        Some(o) => outcome_label(ctx, o),
        None => ctx.t1("coprod-open-until", "date", &ctx.datetime(&pr.closes_at, &a.nb.n.timezone)),
    }
}

fn task_rows(
    ctx: &Ctx,
    a: &ProjectAccess,
    tasks: &[project_task::Model],
    names: &HashMap<Uuid, String>,
) -> Vec<TaskRow> {
    tasks
        .iter()
        .map(|t| TaskRow {
            id: t.id.to_string(),
            what: t.what.clone(),
            who: t
                .assignee_id
                .and_then(|u| names.get(&u).cloned())
                .unwrap_or_else(|| ctx.t("coprod-former-participant")),
            due: t.due_on.map(|d| ctx.words().day(d)).unwrap_or_default(),
            done: t.done_at.is_some(),
            may_tick: t.done_at.is_none() && co::may_tick(t.assignee_id == Some(a.me), a.standing),
        })
        .collect()
}

/// Names of everyone in the project, by id.
fn names_of(ctx: &Ctx, people: &[ParticipantRow]) -> HashMap<Uuid, String> {
    people.iter().map(|r| (r.user.id, person_name(ctx, &r.user))).collect()
}

pub(super) async fn project_page(
    st: &AppState,
    ctx: &Ctx,
    a: &ProjectAccess,
    errors: FieldErrors,
    form: ProposalFields,
    note: Option<String>,
) -> Result<ProjectPage, AppError> {
    let people = st.store.project_people(a.p.id).await?;
    let names = names_of(ctx, &people);
    let mut balance = Balance::default();
    let (mut taking, mut requests, mut invited) = (Vec::new(), Vec::new(), Vec::new());
    for r in &people {
        let row = person_row(ctx, r, &names);
        match r.p.standing() {
            Some(s) if s.takes_part() => {
                balance.add(r.p.role(), s == Standing::Facilitator);
                taking.push(row);
            }
            Some(Standing::Requested) => requests.push(row),
            Some(Standing::Invited) => invited.push(row),
            _ => {}
        }
    }
    let facilitates = a.may(ProjectAction::Facilitate);
    // At most 500 neighbours to choose from, by name (a quarter larger
    // than that needs a search by name here).
    let invitable = if facilitates {
        let mut people: Vec<Choice> = st
            .store
            .newest_members(a.nb.n.id, 500)
            .await?
            .into_iter()
            .filter(|m| !names.contains_key(&m.user.id))
            .map(|m| Choice { value: m.user.id.to_string(), label: person_name(ctx, &m.user) })
            .collect();
        people.sort_by_key(|c| c.label.to_lowercase());
        people
    } else {
        Vec::new()
    };
    let proposals = st.store.proposals_of(a.p.id, PAGE_LIMIT).await?;
    // Readers of Leichte Sprache see the checked easy titles.
    let easy = EasyList::load(st, ctx.words(), ContentKind::ProjectProposal, proposals.iter().map(|p| p.id)).await?;
    let (mut open, mut decided) = (Vec::new(), Vec::new());
    for pr in &proposals {
        let mut title = pr.title.clone();
        easy.apply(pr.id, &mut title, &mut false);
        let row = ProposalRow {
            id: pr.id.to_string(),
            title,
            status: status_of(ctx, a, pr),
            rule: rule_label(ctx, pr.rule()),
            next_phase: pr.kind() == Some(ProposalKind::NextPhase),
        };
        if pr.outcome().is_some() { decided.push(row) } else { open.push(row) }
    }
    let tasks = st.store.project_tasks(a.p.id, PAGE_LIMIT).await?;
    let surveys = st.store.surveys_of(a.p.id, PAGE_LIMIT).await?;
    let survey_ids: Vec<Uuid> = surveys.iter().map(|s| s.id).collect();
    let answers = st.store.survey_response_counts(&survey_ids).await?;
    let surveys = surveys
        .iter()
        .map(|s| SurveyRow {
            id: s.id.to_string(),
            title: s.title.clone(),
            status: ctx.t(&format!("survey-status-{}", s.status().tag())),
            answers: ctx.t1("survey-answers-count", "count", &answers.get(&s.id).copied().unwrap_or(0).to_string()),
        })
        .collect();
    let now = st.store.now();
    let meetings = st
        .store
        .meetings_of(a.p.id, super::meetings::MEETINGS_LIMIT)
        .await?
        .iter()
        .map(|m| MeetingRow {
            id: m.m.id.to_string(),
            title: m.event.title.clone(),
            when: super::meetings::meeting_when(ctx, &a.nb.n.timezone, m),
            past: m.event.ends_at <= now,
            has_minutes: !m.m.minutes.is_empty(),
        })
        .collect();
    // The project it continues and the one it was continued as, each
    // shown only to those its own rule lets see it.
    let (before, after) = st.store.project_lineage(&a.p).await?;
    let lineage: Vec<Uuid> = before.iter().chain(after.iter()).map(|p| p.id).collect();
    let lineage_standings =
        if lineage.is_empty() { HashMap::new() } else { st.store.project_standings(a.me, &lineage).await? };
    let link = |p: Option<quartier_store::entity::project::Model>| {
        p.filter(|p| co::may_see(p.joining(), Viewer { standing: lineage_standings.get(&p.id).copied(), ..a.viewer }))
            .map(|p| ProjectLink { id: p.id.to_string(), title: p.title })
    };
    let continue_passed =
        proposals.iter().any(|pr| pr.kind() == Some(ProposalKind::Continue) && pr.outcome() == Some(Outcome::Passed));
    let may_continue =
        a.may(ProjectAction::Continue) && co::may_continue(a.p.phase(), continue_passed, after.is_some());
    let organisation = match a.p.organisation_id {
        Some(o) => st.store.organisation_by_id(o).await.map(|o| o.name).unwrap_or_default(),
        None => String::new(),
    };
    let current = a.p.phase();
    let phases = Phase::ALL
        .iter()
        .map(|ph| PhaseStep {
            label: phase_label(ctx, *ph),
            current: if *ph == current { "step" } else { "" },
            done: Phase::ALL.iter().position(|x| x == ph) < Phase::ALL.iter().position(|x| *x == current),
        })
        .collect();
    Ok(ProjectPage {
        ctx: ctx.clone(),
        n: view(&a.nb),
        notice: note,
        id: a.p.id.to_string(),
        title: a.p.title.clone(),
        goal_html: crate::markdown::to_html(&a.p.goal),
        organisation,
        joining_label: ctx.t(&format!("coprod-joining-{}", a.p.joining)),
        phases,
        standing: a.standing.map(|s| s.tag().to_string()).unwrap_or_default(),
        my_role: a.role.map(|r| r.tag().to_string()).unwrap_or_default(),
        takes_part: a.may(ProjectAction::TakePart),
        facilitates,
        may_request: a.may(ProjectAction::RequestToJoin),
        users_share: share(ctx, balance.users, balance.participants, balance.users_percent()),
        leaders_share: share(ctx, balance.leading_users, balance.leaders, balance.leading_users_percent()),
        users_do_not_lead: !balance.users_lead(),
        people: taking,
        requests: if facilitates { requests } else { Vec::new() },
        invited,
        roles: role_choices(ctx),
        invitable,
        open_proposals: open,
        decided_proposals: decided,
        tasks: task_rows(ctx, a, &tasks, &names),
        task_base: a.base(),
        errors,
        form,
        kinds: ProposalKind::ALL
            .iter()
            .map(|k| Choice {
                value: k.tag().into(),
                label: ctx.t(&format!("coprod-kind-{}", k.tag().replace('_', "-"))),
            })
            .collect(),
        rules: Rule::ALL.iter().map(|r| Choice { value: r.tag().into(), label: rule_label(ctx, *r) }).collect(),
        has_next_phase: current.next().is_some(),
        surveys,
        checking: current == Phase::Checking,
        meetings,
        may_plan_meeting: a.may(ProjectAction::PlanMeeting),
        continues: link(before),
        continued_as: link(after),
        may_continue,
    })
}

pub(super) fn default_fields() -> ProposalFields {
    ProposalFields {
        kind: ProposalKind::Decision.tag().into(),
        rule: Rule::Majority.tag().into(),
        quorum: "50".into(),
        closes_time: "18:00".into(),
        ..ProposalFields::default()
    }
}

/// The project's page: goal, phase, people and their roles, proposals, tasks.
pub async fn show(
    ctx: Ctx,
    State(st): State<AppState>,
    ProjectReader(a): ProjectReader,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let note = notice(&ctx, q.notice.as_deref());
    render(&project_page(&st, &ctx, &a, FieldErrors::new(), default_fields(), note).await?)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RoleForm {
    role: String,
    answer: String,
}

/// Ask to take part in an open project, saying one's role; the
/// facilitators hear of it.
pub async fn join(
    State(st): State<AppState>,
    ProjectReader(a): ProjectReader,
    Form(f): Form<RoleForm>,
) -> Result<Response, AppError> {
    a.require(ProjectAction::RequestToJoin)?;
    let role = PartRole::parse(&f.role).unwrap_or(PartRole::ServiceUser);
    match st.store.add_to_project(a.p.id, a.me, Standing::Requested, role, None).await {
        Ok(()) => {
            let leaders = st.store.project_members(a.p.id, true).await?;
            let leaders = audience(&st, &a.nb.n, &a.p, &leaders).await?;
            crate::notify::tell_about(&st, &leaders, NoticeKind::ProjectRequest, &a.p.title, &a.base()).await?;
        }
        Err(StoreError::Conflict(_)) => {}
        Err(e) => return Err(e.into()),
    }
    Ok(see_other(&format!("{}?notice=notice-project-requested", a.base())))
}

/// The invited person accepts (saying their role) or declines.
pub async fn answer_invitation(
    State(st): State<AppState>,
    ProjectReader(a): ProjectReader,
    Form(f): Form<RoleForm>,
) -> Result<Response, AppError> {
    a.require(ProjectAction::AnswerInvitation)?;
    let accept = match f.answer.as_str() {
        "accept" => true,
        "decline" => false,
        _ => return Err(AppError::BadRequest),
    };
    let role = PartRole::parse(&f.role).ok();
    st.store.answer_project(a.p.id, a.me, Standing::Invited, accept, role).await?;
    if accept {
        Ok(see_other(&format!("{}?notice=notice-project-joined", a.base())))
    } else {
        Ok(see_other(&format!("/n/{}/projects?notice=notice-invitation-declined", a.nb.n.slug)))
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct InviteForm {
    person: String,
}

/// A facilitator invites a verified member of the quarter; they hear of it.
pub async fn invite(
    State(st): State<AppState>,
    ProjectReader(a): ProjectReader,
    Form(f): Form<InviteForm>,
) -> Result<Response, AppError> {
    a.require(ProjectAction::Facilitate)?;
    let person: Uuid = f.person.trim().parse().map_err(|_| AppError::BadRequest)?;
    let verified = st
        .store
        .membership(person, a.nb.n.id)
        .await?
        .is_some_and(|m| m.status() == quartier_core::neighbourhood::MembershipStatus::Verified);
    if !verified {
        return Err(AppError::Conflict("err-not-a-neighbour"));
    }
    match st.store.add_to_project(a.p.id, person, Standing::Invited, PartRole::ServiceUser, Some(a.me)).await {
        Ok(()) => {
            let to = audience(&st, &a.nb.n, &a.p, &[person]).await?;
            crate::notify::tell_about(&st, &to, NoticeKind::ProjectInvited, &a.p.title, &a.base()).await?;
            Ok(see_other(&format!("{}?notice=notice-invited", a.base())))
        }
        Err(StoreError::Conflict(_)) => Err(AppError::Conflict("err-coprod-already-in")),
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PersonForm {
    change: String,
    role: String,
    proxy: String,
}

/// A facilitator answers a request (the person hears the outcome),
/// corrects a role, makes someone facilitator or a plain participant
/// again, or names the proxy who votes for them.
pub async fn facilitate(
    State(st): State<AppState>,
    ProjectReader(a): ProjectReader,
    Path((_, _, user)): Path<(String, Uuid, Uuid)>,
    Form(f): Form<PersonForm>,
) -> Result<Response, AppError> {
    a.require(ProjectAction::Facilitate)?;
    let change = match f.change.as_str() {
        "accept" | "decline" => {
            let accept = f.change == "accept";
            st.store.answer_project(a.p.id, user, Standing::Requested, accept, None).await?;
            let kind = if accept { NoticeKind::ProjectAccepted } else { NoticeKind::ProjectDeclined };
            // A declined person of a closed project may no longer see it: the
            // notification names it only where the rule lets them.
            let to = audience(&st, &a.nb.n, &a.p, &[user]).await?;
            let to = if accept || a.p.joining() == Joining::Open { to } else { Vec::new() };
            crate::notify::tell_about(&st, &to, kind, &a.p.title, &a.base()).await?;
            return Ok(see_other(&format!("{}?notice=notice-saved#people-h", a.base())));
        }
        "role" => ParticipantChange::Role(PartRole::parse(&f.role).map_err(|_| AppError::BadRequest)?),
        "facilitator" => ParticipantChange::Standing(Standing::Facilitator),
        "participant" => ParticipantChange::Standing(Standing::Participant),
        "proxy" => ParticipantChange::Proxy(match f.proxy.trim() {
            "" => None,
            raw => Some(raw.parse().map_err(|_| AppError::BadRequest)?),
        }),
        _ => return Err(AppError::BadRequest),
    };
    change_participant(&st, &a, user, change).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ProxyForm {
    user: String,
    proxy: String,
}

/// A facilitator names (or clears) the proxy of one participant: one form
/// for the whole list, so the page grows with the participants, not with
/// their square.
pub async fn name_proxy(
    State(st): State<AppState>,
    ProjectReader(a): ProjectReader,
    Form(f): Form<ProxyForm>,
) -> Result<Response, AppError> {
    a.require(ProjectAction::Facilitate)?;
    let user: Uuid = f.user.trim().parse().map_err(|_| AppError::BadRequest)?;
    let proxy = match f.proxy.trim() {
        "" => None,
        raw => Some(raw.parse().map_err(|_| AppError::BadRequest)?),
    };
    change_participant(&st, &a, user, ParticipantChange::Proxy(proxy)).await
}

async fn change_participant(
    st: &AppState,
    a: &ProjectAccess,
    user: Uuid,
    change: ParticipantChange,
) -> Result<Response, AppError> {
    match st.store.change_participant(a.p.id, user, change).await {
        Ok(()) => Ok(see_other(&format!("{}?notice=notice-saved#people-h", a.base()))),
        Err(StoreError::Invalid("last facilitator")) => Err(AppError::Conflict("err-coprod-last-facilitator")),
        Err(StoreError::Invalid(_)) => Err(AppError::Conflict("err-coprod-proxy")),
        Err(e) => Err(e.into()),
    }
}

/// A participant says which role they take.
pub async fn set_role(
    State(st): State<AppState>,
    ProjectReader(a): ProjectReader,
    Form(f): Form<RoleForm>,
) -> Result<Response, AppError> {
    a.require(ProjectAction::SetOwnRole)?;
    let role = PartRole::parse(&f.role).map_err(|_| AppError::BadRequest)?;
    st.store.change_participant(a.p.id, a.me, ParticipantChange::Role(role)).await?;
    Ok(see_other(&format!("{}?notice=notice-saved", a.base())))
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct ProposalForm {
    kind: String,
    title: String,
    body: String,
    rule: String,
    quorum: String,
    closes_date: String,
    closes_time: String,
    /// A ticked box: a secret ballot.
    secret: String,
}

/// A participant makes a proposal in the current phase; every participant
/// hears that it is open for their vote.
pub async fn propose(
    ctx: Ctx,
    State(st): State<AppState>,
    ProjectReader(a): ProjectReader,
    Form(f): Form<ProposalForm>,
) -> Result<Response, AppError> {
    a.require(ProjectAction::TakePart)?;
    let mut e = FieldErrors::new();
    let kind = e.take(ProposalKind::parse(&f.kind));
    match kind {
        Some(k @ ProposalKind::NextPhase) if !k.fits(a.p.phase()) => {
            e.push(quartier_core::FieldError::new("kind", "err-coprod-last-phase"))
        }
        Some(k @ ProposalKind::Continue) if !k.fits(a.p.phase()) => {
            e.push(quartier_core::FieldError::new("kind", "err-coprod-continue-phase"))
        }
        _ => {}
    }
    let title = e.take(co::parse_title(&f.title));
    let body = e.take(co::parse_body(&f.body));
    let rule = e.take(Rule::parse(&f.rule));
    let quorum = e.take(co::parse_quorum(&f.quorum));
    let closes_at = e.take(co::parse_closes(&f.closes_date, &f.closes_time, tz_of(Some(&a.nb.n)), st.store.now()));
    let parsed = match (kind, title, body, rule, quorum, closes_at) {
        (Some(kind), Some(title), Some(body), Some(rule), Some(quorum), Some(closes_at)) if e.is_empty() => {
            Some(NewProposal { kind, title, body, rule, quorum, closes_at, secret: !f.secret.is_empty() })
        }
        _ => None,
    };
    let Some(new) = parsed else {
        let fields = ProposalFields {
            kind: f.kind,
            title: f.title,
            body: f.body,
            rule: f.rule,
            quorum: f.quorum,
            closes_date: f.closes_date,
            closes_time: f.closes_time,
            secret: !f.secret.is_empty(),
            ..ProposalFields::default()
        };
        return render_invalid(&project_page(&st, &ctx, &a, e, fields, None).await?);
    };
    let pr = st.store.create_proposal(&a.p, a.me, new).await?;
    let path = format!("{}/proposals/{}", a.base(), pr.id);
    let people = st.store.project_members(a.p.id, false).await?;
    let people: Vec<Uuid> = audience(&st, &a.nb.n, &a.p, &people).await?.into_iter().filter(|u| *u != a.me).collect();
    crate::notify::tell_about(&st, &people, NoticeKind::ProposalOpen, &pr.title, &path).await?;
    Ok(see_other(&format!("{path}?notice=notice-posted")))
}

#[derive(Default)]
struct ProposalExtras {
    errors: FieldErrors,
    body: String,
    what: String,
    assignee: String,
    due_on: String,
    meeting_on: String,
}

async fn proposal_page(
    st: &AppState,
    ctx: &Ctx,
    a: &ProjectAccess,
    id: Uuid,
    x: ProposalExtras,
    note: Option<String>,
) -> Result<ProposalPage, AppError> {
    let pr = st.store.proposal_in(a.p.id, id).await?;
    let people = st.store.project_people(a.p.id).await?;
    let names = names_of(ctx, &people);
    let votes = st.store.votes_on(pr.id).await?;
    let comments = st.store.project_comments(pr.id, 500).await?;
    let tasks = st.store.proposal_tasks(a.p.id, pr.id, PAGE_LIMIT).await?;
    let rule = pr.rule();
    let taking: Vec<&ParticipantRow> =
        people.iter().filter(|r| r.p.standing().is_some_and(Standing::takes_part)).collect();
    let now = st.store.now();
    let open = co::vote_open(pr.outcome().is_some(), pr.closes_at, now);
    let eligible = if pr.outcome().is_some() {
        u32::try_from(pr.eligible).unwrap_or(0)
    } else {
        u32::try_from(taking.len()).unwrap_or(u32::MAX)
    };
    let t = tally(&votes, eligible);
    let voted: Vec<Uuid> = votes.iter().filter_map(|v| v.voter_id).collect();
    let former = ctx.t("coprod-former-participant");
    let name = |u: Option<Uuid>| u.and_then(|u| names.get(&u).cloned()).unwrap_or_else(|| former.clone());
    // A secret ballot shows only the counts: whose vote it was and how
    // it was cast stay off the page, for everyone.
    let record = votes
        .iter()
        .filter(|_| !pr.secret)
        .map(|v| VoteRow {
            name: name(v.voter_id),
            choice: v.choice().map(|c| choice_label(ctx, rule, c)).unwrap_or_default(),
            how: match v.channel() {
                Channel::Online => ctx.t("coprod-how-online"),
                Channel::Proxy => ctx.t1("coprod-how-proxy", "name", &name(v.cast_by)),
                Channel::Meeting => {
                    ctx.t1("coprod-how-meeting", "date", &v.meeting_on.map(|d| ctx.words().day(d)).unwrap_or_default())
                }
            },
        })
        .collect();
    // The reader votes for themselves and for those who named them as proxy.
    let mut ballots = Vec::new();
    if open && a.may(ProjectAction::TakePart) {
        if !voted.contains(&a.me) {
            ballots.push(Choice { value: String::new(), label: ctx.t("coprod-vote-mine") });
        }
        for r in &taking {
            if r.p.proxy_id == Some(a.me) && !voted.contains(&r.user.id) {
                let n = names.get(&r.user.id).cloned().unwrap_or_default();
                ballots.push(Choice { value: r.user.id.to_string(), label: ctx.t1("coprod-vote-for", "name", &n) });
            }
        }
    }
    let meeting_people = if open && a.may(ProjectAction::RecordMeeting) {
        taking
            .iter()
            .filter(|r| !voted.contains(&r.user.id))
            .map(|r| Choice { value: r.user.id.to_string(), label: names.get(&r.user.id).cloned().unwrap_or_default() })
            .collect()
    } else {
        Vec::new()
    };
    let outcome = pr.outcome();
    Ok(ProposalPage {
        ctx: ctx.clone(),
        n: view(&a.nb),
        notice: note,
        project_id: a.p.id.to_string(),
        project_title: a.p.title.clone(),
        id: pr.id.to_string(),
        title: pr.title.clone(),
        body_html: crate::markdown::to_html(&pr.body),
        easy: crate::views::easy_for(st, ctx, ContentKind::ProjectProposal, pr.id).await?,
        author: name(pr.author_id),
        phase: phase_label(ctx, pr.phase()),
        next_phase: pr.kind() == Some(ProposalKind::NextPhase),
        secret: pr.secret,
        voted: voted.contains(&a.me),
        rule: rule_label(ctx, rule),
        rule_text: ctx.t(&format!("coprod-rule-{}-text", rule.tag().replace('_', "-"))),
        quorum: ctx.t1("coprod-quorum-value", "count", &pr.quorum().to_string()),
        closes: ctx.datetime(&pr.closes_at, &a.nb.n.timezone),
        open,
        outcome: outcome.map(|o| outcome_label(ctx, o)).unwrap_or_default(),
        passed: outcome == Some(Outcome::Passed),
        tally: Vote::ALL
            .iter()
            .map(|c| TallyLine {
                label: choice_label(ctx, rule, *c),
                count: match c {
                    Vote::Yes => t.yes,
                    Vote::No => t.no,
                    Vote::Abstain => t.abstain,
                },
            })
            .collect(),
        turnout: ctx.t2("coprod-turnout", "count", &t.voted().to_string(), "subject", &t.eligible.to_string()),
        record,
        ballots,
        choices: Vote::ALL
            .iter()
            .map(|c| Choice { value: c.tag().into(), label: choice_label(ctx, rule, *c) })
            .collect(),
        meeting_people,
        takes_part: a.may(ProjectAction::TakePart),
        comments: comments
            .iter()
            .map(|c| CommentRow {
                id: c.id.to_string(),
                author: name(c.author_id),
                when: ctx.datetime(&c.created_at, &a.nb.n.timezone),
                html: crate::markdown::to_html(&c.body),
            })
            .collect(),
        tasks: task_rows(ctx, a, &tasks, &names),
        task_base: a.base(),
        participants: taking
            .iter()
            .map(|r| Choice { value: r.user.id.to_string(), label: names.get(&r.user.id).cloned().unwrap_or_default() })
            .collect(),
        errors: x.errors,
        body: x.body,
        what: x.what,
        assignee: x.assignee,
        due_on: x.due_on,
        meeting_on: x.meeting_on,
    })
}

/// A proposal: its text, rule, the vote and its record, comments, tasks.
pub async fn proposal(
    ctx: Ctx,
    State(st): State<AppState>,
    ProjectReader(a): ProjectReader,
    Path((_, _, id)): Path<(String, Uuid, Uuid)>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let note = notice(&ctx, q.notice.as_deref());
    render(&proposal_page(&st, &ctx, &a, id, ProposalExtras::default(), note).await?)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct VoteForm {
    choice: String,
    /// Empty: the reader's own vote; else the participant who named the
    /// reader as proxy.
    voter: String,
}

/// One equal vote, for oneself or as a named proxy. A second vote, a vote
/// after the closing time or for someone who did not name the reader is
/// refused and changes nothing.
pub async fn vote(
    State(st): State<AppState>,
    ProjectReader(a): ProjectReader,
    Path((_, _, id)): Path<(String, Uuid, Uuid)>,
    Form(f): Form<VoteForm>,
) -> Result<Response, AppError> {
    a.require(ProjectAction::TakePart)?;
    let pr = st.store.proposal_in(a.p.id, id).await?;
    let choice = Vote::parse(&f.choice).map_err(|_| AppError::Conflict("err-coprod-choice"))?;
    let (voter, channel) = match f.voter.trim() {
        "" => (a.me, Channel::Online),
        raw => {
            let voter: Uuid = raw.parse().map_err(|_| AppError::BadRequest)?;
            let named = st
                .store
                .project_participant(a.p.id, voter)
                .await?
                .is_some_and(|r| r.proxy_id == Some(a.me) && r.standing().is_some_and(Standing::takes_part));
            if !named {
                return Err(AppError::Conflict("err-coprod-not-proxy"));
            }
            (voter, Channel::Proxy)
        }
    };
    cast(&st, pr.id, Ballot { voter, cast_by: a.me, choice, channel, meeting_on: None }).await?;
    Ok(see_other(&format!("{}/proposals/{}?notice=notice-voted#vote-h", a.base(), pr.id)))
}

async fn cast(st: &AppState, proposal: Uuid, b: Ballot) -> Result<(), AppError> {
    match st.store.cast_vote(proposal, b).await {
        Ok(()) => Ok(()),
        Err(StoreError::Conflict(_)) => Err(AppError::Conflict("err-coprod-voted")),
        Err(StoreError::Invalid(_)) => Err(AppError::Conflict("err-coprod-closed")),
        Err(e) => Err(e.into()),
    }
}

/// A facilitator records the votes given at a meeting: the day, and for
/// each participant without a vote yet what they said (`v-<id>`). The
/// record says each was given at that meeting.
pub async fn meeting(
    ctx: Ctx,
    State(st): State<AppState>,
    ProjectReader(a): ProjectReader,
    Path((_, _, id)): Path<(String, Uuid, Uuid)>,
    Form(f): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    a.require(ProjectAction::RecordMeeting)?;
    let pr = st.store.proposal_in(a.p.id, id).await?;
    let raw_day = f.get("meeting_on").cloned().unwrap_or_default();
    let day = match co::parse_meeting_day(&raw_day, tz_of(Some(&a.nb.n)), st.store.now()) {
        Ok(d) => d,
        Err(e) => {
            let x = ProposalExtras { errors: e.into(), meeting_on: raw_day, ..ProposalExtras::default() };
            return render_invalid(&proposal_page(&st, &ctx, &a, pr.id, x, None).await?);
        }
    };
    let members = st.store.project_members(a.p.id, false).await?;
    let mut ballots = Vec::new();
    for (k, v) in &f {
        let Some(who) = k.strip_prefix("v-").and_then(|u| u.parse::<Uuid>().ok()) else { continue };
        if v.trim().is_empty() {
            continue;
        }
        let choice = Vote::parse(v).map_err(|_| AppError::BadRequest)?;
        if !members.contains(&who) {
            return Err(AppError::BadRequest);
        }
        ballots.push(Ballot { voter: who, cast_by: a.me, choice, channel: Channel::Meeting, meeting_on: Some(day) });
    }
    if ballots.is_empty() {
        let x = ProposalExtras {
            errors: quartier_core::FieldError::new("meeting_on", "err-coprod-meeting-empty").into(),
            meeting_on: raw_day,
            ..ProposalExtras::default()
        };
        return render_invalid(&proposal_page(&st, &ctx, &a, pr.id, x, None).await?);
    }
    for b in ballots {
        // One who voted meanwhile keeps their own vote.
        match cast(&st, pr.id, b).await {
            Ok(()) | Err(AppError::Conflict("err-coprod-voted")) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(see_other(&format!("{}/proposals/{}?notice=notice-voted#record-h", a.base(), pr.id)))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CommentForm {
    body: String,
}

/// A participant discusses a proposal.
pub async fn comment(
    ctx: Ctx,
    State(st): State<AppState>,
    ProjectReader(a): ProjectReader,
    Path((_, _, id)): Path<(String, Uuid, Uuid)>,
    Form(f): Form<CommentForm>,
) -> Result<Response, AppError> {
    a.require(ProjectAction::TakePart)?;
    let pr = st.store.proposal_in(a.p.id, id).await?;
    match co::parse_body(&f.body) {
        Ok(body) => {
            let c = st.store.add_project_comment(pr.id, a.me, &body).await?;
            Ok(see_other(&format!("{}/proposals/{}?notice=notice-posted#c-{}", a.base(), pr.id, c.id)))
        }
        Err(e) => {
            let x = ProposalExtras { errors: e.into(), body: f.body, ..ProposalExtras::default() };
            render_invalid(&proposal_page(&st, &ctx, &a, pr.id, x, None).await?)
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TaskForm {
    what: String,
    assignee: String,
    due_on: String,
}

/// A participant turns a passed proposal into a task for someone taking
/// part, who hears of it.
pub async fn add_task(
    ctx: Ctx,
    State(st): State<AppState>,
    ProjectReader(a): ProjectReader,
    Path((_, _, id)): Path<(String, Uuid, Uuid)>,
    Form(f): Form<TaskForm>,
) -> Result<Response, AppError> {
    a.require(ProjectAction::TakePart)?;
    let pr = st.store.proposal_in(a.p.id, id).await?;
    if pr.outcome() != Some(Outcome::Passed) {
        return Err(AppError::Conflict("err-coprod-not-passed"));
    }
    let mut e = FieldErrors::new();
    let what = e.take(co::parse_task(&f.what));
    let due_on = e.take(quartier_core::validation::day("due_on", &f.due_on)).flatten();
    let members = st.store.project_members(a.p.id, false).await?;
    let assignee = f.assignee.trim().parse::<Uuid>().ok().filter(|u| members.contains(u));
    if assignee.is_none() {
        e.push(quartier_core::FieldError::new("assignee", "err-coprod-assignee"));
    }
    let (Some(what), Some(assignee)) = (what, assignee) else {
        let x = ProposalExtras {
            errors: e,
            what: f.what,
            assignee: f.assignee,
            due_on: f.due_on,
            ..ProposalExtras::default()
        };
        return render_invalid(&proposal_page(&st, &ctx, &a, pr.id, x, None).await?);
    };
    if !e.is_empty() {
        let x = ProposalExtras { errors: e, what, assignee: f.assignee, due_on: f.due_on, ..ProposalExtras::default() };
        return render_invalid(&proposal_page(&st, &ctx, &a, pr.id, x, None).await?);
    }
    st.store.create_project_task(&pr, assignee, &what, due_on, a.me).await?;
    if assignee != a.me {
        let to = audience(&st, &a.nb.n, &a.p, &[assignee]).await?;
        crate::notify::tell_about(&st, &to, NoticeKind::ProjectTask, &what, &a.base()).await?;
    }
    Ok(see_other(&format!("{}/proposals/{}?notice=notice-saved#tasks-h", a.base(), pr.id)))
}

/// The person doing a task (or a facilitator) ticks it off.
pub async fn tick(
    State(st): State<AppState>,
    ProjectReader(a): ProjectReader,
    Path((_, _, task)): Path<(String, Uuid, Uuid)>,
) -> Result<Response, AppError> {
    a.require(ProjectAction::TakePart)?;
    let t = st.store.project_task(a.p.id, task).await?;
    if !co::may_tick(t.assignee_id == Some(a.me), a.standing) {
        return Err(AppError::Forbidden);
    }
    st.store.tick_project_task(t.id).await?;
    Ok(see_other(&format!("{}?notice=notice-done#tasks-h", a.base())))
}

/// Decide what is due in every project of a neighbourhood before a list
/// shows their phases (one statement when nothing is due).
async fn settle_all(st: &AppState, a: &NbAccess) -> Result<(), AppError> {
    for p in st.store.projects_due(Some(a.n.id)).await? {
        settle(st, &a.n, &p).await?;
    }
    Ok(())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ContinueForm {
    title: String,
    goal: String,
}

/// Continue the project as a bigger one, as its participants decided by a
/// passed proposal: the new project names this one, everyone taking part
/// here takes part there, and they hear of it. This project stays as it
/// is, with its whole record.
pub async fn continue_project(
    ctx: Ctx,
    State(st): State<AppState>,
    ProjectReader(a): ProjectReader,
    Form(f): Form<ContinueForm>,
) -> Result<Response, AppError> {
    a.require(ProjectAction::Continue)?;
    let proposals = st.store.proposals_of(a.p.id, PAGE_LIMIT).await?;
    let passed =
        proposals.iter().any(|pr| pr.kind() == Some(ProposalKind::Continue) && pr.outcome() == Some(Outcome::Passed));
    let (_, after) = st.store.project_lineage(&a.p).await?;
    if after.is_some() {
        return Err(AppError::Conflict("err-coprod-continued"));
    }
    if !co::may_continue(a.p.phase(), passed, false) {
        return Err(AppError::Conflict("err-coprod-no-continue-decision"));
    }
    let mut e = FieldErrors::new();
    let rename = |field| move |x: quartier_core::FieldError| quartier_core::FieldError::new(field, x.key);
    let title = e.take(co::parse_title(&f.title).map_err(rename("continue_title")));
    let goal = e.take(co::parse_goal(&f.goal).map_err(rename("continue_goal")));
    let (Some(title), Some(goal)) = (title, goal) else {
        let fields = ProposalFields { continue_title: f.title, continue_goal: f.goal, ..default_fields() };
        return render_invalid(&project_page(&st, &ctx, &a, e, fields, None).await?);
    };
    let next = match st.store.continue_project(&a.p, title, goal).await {
        Ok(p) => p,
        Err(StoreError::Conflict(_)) => return Err(AppError::Conflict("err-coprod-continued")),
        Err(e) => return Err(e.into()),
    };
    let path = format!("/n/{}/projects/{}", a.nb.n.slug, next.id);
    let people = st.store.project_members(next.id, false).await?;
    let people: Vec<Uuid> = audience(&st, &a.nb.n, &next, &people).await?.into_iter().filter(|u| *u != a.me).collect();
    crate::notify::tell_about(&st, &people, NoticeKind::ProjectContinued, &next.title, &path).await?;
    Ok(see_other(&format!("{path}?notice=notice-project-continued")))
}
