//! Coordination of a neighbourhood: confirm people, print invitation
//! codes, give roles. Every action is on the neighbourhood's log.

use super::pages::{BalanceRow, BatchRow, CodeRow, CodesPage, LogRow, ManagePage, SectionLink};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::extractors::{Form, Path, Query};
use crate::guards::Coordinator;
use crate::guards::NbAccess;
use crate::notify::tell_about;
use crate::page::{NoticeQuery, PagedQuery, Pager, notice, see_other};
use crate::page::{render, render_invalid};
use crate::views::PersonRef;
use crate::views::{names_of, person_name, person_row, view};
use axum::extract::State;
use axum::response::Response;
use quartier_core::FieldErrors;
use quartier_core::help::Account;
use quartier_core::invite::parse_count;
use quartier_core::neighbourhood::Role;
use quartier_core::validation::FieldError;
use quartier_store::StoreError;
use quartier_store::notifications::NoticeKind;
use quartier_store::paging::Cursor;
use serde::Deserialize;
use uuid::Uuid;

fn log_line(ctx: &Ctx, action: &str, actor: &str, subject: &str, detail: &str) -> String {
    match action {
        "member_confirmed" => ctx.t2("log-member-confirmed", "actor", actor, "subject", subject),
        "member_declined" => ctx.t2("log-member-declined", "actor", actor, "subject", subject),
        "role_set" => {
            ctx.t2("log-role-set", "actor", actor, "subject", subject)
                + &format!(" ({})", ctx.t(&format!("role-{detail}")))
        }
        "invite_codes_created" => ctx.t2("log-codes-created", "actor", actor, "count", detail),
        "joined_with_code" => ctx.t1("log-joined-with-code", "subject", subject),
        "content_hidden" => ctx.t2("log-content-hidden", "actor", actor, "subject", subject) + &format!(": {detail}"),
        "report_dismissed" => ctx.t1("log-report-dismissed", "actor", actor),
        "help_on_behalf" => ctx.t1("log-help-on-behalf", "actor", actor) + &format!(": {detail}"),
        "time_bank_set" if detail == "on" => ctx.t1("log-time-bank-on", "actor", actor),
        "time_bank_set" if detail == "off" => ctx.t1("log-time-bank-off", "actor", actor),
        "time_bank_set" => ctx.t1("log-time-bank", "actor", actor),
        "category_added" => ctx.t1("log-category-added", "actor", actor) + &format!(": {detail}"),
        "reviewer_added" => ctx.t2("log-reviewer-added", "actor", actor, "subject", subject),
        "reviewer_removed" => ctx.t2("log-reviewer-removed", "actor", actor, "subject", subject),
        other => other.to_string(),
    }
}

/// The coordinators' pages: an overview and one page per section, so a
/// coordinator finds what they need without scrolling through all of it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Overview,
    Members,
    Codes,
    Help,
    Reviewers,
    Office,
    Log,
}

impl Section {
    /// Every section after the overview, in the order of the menu.
    pub const ALL: [Section; 6] =
        [Section::Members, Section::Codes, Section::Help, Section::Reviewers, Section::Office, Section::Log];

    /// The last part of its address (`/n/{slug}/manage/…`).
    pub fn path(self) -> &'static str {
        match self {
            Section::Overview => "",
            Section::Members => "/members",
            Section::Codes => "/codes",
            Section::Help => "/help",
            Section::Reviewers => "/reviewers",
            Section::Office => "/office",
            Section::Log => "/log",
        }
    }

    /// Its title's message key.
    pub fn title(self) -> &'static str {
        match self {
            Section::Overview => "manage-title",
            Section::Members => "manage-members",
            Section::Codes => "manage-codes",
            Section::Help => "manage-help",
            Section::Reviewers => "manage-easy",
            Section::Office => "aushang-title",
            Section::Log => "manage-log",
        }
    }

    /// What it is for, one sentence on the overview.
    pub fn about(self) -> &'static str {
        match self {
            Section::Overview => "manage-overview-intro",
            Section::Members => "manage-members-about",
            Section::Codes => "manage-codes-about",
            Section::Help => "manage-help-about",
            Section::Reviewers => "manage-easy-about",
            Section::Office => "manage-board-about",
            Section::Log => "manage-log-about",
        }
    }

    pub fn tag(self) -> &'static str {
        match self {
            Section::Overview => "overview",
            Section::Members => "members",
            Section::Codes => "codes",
            Section::Help => "help",
            Section::Reviewers => "reviewers",
            Section::Office => "office",
            Section::Log => "log",
        }
    }
}

/// The page of one section; it loads only what that section shows.
async fn manage_page(
    ctx: &Ctx,
    st: &AppState,
    a: &NbAccess,
    section: Section,
    errors: FieldErrors,
    count: String,
    at: Cursor,
) -> Result<ManagePage, AppError> {
    let mut page = ManagePage {
        section: section.tag(),
        title: ctx.t(section.title()),
        sections: Section::ALL
            .iter()
            .map(|s| SectionLink {
                href: format!("/n/{}/manage{}", a.n.slug, s.path()),
                title: ctx.t(s.title()),
                about: ctx.t(s.about()),
                current: *s == section,
            })
            .collect(),
        pending_count: 0,
        pager: Default::default(),
        reviewers: Vec::new(),
        office_contact: a.n.office_contact.clone(),
        ctx: ctx.clone(),
        n: view(a),
        notice: None,
        errors,
        count,
        pending: Vec::new(),
        members: Vec::new(),
        batches: Vec::new(),
        log: Vec::new(),
        time_bank: a.n.time_bank,
        custom_categories: Vec::new(),
        balances: Vec::new(),
    };
    match section {
        Section::Overview => page.pending_count = st.store.count_pending(a.n.id).await?,
        Section::Members => {
            // The oldest requests first; whoever is confirmed makes room
            // for the next. How many wait in all is said above them.
            let pending = st.store.pending_members(a.n.id, Cursor::First).await?;
            page.pending_count = st.store.count_pending(a.n.id).await?;
            page.pending = pending.items.iter().map(|m| person_row(ctx, m)).collect();
            let members = st.store.verified_members(a.n.id, at).await?;
            page.pager = Pager::new(&format!("/n/{}/manage/members", a.n.slug), &members);
            page.members = members.items.iter().map(|m| person_row(ctx, m)).collect();
        }
        Section::Codes => {
            page.batches = st
                .store
                .invite_batches(a.n.id)
                .await?
                .into_iter()
                .map(|(id, created, total, used)| BatchRow {
                    id: id.to_string(),
                    created: ctx.datetime(&created, &a.n.timezone),
                    total,
                    used,
                })
                .collect();
        }
        Section::Help => {
            page.custom_categories = st.store.custom_categories(a.n.id).await?.into_iter().map(|c| c.label).collect();
            // Every account, the neighbourhood's shared one first; names looked up once.
            let accounts = st.store.time_balances(a.n.id).await?;
            let ids: Vec<Uuid> = accounts.iter().filter(|(k, ..)| *k == Account::Person).map(|(_, u, _)| *u).collect();
            let names = names_of(st, ctx, &ids).await?;
            page.balances = accounts
                .iter()
                .map(|(kind, id, minutes)| BalanceRow {
                    name: match kind {
                        Account::Neighbourhood => ctx.t("manage-shared-account"),
                        Account::Person => names.get(id).cloned().unwrap_or_default(),
                    },
                    shared: *kind == Account::Neighbourhood,
                    balance: crate::views::hours(*minutes),
                })
                .collect();
            page.balances.sort_by_key(|b| !b.shared);
        }
        Section::Reviewers => {
            page.reviewers = st
                .store
                .reviewers(quartier_store::easy::Scope { neighbourhood: Some(a.n.id), organisation: None })
                .await?
                .iter()
                .map(|u| PersonRef { id: u.id.to_string(), name: person_name(ctx, u) })
                .collect();
        }
        Section::Office => {}
        Section::Log => {
            let entries = st.store.audit_entries(a.n.id, 100).await?;
            let ids: Vec<Uuid> = entries.iter().flat_map(|e| [e.actor_id, e.subject_id]).flatten().collect();
            let names = names_of(st, ctx, &ids).await?;
            let name = |id: Option<Uuid>| id.and_then(|id| names.get(&id).cloned()).unwrap_or_default();
            page.log = entries
                .iter()
                .map(|e| LogRow {
                    when: ctx.datetime(&e.created_at, &a.n.timezone),
                    what: log_line(ctx, &e.action, &name(e.actor_id), &name(e.subject_id), &e.detail),
                })
                .collect();
        }
    }
    Ok(page)
}

async fn section(ctx: Ctx, st: AppState, a: NbAccess, q: NoticeQuery, section: Section) -> Result<Response, AppError> {
    paged_section(ctx, st, a, q.notice, section, Cursor::First).await
}

async fn paged_section(
    ctx: Ctx,
    st: AppState,
    a: NbAccess,
    notice_key: Option<String>,
    section: Section,
    at: Cursor,
) -> Result<Response, AppError> {
    let mut page = manage_page(&ctx, &st, &a, section, FieldErrors::new(), "10".into(), at).await?;
    page.notice = notice(&ctx, notice_key.as_deref());
    render(&page)
}

/// The coordinators' overview: what waits, and the sections.
pub async fn show(
    ctx: Ctx,
    State(st): State<AppState>,
    Coordinator(a): Coordinator,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    section(ctx, st, a, q, Section::Overview).await
}

/// Requests to join, and the roles of the neighbours.
pub async fn members(
    ctx: Ctx,
    State(st): State<AppState>,
    Coordinator(a): Coordinator,
    Query(q): Query<PagedQuery>,
) -> Result<Response, AppError> {
    paged_section(ctx, st, a, q.notice, Section::Members, q.at.cursor()).await
}

/// Invitation cards: make a batch, print the ones made before.
pub async fn codes(
    ctx: Ctx,
    State(st): State<AppState>,
    Coordinator(a): Coordinator,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    section(ctx, st, a, q, Section::Codes).await
}

/// Settings of the help, categories and time accounts.
pub async fn help(
    ctx: Ctx,
    State(st): State<AppState>,
    Coordinator(a): Coordinator,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    section(ctx, st, a, q, Section::Help).await
}

/// Who reviews easy-language texts of this neighbourhood.
pub async fn reviewers(
    ctx: Ctx,
    State(st): State<AppState>,
    Coordinator(a): Coordinator,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    section(ctx, st, a, q, Section::Reviewers).await
}

/// The printed notice board and the contact it names.
pub async fn board(
    ctx: Ctx,
    State(st): State<AppState>,
    Coordinator(a): Coordinator,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    section(ctx, st, a, q, Section::Office).await
}

/// The neighbourhood's log.
pub async fn log(
    ctx: Ctx,
    State(st): State<AppState>,
    Coordinator(a): Coordinator,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    section(ctx, st, a, q, Section::Log).await
}

/// Confirm a person who asked to join.
pub async fn confirm(
    ctx: Ctx,
    State(st): State<AppState>,
    Coordinator(a): Coordinator,
    Path((_, id)): Path<(String, Uuid)>,
) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    match st.store.confirm_membership(a.n.id, id, me).await {
        Ok(m) => {
            st.store.audit(Some(a.n.id), Some(me), "member_confirmed", Some(m.user_id), "").await?;
            let path = format!("/n/{}", a.n.slug);
            tell_about(&st, &[m.user_id], NoticeKind::JoinConfirmed, &a.n.name, &path).await?;
            Ok(see_other(&format!("/n/{}/manage/members?notice=notice-confirmed", a.n.slug)))
        }
        Err(StoreError::Invalid(_)) => Ok(see_other(&format!("/n/{}/manage/members", a.n.slug))),
        Err(e) => Err(e.into()),
    }
}

/// Decline a request to join.
pub async fn decline(
    ctx: Ctx,
    State(st): State<AppState>,
    Coordinator(a): Coordinator,
    Path((_, id)): Path<(String, Uuid)>,
) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    let subject = st.store.member_by_membership(a.n.id, id).await.ok().map(|m| m.user.id);
    st.store.decline_membership(a.n.id, id).await?;
    st.store.audit(Some(a.n.id), Some(me), "member_declined", subject, "").await?;
    if let Some(person) = subject {
        tell_about(&st, &[person], NoticeKind::JoinDeclined, &a.n.name, &format!("/n/{}", a.n.slug)).await?;
    }
    Ok(see_other(&format!("/n/{}/manage/members?notice=notice-declined", a.n.slug)))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RoleForm {
    role: String,
}

/// Make a verified member resident, moderator or coordinator.
pub async fn set_role(
    ctx: Ctx,
    State(st): State<AppState>,
    Coordinator(a): Coordinator,
    Path((_, id)): Path<(String, Uuid)>,
    Form(f): Form<RoleForm>,
) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    let role = Role::from_tag(&f.role).ok_or(AppError::BadRequest)?;
    let subject = st.store.member_by_membership(a.n.id, id).await.ok().map(|m| m.user.id);
    match st.store.set_role(a.n.id, id, role).await {
        Ok(()) => {}
        Err(StoreError::Invalid(_)) => return Err(AppError::Conflict("err-last-coordinator")),
        Err(e) => return Err(e.into()),
    }
    st.store.audit(Some(a.n.id), Some(me), "role_set", subject, role.tag()).await?;
    Ok(see_other(&format!("/n/{}/manage/members?notice=notice-role-set", a.n.slug)))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CodesForm {
    count: String,
}

/// Create a batch of invitation codes and show it for printing.
pub async fn create_codes(
    ctx: Ctx,
    State(st): State<AppState>,
    Coordinator(a): Coordinator,
    Form(f): Form<CodesForm>,
) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    let count = match parse_count(&f.count) {
        Ok(c) => c,
        Err(e) => {
            return render_invalid(
                &manage_page(&ctx, &st, &a, Section::Codes, e.into(), f.count, Cursor::First).await?,
            );
        }
    };
    let batch = st.store.create_invite_batch(a.n.id, count, me).await?;
    st.store.audit(Some(a.n.id), Some(me), "invite_codes_created", None, &count.to_string()).await?;
    Ok(see_other(&format!("/n/{}/manage/codes/{batch}", a.n.slug)))
}

/// A batch of codes laid out as postcards for printing.
pub async fn print_codes(
    ctx: Ctx,
    State(st): State<AppState>,
    Coordinator(a): Coordinator,
    Path((_, batch)): Path<(String, Uuid)>,
) -> Result<Response, AppError> {
    let codes: Vec<CodeRow> = st
        .store
        .invite_batch(a.n.id, batch)
        .await?
        .into_iter()
        .map(|c| CodeRow { code: c.code, used: c.used_at.is_some() })
        .collect();
    if codes.is_empty() {
        return Err(AppError::NotFound);
    }
    render(&CodesPage { ctx, n: view(&a), base_url: st.config.base_url(), codes })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct HelpSettingsForm {
    time_bank: Option<String>,
    new_category: String,
}

/// Switch the time bank on or off, and add a help category.
pub async fn help_settings(
    ctx: Ctx,
    State(st): State<AppState>,
    Coordinator(a): Coordinator,
    Form(f): Form<HelpSettingsForm>,
) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    let on = f.time_bank.is_some();
    if on != a.n.time_bank {
        st.store.set_time_bank(a.n.id, on).await?;
        st.store.audit(Some(a.n.id), Some(me), "time_bank_set", None, if on { "on" } else { "off" }).await?;
    }
    if !f.new_category.trim().is_empty() {
        let label = match quartier_core::validation::text(
            "new_category",
            &f.new_category,
            2,
            40,
            "err-name-short",
            "err-name-long",
        ) {
            Ok(l) => l,
            Err(e) => {
                return render_invalid(
                    &manage_page(&ctx, &st, &a, Section::Help, e.into(), "10".into(), Cursor::First).await?,
                );
            }
        };
        st.store.add_category(a.n.id, &label).await?;
        st.store.audit(Some(a.n.id), Some(me), "category_added", None, &label).await?;
    }
    Ok(see_other(&format!("/n/{}/manage/help?notice=notice-saved", a.n.slug)))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ReviewerForm {
    reviewer_email: String,
}

/// Make a verified neighbour an easy-language reviewer.
pub async fn add_reviewer(
    ctx: Ctx,
    State(st): State<AppState>,
    Coordinator(a): Coordinator,
    Form(f): Form<ReviewerForm>,
) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    let err = |k: &'static str| FieldErrors::from(FieldError::new("reviewer_email", k));
    let email = match quartier_core::account::Email::parse(&f.reviewer_email) {
        Ok(e) => e,
        Err(_) => {
            return render_invalid(
                &manage_page(&ctx, &st, &a, Section::Reviewers, err("err-email-invalid"), "10".into(), Cursor::First)
                    .await?,
            );
        }
    };
    let member = match st.store.user_by_email(&email).await? {
        Some(u) => st.store.membership(u.id, a.n.id).await?.filter(|m| m.verified_at.is_some()).map(|_| u),
        None => None,
    };
    let Some(u) = member else {
        return render_invalid(
            &manage_page(&ctx, &st, &a, Section::Reviewers, err("err-not-a-neighbour"), "10".into(), Cursor::First)
                .await?,
        );
    };
    let scope = quartier_store::easy::Scope { neighbourhood: Some(a.n.id), organisation: None };
    st.store.add_reviewer(u.id, scope, me).await?;
    st.store.audit(Some(a.n.id), Some(me), "reviewer_added", Some(u.id), "").await?;
    Ok(see_other(&format!("/n/{}/manage/reviewers?notice=notice-saved", a.n.slug)))
}

/// Remove an easy-language reviewer.
pub async fn remove_reviewer(
    ctx: Ctx,
    State(st): State<AppState>,
    Coordinator(a): Coordinator,
    Path((_, user)): Path<(String, Uuid)>,
) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    let scope = quartier_store::easy::Scope { neighbourhood: Some(a.n.id), organisation: None };
    st.store.remove_reviewer(user, scope).await?;
    st.store.audit(Some(a.n.id), Some(me), "reviewer_removed", Some(user), "").await?;
    Ok(see_other(&format!("/n/{}/manage/reviewers?notice=notice-saved", a.n.slug)))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct OfficeForm {
    office_contact: String,
}

/// How people without internet answer the printed notice board.
pub async fn office(
    ctx: Ctx,
    State(st): State<AppState>,
    Coordinator(a): Coordinator,
    Form(f): Form<OfficeForm>,
) -> Result<Response, AppError> {
    match quartier_core::organisation::parse_short("office_contact", &f.office_contact) {
        Ok(c) => {
            st.store.set_office_contact(a.n.id, &c).await?;
            Ok(see_other(&format!("/n/{}/manage/office?notice=notice-saved", a.n.slug)))
        }
        Err(e) => {
            render_invalid(&manage_page(&ctx, &st, &a, Section::Office, e.into(), "10".into(), Cursor::First).await?)
        }
    }
}
