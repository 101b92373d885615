//! Route handlers; see the module documentation one level up.

use super::pages::{ConversationPage, InboxPage, InboxRow, MessageRow};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::extractors::{Form, Path, Query};
use crate::guards::may_send_message;
use crate::notify::tell;
use crate::notify::tell_about;
use crate::page::ReasonForm;
use crate::page::{PageQuery, Pager, notice, see_other};
use crate::page::{render, render_invalid, render_too_many};
use crate::views::{names_of, person_name};
use axum::extract::State;
use axum::response::Response;
use quartier_core::FieldErrors;
use quartier_core::help;
use quartier_core::neighbourhood::Role;
use quartier_core::validation::FieldError;
use quartier_store::StoreError;
use quartier_store::entity::conversation;
use quartier_store::notifications::NoticeKind;
use serde::Deserialize;
use std::collections::HashMap;
use uuid::Uuid;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct InboxQuery {
    #[serde(flatten)]
    at: PageQuery,
    notice: Option<String>,
}

/// The inbox: newest conversation first, unread ones marked.
pub async fn list(ctx: Ctx, State(st): State<AppState>, Query(q): Query<InboxQuery>) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    let page = st.store.inbox(me, q.at.cursor()).await?;
    let rows = &page.items;
    // The other people and the entries of the whole page, one query each.
    let people: Vec<Uuid> = rows.iter().map(|c| c.other(me)).collect();
    let people = names_of(&st, &ctx, &people).await?;
    let entries: Vec<Uuid> = rows.iter().filter_map(|c| c.entry_id).collect();
    let titles: HashMap<Uuid, String> =
        st.store.entries_with_ids(&entries).await?.into_iter().map(|e| (e.id, e.title)).collect();
    let mut items = Vec::with_capacity(rows.len());
    for c in rows {
        let other = people.get(&c.other(me)).cloned().unwrap_or_default();
        let about = c.entry_id.and_then(|e| titles.get(&e).cloned()).unwrap_or_default();
        items.push(InboxRow {
            id: c.id.to_string(),
            other,
            about,
            unread: c.unread_for(me),
            when: ctx.datetime(&c.last_message_at, "Europe/Berlin"),
        });
    }
    render(&InboxPage { notice: notice(&ctx, q.notice.as_deref()), items, pager: Pager::new("/inbox", &page), ctx })
}

async fn page(
    ctx: &Ctx,
    st: &AppState,
    c: &conversation::Model,
    errors: FieldErrors,
    draft: String,
    cursor: quartier_store::paging::Cursor,
) -> Result<ConversationPage, AppError> {
    let me = ctx.require_user()?.id;
    let other_id = c.other(me);
    let other = st.store.user_by_id(other_id).await?.map(|u| person_name(ctx, &u)).unwrap_or_default();
    let found = st.store.messages_page(c.id, cursor).await?;
    // Older messages lie after this page in the key's order, newer before.
    let base = format!("/inbox/{}", c.id);
    let older = found.next.map(|id| format!("{base}?after={id}#messages"));
    let newer = found.prev.map(|id| format!("{base}?before={id}#messages"));
    let mut messages = Vec::new();
    for m in found.items {
        let author = if m.author_id == me { ctx.t("inbox-me") } else { other.clone() };
        messages.push(MessageRow {
            id: m.id.to_string(),
            mine: m.author_id == me,
            author,
            when: ctx.datetime(&m.created_at, "Europe/Berlin"),
            body: m.body,
            hidden_reason: m.hidden_reason.unwrap_or_default(),
        });
    }
    let (about, about_link) = match c.entry_id {
        Some(e) => match st.store.entry_by_id(e).await {
            Ok(e) => {
                let slug = match st.store.neighbourhood_by_id(e.neighbourhood_id).await {
                    Ok(n) => n.slug,
                    Err(quartier_store::StoreError::NotFound) => String::new(),
                    Err(err) => return Err(err.into()),
                };
                (e.title, format!("/n/{slug}/help/{}", e.id))
            }
            Err(_) => (String::new(), String::new()),
        },
        None => (String::new(), String::new()),
    };
    Ok(ConversationPage {
        ctx: ctx.clone(),
        id: c.id.to_string(),
        other,
        about,
        about_link,
        messages,
        older,
        newer,
        i_blocked: st.store.has_blocked(me, other_id).await?,
        blocked: st.store.blocked_between(me, other_id).await?,
        errors,
        draft,
        notice: None,
    })
}

/// One conversation; opening it marks it read.
pub async fn show(
    ctx: Ctx,
    State(st): State<AppState>,
    Path(id): Path<Uuid>,
    Query(q): Query<InboxQuery>,
) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    let c = st.store.conversation_of(id, me).await?;
    st.store.mark_read(&c, me).await?;
    let mut p = page(&ctx, &st, &c, FieldErrors::new(), String::new(), q.at.cursor()).await?;
    p.notice = notice(&ctx, q.notice.as_deref());
    render(&p)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct MessageForm {
    body: String,
}

/// Send a message.
pub async fn send(
    ctx: Ctx,
    State(st): State<AppState>,
    Path(id): Path<Uuid>,
    Form(f): Form<MessageForm>,
) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    let c = st.store.conversation_of(id, me).await?;
    let body = match help::parse_message(&f.body) {
        Ok(b) => b,
        Err(e) => return render_invalid(&page(&ctx, &st, &c, e.into(), f.body, Default::default()).await?),
    };
    if !may_send_message(&st, me).await? {
        let e = FieldError::new("body", "err-too-fast");
        return render_too_many(&page(&ctx, &st, &c, e.into(), f.body, Default::default()).await?, 60);
    }
    match st.store.send_message(&c, me, &body).await {
        Ok(_) => {}
        Err(StoreError::Invalid(_)) => return Err(AppError::Conflict("err-blocked")),
        Err(e) => return Err(e.into()),
    }
    let other = c.other(me);
    let title = ctx.t1("mail-message-from", "name", &ctx.user_name());
    tell(&st, other, NoticeKind::Message, c.entry_id, Some(c.id), &title, &format!("/inbox/{}", c.id)).await?;
    Ok(see_other(&format!("/inbox/{}#end", c.id)))
}

/// Block the other person: no more messages either way.
pub async fn block(ctx: Ctx, State(st): State<AppState>, Path(id): Path<Uuid>) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    let c = st.store.conversation_of(id, me).await?;
    st.store.block(me, c.other(me)).await?;
    Ok(see_other(&format!("/inbox/{}?notice=notice-blocked", c.id)))
}

/// Lift a block.
pub async fn unblock(ctx: Ctx, State(st): State<AppState>, Path(id): Path<Uuid>) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    let c = st.store.conversation_of(id, me).await?;
    st.store.unblock(me, c.other(me)).await?;
    Ok(see_other(&format!("/inbox/{}?notice=notice-unblocked", c.id)))
}

/// Report a message of the other person to the moderators.
pub async fn report(
    ctx: Ctx,
    State(st): State<AppState>,
    Path((id, mid)): Path<(Uuid, Uuid)>,
    Form(f): Form<ReasonForm>,
) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    let c = st.store.conversation_of(id, me).await?;
    let m = st.store.message(mid).await?;
    if m.conversation_id != c.id || m.author_id == me {
        return Err(AppError::NotFound);
    }
    let reason = help::parse_reason(&f.reason)?;
    st.store.report(c.neighbourhood_id, me, quartier_store::moderation::Reported::Message(m.id), &reason).await?;
    // The moderators read the message on their page; the notification names only where.
    let n = st.store.neighbourhood_by_id(c.neighbourhood_id).await?;
    let moderators = st.store.people_with_role(n.id, Role::Moderator).await?;
    let subject = ctx.t("moderation-kind-message");
    tell_about(&st, &moderators, NoticeKind::Report, &subject, &format!("/n/{}/moderation", n.slug)).await?;
    Ok(see_other(&format!("/inbox/{}?notice=notice-reported", c.id)))
}
