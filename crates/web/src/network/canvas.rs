//! The network's business model canvas: the coordinators write its text
//! blocks, each save is a new version (with a snapshot of the figures it
//! showed), partners read and comment once it is shared, anyone reads it
//! once published, and it prints on one A4 landscape page. Every page here
//! goes through a guard that asks `core::network::canvas`.

use super::access::{CanvasAccess, CanvasCommenter, CanvasEditor, CanvasReader};
use super::funding::day_label;
use super::measures::{activity_label, money};
use super::pages::{
    CanvasBlock, CanvasCommentRow, CanvasFields, CanvasFormPage, CanvasHistoryPage, CanvasPage, CanvasPrintPage,
    CanvasVersionRow, CanvasView, FigureRow,
};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::extractors::{Form, Path, Query};
use crate::page::{NoticeQuery, PagedQuery, Pager, notice, render, render_invalid, see_other};
use crate::views::{Choice, names_of, view};
use axum::extract::State;
use axum::response::Response;
use chrono::NaiveDate;
use quartier_core::network::{self as net, Activity, CanvasAction, CanvasVisibility, PartnerKind};
use quartier_core::{FieldError, FieldErrors};
use quartier_store::canvas::CanvasText;
use quartier_store::entity::network_canvas_version;
use quartier_store::notifications::NoticeKind;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use uuid::Uuid;

/// The figures a canvas shows beside its text: live from the measures,
/// funding sources and partners, or as a version kept them when saved.
#[derive(Serialize, Deserialize, Default)]
#[serde(default)]
struct Figures {
    measures: Vec<MeasureFigure>,
    funding: Vec<FundingFigure>,
    partners: Vec<PartnerFigure>,
}

#[derive(Serialize, Deserialize, Default)]
#[serde(default)]
struct MeasureFigure {
    name: String,
    activity: String,
    cost_cents: i64,
    currency: String,
}

#[derive(Serialize, Deserialize, Default)]
#[serde(default)]
struct FundingFigure {
    name: String,
    kind: String,
    amount_cents: i64,
    currency: String,
    ends_on: Option<NaiveDate>,
}

#[derive(Serialize, Deserialize, Default)]
#[serde(default)]
struct PartnerFigure {
    name: String,
    kind: String,
}

/// The live figures of a network (five queries, bounded by the store's limits).
async fn live_figures(st: &AppState, n: Uuid) -> Result<Figures, AppError> {
    let r = st.store.runway(n).await?;
    let partners = st.store.all_partners(n).await?;
    Ok(Figures {
        measures: r
            .measures
            .iter()
            .map(|m| MeasureFigure {
                name: m.name.clone(),
                activity: m.activity.clone(),
                cost_cents: m.cost_cents,
                currency: m.currency.clone(),
            })
            .collect(),
        funding: r
            .sources
            .iter()
            .map(|s| FundingFigure {
                name: s.name.clone(),
                kind: s.kind.clone(),
                amount_cents: s.amount_cents,
                currency: s.currency.clone(),
                ends_on: Some(s.ends_on),
            })
            .collect(),
        partners: partners.iter().map(|p| PartnerFigure { name: p.name.clone(), kind: p.kind.clone() }).collect(),
    })
}

/// The blocks of a canvas in the reader's language, with the figures.
fn canvas_view(ctx: &Ctx, v: &network_canvas_version::Model, author: String, f: &Figures) -> CanvasView {
    let block = |id: &'static str, text: &str| CanvasBlock {
        id,
        title: ctx.t(&format!("canvas-block-{}", id.replace('_', "-"))),
        text: text.to_string(),
    };
    let measures = f
        .measures
        .iter()
        .map(|m| FigureRow {
            name: m.name.clone(),
            detail: activity_label(ctx, Activity::from_tag(&m.activity).unwrap_or(Activity::Other)),
            amount: money(ctx, m.cost_cents, &m.currency),
        })
        .collect();
    let mut totals: BTreeMap<&str, i64> = BTreeMap::new();
    for m in &f.measures {
        let t = totals.entry(m.currency.as_str()).or_default();
        *t = t.saturating_add(m.cost_cents);
    }
    let funding = f
        .funding
        .iter()
        .map(|s| FigureRow {
            name: s.name.clone(),
            detail: s.ends_on.map(|d| ctx.t1("canvas-funding-until", "date", &day_label(ctx, d))).unwrap_or_default(),
            amount: money(ctx, s.amount_cents, &s.currency),
        })
        .collect();
    let partners = f
        .partners
        .iter()
        .map(|p| FigureRow {
            name: p.name.clone(),
            detail: ctx
                .t(&format!("network-kind-{}", PartnerKind::from_tag(&p.kind).unwrap_or(PartnerKind::Other).tag())),
            amount: String::new(),
        })
        .collect();
    CanvasView {
        number: v.number,
        saved: ctx.t2("canvas-saved-by", "name", &author, "date", &ctx.date(&v.created_at)),
        note: v.note.clone(),
        social_value: block("social_value", &v.social_value),
        target_groups: block("target_groups", &v.target_groups),
        channels: block("channels", &v.channels),
        resources: block("resources", &v.resources),
        costs_note: block("costs_note", &v.costs_note),
        revenues_note: block("revenues_note", &v.revenues_note),
        measures,
        totals: totals.into_iter().map(|(c, cents)| money(ctx, cents, c)).collect(),
        funding,
        partners,
    }
}

/// The name of whoever saved a version or wrote a comment; an erased
/// account (or none) is a former participant.
fn name_or_former(ctx: &Ctx, names: &std::collections::HashMap<Uuid, String>, who: Option<Uuid>) -> String {
    who.and_then(|id| names.get(&id).cloned()).unwrap_or_else(|| ctx.t("canvas-former-participant"))
}

/// A comment as typed, with what is wrong with it (or a wrong visibility).
#[derive(Default)]
struct Draft {
    body: String,
    errors: FieldErrors,
}

/// A canvas page: the newest version with the live figures (`live`) or an
/// old one with its snapshot; the comments on it for those who may
/// comment, with the comment form as typed.
async fn show(
    st: &AppState,
    ctx: &Ctx,
    a: &CanvasAccess,
    version: Option<network_canvas_version::Model>,
    live: bool,
    draft: Draft,
    notice_key: Option<&str>,
) -> Result<CanvasPage, AppError> {
    let may_comment = a.may(CanvasAction::Comment);
    let comments = match (&version, may_comment) {
        (Some(v), true) => st.store.canvas_comments(v.id).await?,
        _ => Vec::new(),
    };
    let mut ids: Vec<Uuid> = comments.iter().filter_map(|c| c.author_id).collect();
    if let Some(by) = version.as_ref().and_then(|v| v.created_by) {
        ids.push(by);
    }
    ids.sort();
    ids.dedup();
    let names = names_of(st, ctx, &ids).await?;
    let view_of = match &version {
        Some(v) => {
            let figures = if live {
                live_figures(st, a.nb.n.id).await?
            } else {
                serde_json::from_str(&v.figures).unwrap_or_default()
            };
            Some(canvas_view(ctx, v, name_or_former(ctx, &names, v.created_by), &figures))
        }
        None => None,
    };
    let comments = comments
        .into_iter()
        .map(|c| CanvasCommentRow {
            author: name_or_former(ctx, &names, c.author_id),
            date: ctx.date(&c.created_at),
            body: c.body,
        })
        .collect();
    let visibilities = CanvasVisibility::ALL
        .iter()
        .map(|v| Choice { value: v.tag().into(), label: ctx.t(&format!("canvas-visibility-{}", v.tag())) })
        .collect();
    Ok(CanvasPage {
        ctx: ctx.clone(),
        n: view(&a.nb),
        notice: notice(ctx, notice_key),
        base: a.base(),
        live,
        canvas: view_of,
        may_edit: a.may(CanvasAction::Edit),
        may_comment,
        visibility: a.visibility().tag().into(),
        visibility_label: ctx.t(&format!("canvas-visibility-{}", a.visibility().tag())),
        visibilities,
        comments,
        body: draft.body,
        errors: draft.errors,
    })
}

/// The canvas: its newest version with the live figures.
pub async fn canvas(
    ctx: Ctx,
    State(st): State<AppState>,
    CanvasReader(a): CanvasReader,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let latest = st.store.latest_canvas_version(a.nb.n.id).await?;
    render(&show(&st, &ctx, &a, latest, true, Draft::default(), q.notice.as_deref()).await?)
}

/// One version as it was saved, with the figures it showed then.
pub async fn canvas_version(
    ctx: Ctx,
    State(st): State<AppState>,
    CanvasReader(a): CanvasReader,
    Path((_, number)): Path<(String, i32)>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let v = st.store.canvas_version(a.nb.n.id, number).await?;
    render(&show(&st, &ctx, &a, Some(v), false, Draft::default(), q.notice.as_deref()).await?)
}

/// Every version, newest first, a page at a time.
pub async fn canvas_history(
    ctx: Ctx,
    State(st): State<AppState>,
    CanvasReader(a): CanvasReader,
    Query(q): Query<PagedQuery>,
) -> Result<Response, AppError> {
    let page = st.store.canvas_history(a.nb.n.id, q.at.cursor()).await?;
    let mut ids: Vec<Uuid> = page.items.iter().filter_map(|v| v.created_by).collect();
    ids.sort();
    ids.dedup();
    let names = names_of(&st, &ctx, &ids).await?;
    let pager = Pager::new(&format!("{}/history", a.base()), &page);
    let versions = page
        .items
        .into_iter()
        .map(|v| CanvasVersionRow {
            number: v.number,
            author: name_or_former(&ctx, &names, v.created_by),
            date: ctx.date(&v.created_at),
            note: v.note,
        })
        .collect();
    render(&CanvasHistoryPage { n: view(&a.nb), base: a.base(), versions, pager, ctx })
}

/// The newest version on one A4 landscape page.
pub async fn canvas_print(
    ctx: Ctx,
    State(st): State<AppState>,
    CanvasReader(a): CanvasReader,
) -> Result<Response, AppError> {
    let v = st.store.latest_canvas_version(a.nb.n.id).await?.ok_or(AppError::NotFound)?;
    let names = names_of(&st, &ctx, &v.created_by.into_iter().collect::<Vec<_>>()).await?;
    let figures = live_figures(&st, a.nb.n.id).await?;
    let canvas = canvas_view(&ctx, &v, name_or_former(&ctx, &names, v.created_by), &figures);
    render(&CanvasPrintPage { n: view(&a.nb), base: a.base(), canvas, ctx })
}

fn form_page(ctx: &Ctx, a: &CanvasAccess, f: CanvasFields, errors: FieldErrors) -> CanvasFormPage {
    CanvasFormPage { ctx: ctx.clone(), n: view(&a.nb), base: a.base(), f, errors }
}

/// The form for a new version, filled with the newest one.
pub async fn canvas_edit(
    ctx: Ctx,
    State(st): State<AppState>,
    CanvasEditor(a): CanvasEditor,
) -> Result<Response, AppError> {
    let f = match st.store.latest_canvas_version(a.nb.n.id).await? {
        Some(v) => CanvasFields {
            social_value: v.social_value,
            target_groups: v.target_groups,
            channels: v.channels,
            resources: v.resources,
            costs_note: v.costs_note,
            revenues_note: v.revenues_note,
            note: String::new(),
        },
        None => CanvasFields::default(),
    };
    render(&form_page(&ctx, &a, f, FieldErrors::new()))
}

fn parse(f: &CanvasFields) -> Result<CanvasText, FieldErrors> {
    let mut e = FieldErrors::new();
    let social_value = e.take(net::parse_social_value(&f.social_value));
    let target_groups = e.take(net::parse_canvas_block("target_groups", &f.target_groups));
    let channels = e.take(net::parse_canvas_block("channels", &f.channels));
    let resources = e.take(net::parse_canvas_block("resources", &f.resources));
    let costs_note = e.take(net::parse_canvas_block("costs_note", &f.costs_note));
    let revenues_note = e.take(net::parse_canvas_block("revenues_note", &f.revenues_note));
    let note = e.take(net::parse_change_note(&f.note));
    match (social_value, target_groups, channels, resources, costs_note, revenues_note, note) {
        (
            Some(social_value),
            Some(target_groups),
            Some(channels),
            Some(resources),
            Some(costs_note),
            Some(revenues_note),
            Some(note),
        ) if e.is_empty() => {
            Ok(CanvasText { social_value, target_groups, channels, resources, costs_note, revenues_note, note })
        }
        _ => Err(e),
    }
}

/// The administrators of the partner organisations on the platform,
/// whom a shared canvas concerns (three queries).
async fn partner_admins(st: &AppState, a: &CanvasAccess) -> Result<Vec<Uuid>, AppError> {
    let orgs: Vec<Uuid> =
        st.store.all_partners(a.nb.n.id).await?.into_iter().filter_map(|p| p.organisation_id).collect();
    let mut people = st.store.admins_of_organisations(&orgs).await?;
    people.retain(|p| Some(*p) != a.me);
    people.sort();
    people.dedup();
    Ok(people)
}

/// Save the form as a new version; nothing is overwritten. When the
/// canvas is shared (or published) the partners hear of it.
pub async fn canvas_save(
    ctx: Ctx,
    State(st): State<AppState>,
    CanvasEditor(a): CanvasEditor,
    Form(f): Form<CanvasFields>,
) -> Result<Response, AppError> {
    let me = a.me.ok_or(AppError::LoginRequired)?;
    let text = match parse(&f) {
        Ok(t) => t,
        Err(e) => return render_invalid(&form_page(&ctx, &a, f, e)),
    };
    let figures = serde_json::to_string(&live_figures(&st, a.nb.n.id).await?).unwrap_or_default();
    st.store.save_canvas(a.nb.n.id, me, text, figures).await?;
    if net::canvas(net::Viewer { coordinator: false, partner_admin: true }, a.visibility(), CanvasAction::Read) {
        let people = partner_admins(&st, &a).await?;
        crate::notify::tell_about(&st, &people, NoticeKind::CanvasShared, &a.nb.n.name, &a.base()).await?;
    }
    Ok(see_other(&format!("{}?notice=notice-canvas-saved", a.base())))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct VisibilityForm {
    visibility: String,
}

/// Say who may read the canvas. Partners hear of it when it becomes
/// theirs to read.
pub async fn canvas_visibility(
    ctx: Ctx,
    State(st): State<AppState>,
    CanvasEditor(a): CanvasEditor,
    Form(f): Form<VisibilityForm>,
) -> Result<Response, AppError> {
    let Ok(v) = CanvasVisibility::parse(&f.visibility) else {
        let latest = st.store.latest_canvas_version(a.nb.n.id).await?;
        let errors = FieldErrors::from(FieldError::new("visibility", "err-canvas-visibility"));
        return render_invalid(&show(&st, &ctx, &a, latest, true, Draft { body: String::new(), errors }, None).await?);
    };
    let before = st.store.set_canvas_visibility(a.nb.n.id, v).await?;
    let partner = net::Viewer { coordinator: false, partner_admin: true };
    if !net::canvas(partner, before, CanvasAction::Read) && net::canvas(partner, v, CanvasAction::Read) {
        let people = partner_admins(&st, &a).await?;
        crate::notify::tell_about(&st, &people, NoticeKind::CanvasShared, &a.nb.n.name, &a.base()).await?;
    }
    Ok(see_other(&format!("{}?notice=notice-canvas-visibility", a.base())))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CommentForm {
    body: String,
}

/// Comment on a version; the coordinators hear of it.
pub async fn canvas_comment(
    ctx: Ctx,
    State(st): State<AppState>,
    CanvasCommenter(a): CanvasCommenter,
    Path((_, number)): Path<(String, i32)>,
    Form(f): Form<CommentForm>,
) -> Result<Response, AppError> {
    let me = a.me.ok_or(AppError::LoginRequired)?;
    let v = st.store.canvas_version(a.nb.n.id, number).await?;
    let body = match net::parse_canvas_comment(&f.body) {
        Ok(b) => b,
        Err(e) => {
            let live = st.store.latest_canvas_version(a.nb.n.id).await?.is_some_and(|l| l.id == v.id);
            return render_invalid(
                &show(&st, &ctx, &a, Some(v), live, Draft { body: f.body, errors: FieldErrors::from(e) }, None).await?,
            );
        }
    };
    st.store.comment_canvas(v.id, me, body).await?;
    let mut people = st.store.people_with_role(a.nb.n.id, quartier_core::neighbourhood::Role::Coordinator).await?;
    people.retain(|p| *p != me);
    let path = format!("{}/versions/{}", a.base(), v.number);
    crate::notify::tell_about(&st, &people, NoticeKind::CanvasComment, &a.nb.n.name, &path).await?;
    Ok(see_other(&format!("{path}?notice=notice-canvas-commented#comments")))
}
