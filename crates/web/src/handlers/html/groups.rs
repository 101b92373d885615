//! Groups of neighbours: interest and peer-learning groups with members,
//! a simple discussion board and their own events. Everything happens
//! inside the neighbourhood: only verified neighbours see groups at all.

use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::extractors::{Form, Path, Query};
use crate::handlers::html::events::cards;
use crate::handlers::html::help::inside;
use crate::handlers::html::neighbourhood::{person_name, view};
use crate::handlers::{NbAccess, NoticeQuery, notice, see_other};
use crate::pages::{GroupFormPage, GroupPage, GroupTopicPage, GroupsPage, render, render_invalid};
use axum::extract::State;
use axum::response::Response;
use quartier_core::FieldErrors;
use quartier_core::group::{self as grp, Joining, Standing};
use quartier_core::help::{can_moderate, parse_reason};
use quartier_store::StoreError;
use quartier_store::entity::group;
use quartier_store::groups::GroupProfile;
use serde::Deserialize;
use uuid::Uuid;

/// The groups of a neighbourhood.
pub async fn list(
    ctx: Ctx,
    State(st): State<AppState>,
    Path(slug): Path<String>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let a = inside(&st, &ctx, &slug).await?;
    let groups = st
        .store
        .groups_in(a.n.id)
        .await?
        .into_iter()
        .map(|(g, count)| {
            (
                g.id.to_string(),
                g.name,
                ctx.t(&format!("group-kind-{}", g.kind)),
                ctx.t(&format!("group-joining-{}", g.joining)),
                ctx.t1("group-members-count", "count", &count.to_string()),
            )
        })
        .collect();
    render(&GroupsPage { notice: notice(&ctx, q.notice.as_deref()), n: view(&a.n), groups, ctx })
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct GroupForm {
    name: String,
    description: String,
    kind: String,
    joining: String,
}

impl GroupForm {
    fn parse(&self) -> Result<GroupProfile, FieldErrors> {
        let mut e = FieldErrors::new();
        let name = e.take(grp::parse_name(&self.name));
        let description = e.take(grp::parse_description(&self.description));
        let kind = e.take(grp::parse_kind(&self.kind));
        let joining = e.take(Joining::parse(&self.joining));
        match (name, description, kind, joining) {
            (Some(name), Some(description), Some(kind), Some(joining)) if e.is_empty() => {
                Ok(GroupProfile { name, description, kind, joining: joining.tag().into() })
            }
            _ => Err(e),
        }
    }
}

fn form_page(
    ctx: &Ctx,
    a: &NbAccess,
    action: String,
    editing: bool,
    f: GroupForm,
    errors: FieldErrors,
) -> GroupFormPage {
    GroupFormPage {
        ctx: ctx.clone(),
        n: view(&a.n),
        action,
        editing,
        name: f.name,
        description: f.description,
        kind: if f.kind.is_empty() { "interest".into() } else { f.kind },
        joining: if f.joining.is_empty() { "open".into() } else { f.joining },
        errors,
    }
}

pub async fn new_form(ctx: Ctx, State(st): State<AppState>, Path(slug): Path<String>) -> Result<Response, AppError> {
    let a = inside(&st, &ctx, &slug).await?;
    let action = format!("/n/{}/groups", a.n.slug);
    render(&form_page(&ctx, &a, action, false, GroupForm::default(), FieldErrors::new()))
}

/// Found a group; the founder becomes its administrator.
pub async fn create(
    ctx: Ctx,
    State(st): State<AppState>,
    Path(slug): Path<String>,
    Form(f): Form<GroupForm>,
) -> Result<Response, AppError> {
    let a = inside(&st, &ctx, &slug).await?;
    let me = ctx.require_user()?.id;
    match f.parse() {
        Ok(p) => {
            let g = st.store.create_group(a.n.id, me, p).await?;
            Ok(see_other(&format!("/n/{}/groups/{}?notice=notice-group-created", a.n.slug, g.id)))
        }
        Err(errors) => {
            let action = format!("/n/{}/groups", a.n.slug);
            render_invalid(&form_page(&ctx, &a, action, false, f, errors))
        }
    }
}

/// A group, the reader's standing in it, and whether they moderate here.
struct Access {
    nb: NbAccess,
    g: group::Model,
    standing: Option<Standing>,
    moderator: bool,
}

async fn load(st: &AppState, ctx: &Ctx, slug: &str, id: Uuid) -> Result<Access, AppError> {
    let nb = inside(st, ctx, slug).await?;
    let g = st.store.group_in(nb.n.id, id).await?;
    let me = ctx.require_user()?.id;
    let standing = st.store.group_standing(g.id, me).await?;
    let moderator = can_moderate(nb.actor.membership);
    if g.hidden_reason.is_some() && !moderator && standing.is_none() {
        return Err(AppError::NotFound);
    }
    Ok(Access { nb, g, standing, moderator })
}

async fn admin(st: &AppState, ctx: &Ctx, slug: &str, id: Uuid) -> Result<Access, AppError> {
    let a = load(st, ctx, slug, id).await?;
    if !grp::can_administer(a.standing) {
        return Err(AppError::Forbidden);
    }
    Ok(a)
}

fn base(a: &Access) -> String {
    format!("/n/{}/groups/{}", a.nb.n.slug, a.g.id)
}

async fn group_page(
    st: &AppState,
    ctx: &Ctx,
    a: &Access,
    errors: FieldErrors,
    title: String,
    body: String,
    note: Option<String>,
) -> Result<GroupPage, AppError> {
    let joining = Joining::from_tag(&a.g.joining);
    let board = grp::can_read_board(joining, a.standing);
    let admin = grp::can_administer(a.standing);
    let mut members = Vec::new();
    let mut requests = Vec::new();
    for (m, u) in st.store.group_members(a.g.id).await? {
        let row = (u.id.to_string(), person_name(ctx, &u), m.standing == Standing::Admin.tag());
        if m.standing == Standing::Pending.tag() { requests.push(row) } else { members.push(row) }
    }
    let topics = if board {
        st.store
            .topics(a.g.id, 50)
            .await?
            .into_iter()
            .map(|(t, replies)| {
                (
                    t.id.to_string(),
                    t.title,
                    ctx.t1("group-replies", "count", &replies.to_string()),
                    ctx.datetime(&t.last_activity_at, &a.nb.n.timezone),
                    t.hidden_reason.is_some(),
                )
            })
            .collect()
    } else {
        Vec::new()
    };
    let tz = crate::handlers::html::events::tz_of(Some(&a.nb.n));
    let events = st.store.group_events(a.g.id, st.store.now(), 10).await?;
    let events = cards(st, ctx, &events, tz).await?.into_iter().map(|(_, c)| c).collect();
    Ok(GroupPage {
        ctx: ctx.clone(),
        n: view(&a.nb.n),
        notice: note,
        id: a.g.id.to_string(),
        name: a.g.name.clone(),
        kind: ctx.t(&format!("group-kind-{}", a.g.kind)),
        joining_label: ctx.t(&format!("group-joining-{}", a.g.joining)),
        description_html: crate::markdown::to_html(&a.g.description),
        standing: a.standing.map(|s| s.tag().to_string()).unwrap_or_default(),
        board,
        can_post: grp::can_post(a.standing),
        admin,
        moderator: a.moderator,
        members,
        requests: if admin { requests } else { Vec::new() },
        topics,
        events,
        hidden_reason: a.g.hidden_reason.clone().unwrap_or_default(),
        errors,
        title,
        body,
    })
}

/// The group's page: about, members, board, events.
pub async fn show(
    ctx: Ctx,
    State(st): State<AppState>,
    Path((slug, id)): Path<(String, Uuid)>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let a = load(&st, &ctx, &slug, id).await?;
    let note = notice(&ctx, q.notice.as_deref());
    render(&group_page(&st, &ctx, &a, FieldErrors::new(), String::new(), String::new(), note).await?)
}

pub async fn edit_form(
    ctx: Ctx,
    State(st): State<AppState>,
    Path((slug, id)): Path<(String, Uuid)>,
) -> Result<Response, AppError> {
    let a = admin(&st, &ctx, &slug, id).await?;
    let f = GroupForm {
        name: a.g.name.clone(),
        description: a.g.description.clone(),
        kind: a.g.kind.clone(),
        joining: a.g.joining.clone(),
    };
    render(&form_page(&ctx, &a.nb, format!("{}/edit", base(&a)), true, f, FieldErrors::new()))
}

pub async fn edit(
    ctx: Ctx,
    State(st): State<AppState>,
    Path((slug, id)): Path<(String, Uuid)>,
    Form(f): Form<GroupForm>,
) -> Result<Response, AppError> {
    let a = admin(&st, &ctx, &slug, id).await?;
    match f.parse() {
        Ok(p) => {
            st.store.update_group(a.g.id, p).await?;
            Ok(see_other(&format!("{}?notice=notice-saved", base(&a))))
        }
        Err(errors) => render_invalid(&form_page(&ctx, &a.nb, format!("{}/edit", base(&a)), true, f, errors)),
    }
}

/// Join an open group, or ask to join one by request.
pub async fn join(
    ctx: Ctx,
    State(st): State<AppState>,
    Path((slug, id)): Path<(String, Uuid)>,
) -> Result<Response, AppError> {
    let a = load(&st, &ctx, &slug, id).await?;
    let me = ctx.require_user()?.id;
    let open = Joining::from_tag(&a.g.joining) == Joining::Open;
    let standing = match st.store.join_group(a.g.id, me, open).await {
        Ok(s) => s,
        Err(StoreError::Conflict(_)) => a.standing.unwrap_or(Standing::Pending),
        Err(e) => return Err(e.into()),
    };
    let key = if standing == Standing::Pending { "notice-group-requested" } else { "notice-group-joined" };
    Ok(see_other(&format!("{}?notice={key}", base(&a))))
}

/// Leave the group (or withdraw a request).
pub async fn leave(
    ctx: Ctx,
    State(st): State<AppState>,
    Path((slug, id)): Path<(String, Uuid)>,
) -> Result<Response, AppError> {
    let a = load(&st, &ctx, &slug, id).await?;
    let me = ctx.require_user()?.id;
    match st.store.leave_group(a.g.id, me).await {
        Ok(()) => Ok(see_other(&format!("{}?notice=notice-left", base(&a)))),
        Err(StoreError::Invalid(_)) => Err(AppError::Conflict("err-group-last-admin")),
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct StandingForm {
    standing: String,
}

/// An administrator confirms a request, makes someone administrator or a
/// plain member again, or removes them (`standing=remove`).
pub async fn set_member(
    ctx: Ctx,
    State(st): State<AppState>,
    Path((slug, id, user)): Path<(String, Uuid, Uuid)>,
    Form(f): Form<StandingForm>,
) -> Result<Response, AppError> {
    let a = admin(&st, &ctx, &slug, id).await?;
    let r = match f.standing.as_str() {
        "remove" => st.store.leave_group(a.g.id, user).await,
        "member" => st.store.set_group_standing(a.g.id, user, Standing::Member).await,
        "admin" => st.store.set_group_standing(a.g.id, user, Standing::Admin).await,
        _ => return Err(AppError::BadRequest),
    };
    match r {
        Ok(()) => Ok(see_other(&format!("{}?notice=notice-saved", base(&a)))),
        Err(StoreError::Invalid(_)) => Err(AppError::Conflict("err-group-last-admin")),
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PostForm {
    title: String,
    body: String,
}

/// Open a topic on the board (members).
pub async fn create_topic(
    ctx: Ctx,
    State(st): State<AppState>,
    Path((slug, id)): Path<(String, Uuid)>,
    Form(f): Form<PostForm>,
) -> Result<Response, AppError> {
    let a = load(&st, &ctx, &slug, id).await?;
    let me = ctx.require_user()?.id;
    if !grp::can_post(a.standing) {
        return Err(AppError::Forbidden);
    }
    let mut errors = FieldErrors::new();
    let title = errors.take(grp::parse_topic_title(&f.title));
    let body = errors.take(grp::parse_post(&f.body));
    let (Some(title), Some(body)) = (title, body) else {
        return render_invalid(&group_page(&st, &ctx, &a, errors, f.title, f.body, None).await?);
    };
    let t = st.store.create_topic(a.g.id, me, &title, &body).await?;
    Ok(see_other(&format!("{}/topics/{}?notice=notice-posted", base(&a), t.id)))
}

async fn topic_page(
    st: &AppState,
    ctx: &Ctx,
    a: &Access,
    topic: Uuid,
    errors: FieldErrors,
    body: String,
    note: Option<String>,
) -> Result<GroupTopicPage, AppError> {
    let (t, replies) = st.store.topic(a.g.id, topic).await?;
    let mut posts = Vec::new();
    for p in std::iter::once(&t).chain(replies.iter()) {
        let author = match p.author_id {
            Some(u) => st.store.user_by_id(u).await?.map(|u| person_name(ctx, &u)).unwrap_or_default(),
            None => ctx.t("former-neighbour"),
        };
        let hidden = p.hidden_reason.clone().unwrap_or_default();
        // Hidden posts keep their place; their text is gone for all but moderators.
        let html = if hidden.is_empty() || a.moderator { crate::markdown::to_html(&p.body) } else { String::new() };
        posts.push((p.id.to_string(), author, ctx.datetime(&p.created_at, &a.nb.n.timezone), html, hidden));
    }
    Ok(GroupTopicPage {
        ctx: ctx.clone(),
        n: view(&a.nb.n),
        notice: note,
        group_id: a.g.id.to_string(),
        group_name: a.g.name.clone(),
        id: t.id.to_string(),
        title: t.title,
        posts,
        can_post: grp::can_post(a.standing),
        moderator: a.moderator,
        errors,
        body,
    })
}

/// A topic with its replies.
pub async fn topic(
    ctx: Ctx,
    State(st): State<AppState>,
    Path((slug, id, topic)): Path<(String, Uuid, Uuid)>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let a = load(&st, &ctx, &slug, id).await?;
    if !grp::can_read_board(Joining::from_tag(&a.g.joining), a.standing) && !a.moderator {
        return Err(AppError::Forbidden);
    }
    let note = notice(&ctx, q.notice.as_deref());
    render(&topic_page(&st, &ctx, &a, topic, FieldErrors::new(), String::new(), note).await?)
}

/// Answer a topic (members).
pub async fn reply(
    ctx: Ctx,
    State(st): State<AppState>,
    Path((slug, id, topic)): Path<(String, Uuid, Uuid)>,
    Form(f): Form<PostForm>,
) -> Result<Response, AppError> {
    let a = load(&st, &ctx, &slug, id).await?;
    let me = ctx.require_user()?.id;
    if !grp::can_post(a.standing) {
        return Err(AppError::Forbidden);
    }
    let body = match grp::parse_post(&f.body) {
        Ok(b) => b,
        Err(e) => return render_invalid(&topic_page(&st, &ctx, &a, topic, e.into(), f.body, None).await?),
    };
    let p = st.store.reply(a.g.id, topic, me, &body).await?;
    Ok(see_other(&format!("{}/topics/{topic}?notice=notice-posted#p-{}", base(&a), p.id)))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct HideForm {
    reason: String,
}

/// A moderator of the neighbourhood hides a single post, on the record.
pub async fn hide_post(
    ctx: Ctx,
    State(st): State<AppState>,
    Path((slug, id, post)): Path<(String, Uuid, Uuid)>,
    Form(f): Form<HideForm>,
) -> Result<Response, AppError> {
    let a = load(&st, &ctx, &slug, id).await?;
    let me = ctx.require_user()?.id;
    if !a.moderator {
        return Err(AppError::Forbidden);
    }
    let p = st.store.group_post(a.g.id, post).await?;
    let reason = parse_reason(&f.reason)?;
    st.store.hide_group_post(p.id, &reason).await?;
    st.store
        .audit(Some(a.nb.n.id), Some(me), "content_hidden", p.author_id, &format!("{}: {reason}", a.g.name))
        .await?;
    let topic = p.topic_id.unwrap_or(p.id);
    Ok(see_other(&format!("{}/topics/{topic}?notice=notice-hidden", base(&a))))
}

/// The form for a group's own event (administrators).
pub async fn event_form(
    ctx: Ctx,
    State(st): State<AppState>,
    Path((slug, id)): Path<(String, Uuid)>,
) -> Result<Response, AppError> {
    let a = admin(&st, &ctx, &slug, id).await?;
    crate::handlers::html::events::group_new_form(&ctx, &format!("{}/events", base(&a)), (base(&a), a.g.name.clone()))
}

/// A group holds an event: inside the neighbourhood, organised by the
/// group's administrators.
pub async fn create_event(
    ctx: Ctx,
    State(st): State<AppState>,
    Path((slug, id)): Path<(String, Uuid)>,
    Form(f): Form<crate::handlers::html::events::EventForm>,
) -> Result<Response, AppError> {
    let a = admin(&st, &ctx, &slug, id).await?;
    let me = ctx.require_user()?.id;
    crate::handlers::html::events::group_create(&st, &ctx, &a.nb.n, a.g.id, me, (base(&a), a.g.name.clone()), f).await
}
