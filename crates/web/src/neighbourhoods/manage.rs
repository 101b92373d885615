//! Coordination of a neighbourhood: confirm people, print invitation
//! codes, give roles. Every action is on the neighbourhood's log.

use super::pages::{BalanceRow, BatchRow, CodeRow, CodesPage, LogRow, ManagePage};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::extractors::{Form, Path, Query};
use crate::guards::Coordinator;
use crate::guards::NbAccess;
use crate::notify::tell_about;
use crate::page::{NoticeQuery, notice, see_other};
use crate::page::{render, render_invalid};
use crate::views::PersonRef;
use crate::views::{person_name, person_row, view};
use axum::extract::State;
use axum::response::Response;
use quartier_core::FieldErrors;
use quartier_core::help::Account;
use quartier_core::invite::parse_count;
use quartier_core::neighbourhood::Role;
use quartier_core::validation::FieldError;
use quartier_store::StoreError;
use quartier_store::notifications::NoticeKind;
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

async fn manage_page(
    ctx: &Ctx,
    st: &AppState,
    a: &NbAccess,
    errors: FieldErrors,
    count: String,
    note: Option<String>,
) -> Result<ManagePage, AppError> {
    let pending = st.store.pending_members(a.n.id).await?.iter().map(|m| person_row(ctx, m)).collect();
    let members = st.store.verified_members(a.n.id, 1000).await?.iter().map(|m| person_row(ctx, m)).collect();
    let batches = st
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
    let mut log = Vec::new();
    for e in st.store.audit_entries(a.n.id, 50).await? {
        let name_of = |id: Option<Uuid>| async move {
            match id {
                Some(id) => {
                    st.store.user_by_id(id).await.ok().flatten().map(|u| person_name(ctx, &u)).unwrap_or_default()
                }
                None => String::new(),
            }
        };
        let actor = name_of(e.actor_id).await;
        let subject = name_of(e.subject_id).await;
        log.push(LogRow {
            when: ctx.datetime(&e.created_at, &a.n.timezone),
            what: log_line(ctx, &e.action, &actor, &subject, &e.detail),
        });
    }
    let custom_categories = st.store.custom_categories(a.n.id).await?.into_iter().map(|c| c.label).collect();
    // Every account, the neighbourhood's shared one first; names looked up once.
    let accounts = st.store.time_balances(a.n.id).await?;
    let ids: Vec<Uuid> = accounts.iter().filter(|(k, ..)| *k == Account::Person).map(|(_, u, _)| *u).collect();
    let people = st.store.users_by_ids(&ids).await?;
    let mut balances: Vec<BalanceRow> = accounts
        .iter()
        .map(|(kind, id, minutes)| BalanceRow {
            name: match kind {
                Account::Neighbourhood => ctx.t("manage-shared-account"),
                Account::Person => people.iter().find(|u| u.id == *id).map(|u| person_name(ctx, u)).unwrap_or_default(),
            },
            shared: *kind == Account::Neighbourhood,
            balance: crate::views::hours(*minutes),
        })
        .collect();
    balances.sort_by_key(|b| !b.shared);
    let reviewers = st
        .store
        .reviewers(quartier_store::easy::Scope { neighbourhood: Some(a.n.id), organisation: None })
        .await?
        .iter()
        .map(|u| PersonRef { id: u.id.to_string(), name: person_name(ctx, u) })
        .collect();
    Ok(ManagePage {
        reviewers,
        office_contact: a.n.office_contact.clone(),
        ctx: ctx.clone(),
        n: view(a),
        notice: note,
        errors,
        count,
        pending,
        members,
        batches,
        log,
        time_bank: a.n.time_bank,
        custom_categories,
        balances,
    })
}

/// The coordinators' page of a neighbourhood.
pub async fn show(
    ctx: Ctx,
    State(st): State<AppState>,
    Coordinator(a): Coordinator,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let note = notice(&ctx, q.notice.as_deref());
    render(&manage_page(&ctx, &st, &a, FieldErrors::new(), "10".into(), note).await?)
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
            Ok(see_other(&format!("/n/{}/manage?notice=notice-confirmed", a.n.slug)))
        }
        Err(StoreError::Invalid(_)) => Ok(see_other(&format!("/n/{}/manage", a.n.slug))),
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
    let pending = st.store.pending_members(a.n.id).await?;
    let subject = pending.iter().find(|m| m.membership.id == id).map(|m| m.user.id);
    st.store.decline_membership(a.n.id, id).await?;
    st.store.audit(Some(a.n.id), Some(me), "member_declined", subject, "").await?;
    if let Some(person) = subject {
        tell_about(&st, &[person], NoticeKind::JoinDeclined, &a.n.name, &format!("/n/{}", a.n.slug)).await?;
    }
    Ok(see_other(&format!("/n/{}/manage?notice=notice-declined", a.n.slug)))
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
    let members = st.store.verified_members(a.n.id, 100_000).await?;
    let subject = members.iter().find(|m| m.membership.id == id).map(|m| m.user.id);
    match st.store.set_role(a.n.id, id, role).await {
        Ok(()) => {}
        Err(StoreError::Invalid(_)) => return Err(AppError::Conflict("err-last-coordinator")),
        Err(e) => return Err(e.into()),
    }
    st.store.audit(Some(a.n.id), Some(me), "role_set", subject, role.tag()).await?;
    Ok(see_other(&format!("/n/{}/manage?notice=notice-role-set", a.n.slug)))
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
        Err(e) => return render_invalid(&manage_page(&ctx, &st, &a, e.into(), f.count, None).await?),
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
            Err(e) => return render_invalid(&manage_page(&ctx, &st, &a, e.into(), "10".into(), None).await?),
        };
        st.store.add_category(a.n.id, &label).await?;
        st.store.audit(Some(a.n.id), Some(me), "category_added", None, &label).await?;
    }
    Ok(see_other(&format!("/n/{}/manage?notice=notice-saved", a.n.slug)))
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
            return render_invalid(&manage_page(&ctx, &st, &a, err("err-email-invalid"), "10".into(), None).await?);
        }
    };
    let member = match st.store.user_by_email(&email).await? {
        Some(u) => st.store.membership(u.id, a.n.id).await?.filter(|m| m.verified_at.is_some()).map(|_| u),
        None => None,
    };
    let Some(u) = member else {
        return render_invalid(&manage_page(&ctx, &st, &a, err("err-not-a-neighbour"), "10".into(), None).await?);
    };
    let scope = quartier_store::easy::Scope { neighbourhood: Some(a.n.id), organisation: None };
    st.store.add_reviewer(u.id, scope, me).await?;
    st.store.audit(Some(a.n.id), Some(me), "reviewer_added", Some(u.id), "").await?;
    Ok(see_other(&format!("/n/{}/manage?notice=notice-saved", a.n.slug)))
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
    Ok(see_other(&format!("/n/{}/manage?notice=notice-saved", a.n.slug)))
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
            Ok(see_other(&format!("/n/{}/manage?notice=notice-saved", a.n.slug)))
        }
        Err(e) => render_invalid(&manage_page(&ctx, &st, &a, e.into(), "10".into(), None).await?),
    }
}
