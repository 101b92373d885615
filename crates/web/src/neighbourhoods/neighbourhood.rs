//! A neighbourhood's start page, joining it, its members, and profiles.

use super::pages::ForYou;
use super::pages::MyEventRow;
use super::pages::{GroupLink, NewRow, ProjectLink};
use super::pages::{HelpRow, MembersPage, NeighbourhoodPage, NewsRow, OrgLink, ProfilePage, ProfileThanks};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::extractors::{Form, Path, Query};
use crate::guards::{NbAccess, nb_access};
use crate::notify::tell_about;
use crate::page::{NoticeQuery, PageQuery, Pager, notice, see_other};
use crate::page::{render, render_invalid, render_too_many};
use crate::views::EasyList;
use crate::views::MembershipRow;
use crate::views::names_of;
use crate::views::person_row;
use crate::views::tz_of;
use crate::views::view;
use crate::views::when_label;
use axum::extract::State;
use axum::response::Response;
use quartier_core::FieldErrors;
use quartier_core::account::initials;
use quartier_core::easy::ContentKind;
use quartier_core::event::SignupStatus;
use quartier_core::invite::parse_code;
use quartier_core::neighbourhood::MembershipStatus;
use quartier_core::neighbourhood::Role;
use quartier_core::policy::{self, NeighbourhoodAction};
use quartier_core::validation::FieldError;
use quartier_store::StoreError;
use quartier_store::notifications::NoticeKind;
use serde::Deserialize;
use uuid::Uuid;

/// How many of the reader's groups the start page names (all are a link away).
const MY_GROUPS: u64 = 5;

async fn page(
    ctx: &Ctx,
    st: &AppState,
    a: &NbAccess,
    errors: FieldErrors,
    code: String,
    note: Option<String>,
) -> Result<NeighbourhoodPage, AppError> {
    let inside = policy::neighbourhood(&a.actor, NeighbourhoodAction::ViewInside);
    let can_manage = policy::neighbourhood(&a.actor, NeighbourhoodAction::ConfirmMembers);
    let blocks = shared_blocks(st, a, inside, can_manage).await?;
    let newest = blocks.newest.iter().map(|m| person_row(ctx, m)).collect();
    // The numbers that depend on the reader in one statement; what is new
    // since the visit before this one only for neighbours (the visit is
    // noted first).
    let reader = match (&ctx.user, &a.membership) {
        (Some(me), Some(m)) if inside => Some(quartier_store::start_page::CountsFor {
            me: me.id,
            scope: quartier_core::help::see_scope(a.actor.membership),
            since: st.store.visit_start_page(m).await?,
        }),
        _ => None,
    };
    let counts = st.store.start_counts(a.n.id, can_manage, reader).await?;
    let mut help = Vec::new();
    let mut for_you = None;
    if inside && let Some(me) = &ctx.user {
        // A bounded look at what concerns the reader: three of each.
        let mine = st.store.my_current_entries(a.n.id, me.id, 3).await?;
        let my_events = st.store.my_events(me.id, st.store.now(), 3).await?;
        // Easy versions for every row shown: one query per kind of content.
        let ids = mine.iter().chain(&blocks.help).map(|e| e.id);
        let easy_help = EasyList::load(st, ctx.words(), ContentKind::HelpEntry, ids).await?;
        let easy_events =
            EasyList::load(st, ctx.words(), ContentKind::Event, my_events.iter().map(|(e, _)| e.id)).await?;
        let help_row = |e: &quartier_store::entity::help_entry::Model| {
            let mut r = HelpRow {
                id: e.id.to_string(),
                kind: ctx.t(&format!("help-kind-{}", e.kind)),
                title: e.title.clone(),
                easy_missing: false,
            };
            easy_help.apply(e.id, &mut r.title, &mut r.easy_missing);
            r
        };
        let entries = mine.iter().map(help_row).collect();
        let tz = tz_of(Some(&a.n));
        let events = my_events
            .into_iter()
            .map(|(e, status)| {
                let mut r = MyEventRow {
                    id: e.id.to_string(),
                    when: when_label(ctx.words(), &e, tz),
                    title: e.title.clone(),
                    waiting: status == SignupStatus::Waiting,
                    easy_missing: false,
                };
                easy_events.apply(e.id, &mut r.title, &mut r.easy_missing);
                r
            })
            .collect();
        let new = counts.new.map(|c| {
            let base = format!("/n/{}", a.n.slug);
            let rows = [
                (c.help, "nb-new-help", format!("{base}/help")),
                (c.events, "nb-new-events", format!("{base}/calendar")),
                (c.news, "nb-new-news", format!("{base}#news-h")),
                (c.group_posts, "nb-new-group-posts", format!("{base}/groups")),
            ];
            rows.into_iter()
                .filter(|(n, ..)| *n > 0)
                .map(|(n, key, link)| {
                    // Counted up to a cap: beyond it, "more than 99".
                    let count = if n >= quartier_store::start_page::NEW_COUNTED {
                        ctx.t1(
                            "nb-count-more-than",
                            "count",
                            &(quartier_store::start_page::NEW_COUNTED - 1).to_string(),
                        )
                    } else {
                        n.to_string()
                    };
                    NewRow { text: ctx.t1(key, "count", &count), link }
                })
                .collect()
        });
        let groups = st
            .store
            .my_groups(a.n.id, me.id, MY_GROUPS)
            .await?
            .into_iter()
            .map(|g| GroupLink { id: g.id.to_string(), name: g.name })
            .collect();
        let unread_messages = counts.unread_messages;
        for_you = Some(ForYou { entries, events, unread: me.unread, unread_messages, new, groups });
        help = blocks.help.iter().map(help_row).collect();
    }
    let network_attention = if can_manage {
        let today = st.store.now().with_timezone(&tz_of(Some(&a.n))).date_naive();
        let window = quartier_core::network::attention_window(today, st.store.now());
        match st.store.network_attention(a.n.id, &window).await?.total() {
            0 => String::new(),
            count => ctx.t1("network-attention-start", "count", &count.to_string()),
        }
    } else {
        String::new()
    };
    let latest_report = blocks.latest_report.as_ref().map(|r| {
        let w = ctx.words();
        let period = w.t2("impact-period", "from", &w.day(r.period_from), "to", &w.day(r.period_to));
        crate::views::LinkRow {
            href: format!("/n/{}/impact/reports/{}", a.n.slug, r.id),
            label: ctx.t1("impact-latest-link", "period", &period),
        }
    });
    // The canvas is linked here once anyone may read it (its own rule).
    let published_canvas = blocks
        .canvas
        .as_ref()
        .filter(|c| {
            let anyone = quartier_core::network::Viewer::default();
            quartier_core::network::canvas(anyone, c.visibility(), quartier_core::network::CanvasAction::Read)
        })
        .map(|_| crate::views::LinkRow {
            href: format!("/n/{}/network/canvas", a.n.slug),
            label: ctx.t("canvas-published-link"),
        });
    let easy_news = EasyList::load(st, ctx.words(), ContentKind::News, blocks.news.iter().map(|(p, _)| p.id)).await?;
    // Open projects, each asked its own rule for this reader.
    let viewer =
        quartier_core::coproduction::Viewer { verified: a.actor.verified(), coordinator: can_manage, standing: None };
    let projects = blocks
        .projects
        .iter()
        .filter(|p| quartier_core::coproduction::may_see(p.joining(), viewer))
        .map(|p| ProjectLink {
            id: p.id.to_string(),
            phase: ctx.t(&format!("coprod-phase-{}", p.phase().tag().replace('_', "-"))),
            title: p.title.clone(),
        })
        .collect();
    let tz = crate::views::tz_of(Some(&a.n));
    let events =
        crate::views::cards_with_holders(st, ctx, &blocks.events, tz).await?.into_iter().map(|(_, c)| c).collect();
    Ok(NeighbourhoodPage {
        projects,
        ctx: ctx.clone(),
        n: view(a),
        notice: note,
        member_count: blocks.members,
        inside,
        pending: a.pending(),
        can_manage,
        pending_count: counts.pending,
        network_attention,
        newest,
        errors,
        code,
        help,
        can_moderate: quartier_core::help::can_moderate(a.actor.membership),
        orgs: blocks.orgs.iter().map(|o| OrgLink { slug: o.slug.clone(), name: o.name.clone() }).collect(),
        events,
        for_you,
        latest_report,
        published_canvas,
        news: blocks
            .news
            .iter()
            .map(|(p, o)| {
                let mut r = NewsRow {
                    org_slug: o.slug.clone(),
                    id: p.id.to_string(),
                    title: p.title.clone(),
                    org_name: o.name.clone(),
                    date: ctx.date(&p.created_at),
                    easy_missing: false,
                };
                easy_news.apply(p.id, &mut r.title, &mut r.easy_missing);
                r
            })
            .collect(),
    })
}

/// The blocks every reader of the same kind sees alike, from this
/// server's memory while the neighbourhood's `content_version` holds
/// (`crate::cache`), else from the database.
async fn shared_blocks(
    st: &AppState,
    a: &NbAccess,
    inside: bool,
    can_manage: bool,
) -> Result<std::sync::Arc<quartier_store::start_page::SharedBlocks>, AppError> {
    use quartier_store::start_page::Audience;
    let audience = match (inside, can_manage) {
        (false, _) => Audience::Outside,
        (true, false) => Audience::Neighbour,
        (true, true) => Audience::Coordinator,
    };
    let key = (a.n.id, audience);
    let now = st.store.now();
    if let Some(b) = st.start_blocks.get(&key, a.n.content_version, now) {
        return Ok(b);
    }
    let b = st.store.start_blocks(a.n.id, audience).await?;
    Ok(st.start_blocks.put(key, a.n.content_version, now, b))
}

/// The neighbourhood's start page: public part for everyone, what is new
/// for verified neighbours.
pub async fn show(
    ctx: Ctx,
    State(st): State<AppState>,
    Path(slug): Path<String>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let a = nb_access(&st, &ctx, &slug).await?;
    let note = notice(&ctx, q.notice.as_deref());
    render(&page(&ctx, &st, &a, FieldErrors::new(), String::new(), note).await?)
}

/// Ask the coordinators to confirm me as a resident.
pub async fn join(ctx: Ctx, State(st): State<AppState>, Path(slug): Path<String>) -> Result<Response, AppError> {
    let me = ctx.require_user()?.clone();
    let a = nb_access(&st, &ctx, &slug).await?;
    if !policy::neighbourhood(&a.actor, NeighbourhoodAction::Join) {
        return Err(AppError::Conflict("err-already-member"));
    }
    match st.store.request_membership(me.id, a.n.id).await {
        Ok(_) => {
            let coordinators = st.store.people_with_role(a.n.id, Role::Coordinator).await?;
            let path = format!("/n/{}/manage/members", a.n.slug);
            tell_about(&st, &coordinators, NoticeKind::JoinRequest, &me.display_name, &path).await?;
        }
        Err(StoreError::Conflict(_)) => {}
        Err(e) => return Err(e.into()),
    }
    Ok(see_other(&format!("/n/{}?notice=notice-requested", a.n.slug)))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CodeForm {
    code: String,
}

/// Wrong or right, codes one person and one client address may try per hour.
const CODE_TRIES_PER_PERSON: i32 = 10;
const CODE_TRIES_PER_CLIENT: i32 = 30;

/// Become a verified resident with a code from a printed postcard.
pub async fn redeem_code(
    ctx: Ctx,
    State(st): State<AppState>,
    Path(slug): Path<String>,
    Form(f): Form<CodeForm>,
) -> Result<Response, AppError> {
    let me = ctx.require_user()?.clone();
    let a = nb_access(&st, &ctx, &slug).await?;
    if a.actor.verified() {
        return Ok(see_other(&format!("/n/{}", a.n.slug)));
    }
    let code = match parse_code(&f.code) {
        Ok(c) => c,
        Err(e) => return render_invalid(&page(&ctx, &st, &a, e.into(), f.code, None).await?),
    };
    // Each try takes its place before the code is looked up, per person and
    // per client address, so codes cannot be guessed in bulk or in parallel.
    let ip = ctx.client_key();
    let hour = chrono::Duration::hours(1);
    let for_person = st.store.reserve_attempt(&format!("code:{}", me.id), CODE_TRIES_PER_PERSON, hour).await?;
    let for_client = st.store.reserve_attempt(&format!("code-client:{ip}"), CODE_TRIES_PER_CLIENT, hour).await?;
    if !(for_person && for_client) {
        let e = FieldError::new("code", "err-code-throttled");
        return render_too_many(&page(&ctx, &st, &a, e.into(), f.code, None).await?, 3600);
    }
    match st.store.redeem_invite(a.n.id, &code, me.id).await {
        Ok(()) => {
            st.store.audit(Some(a.n.id), Some(me.id), "joined_with_code", Some(me.id), "").await?;
            Ok(see_other(&format!("/n/{}?notice=notice-joined", a.n.slug)))
        }
        Err(StoreError::NotFound) => render_invalid(
            &page(&ctx, &st, &a, FieldError::new("code", "err-code-unknown").into(), f.code, None).await?,
        ),
        Err(e) => Err(e.into()),
    }
}

/// The verified neighbours. Only they can see this list.
pub async fn members(
    ctx: Ctx,
    State(st): State<AppState>,
    Path(slug): Path<String>,
    Query(q): Query<PageQuery>,
) -> Result<Response, AppError> {
    let a = nb_access(&st, &ctx, &slug).await?;
    if !policy::neighbourhood(&a.actor, NeighbourhoodAction::ViewInside) {
        ctx.require_user()?;
        return Err(AppError::Forbidden);
    }
    let page = st.store.verified_members(a.n.id, q.cursor()).await?;
    let pager = Pager::new(&format!("/n/{}/members", a.n.slug), &page);
    let members = page.items.iter().map(|m| person_row(&ctx, m)).collect();
    render(&MembersPage { ctx, n: view(&a), members, pager })
}

/// A person's profile: visible to themselves, to verified neighbours, and
/// to everyone if they made it public. Never an address.
pub async fn profile(ctx: Ctx, State(st): State<AppState>, Path(id): Path<Uuid>) -> Result<Response, AppError> {
    let u = st.store.live_user(id).await?;
    let viewer = ctx.user.as_ref().map(|v| v.id);
    let is_self = viewer == Some(u.id);
    let shares = match viewer {
        Some(v) if !is_self => st.store.share_neighbourhood(v, u.id).await?,
        _ => false,
    };
    if !policy::view_profile(is_self, u.profile_public, shares) {
        // Not found rather than forbidden: do not confirm that the person exists.
        return Err(AppError::NotFound);
    }
    let neighbourhoods = st
        .store
        .memberships_of(u.id)
        .await?
        .into_iter()
        .filter(|(m, _)| m.status() == MembershipStatus::Verified)
        .map(|(m, n)| MembershipRow { slug: n.slug, name: n.name, status: format!("role-{}", m.role()) })
        .collect();
    // Who thanked, named in one query.
    let shown = st.store.shown_thanks(u.id).await?;
    let names = names_of(&st, &ctx, &shown.iter().map(|t| t.from_id).collect::<Vec<_>>()).await?;
    let thanks = shown
        .into_iter()
        .map(|t| ProfileThanks { from: names.get(&t.from_id).cloned().unwrap_or_default(), note: t.note })
        .collect();
    render(&ProfilePage {
        initials: initials(&u.display_name),
        name: u.display_name,
        bio: u.bio,
        is_self,
        neighbourhoods,
        thanks,
        ctx,
    })
}
