//! Route handlers; see the module documentation one level up.

use super::pages::{GroupFormPage, GroupMemberRow, GroupPage, GroupRow, GroupTopicPage, GroupsPage, PostRow, TopicRow};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::extractors::{Form, Path, Query};
use crate::guards::Member;
use crate::guards::{GroupAccess, GroupAdmin, GroupReader, NbAccess};
use crate::page::ReasonForm;
use crate::page::{NoticeQuery, PagedQuery, Pager, notice, see_other};
use crate::page::{render, render_invalid};
use crate::views::cards;
use crate::views::{person_name, view};
use axum::extract::State;
use axum::response::Response;
use quartier_core::FieldErrors;
use quartier_core::group::{self as grp, Joining, MemberChange, Standing};
use quartier_core::help::parse_reason;
use quartier_store::StoreError;
use quartier_store::groups::GroupProfile;
use serde::Deserialize;
use uuid::Uuid;

/// The groups of a neighbourhood.
pub async fn list(
    ctx: Ctx,
    State(st): State<AppState>,
    Member(a): Member,
    Query(q): Query<PagedQuery>,
) -> Result<Response, AppError> {
    let page = st.store.groups_in(a.n.id, q.at.cursor()).await?;
    let pager = Pager::new(&format!("/n/{}/groups", a.n.slug), &page);
    let groups = page
        .items
        .into_iter()
        .map(|(g, count)| GroupRow {
            id: g.id.to_string(),
            name: g.name,
            kind: ctx.t(&format!("group-kind-{}", g.kind)),
            joining: ctx.t(&format!("group-joining-{}", g.joining)),
            members: ctx.t1("group-members-count", "count", &count.to_string()),
            topic: g.topic,
        })
        .collect();
    render(&GroupsPage { notice: notice(&ctx, q.notice.as_deref()), n: view(&a), groups, pager, ctx })
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct GroupForm {
    name: String,
    description: String,
    kind: String,
    joining: String,
    topic: String,
    schedule: String,
}

impl GroupForm {
    fn parse(&self) -> Result<GroupProfile, FieldErrors> {
        let mut e = FieldErrors::new();
        let name = e.take(grp::parse_name(&self.name));
        let description = e.take(grp::parse_description(&self.description));
        let kind = e.take(grp::parse_kind(&self.kind));
        let joining = e.take(Joining::parse(&self.joining));
        // An unknown kind has already failed; its topic is not asked for.
        let kind_typed = self.kind.trim();
        let topic = e.take(grp::parse_learning_topic(kind_typed, &self.topic));
        let schedule = e.take(grp::parse_schedule(kind_typed, &self.schedule));
        match (name, description, kind, joining, topic, schedule) {
            (Some(name), Some(description), Some(kind), Some(joining), Some(topic), Some(schedule)) if e.is_empty() => {
                Ok(GroupProfile { name, description, kind, joining: joining.tag().into(), topic, schedule })
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
        n: view(a),
        action,
        editing,
        name: f.name,
        description: f.description,
        kind: if f.kind.is_empty() { "interest".into() } else { f.kind },
        joining: if f.joining.is_empty() { "open".into() } else { f.joining },
        topic: f.topic,
        schedule: f.schedule,
        errors,
    }
}

pub async fn new_form(ctx: Ctx, Member(a): Member) -> Result<Response, AppError> {
    let action = format!("/n/{}/groups", a.n.slug);
    render(&form_page(&ctx, &a, action, false, GroupForm::default(), FieldErrors::new()))
}

/// Found a group; the founder becomes its administrator.
pub async fn create(
    ctx: Ctx,
    State(st): State<AppState>,
    Member(a): Member,
    Form(f): Form<GroupForm>,
) -> Result<Response, AppError> {
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

async fn group_page(
    st: &AppState,
    ctx: &Ctx,
    a: &GroupAccess,
    errors: FieldErrors,
    title: String,
    body: String,
    note: Option<String>,
) -> Result<GroupPage, AppError> {
    let joining = a.g.joining();
    let board = grp::can_read_board(joining, a.standing);
    let admin = grp::can_administer(a.standing);
    let mut members = Vec::new();
    let mut requests = Vec::new();
    for (m, u) in st.store.group_members(a.g.id).await? {
        let row = GroupMemberRow {
            id: u.id.to_string(),
            name: person_name(ctx, &u),
            admin: m.standing() == Some(Standing::Admin),
        };
        if m.standing() == Some(Standing::Pending) { requests.push(row) } else { members.push(row) }
    }
    let topics = if board {
        st.store
            .topics(a.g.id, 50)
            .await?
            .into_iter()
            .map(|(t, replies)| TopicRow {
                id: t.id.to_string(),
                title: t.title,
                replies: ctx.t1("group-replies", "count", &replies.to_string()),
                last_activity: ctx.datetime(&t.last_activity_at, &a.nb.n.timezone),
                hidden: t.hidden_reason.is_some(),
            })
            .collect()
    } else {
        Vec::new()
    };
    let tz = crate::views::tz_of(Some(&a.nb.n));
    let events = st.store.group_events(a.g.id, st.store.now(), 10).await?;
    let events = cards(st, ctx, &events, tz).await?.into_iter().map(|(_, c)| c).collect();
    let learning = super::learning::block(st, ctx, a).await?;
    Ok(GroupPage {
        ctx: ctx.clone(),
        n: view(&a.nb),
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
        members,
        requests: if admin { requests } else { Vec::new() },
        topics,
        events,
        learning,
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
    GroupReader(a): GroupReader,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let note = notice(&ctx, q.notice.as_deref());
    render(&group_page(&st, &ctx, &a, FieldErrors::new(), String::new(), String::new(), note).await?)
}

pub async fn edit_form(ctx: Ctx, GroupAdmin(a): GroupAdmin) -> Result<Response, AppError> {
    let f = GroupForm {
        name: a.g.name.clone(),
        description: a.g.description.clone(),
        kind: a.g.kind.clone(),
        joining: a.g.joining.clone(),
        topic: a.g.topic.clone(),
        schedule: a.g.schedule.clone(),
    };
    render(&form_page(&ctx, &a.nb, format!("{}/edit", a.base()), true, f, FieldErrors::new()))
}

pub async fn edit(
    ctx: Ctx,
    State(st): State<AppState>,
    GroupAdmin(a): GroupAdmin,
    Form(f): Form<GroupForm>,
) -> Result<Response, AppError> {
    match f.parse() {
        Ok(p) => {
            st.store.update_group(a.g.id, p).await?;
            Ok(see_other(&format!("{}?notice=notice-saved", a.base())))
        }
        Err(errors) => render_invalid(&form_page(&ctx, &a.nb, format!("{}/edit", a.base()), true, f, errors)),
    }
}

/// Join an open group, or ask to join one by request.
pub async fn join(ctx: Ctx, State(st): State<AppState>, GroupReader(a): GroupReader) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    let open = a.g.joining() == Joining::Open;
    let standing = match st.store.join_group(a.g.id, me, open).await {
        Ok(s) => s,
        Err(StoreError::Conflict(_)) => a.standing.unwrap_or(Standing::Pending),
        Err(e) => return Err(e.into()),
    };
    let key = if standing == Standing::Pending { "notice-group-requested" } else { "notice-group-joined" };
    Ok(see_other(&format!("{}?notice={key}", a.base())))
}

/// Leave the group (or withdraw a request).
pub async fn leave(ctx: Ctx, State(st): State<AppState>, GroupReader(a): GroupReader) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    match st.store.leave_group(a.g.id, me).await {
        Ok(()) => Ok(see_other(&format!("{}?notice=notice-left", a.base()))),
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
    State(st): State<AppState>,
    GroupAdmin(a): GroupAdmin,
    Path((_, _, user)): Path<(String, Uuid, Uuid)>,
    Form(f): Form<StandingForm>,
) -> Result<Response, AppError> {
    let r = match MemberChange::from_tag(&f.standing).ok_or(AppError::BadRequest)? {
        MemberChange::Remove => st.store.leave_group(a.g.id, user).await,
        MemberChange::Member => st.store.set_group_standing(a.g.id, user, Standing::Member).await,
        MemberChange::Admin => st.store.set_group_standing(a.g.id, user, Standing::Admin).await,
    };
    match r {
        Ok(()) => Ok(see_other(&format!("{}?notice=notice-saved", a.base()))),
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
    GroupReader(a): GroupReader,
    Form(f): Form<PostForm>,
) -> Result<Response, AppError> {
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
    Ok(see_other(&format!("{}/topics/{}?notice=notice-posted", a.base(), t.id)))
}

async fn topic_page(
    st: &AppState,
    ctx: &Ctx,
    a: &GroupAccess,
    topic: Uuid,
    errors: FieldErrors,
    body: String,
    note: Option<String>,
) -> Result<GroupTopicPage, AppError> {
    let (t, replies) = st.store.topic(a.g.id, topic).await?;
    // Every author's name in one query.
    let authors: Vec<Uuid> = std::iter::once(&t).chain(replies.iter()).filter_map(|p| p.author_id).collect();
    let names = crate::views::names_of(st, ctx, &authors).await?;
    let mut posts = Vec::new();
    for p in std::iter::once(&t).chain(replies.iter()) {
        let author = match p.author_id {
            Some(u) => names.get(&u).cloned().unwrap_or_default(),
            None => ctx.t("former-neighbour"),
        };
        let hidden = p.hidden_reason.clone().unwrap_or_default();
        // Hidden posts keep their place; their text is gone for all but moderators.
        let html = if hidden.is_empty() || a.moderator { crate::markdown::to_html(&p.body) } else { String::new() };
        posts.push(PostRow {
            id: p.id.to_string(),
            author,
            when: ctx.datetime(&p.created_at, &a.nb.n.timezone),
            html,
            hidden_reason: hidden,
        });
    }
    Ok(GroupTopicPage {
        ctx: ctx.clone(),
        n: view(&a.nb),
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
    GroupReader(a): GroupReader,
    Path((_, _, topic)): Path<(String, Uuid, Uuid)>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    if !grp::can_read_board(a.g.joining(), a.standing) && !a.moderator {
        return Err(AppError::Forbidden);
    }
    let note = notice(&ctx, q.notice.as_deref());
    render(&topic_page(&st, &ctx, &a, topic, FieldErrors::new(), String::new(), note).await?)
}

/// Answer a topic (members).
pub async fn reply(
    ctx: Ctx,
    State(st): State<AppState>,
    GroupReader(a): GroupReader,
    Path((_, _, topic)): Path<(String, Uuid, Uuid)>,
    Form(f): Form<PostForm>,
) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    if !grp::can_post(a.standing) {
        return Err(AppError::Forbidden);
    }
    let body = match grp::parse_post(&f.body) {
        Ok(b) => b,
        Err(e) => return render_invalid(&topic_page(&st, &ctx, &a, topic, e.into(), f.body, None).await?),
    };
    let p = st.store.reply(a.g.id, topic, me, &body).await?;
    Ok(see_other(&format!("{}/topics/{topic}?notice=notice-posted#p-{}", a.base(), p.id)))
}

/// A moderator of the neighbourhood hides a single post, on the record.
pub async fn hide_post(
    ctx: Ctx,
    State(st): State<AppState>,
    GroupReader(a): GroupReader,
    Path((_, _, post)): Path<(String, Uuid, Uuid)>,
    Form(f): Form<ReasonForm>,
) -> Result<Response, AppError> {
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
    Ok(see_other(&format!("{}/topics/{topic}?notice=notice-hidden", a.base())))
}
