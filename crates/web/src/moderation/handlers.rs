//! Route handlers; see the module documentation one level up.

use super::pages::{ModerationPage, ReportRow};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::extractors::{Form, Path, Query};
use crate::guards::Moderator;
use crate::notify::tell;
use crate::page::render;
use crate::page::{NoticeQuery, notice, see_other};
use crate::views::{person_name, view};
use axum::extract::State;
use axum::response::Response;
use quartier_core::help;
use quartier_store::notifications::NoticeKind;
use serde::Deserialize;
use uuid::Uuid;

/// Open reports, each with the reported content (and only that).
pub async fn list(
    ctx: Ctx,
    State(st): State<AppState>,
    Moderator(a): Moderator,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let mut reports = Vec::new();
    for r in st.store.open_reports(a.n.id).await? {
        let reporter = st.store.user_by_id(r.reporter_id).await?.map(|u| person_name(&ctx, &u)).unwrap_or_default();
        let (kind, author_id, content, link) = if let Some(e) = r.entry_id {
            let e = st.store.entry_by_id(e).await?;
            ("entry", e.author_id, format!("{}\n\n{}", e.title, e.body), format!("/n/{}/help/{}", a.n.slug, e.id))
        } else if let Some(m) = r.message_id {
            let m = st.store.message(m).await?;
            ("message", m.author_id, m.body, String::new())
        } else {
            continue;
        };
        let author = st.store.user_by_id(author_id).await?.map(|u| person_name(&ctx, &u)).unwrap_or_default();
        reports.push(ReportRow {
            id: r.id.to_string(),
            kind: ctx.t(&format!("moderation-kind-{kind}")),
            reporter,
            author,
            reason: r.reason,
            content,
            link,
            when: ctx.datetime(&r.created_at, &a.n.timezone),
        });
    }
    render(&ModerationPage { notice: notice(&ctx, q.notice.as_deref()), n: view(&a), reports, ctx })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct HideForm {
    reason: String,
}

/// Hide the reported entry or message, with a reason its author sees.
pub async fn hide(
    ctx: Ctx,
    State(st): State<AppState>,
    Moderator(a): Moderator,
    Path((_, id)): Path<(String, Uuid)>,
    Form(f): Form<HideForm>,
) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    let r = st.store.report_in(a.n.id, id).await?;
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
    let r = st.store.report_in(a.n.id, id).await?;
    if st.store.close_report(r.id, me, "dismissed").await.is_err() {
        return Err(AppError::Conflict("err-report-closed"));
    }
    st.store.audit(Some(a.n.id), Some(me), "report_dismissed", None, "").await?;
    Ok(see_other(&format!("/n/{}/moderation?notice=notice-dismissed", a.n.slug)))
}
