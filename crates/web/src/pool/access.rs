//! The pool's guard: every request about a neighbourhood's pool passes
//! here and asks `core::pool::pool`.

use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::guards::{NbAccess, inside};
use axum::extract::{FromRequestParts, RawPathParams};
use axum::http::request::Parts;
use quartier_core::pool::{self as rule, PoolAction, Viewer};
use quartier_store::entity::{organisation, pool_booking, pool_resource};
use uuid::Uuid;

/// A verified member of the neighbourhood `{slug}` (login first), with the
/// organisations they administer, which lend through them.
pub struct PoolAccess {
    pub nb: NbAccess,
    pub me: Uuid,
    pub administered: Vec<organisation::Model>,
}

impl PoolAccess {
    /// Where the pool's pages live.
    pub fn base(&self) -> String {
        format!("/n/{}/pool", self.nb.n.slug)
    }

    /// Whether the reader lends this resource: their own, or their
    /// organisation's.
    pub fn owns(&self, r: &pool_resource::Model) -> bool {
        r.owner_id == Some(self.me) || r.organisation_id.is_some_and(|o| self.administered.iter().any(|a| a.id == o))
    }

    /// `core::pool::pool` for the reader, about a resource and (maybe) one
    /// of its bookings.
    pub fn may(&self, r: Option<&pool_resource::Model>, b: Option<&pool_booking::Model>, action: PoolAction) -> bool {
        let v = Viewer {
            member: true,
            owner: r.is_some_and(|r| self.owns(r)),
            requester: b.is_some_and(|b| b.requester_id == Some(self.me)),
        };
        rule::pool(v, action)
    }

    /// Refuse unless the rule grants `action`.
    pub fn require(
        &self,
        r: Option<&pool_resource::Model>,
        b: Option<&pool_booking::Model>,
        action: PoolAction,
    ) -> Result<(), AppError> {
        if self.may(r, b, action) { Ok(()) } else { Err(AppError::Forbidden) }
    }
}

impl FromRequestParts<AppState> for PoolAccess {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Self, AppError> {
        let ctx = Ctx::from_request_parts(parts, st).await?;
        let params = RawPathParams::from_request_parts(parts, st).await.map_err(|_| AppError::NotFound)?;
        let slug = params.iter().find(|(k, _)| *k == "slug").map(|(_, v)| v.to_string()).ok_or(AppError::NotFound)?;
        // Login, then verified membership: `PoolAction::See` needs a member.
        let nb = inside(st, &ctx, &slug).await?;
        let me = ctx.require_user()?.id;
        let administered = st.store.organisations_administered(me).await?;
        Ok(PoolAccess { nb, me, administered })
    }
}
