//! The project guard and the one place that decides due proposals and
//! tells the participants: every request about a project passes here.

use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::guards::{Member, NbAccess};
use axum::extract::{FromRequestParts, RawPathParams};
use axum::http::request::Parts;
use quartier_core::coproduction::{self as co, PartRole, ProjectAction, Standing, Viewer};
use quartier_core::neighbourhood::MembershipStatus;
use quartier_core::policy::{self, NeighbourhoodAction};
use quartier_store::entity::{neighbourhood, project};
use quartier_store::neighbourhoods::membership_state;
use quartier_store::notifications::NoticeKind;
use uuid::Uuid;

/// A project `{id}` of the neighbourhood `{slug}` that the reader may see,
/// with the reader's standing in it.
pub struct ProjectAccess {
    pub nb: NbAccess,
    pub p: project::Model,
    pub me: Uuid,
    pub standing: Option<Standing>,
    pub role: Option<PartRole>,
    pub viewer: Viewer,
}

impl ProjectAccess {
    /// Where the project's pages live.
    pub fn base(&self) -> String {
        format!("/n/{}/projects/{}", self.nb.n.slug, self.p.id)
    }

    /// `core::coproduction::project` for the reader.
    pub fn may(&self, action: ProjectAction) -> bool {
        co::project(self.p.joining(), self.viewer, action)
    }

    /// The reader may do `action`, or the request ends here.
    pub fn require(&self, action: ProjectAction) -> Result<(), AppError> {
        if self.may(action) { Ok(()) } else { Err(AppError::Forbidden) }
    }
}

/// A verified member of the neighbourhood who may see the project
/// (`core::coproduction::may_see`); others get "not found", so a closed
/// project is not known to exist. Due proposals are decided first.
pub struct ProjectReader(pub ProjectAccess);

impl FromRequestParts<AppState> for ProjectReader {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Self, AppError> {
        let Member(nb) = Member::from_request_parts(parts, st).await?;
        let ctx = Ctx::from_request_parts(parts, st).await?;
        let me = ctx.require_user()?.id;
        let params = RawPathParams::from_request_parts(parts, st).await.map_err(|_| AppError::NotFound)?;
        let id: Uuid =
            params.iter().find(|(k, _)| *k == "id").and_then(|(_, v)| v.parse().ok()).ok_or(AppError::NotFound)?;
        let mut p = st.store.project_in(nb.n.id, id).await?;
        let row = st.store.project_participant(p.id, me).await?;
        let standing = row.as_ref().and_then(|r| r.standing());
        let viewer = Viewer {
            verified: nb.actor.verified(),
            coordinator: policy::neighbourhood(&nb.actor, NeighbourhoodAction::ConfirmMembers),
            standing,
        };
        if !co::may_see(p.joining(), viewer) {
            return Err(AppError::NotFound);
        }
        if settle(st, &nb.n, &p).await? {
            p = st.store.project_in(nb.n.id, id).await?;
        }
        Ok(ProjectReader(ProjectAccess { nb, p, me, standing, role: row.map(|r| r.role()), viewer }))
    }
}

/// Decide the project's due proposals and tell its participants. True when
/// the project moved to another phase.
pub async fn settle(st: &AppState, n: &neighbourhood::Model, p: &project::Model) -> Result<bool, AppError> {
    let decided = st.store.settle_project(p.id).await?;
    if decided.is_empty() {
        return Ok(false);
    }
    let people = audience(st, n, p, &st.store.project_members(p.id, false).await?).await?;
    for d in &decided {
        let path = format!("/n/{}/projects/{}/proposals/{}", n.slug, p.id, d.proposal.id);
        crate::notify::tell_about(st, &people, NoticeKind::ProposalDecided, &d.proposal.title, &path).await?;
    }
    Ok(decided.iter().any(|d| d.moved_to.is_some()))
}

/// Those of `users` who may see the project, asked by its one rule before
/// a notification names it (their memberships in one query).
pub async fn audience(
    st: &AppState,
    n: &neighbourhood::Model,
    p: &project::Model,
    users: &[Uuid],
) -> Result<Vec<Uuid>, AppError> {
    if users.is_empty() {
        return Ok(Vec::new());
    }
    let standings = st.store.project_people(p.id).await?;
    let memberships = st.store.memberships_of_people(n.id, users).await?;
    Ok(users
        .iter()
        .copied()
        .filter(|u| {
            let m = memberships.iter().find(|m| m.user_id == *u);
            let state = m.map(membership_state);
            let viewer = Viewer {
                verified: matches!(state, Some((_, MembershipStatus::Verified))),
                coordinator: state.is_some_and(|s| {
                    policy::neighbourhood(
                        &policy::Actor { logged_in: true, operator: false, membership: Some(s) },
                        NeighbourhoodAction::ConfirmMembers,
                    )
                }),
                standing: standings.iter().find(|r| r.p.user_id == *u).and_then(|r| r.p.standing()),
            };
            co::may_see(p.joining(), viewer)
        })
        .collect())
}

/// Decide every due proposal of the instance and tell the participants,
/// so a decision reaches them at its closing time even when nobody looks.
/// The worker runs it once a minute; a request about a project does the
/// same for that project, and the claim in the store lets only one decide.
pub async fn settle_due(st: &AppState) -> Result<(), AppError> {
    for p in st.store.projects_due(None).await? {
        let n = st.store.neighbourhood_by_id(p.neighbourhood_id).await?;
        settle(st, &n, &p).await?;
    }
    Ok(())
}
