//! Route handlers; see the module documentation one level up.

use super::pages::{FollowedCategory, Invitation, NotificationRow, NotificationsPage};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::extractors::Query;
use crate::page::render;
use crate::page::{PagedQuery, Pager, notice, see_other};
use axum::extract::State;
use axum::response::Response;
use quartier_core::help::CATEGORIES;
use quartier_store::entity::{event, help_entry};
use quartier_store::notifications::Digest;
use std::collections::HashMap;
use uuid::Uuid;

/// Notifications, newest first; looking at them marks them read.
pub async fn list(ctx: Ctx, State(st): State<AppState>, Query(q): Query<PagedQuery>) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    let page = st.store.notifications_page(me, q.at.cursor()).await?;
    let pager = Pager::new("/notifications", &page);
    let list = page.items;
    // Older kinds name their entry or event by id: those, and the entries'
    // neighbourhoods, are loaded once for the whole list.
    let older = || list.iter().filter(|n| n.link.is_empty());
    let entries: HashMap<Uuid, help_entry::Model> = st
        .store
        .entries_with_ids(&older().filter_map(|n| n.entry_id).collect::<Vec<_>>())
        .await?
        .into_iter()
        .map(|e| (e.id, e))
        .collect();
    let events: HashMap<Uuid, event::Model> = st
        .store
        .events_by_ids(&older().filter_map(|n| n.event_id).collect::<Vec<_>>())
        .await?
        .into_iter()
        .map(|e| (e.id, e))
        .collect();
    let slugs: HashMap<Uuid, String> = st
        .store
        .neighbourhoods_by_ids(&entries.values().map(|e| e.neighbourhood_id).collect::<Vec<_>>())
        .await?
        .into_iter()
        .map(|n| (n.id, n.slug))
        .collect();
    let mut items = Vec::new();
    for n in list {
        // Kinds that name what they are about and where to act on it keep
        // both; the older ones are looked up by their entry, conversation or event.
        let (title, link, hidden) = if !n.link.is_empty() {
            (n.subject, n.link, String::new())
        } else {
            let (title, link, hidden) = match n.entry_id.and_then(|e| entries.get(&e)) {
                Some(e) => {
                    let slug = slugs.get(&e.neighbourhood_id).cloned().unwrap_or_default();
                    (e.title.clone(), format!("/n/{slug}/help/{}", e.id), e.hidden_reason.clone().unwrap_or_default())
                }
                None => (String::new(), String::new(), String::new()),
            };
            let link = match n.conversation_id {
                Some(c) => format!("/inbox/{c}"),
                None => link,
            };
            match n.event_id.and_then(|e| events.get(&e)) {
                Some(e) => (e.title.clone(), format!("/e/{}", e.id), hidden),
                None => (title, link, hidden),
            }
        };
        items.push(NotificationRow {
            what: ctx.t(&format!("notice-kind-{}", n.kind.replace('_', "-"))),
            title,
            link,
            unread: n.read_at.is_none(),
            when: ctx.datetime(&n.created_at, "Europe/Berlin"),
            hidden_reason: hidden,
        });
    }
    st.store.mark_notifications_read(me).await?;
    // Reviewers see how many texts wait for them: those the queue shows.
    let reviews = crate::content::review_queue(&st, &ctx).await?.map(|q| q.len());
    // Invitations to help run an organisation wait for an answer here.
    let invitations = st
        .store
        .org_invitations_for(me)
        .await?
        .into_iter()
        .map(|(i, o)| Invitation { slug: o.slug, name: o.name, role: ctx.t(&format!("org-role-{}", i.role)) })
        .collect();
    let s = st.store.notification_settings(me).await?;
    let followed: Vec<String> =
        s.followed_categories.split(',').filter(|c| !c.is_empty()).map(str::to_string).collect();
    let categories = CATEGORIES
        .iter()
        .map(|c| FollowedCategory {
            key: c.to_string(),
            label: ctx.t(&format!("cat-{c}")),
            followed: followed.iter().any(|f| f == c),
        })
        .collect();
    render(&NotificationsPage {
        notice: notice(&ctx, q.notice.as_deref()),
        items,
        pager,
        email_answers: s.email_answers,
        email_messages: s.email_messages,
        email_new_requests: s.email_new_requests,
        email_tasks: s.email_tasks,
        notice_board_mail: s.notice_board_mail,
        reviews,
        invitations,
        digest: s.digest,
        categories,
        ctx,
    })
}

/// The settings form; checkboxes repeat the `category` field, so it is read by hand.
struct SettingsForm {
    email_answers: Option<String>,
    email_messages: Option<String>,
    email_new_requests: Option<String>,
    digest: String,
}

/// Save how a person wants to be told.
pub async fn save(
    ctx: Ctx,
    State(st): State<AppState>,
    axum::extract::RawForm(raw): axum::extract::RawForm,
) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    // Checkboxes repeat a field name; collect them by hand.
    let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(&raw).map_err(|_| AppError::BadRequest)?;
    let get = |k: &str| pairs.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
    let f = SettingsForm {
        email_answers: get("email_answers"),
        email_messages: get("email_messages"),
        email_new_requests: get("email_new_requests"),
        digest: get("digest").unwrap_or_default(),
    };
    let followed: Vec<&str> = pairs
        .iter()
        .filter(|(n, v)| n == "category" && CATEGORIES.contains(&v.as_str()))
        .map(|(_, v)| v.as_str())
        .collect();
    let mut s = st.store.notification_settings(me).await?;
    s.email_answers = f.email_answers.is_some();
    s.email_messages = f.email_messages.is_some();
    s.email_new_requests = f.email_new_requests.is_some();
    s.notice_board_mail = get("notice_board_mail").is_some();
    s.email_tasks = get("email_tasks").is_some();
    s.digest = Digest::from_tag(&f.digest).unwrap_or(Digest::Off).tag().into();
    s.followed_categories = followed.join(",");
    st.store.save_notification_settings(s).await?;
    Ok(see_other("/notifications?notice=notice-saved"))
}
