//! Request handlers: `html` renders pages, `api` answers JSON. Both call
//! the same store functions and the same policy in `quartier_core::policy`.

pub mod api;
pub mod html;

use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use quartier_core::neighbourhood::MembershipStatus;
use quartier_core::policy::Actor;
use quartier_store::entity::{membership, neighbourhood};
use quartier_store::neighbourhoods::membership_state;

/// Argon2 is slow on purpose; keep it off the async workers.
pub async fn hash_password(pw: &str) -> Result<String, AppError> {
    let pw = pw.to_string();
    tokio::task::spawn_blocking(move || quartier_store::passwords::hash(&pw))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?
        .map_err(AppError::Internal)
}

pub async fn verify_password(stored: &str, pw: &str) -> bool {
    let (stored, pw) = (stored.to_string(), pw.to_string());
    tokio::task::spawn_blocking(move || quartier_store::passwords::verify(&stored, &pw)).await.unwrap_or(false)
}

/// 303 See Other: after a form post, the browser loads the target with GET.
pub fn see_other(to: &str) -> Response {
    let mut r = StatusCode::SEE_OTHER.into_response();
    if let Ok(v) = HeaderValue::from_str(to) {
        r.headers_mut().insert(header::LOCATION, v);
    }
    r
}

pub fn with_cookie(mut r: Response, cookie: &str) -> Response {
    if let Ok(v) = HeaderValue::from_str(cookie) {
        r.headers_mut().append(header::SET_COOKIE, v);
    }
    r
}

/// Notices that may be named in a `?notice=` query after a redirect.
const NOTICES: &[&str] = &[
    "notice-saved",
    "notice-password-changed",
    "notice-email-changed",
    "notice-joined",
    "notice-requested",
    "notice-confirmed",
    "notice-declined",
    "notice-role-set",
    "notice-created",
    "notice-confirm-sent",
    "notice-logged-out",
    "notice-password-reset",
    "notice-email-confirmed",
    "notice-deleted",
    "notice-posted",
    "notice-accepted",
    "notice-done",
    "notice-withdrawn",
    "notice-thanked",
    "notice-reported",
    "notice-blocked",
    "notice-unblocked",
    "notice-hidden",
    "notice-dismissed",
    "notice-signed-up",
    "notice-waiting",
    "notice-event-cancelled",
    "notice-sent",
    "notice-left",
    "notice-review-requested",
    "notice-signup-withdrawn",
    "notice-group-created",
    "notice-group-requested",
    "notice-group-joined",
    "notice-invited",
    "notice-invitation-accepted",
    "notice-invitation-declined",
];

/// `?notice=` after a redirect; every page that shows notices reads it.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct NoticeQuery {
    pub notice: Option<String>,
}

pub fn notice(ctx: &Ctx, key: Option<&str>) -> Option<String> {
    key.and_then(|k| NOTICES.iter().find(|n| **n == k)).map(|k| ctx.t(k))
}

/// A neighbourhood and who the reader is in it.
pub struct NbAccess {
    pub n: neighbourhood::Model,
    pub actor: Actor,
    pub membership: Option<membership::Model>,
}

pub async fn nb_access(st: &AppState, ctx: &Ctx, slug: &str) -> Result<NbAccess, AppError> {
    let n = st.store.neighbourhood_by_slug(slug).await?;
    let membership = match &ctx.user {
        Some(u) => st.store.membership(u.id, n.id).await?,
        None => None,
    };
    let actor = Actor {
        logged_in: ctx.user.is_some(),
        operator: ctx.is_operator(),
        membership: membership.as_ref().map(membership_state),
    };
    Ok(NbAccess { n, actor, membership })
}

impl NbAccess {
    pub fn pending(&self) -> bool {
        matches!(self.actor.membership, Some((_, MembershipStatus::Pending)))
    }
}

/// Message id for a membership status/role, for lists of neighbourhoods.
pub fn status_key(m: &membership::Model) -> String {
    if m.status == MembershipStatus::Pending.tag() { "status-pending".into() } else { format!("role-{}", m.role) }
}
