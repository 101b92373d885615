//! Peer-learning groups: the materials their members share and the
//! record of who learnt what, perhaps at which of the group's meetings
//! (the group's own events). Everything here asks one rule,
//! `quartier_core::group::learning`.

use super::pages::{LearningBlock, LearntPage, LearntRow, MaterialRow, MaterialsPage};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::extractors::{Form, Path, Query};
use crate::guards::{GroupAccess, GroupReader};
use crate::notify::tell_about;
use crate::page::{Confirm, ConfirmPage, PagedQuery, Pager, notice, render, render_invalid, see_other};
use crate::views::{Choice, view};
use axum::extract::State;
use axum::response::Response;
use quartier_core::group::{self as grp, LearningAction, Standing};
use quartier_core::{FieldError, FieldErrors};
use quartier_store::entity::{event, learning_material, learning_record};
use quartier_store::learning::{LEARNING_PAGE, Learnt, MEETINGS_OFFERED, SHOWN_ON_GROUP};
use quartier_store::notifications::NoticeKind;
use quartier_store::paging::{Cursor, Page};
use serde::Deserialize;
use std::collections::HashMap;
use uuid::Uuid;

/// Whether the reader may do `action` in this group.
fn may(a: &GroupAccess, action: LearningAction) -> bool {
    grp::learning(a.g.joining(), a.standing, action)
}

/// Only a learning group has materials and records; the reader must be
/// allowed `action`.
fn require(a: &GroupAccess, action: LearningAction) -> Result<(), AppError> {
    if a.g.kind != grp::LEARNING {
        return Err(AppError::NotFound);
    }
    if may(a, action) { Ok(()) } else { Err(AppError::Forbidden) }
}

fn me_of(ctx: &Ctx) -> Option<Uuid> {
    ctx.user.as_ref().map(|u| u.id)
}

/// Materials as shown, with the names of those who shared them (one query).
async fn material_rows(
    st: &AppState,
    ctx: &Ctx,
    a: &GroupAccess,
    items: &[learning_material::Model],
) -> Result<Vec<MaterialRow>, AppError> {
    let people: Vec<Uuid> = items.iter().filter_map(|m| m.added_by).collect();
    let names = crate::views::names_of(st, ctx, &people).await?;
    let me = me_of(ctx);
    Ok(items
        .iter()
        .map(|m| MaterialRow {
            id: m.id.to_string(),
            title: m.title.clone(),
            url: m.url.clone(),
            note: m.note.clone(),
            by: m.added_by.and_then(|u| names.get(&u).cloned()).unwrap_or_else(|| ctx.t("former-neighbour")),
            when: ctx.date(&m.created_at),
            can_remove: may(a, LearningAction::RemoveMaterial { shared_it: m.added_by.is_some() && m.added_by == me }),
        })
        .collect())
}

/// Records as shown, with the names of learners and writers (one query)
/// and the meetings they name (one query).
async fn learnt_rows(
    st: &AppState,
    ctx: &Ctx,
    a: &GroupAccess,
    items: &[learning_record::Model],
) -> Result<Vec<LearntRow>, AppError> {
    let people: Vec<Uuid> = items.iter().flat_map(|r| std::iter::once(r.learner_id).chain(r.recorded_by)).collect();
    let names = crate::views::names_of(st, ctx, &people).await?;
    let meeting_ids: Vec<Uuid> = items.iter().filter_map(|r| r.event_id).collect();
    let meetings: HashMap<Uuid, event::Model> =
        st.store.events_by_ids(&meeting_ids).await?.into_iter().map(|e| (e.id, e)).collect();
    let me = me_of(ctx);
    let name = |u: Uuid| names.get(&u).cloned().unwrap_or_else(|| ctx.t("former-neighbour"));
    Ok(items
        .iter()
        .map(|r| LearntRow {
            id: r.id.to_string(),
            learner: name(r.learner_id),
            what: r.what.clone(),
            meeting: r.event_id.and_then(|id| meetings.get(&id)).map(|e| meeting_label(ctx, a, e)).unwrap_or_default(),
            when: ctx.date(&r.created_at),
            written_by: r.recorded_by.filter(|b| *b != r.learner_id).map(name).unwrap_or_default(),
            can_remove: may(a, LearningAction::RemoveRecord { is_learner: Some(r.learner_id) == me }),
        })
        .collect())
}

/// "Smartphone-Treff, 3. März 2026, 17:00".
fn meeting_label(ctx: &Ctx, a: &GroupAccess, e: &event::Model) -> String {
    format!("{}, {}", e.title, ctx.datetime(&e.starts_at, &a.nb.n.timezone))
}

/// What a learning group's own page shows of its learning: the topic,
/// when it meets, and the newest materials and records (a fixed number of
/// queries). `None` for any other group.
pub(super) async fn block(st: &AppState, ctx: &Ctx, a: &GroupAccess) -> Result<Option<LearningBlock>, AppError> {
    if a.g.kind != grp::LEARNING {
        return Ok(None);
    }
    let see_materials = may(a, LearningAction::SeeMaterials);
    let see_learnt = may(a, LearningAction::SeeLearnt);
    let materials = if see_materials {
        let p = st.store.materials(a.g.id, Cursor::First, SHOWN_ON_GROUP).await?;
        material_rows(st, ctx, a, &p.items).await?
    } else {
        Vec::new()
    };
    let learnt = if see_learnt {
        let p = st.store.learnt(a.g.id, Cursor::First, SHOWN_ON_GROUP).await?;
        learnt_rows(st, ctx, a, &p.items).await?
    } else {
        Vec::new()
    };
    Ok(Some(LearningBlock {
        topic: a.g.topic.clone(),
        schedule: a.g.schedule.clone(),
        see_materials,
        materials,
        can_add: may(a, LearningAction::AddMaterial),
        see_learnt,
        learnt,
        can_record: may(a, LearningAction::Record { for_self: true }),
    }))
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct MaterialForm {
    title: String,
    url: String,
    note: String,
}

async fn materials_page(
    st: &AppState,
    ctx: &Ctx,
    a: &GroupAccess,
    cursor: Cursor,
    note: Option<String>,
    f: MaterialForm,
    errors: FieldErrors,
) -> Result<MaterialsPage, AppError> {
    let page: Page<learning_material::Model> = st.store.materials(a.g.id, cursor, LEARNING_PAGE).await?;
    let pager = Pager::new(&format!("{}/materials", a.base()), &page);
    Ok(MaterialsPage {
        ctx: ctx.clone(),
        n: view(&a.nb),
        notice: note,
        group_id: a.g.id.to_string(),
        group_name: a.g.name.clone(),
        topic: a.g.topic.clone(),
        materials: material_rows(st, ctx, a, &page.items).await?,
        pager,
        can_add: may(a, LearningAction::AddMaterial),
        errors,
        title: f.title,
        url: f.url,
        note: f.note,
    })
}

/// A learning group's shared materials, newest first, a page at a time.
pub async fn materials(
    ctx: Ctx,
    State(st): State<AppState>,
    GroupReader(a): GroupReader,
    Query(q): Query<PagedQuery>,
) -> Result<Response, AppError> {
    require(&a, LearningAction::SeeMaterials)?;
    let note = notice(&ctx, q.notice.as_deref());
    let page = materials_page(&st, &ctx, &a, q.at.cursor(), note, MaterialForm::default(), FieldErrors::new());
    render(&page.await?)
}

/// A member shares a material: a title, and a web address or a note.
pub async fn add_material(
    ctx: Ctx,
    State(st): State<AppState>,
    GroupReader(a): GroupReader,
    Form(f): Form<MaterialForm>,
) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    require(&a, LearningAction::AddMaterial)?;
    match grp::parse_material(&f.title, &f.url, &f.note) {
        Ok(m) => {
            st.store.add_material(a.g.id, me, m).await?;
            Ok(see_other(&format!("{}/materials?notice=notice-material-added", a.base())))
        }
        Err(errors) => render_invalid(&materials_page(&st, &ctx, &a, Cursor::First, None, f, errors).await?),
    }
}

/// Take a material off the list (whoever shared it, or an admin), after
/// a confirmation.
pub async fn remove_material(
    ctx: Ctx,
    State(st): State<AppState>,
    GroupReader(a): GroupReader,
    Path((_, _, item)): Path<(String, Uuid, Uuid)>,
    Form(f): Form<Confirm>,
) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    require(&a, LearningAction::SeeMaterials)?;
    let m = st.store.material_in(a.g.id, item).await?;
    require(&a, LearningAction::RemoveMaterial { shared_it: m.added_by == Some(me) })?;
    let back = format!("{}/materials", a.base());
    if !f.given() {
        return render(&ConfirmPage {
            title: ctx.t("material-remove-title"),
            text: ctx.t1("material-remove-text", "title", &m.title),
            action: format!("{back}/{}/remove", m.id),
            yes: ctx.t("material-remove-yes"),
            back,
            keep: Vec::new(),
            ctx,
        });
    }
    st.store.remove_material(m.id).await?;
    Ok(see_other(&format!("{back}?notice=notice-material-removed")))
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct LearntForm {
    what: String,
    /// The learner's id; empty: the one writing.
    learner: String,
    /// One of the group's past meetings, or empty.
    meeting: String,
}

async fn learnt_page(
    st: &AppState,
    ctx: &Ctx,
    a: &GroupAccess,
    cursor: Cursor,
    note: Option<String>,
    f: LearntForm,
    errors: FieldErrors,
) -> Result<LearntPage, AppError> {
    let page = st.store.learnt(a.g.id, cursor, LEARNING_PAGE).await?;
    let pager = Pager::new(&format!("{}/learnt", a.base()), &page);
    let can_record = may(a, LearningAction::Record { for_self: true });
    let for_others = may(a, LearningAction::Record { for_self: false });
    // The members an admin can write for, and the meetings to name: only
    // for those who see the form.
    let learners = if for_others {
        st.store
            .group_members(a.g.id)
            .await?
            .into_iter()
            .filter(|(m, _)| m.standing() != Some(Standing::Pending))
            .map(|(_, u)| Choice { value: u.id.to_string(), label: crate::views::person_name(ctx, &u) })
            .collect()
    } else {
        Vec::new()
    };
    let meetings = if can_record {
        st.store
            .past_group_meetings(a.g.id, st.store.now(), MEETINGS_OFFERED)
            .await?
            .iter()
            .map(|e| Choice { value: e.id.to_string(), label: meeting_label(ctx, a, e) })
            .collect()
    } else {
        Vec::new()
    };
    let me = me_of(ctx).map(|u| u.to_string()).unwrap_or_default();
    Ok(LearntPage {
        ctx: ctx.clone(),
        n: view(&a.nb),
        notice: note,
        group_id: a.g.id.to_string(),
        group_name: a.g.name.clone(),
        topic: a.g.topic.clone(),
        learnt: learnt_rows(st, ctx, a, &page.items).await?,
        pager,
        can_record,
        learners,
        meetings,
        errors,
        what: f.what,
        learner: if f.learner.is_empty() { me } else { f.learner },
        meeting: f.meeting,
    })
}

/// Who learnt what in a learning group (its members only), newest first.
pub async fn learnt(
    ctx: Ctx,
    State(st): State<AppState>,
    GroupReader(a): GroupReader,
    Query(q): Query<PagedQuery>,
) -> Result<Response, AppError> {
    require(&a, LearningAction::SeeLearnt)?;
    let note = notice(&ctx, q.notice.as_deref());
    render(&learnt_page(&st, &ctx, &a, q.at.cursor(), note, LearntForm::default(), FieldErrors::new()).await?)
}

/// Write down what was learnt: a member for themselves, an admin also for
/// a member, who then hears of it.
pub async fn record(
    ctx: Ctx,
    State(st): State<AppState>,
    GroupReader(a): GroupReader,
    Form(f): Form<LearntForm>,
) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    require(&a, LearningAction::SeeLearnt)?;
    let mut errors = FieldErrors::new();
    let what = errors.take(grp::parse_learnt(&f.what));
    let learner = match f.learner.trim() {
        "" => Some(me),
        raw => {
            let id = Uuid::parse_str(raw).ok();
            let standing = match id {
                Some(id) => st.store.group_standing(a.g.id, id).await?,
                None => None,
            };
            let member = matches!(standing, Some(Standing::Member | Standing::Admin));
            errors.take(id.filter(|_| member).ok_or(FieldError::new("learner", "err-learnt-learner")))
        }
    };
    require(&a, LearningAction::Record { for_self: learner.is_none_or(|l| l == me) })?;
    let meeting = match f.meeting.trim() {
        "" => Some(None),
        raw => {
            let now = st.store.now();
            let id = Uuid::parse_str(raw).ok();
            let found = match id {
                Some(id) => st.store.events_by_ids(&[id]).await?.into_iter().next(),
                None => None,
            };
            let ours = found.filter(|e| e.group_id == Some(a.g.id) && e.starts_at <= now && e.hidden_reason.is_none());
            errors.take(ours.map(|e| Some(e.id)).ok_or(FieldError::new("meeting", "err-learnt-meeting")))
        }
    };
    let (Some(what), Some(learner), Some(meeting)) = (what, learner, meeting) else {
        return render_invalid(&learnt_page(&st, &ctx, &a, Cursor::First, None, f, errors).await?);
    };
    st.store.record_learning(a.g.id, me, Learnt { learner, what, meeting }).await?;
    let here = format!("{}/learnt", a.base());
    if learner != me {
        tell_about(&st, &[learner], NoticeKind::LearningRecorded, &a.g.name, &here).await?;
    }
    Ok(see_other(&format!("{here}?notice=notice-learnt-recorded")))
}

/// Delete a record (the learner, or an admin), after a confirmation.
pub async fn remove_learnt(
    ctx: Ctx,
    State(st): State<AppState>,
    GroupReader(a): GroupReader,
    Path((_, _, item)): Path<(String, Uuid, Uuid)>,
    Form(f): Form<Confirm>,
) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    require(&a, LearningAction::SeeLearnt)?;
    let r = st.store.learnt_in(a.g.id, item).await?;
    require(&a, LearningAction::RemoveRecord { is_learner: r.learner_id == me })?;
    let back = format!("{}/learnt", a.base());
    if !f.given() {
        return render(&ConfirmPage {
            title: ctx.t("learnt-remove-title"),
            text: ctx.t1("learnt-remove-text", "what", &r.what),
            action: format!("{back}/{}/remove", r.id),
            yes: ctx.t("learnt-remove-yes"),
            back,
            keep: Vec::new(),
            ctx,
        });
    }
    st.store.remove_learnt(r.id).await?;
    Ok(see_other(&format!("{back}?notice=notice-learnt-removed")))
}
