//! A piece of content named by kind and id (what an easy-language version
//! belongs to): whether the reader may see it, by that kind's own rule, and
//! whether they may edit it. The same rules answer for one piece and for a
//! whole list: `Known` loads what the rules need for every piece at once,
//! in a fixed number of queries, and `decide` asks the rules.

use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::guards::{NbAccess, actor_in, entry_rule, may_view_inside, organises_with};
use quartier_core::coproduction::{self as co, ProjectAction};
use quartier_core::easy::ContentKind;
use quartier_core::group::Standing;
use quartier_core::organisation::{self as org, OrgRole};
use quartier_core::policy::{self, NeighbourhoodAction};
use quartier_core::search::DocKind;
use quartier_store::easy::Scope;
use quartier_store::entity::{
    easy_version, event, help_entry, membership, neighbourhood, news_post, org_page, organisation, project,
    project_meeting, project_proposal,
};
use quartier_store::search::Hit;
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

/// A piece of content as the easy-language mechanism sees it.
pub struct Content {
    pub kind: ContentKind,
    pub id: Uuid,
    pub title: String,
    pub body: String,
    pub link: String,
    pub scope: Scope,
    pub can_edit: bool,
}

/// Load a piece of content the reader may see, and whether they may edit it.
pub async fn resolve(st: &AppState, ctx: &Ctx, kind: ContentKind, id: Uuid) -> Result<Content, AppError> {
    Known::load(st, ctx, &[(kind, id)]).await?.decide(ctx, kind, id)
}

/// The texts waiting for the reader's review that they may see: the
/// queue of their places, each text asked its content's own rule. `None`
/// when the reader reviews nowhere.
pub async fn review_queue(st: &AppState, ctx: &Ctx) -> Result<Option<Vec<easy_version::Model>>, AppError> {
    let me = ctx.require_user()?.id;
    let (nbs, orgs) = st.store.reviewer_scopes(me).await?;
    if nbs.is_empty() && orgs.is_empty() {
        return Ok(None);
    }
    let waiting = st.store.review_queue(&nbs, &orgs).await?;
    let pieces: Vec<_> = waiting.iter().filter_map(|v| Some((v.content_kind()?, v.content_id))).collect();
    let known = Known::load(st, ctx, &pieces).await?;
    Ok(Some(
        waiting
            .into_iter()
            .filter(|v| v.content_kind().is_some_and(|k| known.decide(ctx, k, v.content_id).is_ok()))
            .collect(),
    ))
}

/// A document the search found and the reader may see.
pub struct Found {
    pub title: String,
    pub body: String,
    pub link: String,
}

/// Of the documents the search found in the neighbourhood of `a`, those
/// the reader may see, by id: each asked its kind's own rule (the same
/// `decide` as for one piece; a group as its guard `GroupReader` asks),
/// in a fixed number of queries however many were found. What a moderator
/// hid is never found, not even by its author.
pub async fn visible_found(
    st: &AppState,
    ctx: &Ctx,
    a: &NbAccess,
    hits: &[Hit],
) -> Result<HashMap<Uuid, Found>, AppError> {
    let as_content = |k: DocKind| match k {
        DocKind::Help => Some(ContentKind::HelpEntry),
        DocKind::Event => Some(ContentKind::Event),
        DocKind::Organisation => Some(ContentKind::Organisation),
        DocKind::News => Some(ContentKind::News),
        DocKind::Group => None,
    };
    let pieces: Vec<_> = hits.iter().filter_map(|h| Some((as_content(h.kind)?, h.id))).collect();
    let known = Known::load(st, ctx, &pieces).await?;
    let hidden = |k: ContentKind, id: Uuid| match k {
        ContentKind::HelpEntry => known.entries.get(&id).is_none_or(|e| e.hidden_reason.is_some()),
        ContentKind::Event => known.events.get(&id).is_none_or(|e| e.hidden_reason.is_some()),
        ContentKind::News => known.news.get(&id).is_none_or(|p| p.hidden_reason.is_some()),
        ContentKind::Organisation
        | ContentKind::MeetingAgenda
        | ContentKind::MeetingMinutes
        | ContentKind::ProjectProposal
        | ContentKind::OrgPage => false,
    };
    let mut out = HashMap::new();
    for (k, id) in &pieces {
        if let Ok(c) = known.decide(ctx, *k, *id)
            && !hidden(*k, *id)
        {
            out.insert(*id, Found { title: c.title, body: c.body, link: c.link });
        }
    }
    // Groups live inside: for verified neighbours, a hidden one for nobody.
    let groups: Vec<Uuid> = hits.iter().filter(|h| h.kind == DocKind::Group).map(|h| h.id).collect();
    if !groups.is_empty() && may_view_inside(ctx, &a.actor).is_ok() {
        for g in st.store.groups_by_ids(a.n.id, &groups).await? {
            if g.hidden_reason.is_none() {
                let link = format!("/n/{}/groups/{}", a.n.slug, g.id);
                out.insert(g.id, Found { title: g.name, body: g.description, link });
            }
        }
    }
    Ok(out)
}

/// Rows by their id.
fn by_id<T>(rows: Vec<T>, id: fn(&T) -> Uuid) -> HashMap<Uuid, T> {
    rows.into_iter().map(|r| (id(&r), r)).collect()
}

/// Everything the rules need about some pieces of content and the reader.
#[derive(Default)]
struct Known {
    entries: HashMap<Uuid, help_entry::Model>,
    news: HashMap<Uuid, news_post::Model>,
    events: HashMap<Uuid, event::Model>,
    orgs: HashMap<Uuid, organisation::Model>,
    neighbourhoods: HashMap<Uuid, neighbourhood::Model>,
    /// The reader's membership, by neighbourhood.
    memberships: HashMap<Uuid, membership::Model>,
    /// The reader's role, by organisation.
    roles: HashMap<Uuid, OrgRole>,
    /// Organisations some neighbourhood has confirmed.
    confirmed: HashSet<Uuid>,
    /// The reader's standing, by group.
    standings: HashMap<Uuid, Standing>,
    /// Meetings of co-production projects, their projects, and the
    /// reader's standing in those projects.
    meetings: HashMap<Uuid, project_meeting::Model>,
    proposals: HashMap<Uuid, project_proposal::Model>,
    projects: HashMap<Uuid, project::Model>,
    project_standings: HashMap<Uuid, co::Standing>,
    /// Pages of organisations' websites.
    org_pages: HashMap<Uuid, org_page::Model>,
}

impl Known {
    /// At most fifteen queries, however many pieces.
    async fn load(st: &AppState, ctx: &Ctx, pieces: &[(ContentKind, Uuid)]) -> Result<Known, AppError> {
        let me = ctx.user.as_ref().map(|u| u.id);
        let of = |k: ContentKind| pieces.iter().filter(|(kind, _)| *kind == k).map(|(_, id)| *id).collect::<Vec<_>>();
        let mut k = Known {
            entries: by_id(st.store.entries_with_ids(&of(ContentKind::HelpEntry)).await?, |e| e.id),
            news: by_id(st.store.news_by_ids(&of(ContentKind::News)).await?, |p| p.id),
            events: by_id(st.store.events_by_ids(&of(ContentKind::Event)).await?, |e| e.id),
            ..Known::default()
        };
        let mut meeting_ids = of(ContentKind::MeetingAgenda);
        meeting_ids.extend(of(ContentKind::MeetingMinutes));
        k.meetings = by_id(st.store.meetings_by_ids(&meeting_ids).await?, |m| m.id);
        k.proposals = by_id(st.store.proposals_by_ids(&of(ContentKind::ProjectProposal)).await?, |p| p.id);
        let mut project_ids: Vec<Uuid> = k.meetings.values().map(|m| m.project_id).collect();
        project_ids.extend(k.proposals.values().map(|p| p.project_id));
        project_ids.sort();
        project_ids.dedup();
        k.projects = by_id(st.store.projects_by_ids(&project_ids).await?, |p| p.id);
        k.org_pages = by_id(st.store.org_pages_by_ids(&of(ContentKind::OrgPage)).await?, |p| p.id);
        let mut org_ids = of(ContentKind::Organisation);
        org_ids.extend(k.org_pages.values().map(|p| p.organisation_id));
        org_ids.extend(k.news.values().map(|p| p.organisation_id));
        org_ids.extend(k.events.values().filter_map(|e| e.organisation_id));
        org_ids.sort();
        org_ids.dedup();
        k.orgs = by_id(st.store.organisations_by_ids(&org_ids).await?, |o| o.id);
        k.confirmed = st.store.confirmed_among(&org_ids).await?;
        // Events of an organisation belong to no neighbourhood's rule.
        let inside_events = k.events.values().filter(|e| e.organisation_id.is_none());
        let mut nb_ids: Vec<Uuid> = k.entries.values().map(|e| e.neighbourhood_id).collect();
        nb_ids.extend(inside_events.clone().filter_map(|e| e.neighbourhood_id));
        nb_ids.extend(k.projects.values().map(|p| p.neighbourhood_id));
        nb_ids.sort();
        nb_ids.dedup();
        k.neighbourhoods = by_id(st.store.neighbourhoods_by_ids(&nb_ids).await?, |n| n.id);
        if let Some(me) = me {
            let ms = st.store.memberships_in(me, &nb_ids).await?;
            k.memberships = ms.into_iter().map(|m| (m.neighbourhood_id, m)).collect();
            k.roles = st.store.org_roles_of(me, &org_ids).await?;
            let groups: Vec<Uuid> =
                inside_events.filter(|e| e.author_id != Some(me)).filter_map(|e| e.group_id).collect();
            k.standings = st.store.group_standings_of(me, &groups).await?;
            let projects: Vec<Uuid> = k.projects.keys().copied().collect();
            if !projects.is_empty() {
                k.project_standings = st.store.project_standings(me, &projects).await?;
            }
        }
        Ok(k)
    }

    /// A part of a co-production project (a meeting, a proposal) by the
    /// project's one rule: who may see the project sees its parts; `edit`
    /// says who writes them. Its neighbourhood, the project, and whether
    /// the reader may edit.
    fn project_part(
        &self,
        ctx: &Ctx,
        project: Uuid,
        edit: ProjectAction,
    ) -> Result<(&neighbourhood::Model, &project::Model, bool), AppError> {
        let p = self.projects.get(&project).ok_or(AppError::NotFound)?;
        let n = self.neighbourhoods.get(&p.neighbourhood_id).ok_or(AppError::NotFound)?;
        let actor = actor_in(ctx, self.memberships.get(&n.id));
        may_view_inside(ctx, &actor)?;
        let viewer = co::Viewer {
            verified: actor.verified(),
            coordinator: policy::neighbourhood(&actor, NeighbourhoodAction::ConfirmMembers),
            standing: self.project_standings.get(&p.id).copied(),
        };
        if !co::may_see(p.joining(), viewer) {
            return Err(AppError::NotFound);
        }
        Ok((n, p, co::project(p.joining(), viewer, edit)))
    }

    /// One piece by its kind's rule: not found (or login, or forbidden, as
    /// its page would answer) unless the reader may see it.
    fn decide(&self, ctx: &Ctx, kind: ContentKind, id: Uuid) -> Result<Content, AppError> {
        let me = ctx.user.as_ref().map(|u| u.id);
        let role = |o: Uuid| self.roles.get(&o).copied();
        let inside = |n: Uuid| -> Result<&neighbourhood::Model, AppError> {
            let nb = self.neighbourhoods.get(&n).ok_or(AppError::NotFound)?;
            may_view_inside(ctx, &actor_in(ctx, self.memberships.get(&n)))?;
            Ok(nb)
        };
        match kind {
            ContentKind::HelpEntry => {
                let e = self.entries.get(&id).ok_or(AppError::NotFound)?;
                let n = inside(e.neighbourhood_id)?;
                let acts = entry_rule(ctx, &actor_in(ctx, self.memberships.get(&n.id)), e)?;
                Ok(Content {
                    kind,
                    id,
                    link: format!("/n/{}/help/{}", n.slug, e.id),
                    title: e.title.clone(),
                    body: e.body.clone(),
                    scope: Scope { neighbourhood: Some(n.id), organisation: None },
                    can_edit: acts,
                })
            }
            ContentKind::News => {
                let p = self.news.get(&id).ok_or(AppError::NotFound)?;
                let o = self.orgs.get(&p.organisation_id).ok_or(AppError::NotFound)?;
                let role = role(o.id);
                if (p.members_only && !org::can_read_internal(role)) || p.hidden_reason.is_some() {
                    return Err(AppError::NotFound);
                }
                Ok(Content {
                    kind,
                    id,
                    link: format!("/o/{}/news/{}", o.slug, p.id),
                    title: p.title.clone(),
                    body: p.body.clone(),
                    scope: Scope { neighbourhood: None, organisation: Some(o.id) },
                    can_edit: org::can_publish(role),
                })
            }
            ContentKind::Event => {
                let e = self.events.get(&id).ok_or(AppError::NotFound)?;
                let (can_edit, scope) = match e.organisation_id {
                    Some(o) => (org::can_publish(role(o)), Scope { neighbourhood: None, organisation: Some(o) }),
                    None => {
                        let n = inside(e.neighbourhood_id.ok_or(AppError::NotFound)?)?;
                        let standing = e.group_id.and_then(|g| self.standings.get(&g).copied());
                        (organises_with(e, me, standing), Scope { neighbourhood: Some(n.id), organisation: None })
                    }
                };
                if e.hidden_reason.is_some() && !can_edit {
                    return Err(AppError::NotFound);
                }
                Ok(Content {
                    kind,
                    id,
                    link: format!("/e/{}", e.id),
                    title: e.title.clone(),
                    body: e.description.clone(),
                    scope,
                    can_edit,
                })
            }
            ContentKind::MeetingAgenda | ContentKind::MeetingMinutes => {
                let m = self.meetings.get(&id).ok_or(AppError::NotFound)?;
                let (n, p, can_edit) = self.project_part(ctx, m.project_id, ProjectAction::WriteMinutes)?;
                let (label, body) = if kind == ContentKind::MeetingAgenda {
                    ("meeting-agenda", m.agenda.clone())
                } else {
                    ("meeting-minutes", m.minutes.clone())
                };
                Ok(Content {
                    kind,
                    id,
                    link: format!("/n/{}/projects/{}/meetings/{}", n.slug, p.id, m.id),
                    title: format!("{}: {}", ctx.t(label), p.title),
                    body,
                    scope: Scope { neighbourhood: Some(n.id), organisation: None },
                    can_edit,
                })
            }
            ContentKind::ProjectProposal => {
                // Those who may propose write the easy version of a
                // proposal; it stays with the decision on the record.
                let pr = self.proposals.get(&id).ok_or(AppError::NotFound)?;
                let (n, p, can_edit) = self.project_part(ctx, pr.project_id, ProjectAction::TakePart)?;
                Ok(Content {
                    kind,
                    id,
                    link: format!("/n/{}/projects/{}/proposals/{}", n.slug, p.id, pr.id),
                    title: pr.title.clone(),
                    body: pr.body.clone(),
                    scope: Scope { neighbourhood: Some(n.id), organisation: None },
                    can_edit,
                })
            }
            ContentKind::OrgPage => {
                // The site's one rule for its pages; those who write them
                // write their easy versions.
                use quartier_core::org_site::{SiteAction, may_see_page, site};
                let p = self.org_pages.get(&id).ok_or(AppError::NotFound)?;
                let o = self.orgs.get(&p.organisation_id).ok_or(AppError::NotFound)?;
                let role = role(o.id);
                let listed = self.confirmed.contains(&o.id);
                if !((listed || role.is_some()) && may_see_page(p.published, listed, role)) {
                    return Err(AppError::NotFound);
                }
                Ok(Content {
                    kind,
                    id,
                    link: format!("/o/{}/p/{}", o.slug, p.slug),
                    title: p.title.clone(),
                    body: p.body.clone(),
                    scope: Scope { neighbourhood: None, organisation: Some(o.id) },
                    can_edit: site(role, SiteAction::EditPages),
                })
            }
            ContentKind::Organisation => {
                let o = self.orgs.get(&id).ok_or(AppError::NotFound)?;
                let role = role(o.id);
                if role.is_none() && !self.confirmed.contains(&o.id) {
                    return Err(AppError::NotFound);
                }
                Ok(Content {
                    kind,
                    id,
                    link: format!("/o/{}", o.slug),
                    title: o.name.clone(),
                    body: o.description.clone(),
                    scope: Scope { neighbourhood: None, organisation: Some(o.id) },
                    can_edit: org::can_administer(role),
                })
            }
        }
    }
}
