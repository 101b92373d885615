//! Access guards: load a resource, ask the rule in `quartier_core`, and hand
//! the handler what it may use.

use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use axum::extract::{FromRequestParts, RawPathParams};
use axum::http::request::Parts;
use quartier_core::group::Standing;
use quartier_core::help;
use quartier_core::neighbourhood::MembershipStatus;
use quartier_core::organisation::LinkStatus;
use quartier_core::organisation::OrgRole;
use quartier_core::policy::{self, Actor, GroupAction, NeighbourhoodAction, OrganisationAction};
use quartier_store::entity::{event, group, help_entry, membership, neighbourhood, organisation};
use quartier_store::neighbourhoods::membership_state;
use uuid::Uuid;

/// A neighbourhood and who the reader is in it.
pub struct NbAccess {
    pub n: neighbourhood::Model,
    pub actor: Actor,
    pub membership: Option<membership::Model>,
}

pub async fn nb_access(st: &AppState, ctx: &Ctx, slug: &str) -> Result<NbAccess, AppError> {
    let (n, membership) = st.store.neighbourhood_with_membership(slug, ctx.user.as_ref().map(|u| u.id)).await?;
    Ok(NbAccess { n, actor: actor_in(ctx, membership.as_ref()), membership })
}

/// Who the reader is in a neighbourhood, from their membership row there.
pub fn actor_in(ctx: &Ctx, membership: Option<&membership::Model>) -> Actor {
    Actor { logged_in: ctx.user.is_some(), operator: ctx.is_operator(), membership: membership.map(membership_state) }
}

impl NbAccess {
    pub fn pending(&self) -> bool {
        matches!(self.actor.membership, Some((_, MembershipStatus::Pending)))
    }
}

/// The neighbourhood, for verified neighbours only.
pub async fn inside(st: &AppState, ctx: &Ctx, slug: &str) -> Result<NbAccess, AppError> {
    let a = nb_access(st, ctx, slug).await?;
    may_view_inside(ctx, &a.actor)?;
    Ok(a)
}

/// The rule of [`inside`] for an actor already known: login first, then
/// `NeighbourhoodAction::ViewInside`.
pub fn may_view_inside(ctx: &Ctx, actor: &Actor) -> Result<(), AppError> {
    if !policy::neighbourhood(actor, NeighbourhoodAction::ViewInside) {
        ctx.require_user()?;
        return Err(AppError::Forbidden);
    }
    Ok(())
}

/// Whether the reader may see this entry, and act for its author.
pub async fn visible_entry(
    st: &AppState,
    ctx: &Ctx,
    a: &NbAccess,
    id: Uuid,
) -> Result<(help_entry::Model, bool), AppError> {
    ctx.require_user()?;
    let e = st.store.entry(a.n.id, id).await?;
    let acts = entry_rule(ctx, &a.actor, &e)?;
    Ok((e, acts))
}

/// The rule of [`visible_entry`] for an entry already loaded: not found
/// unless `help::may_see` allows it; whether the reader acts for its author.
pub fn entry_rule(ctx: &Ctx, actor: &Actor, e: &help_entry::Model) -> Result<bool, AppError> {
    let is_author = e.author_id == ctx.require_user()?.id;
    if !help::may_see(actor.membership, is_author, e.visibility(), e.hidden_reason.is_some()) {
        return Err(AppError::NotFound);
    }
    Ok(help::acts_for_author(is_author, e.on_behalf.is_some(), actor.membership))
}

/// Whether `me` organises an event inside a neighbourhood: its author, or
/// an administrator of the group that holds it (they organise together).
pub async fn organises_inside(st: &AppState, e: &event::Model, me: Option<Uuid>) -> Result<bool, AppError> {
    let Some(u) = me else { return Ok(false) };
    let standing = match e.group_id {
        Some(g) if e.author_id != Some(u) => st.store.group_standing(g, u).await?,
        _ => None,
    };
    Ok(organises_with(e, me, standing))
}

/// The rule of [`organises_inside`] with the reader's standing in the
/// event's group already known (asked only when they are not its author).
pub fn organises_with(e: &event::Model, me: Option<Uuid>, standing: Option<Standing>) -> bool {
    let Some(u) = me else { return false };
    let is_author = e.author_id == Some(u);
    let group_standing = if is_author || e.group_id.is_none() { None } else { standing };
    policy::organise_event(policy::EventHolder::Neighbourhood { is_author, group_standing })
}

/// Messages one person may send per minute, in all conversations together.
const MESSAGES_PER_MINUTE: i32 = 10;

/// Take a place for one message by `sender`; false when they are too fast.
pub async fn may_send_message(st: &AppState, sender: Uuid) -> Result<bool, AppError> {
    Ok(st
        .store
        .reserve_attempt(&format!("messages:{sender}"), MESSAGES_PER_MINUTE, chrono::Duration::minutes(1))
        .await?)
}

// --- Typed guards -------------------------------------------------------
//
// A guard is an extractor: it reads the path, loads the resource, asks the
// rule in `quartier_core` and hands the handler the loaded, permitted
// resource. A handler's signature thus says who may call it; a request
// that fails the rule never reaches the handler.

/// One named parameter of the matched route, as written in `routes.rs`.
pub(crate) async fn path_param(parts: &mut Parts, st: &AppState, name: &str) -> Result<String, AppError> {
    let params = RawPathParams::from_request_parts(parts, st).await.map_err(|_| AppError::NotFound)?;
    params.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string()).ok_or(AppError::NotFound)
}

async fn path_id(parts: &mut Parts, st: &AppState, name: &str) -> Result<Uuid, AppError> {
    path_param(parts, st, name).await?.parse().map_err(|_| AppError::NotFound)
}

/// A verified member of the neighbourhood `{slug}`:
/// `NeighbourhoodAction::ViewInside`.
pub struct Member(pub NbAccess);

impl FromRequestParts<AppState> for Member {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Self, AppError> {
        let ctx = Ctx::from_request_parts(parts, st).await?;
        let slug = path_param(parts, st, "slug").await?;
        Ok(Member(inside(st, &ctx, &slug).await?))
    }
}

/// A coordinator of the neighbourhood `{slug}`: `ConfirmMembers`, which core
/// grants together with `IssueCodes` and `AssignRoles` (a core test keeps
/// the three in step). Login is asked first, as for every manage page.
pub struct Coordinator(pub NbAccess);

impl FromRequestParts<AppState> for Coordinator {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Self, AppError> {
        let ctx = Ctx::from_request_parts(parts, st).await?;
        ctx.require_user()?;
        let slug = path_param(parts, st, "slug").await?;
        let a = nb_access(st, &ctx, &slug).await?;
        if !policy::neighbourhood(&a.actor, NeighbourhoodAction::ConfirmMembers) {
            return Err(AppError::Forbidden);
        }
        Ok(Coordinator(a))
    }
}

/// A moderator (or coordinator) of the neighbourhood `{slug}`:
/// `help::can_moderate`.
pub struct Moderator(pub NbAccess);

impl FromRequestParts<AppState> for Moderator {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Self, AppError> {
        let Member(a) = Member::from_request_parts(parts, st).await?;
        if !help::can_moderate(a.actor.membership) {
            return Err(AppError::Forbidden);
        }
        Ok(Moderator(a))
    }
}

/// The operator of the instance: `policy::administer_instance`.
pub struct Operator;

impl FromRequestParts<AppState> for Operator {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Self, AppError> {
        let ctx = Ctx::from_request_parts(parts, st).await?;
        ctx.require_user()?;
        let actor = Actor { logged_in: true, operator: ctx.is_operator(), membership: None };
        if policy::administer_instance(&actor) { Ok(Operator) } else { Err(AppError::Forbidden) }
    }
}

/// A group `{id}` in the neighbourhood `{slug}`, the reader's standing in
/// it, and whether they moderate the neighbourhood.
pub struct GroupAccess {
    pub nb: NbAccess,
    pub g: group::Model,
    pub standing: Option<Standing>,
    pub moderator: bool,
}

impl GroupAccess {
    /// Where the group's pages live.
    pub fn base(&self) -> String {
        format!("/n/{}/groups/{}", self.nb.n.slug, self.g.id)
    }
}

/// A member of the neighbourhood who may see the group: a hidden group
/// only for its members and the neighbourhood's moderators.
pub struct GroupReader(pub GroupAccess);

impl FromRequestParts<AppState> for GroupReader {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Self, AppError> {
        let Member(nb) = Member::from_request_parts(parts, st).await?;
        let ctx = Ctx::from_request_parts(parts, st).await?;
        let id = path_id(parts, st, "id").await?;
        let g = st.store.group_in(nb.n.id, id).await?;
        let me = ctx.require_user()?.id;
        let standing = st.store.group_standing(g.id, me).await?;
        let moderator = help::can_moderate(nb.actor.membership);
        if g.hidden_reason.is_some() && !moderator && standing.is_none() {
            return Err(AppError::NotFound);
        }
        Ok(GroupReader(GroupAccess { nb, g, standing, moderator }))
    }
}

/// An administrator of the group `{id}`: `group::can_administer`.
pub struct GroupAdmin(pub GroupAccess);

impl FromRequestParts<AppState> for GroupAdmin {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Self, AppError> {
        let GroupReader(a) = GroupReader::from_request_parts(parts, st).await?;
        let joining = a.g.joining();
        if !policy::group(joining, a.standing, GroupAction::Administer) {
            return Err(AppError::Forbidden);
        }
        Ok(GroupAdmin(a))
    }
}

/// The organisation `{slug}` and the reader's role in it. One that no
/// neighbourhood has confirmed yet is visible to its own members only.
pub struct OrgReader {
    pub o: organisation::Model,
    pub role: Option<OrgRole>,
}

impl FromRequestParts<AppState> for OrgReader {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Self, AppError> {
        let (o, role, _) = load_organisation(parts, st, false).await?;
        Ok(OrgReader { o, role })
    }
}

/// The organisation `{slug}`, the reader's role and id. With `login_first`
/// an anonymous reader is sent to log in before anything about the
/// organisation is told (the editors' pages); otherwise an unconfirmed one
/// is hidden from everyone outside it first.
async fn load_organisation(
    parts: &mut Parts,
    st: &AppState,
    login_first: bool,
) -> Result<(organisation::Model, Option<OrgRole>, Option<Uuid>), AppError> {
    let ctx = Ctx::from_request_parts(parts, st).await?;
    let slug = path_param(parts, st, "slug").await?;
    let o = st.store.organisation_by_slug(&slug).await?;
    let me = if login_first { Some(ctx.require_user()?.id) } else { ctx.user.as_ref().map(|u| u.id) };
    let role = match me {
        Some(u) => st.store.org_role(o.id, u).await?,
        None => None,
    };
    if role.is_none() && !st.store.organisation_confirmed(o.id).await? {
        return Err(AppError::NotFound);
    }
    Ok((o, role, me))
}

/// An administrator of the organisation `{slug}`:
/// `OrganisationAction::Administer`. `me` is the administrator.
pub struct OrgAdmin {
    pub o: organisation::Model,
    pub me: Uuid,
}

impl FromRequestParts<AppState> for OrgAdmin {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Self, AppError> {
        let OrgReader { o, role } = OrgReader::from_request_parts(parts, st).await?;
        let ctx = Ctx::from_request_parts(parts, st).await?;
        let me = ctx.require_user()?.id;
        if !policy::organisation(role, OrganisationAction::Administer) {
            return Err(AppError::Forbidden);
        }
        Ok(OrgAdmin { o, me })
    }
}

/// An administrator of the organisation `{slug}` for its website (its
/// messages, requests to join, logo and colour):
/// `org_site::site(role, SiteAction::Administer)`. An anonymous reader is
/// sent to log in first.
pub struct SiteAdmin {
    pub o: organisation::Model,
    pub me: Uuid,
}

impl FromRequestParts<AppState> for SiteAdmin {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Self, AppError> {
        use quartier_core::org_site::{SiteAction, site};
        let (o, role, me) = load_organisation(parts, st, true).await?;
        let me = me.ok_or(AppError::LoginRequired)?;
        if !site(role, SiteAction::Administer) {
            return Err(AppError::Forbidden);
        }
        Ok(SiteAdmin { o, me })
    }
}

/// An editor or administrator of the organisation `{slug}`:
/// `OrganisationAction::Publish`. `home` is the neighbourhood whose time
/// zone its events use (the first confirmed one).
pub struct OrgEditor {
    pub o: organisation::Model,
    pub me: Uuid,
    /// The editor's role: an editor or an administrator.
    pub role: Option<OrgRole>,
    pub home: Option<neighbourhood::Model>,
}

impl FromRequestParts<AppState> for OrgEditor {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Self, AppError> {
        let (o, role, me) = load_organisation(parts, st, true).await?;
        let me = me.ok_or(AppError::LoginRequired)?;
        if !policy::organisation(role, OrganisationAction::Publish) {
            return Err(AppError::Forbidden);
        }
        let links = st.store.organisation_links(o.id).await?;
        let home =
            links.iter().find(|(l, _)| l.status() == LinkStatus::Confirmed).or(links.first()).map(|(_, n)| n.clone());
        Ok(OrgEditor { o, me, role, home })
    }
}
