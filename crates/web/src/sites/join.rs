//! "Become a member or volunteer": someone logged in asks to join an
//! organisation with a short note; its administrators are told, accept or
//! decline, and the person who asked hears the outcome. An accepted person
//! is a member of the organisation.

use super::pages::{JoinPage, RequestRow, RequestsPage};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::extractors::{Form, Path, Query};
use crate::guards::{OrgReader, SiteAdmin};
use crate::notify::tell_about;
use crate::page::{NoticeQuery, PagedQuery, Pager, notice, render, render_invalid, see_other};
use crate::views::{person_name, site_nav};
use axum::extract::State;
use axum::response::Response;
use quartier_core::FieldErrors;
use quartier_core::org_site::{self as site, JoinKind, SiteAction};
use quartier_core::organisation::OrgRole;
use quartier_store::StoreError;
use quartier_store::entity::organisation;
use quartier_store::notifications::NoticeKind;
use serde::Deserialize;
use uuid::Uuid;

/// The request to join as sent.
#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct JoinForm {
    kind: String,
    note: String,
}

async fn join_page(
    ctx: &Ctx,
    st: &AppState,
    o: &organisation::Model,
    role: Option<OrgRole>,
    f: JoinForm,
    errors: FieldErrors,
    note: Option<String>,
) -> Result<JoinPage, AppError> {
    let nav = site_nav(st, ctx, o, role, &format!("/o/{}/join", o.slug)).await?;
    let waiting = match &ctx.user {
        Some(u) if role.is_none() => st.store.pending_join_request(o.id, u.id).await?.is_some(),
        _ => false,
    };
    Ok(JoinPage {
        ctx: ctx.clone(),
        notice: note,
        nav,
        slug: o.slug.clone(),
        org_name: o.name.clone(),
        may_ask: site::site(role, SiteAction::AskToJoin),
        waiting,
        errors,
        volunteer: f.kind.trim() == JoinKind::Volunteer.tag(),
        note: f.note,
    })
}

/// The request to join: for someone without an account a way to log in
/// first, for a member a note that they belong already.
pub async fn join_form(
    ctx: Ctx,
    State(st): State<AppState>,
    OrgReader { o, role }: OrgReader,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let note = notice(&ctx, q.notice.as_deref());
    let f = JoinForm { kind: JoinKind::Member.tag().into(), note: String::new() };
    render(&join_page(&ctx, &st, &o, role, f, FieldErrors::new(), note).await?)
}

/// Send a request to join (someone logged in without a role in the
/// organisation); its administrators are told.
pub async fn join(
    ctx: Ctx,
    State(st): State<AppState>,
    OrgReader { o, role }: OrgReader,
    Form(f): Form<JoinForm>,
) -> Result<Response, AppError> {
    let me = ctx.require_user()?.clone();
    if !site::site(role, SiteAction::AskToJoin) {
        return Err(AppError::Forbidden);
    }
    let mut errors = FieldErrors::new();
    let kind = errors.take(site::parse_join_kind(&f.kind));
    let text = errors.take(site::parse_join_note(&f.note));
    let (Some(kind), Some(text)) = (kind, text) else {
        return render_invalid(&join_page(&ctx, &st, &o, role, f, errors, None).await?);
    };
    match st.store.ask_to_join(o.id, me.id, kind, &text).await {
        Ok(_) => {}
        // Asked already (or a member by now): the page says so.
        Err(StoreError::Conflict(_)) => return Ok(see_other(&format!("/o/{}/join", o.slug))),
        Err(e) => return Err(e.into()),
    }
    let admins = st.store.org_admin_ids(o.id).await?;
    let subject = format!("{} – {}", me.display_name, o.name);
    tell_about(&st, &admins, NoticeKind::OrgJoinRequest, &subject, &format!("/o/{}/site/requests", o.slug)).await?;
    Ok(see_other(&format!("/o/{}/join?notice=notice-join-asked", o.slug)))
}

/// The requests to join that wait, oldest first (administrators).
pub async fn requests(
    ctx: Ctx,
    State(st): State<AppState>,
    SiteAdmin { o, .. }: SiteAdmin,
    Query(q): Query<PagedQuery>,
) -> Result<Response, AppError> {
    let page = st.store.waiting_join_requests(o.id, q.at.cursor()).await?;
    let pager = Pager::new(&format!("/o/{}/site/requests", o.slug), &page);
    let ids: Vec<Uuid> = page.items.iter().map(|r| r.user_id).collect();
    let people = st.store.users_by_ids(&ids).await?;
    let rows = page
        .items
        .into_iter()
        .filter_map(|r| {
            let u = people.iter().find(|u| u.id == r.user_id)?;
            Some(RequestRow {
                id: r.id.to_string(),
                name: person_name(&ctx, u),
                kind: ctx.t(match r.kind() {
                    JoinKind::Volunteer => "site-join-as-volunteer",
                    JoinKind::Member => "site-join-as-member",
                }),
                note: r.note,
                when: ctx.date(&r.created_at),
            })
        })
        .collect();
    let nav = site_nav(&st, &ctx, &o, Some(OrgRole::Admin), "").await?;
    render(&RequestsPage {
        notice: notice(&ctx, q.notice.as_deref()),
        nav,
        slug: o.slug.clone(),
        org_name: o.name.clone(),
        requests: rows,
        pager,
        ctx,
    })
}

/// An administrator's answer to a request.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AnswerForm {
    /// `accept` or `decline`.
    answer: String,
}

/// Accept or decline a request; the person who asked hears the outcome,
/// and an accepted one is a member from now on.
pub async fn answer_request(
    State(st): State<AppState>,
    SiteAdmin { o, me }: SiteAdmin,
    Path((_, id)): Path<(String, Uuid)>,
    Form(f): Form<AnswerForm>,
) -> Result<Response, AppError> {
    let accept = match f.answer.as_str() {
        "accept" => true,
        "decline" => false,
        _ => return Err(AppError::BadRequest),
    };
    let req = match st.store.decide_join_request(o.id, id, accept, me).await {
        Ok(r) => r,
        Err(StoreError::NotFound) => return Err(AppError::NotFound),
        Err(e) => return Err(e.into()),
    };
    let (kind, what, note) = if accept {
        (NoticeKind::OrgJoinAccepted, "join_accepted", "notice-join-accepted")
    } else {
        (NoticeKind::OrgJoinDeclined, "join_declined", "notice-join-declined")
    };
    st.store.audit_org(o.id, Some(me), what, Some(req.user_id), "").await?;
    tell_about(&st, &[req.user_id], kind, &o.name, &format!("/o/{}", o.slug)).await?;
    Ok(see_other(&format!("/o/{}/site/requests?notice={note}", o.slug)))
}
