//! Route handlers; see the module documentation one level up.

use super::pages::{ModerationPage, ReportRow};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::extractors::{Form, Path, Query};
use crate::guards::{Moderator, NbAccess};
use crate::notify::tell;
use crate::page::ReasonForm;
use crate::page::render;
use crate::page::{NoticeQuery, notice, see_other};
use crate::views::{names_of, view};
use axum::extract::State;
use axum::response::Response;
use quartier_core::help;
use quartier_store::entity::{help_entry, message, report};
use quartier_store::notifications::NoticeKind;
use std::collections::HashMap;
use uuid::Uuid;

/// Open reports, each with the reported content (and only that). A report
/// about an entry this moderator may not see (for coordinators only) is
/// left to those who may: the entry's own rule decides, here as everywhere.
pub async fn list(
    ctx: Ctx,
    State(st): State<AppState>,
    Moderator(a): Moderator,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    let open = st.store.open_reports(a.n.id).await?;
    // Four queries for the whole page, whatever the number of reports.
    let entries: HashMap<Uuid, help_entry::Model> = st
        .store
        .entries_by_ids(a.n.id, &open.iter().filter_map(|r| r.entry_id).collect::<Vec<_>>())
        .await?
        .into_iter()
        .map(|e| (e.id, e))
        .collect();
    let messages: HashMap<Uuid, message::Model> = st
        .store
        .messages_by_ids(&open.iter().filter_map(|r| r.message_id).collect::<Vec<_>>())
        .await?
        .into_iter()
        .map(|m| (m.id, m))
        .collect();
    let mut rows = Vec::new();
    for r in &open {
        let (kind, author_id, content, link) = if let Some(e) = r.entry_id.and_then(|id| entries.get(&id)) {
            if !may_see_entry(&a, me, e) {
                continue;
            }
            ("entry", e.author_id, format!("{}\n\n{}", e.title, e.body), format!("/n/{}/help/{}", a.n.slug, e.id))
        } else if let Some(m) = r.message_id.and_then(|id| messages.get(&id)) {
            ("message", m.author_id, m.body.clone(), String::new())
        } else {
            continue;
        };
        rows.push((r, kind, author_id, content, link));
    }
    let people: Vec<Uuid> = rows.iter().flat_map(|(r, _, author, _, _)| [r.reporter_id, *author]).collect();
    let names = names_of(&st, &ctx, &people).await?;
    let name = |id: &Uuid| names.get(id).cloned().unwrap_or_default();
    let reports = rows
        .into_iter()
        .map(|(r, kind, author_id, content, link)| ReportRow {
            id: r.id.to_string(),
            kind: ctx.t(&format!("moderation-kind-{kind}")),
            reporter: name(&r.reporter_id),
            author: name(&author_id),
            reason: r.reason.clone(),
            content,
            link,
            when: ctx.datetime(&r.created_at, &a.n.timezone),
        })
        .collect();
    render(&ModerationPage { notice: notice(&ctx, q.notice.as_deref()), n: view(&a), reports, ctx })
}

/// The help entry's one visibility rule, for the moderator at hand.
fn may_see_entry(a: &NbAccess, me: Uuid, e: &help_entry::Model) -> bool {
    help::may_see(a.actor.membership, e.author_id == me, e.visibility(), e.hidden_reason.is_some())
}

/// A report this moderator may act on: one about an entry they may not see is
/// not theirs (answered as if it did not exist, like the entry itself).
async fn report_for(st: &AppState, a: &NbAccess, me: Uuid, id: Uuid) -> Result<report::Model, AppError> {
    let r = st.store.report_in(a.n.id, id).await?;
    if let Some(e) = r.entry_id {
        let e = st.store.entry_by_id(e).await?;
        if !may_see_entry(a, me, &e) {
            return Err(AppError::NotFound);
        }
    }
    Ok(r)
}

/// Hide the reported entry or message, with a reason its author sees.
pub async fn hide(
    ctx: Ctx,
    State(st): State<AppState>,
    Moderator(a): Moderator,
    Path((_, id)): Path<(String, Uuid)>,
    Form(f): Form<ReasonForm>,
) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    let r = report_for(&st, &a, me, id).await?;
    let reason = help::parse_reason(&f.reason)?;
    let (author, title, entry) = if let Some(e) = r.entry_id {
        let e = st.store.entry_by_id(e).await?;
        st.store.hide_entry(e.id, &reason).await?;
        (e.author_id, e.title, Some(e.id))
    } else if let Some(m) = r.message_id {
        let m = st.store.message(m).await?;
        st.store.hide_message(m.id, &reason).await?;
        (m.author_id, ctx.t("moderation-kind-message"), None)
    } else {
        return Err(AppError::NotFound);
    };
    if st.store.close_report(r.id, me, "hidden").await.is_err() {
        return Err(AppError::Conflict("err-report-closed"));
    }
    st.store.audit(Some(a.n.id), Some(me), "content_hidden", Some(author), &reason).await?;
    tell(&st, author, NoticeKind::Hidden, entry, None, &title, "/notifications").await?;
    Ok(see_other(&format!("/n/{}/moderation?notice=notice-hidden", a.n.slug)))
}

/// Close a report without action.
pub async fn dismiss(
    ctx: Ctx,
    State(st): State<AppState>,
    Moderator(a): Moderator,
    Path((_, id)): Path<(String, Uuid)>,
) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    let r = report_for(&st, &a, me, id).await?;
    if st.store.close_report(r.id, me, "dismissed").await.is_err() {
        return Err(AppError::Conflict("err-report-closed"));
    }
    st.store.audit(Some(a.n.id), Some(me), "report_dismissed", None, "").await?;
    Ok(see_other(&format!("/n/{}/moderation?notice=notice-dismissed", a.n.slug)))
}
