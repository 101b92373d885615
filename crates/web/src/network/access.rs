//! The network guards: every request about a neighbourhood's network
//! passes here and asks `core::network::network`.

use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::guards::{NbAccess, nb_access};
use axum::extract::{FromRequestParts, RawPathParams};
use axum::http::request::Parts;
use quartier_core::network::{self as net, CanvasAction, CanvasVisibility, NetworkAction, Viewer};
use quartier_core::policy::{self, NeighbourhoodAction};
use quartier_store::entity::{network_canvas, network_partner};
use uuid::Uuid;

/// A neighbourhood's network and who the reader is to it.
pub struct NetworkAccess {
    pub nb: NbAccess,
    pub me: Uuid,
    pub viewer: Viewer,
    /// The partners whose organisation the reader administers.
    pub administered: Vec<network_partner::Model>,
}

impl NetworkAccess {
    /// Where the network's pages live.
    pub fn base(&self) -> String {
        format!("/n/{}/network", self.nb.n.slug)
    }

    /// `core::network::network` for the reader.
    pub fn may(&self, action: NetworkAction) -> bool {
        net::network(self.viewer, action)
    }

    /// Whether the reader may write this partner's gains and pains.
    pub fn may_write_gains(&self, p: &network_partner::Model) -> bool {
        let admins_partner = p.organisation_id.is_some() && self.administered.iter().any(|a| a.id == p.id);
        self.may(NetworkAction::WriteGains { linked: p.organisation_id.is_some(), admins_partner })
    }

    async fn load(parts: &mut Parts, st: &AppState) -> Result<Self, AppError> {
        let ctx = Ctx::from_request_parts(parts, st).await?;
        let me = ctx.require_user()?.id;
        let params = RawPathParams::from_request_parts(parts, st).await.map_err(|_| AppError::NotFound)?;
        let slug = params.iter().find(|(k, _)| *k == "slug").map(|(_, v)| v.to_string()).ok_or(AppError::NotFound)?;
        let nb = nb_access(st, &ctx, &slug).await?;
        let administered = st.store.partners_administered(nb.n.id, me).await?;
        let viewer = Viewer {
            coordinator: policy::neighbourhood(&nb.actor, NeighbourhoodAction::ConfirmMembers),
            partner_admin: !administered.is_empty(),
        };
        Ok(NetworkAccess { nb, me, viewer, administered })
    }
}

/// A coordinator of the neighbourhood, or an administrator of a partner
/// organisation: `NetworkAction::SeeShared`. Login is asked first; others
/// are forbidden, as on every page of the coordination.
pub struct NetworkReader(pub NetworkAccess);

impl FromRequestParts<AppState> for NetworkReader {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Self, AppError> {
        let a = NetworkAccess::load(parts, st).await?;
        if !a.may(NetworkAction::SeeShared) {
            return Err(AppError::Forbidden);
        }
        Ok(NetworkReader(a))
    }
}

/// A coordinator of the neighbourhood: `NetworkAction::Manage`.
pub struct NetworkCoordinator(pub NetworkAccess);

impl FromRequestParts<AppState> for NetworkCoordinator {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Self, AppError> {
        let a = NetworkAccess::load(parts, st).await?;
        if !a.may(NetworkAction::Manage) {
            return Err(AppError::Forbidden);
        }
        Ok(NetworkCoordinator(a))
    }
}

/// The canvas of a neighbourhood's network and who the reader is to it;
/// also for readers without an account (a published canvas).
pub struct CanvasAccess {
    pub nb: NbAccess,
    pub me: Option<Uuid>,
    pub viewer: Viewer,
    pub canvas: Option<network_canvas::Model>,
}

impl CanvasAccess {
    pub fn base(&self) -> String {
        format!("/n/{}/network/canvas", self.nb.n.slug)
    }

    pub fn visibility(&self) -> CanvasVisibility {
        self.canvas.as_ref().map_or(CanvasVisibility::Internal, |c| c.visibility())
    }

    /// `core::network::canvas` for the reader.
    pub fn may(&self, action: CanvasAction) -> bool {
        net::canvas(self.viewer, self.visibility(), action)
    }

    async fn load(parts: &mut Parts, st: &AppState, action: CanvasAction) -> Result<Self, AppError> {
        let ctx = Ctx::from_request_parts(parts, st).await?;
        let params = RawPathParams::from_request_parts(parts, st).await.map_err(|_| AppError::NotFound)?;
        let slug = params.iter().find(|(k, _)| *k == "slug").map(|(_, v)| v.to_string()).ok_or(AppError::NotFound)?;
        let nb = nb_access(st, &ctx, &slug).await?;
        let me = ctx.user.as_ref().map(|u| u.id);
        let viewer = match me {
            Some(me) => Viewer {
                coordinator: policy::neighbourhood(&nb.actor, NeighbourhoodAction::ConfirmMembers),
                partner_admin: !st.store.partners_administered(nb.n.id, me).await?.is_empty(),
            },
            None => Viewer::default(),
        };
        let canvas = st.store.canvas(nb.n.id).await?;
        let a = CanvasAccess { nb, me, viewer, canvas };
        if !a.may(action) {
            ctx.require_user()?;
            return Err(AppError::Forbidden);
        }
        Ok(a)
    }
}

/// Whoever may read the canvas: `CanvasAction::Read`.
pub struct CanvasReader(pub CanvasAccess);

impl FromRequestParts<AppState> for CanvasReader {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Self, AppError> {
        Ok(CanvasReader(CanvasAccess::load(parts, st, CanvasAction::Read).await?))
    }
}

/// Whoever may comment on the canvas: `CanvasAction::Comment`.
pub struct CanvasCommenter(pub CanvasAccess);

impl FromRequestParts<AppState> for CanvasCommenter {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Self, AppError> {
        Ok(CanvasCommenter(CanvasAccess::load(parts, st, CanvasAction::Comment).await?))
    }
}

/// A coordinator, who saves versions and says who may read them:
/// `CanvasAction::Edit`.
pub struct CanvasEditor(pub CanvasAccess);

impl FromRequestParts<AppState> for CanvasEditor {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Self, AppError> {
        Ok(CanvasEditor(CanvasAccess::load(parts, st, CanvasAction::Edit).await?))
    }
}
