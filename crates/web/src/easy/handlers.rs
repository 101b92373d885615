//! Route handlers; see the module documentation one level up.

use super::pages::{EasyEditPage, EasyQueuePage, EasyReviewPage, QueueRow};
use crate::AppState;
use crate::content::{Content, resolve, review_queue};
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::extractors::{Form, Path, Query};
use crate::notify::tell_about;
use crate::page::{NoticeQuery, notice, see_other};
use crate::page::{render, render_invalid};
use crate::views::hint_views;
use axum::extract::{FromRequestParts, State};
use axum::http::request::Parts;
use axum::response::Response;
use quartier_core::FieldErrors;
use quartier_core::easy::{ContentKind, EasyStatus};
use quartier_core::easy_language::{self};
use quartier_core::policy;
use quartier_core::validation::{FieldError, text};
use quartier_store::notifications::NoticeKind;
use serde::Deserialize;
use uuid::Uuid;

/// The kind named in a path; an unknown one is not found.
fn kind_of(raw: &str) -> Result<ContentKind, AppError> {
    ContentKind::from_tag(raw).ok_or(AppError::NotFound)
}

fn status_label(ctx: &Ctx, status: EasyStatus) -> String {
    ctx.t(&format!("easy-status-{}", status.tag().replace('_', "-")))
}

#[allow(clippy::too_many_arguments)]
fn edit_page(
    ctx: &Ctx,
    c: &Content,
    status: Option<EasyStatus>,
    review_note: String,
    title: String,
    body: String,
    errors: FieldErrors,
    note: Option<String>,
) -> EasyEditPage {
    let std_report = easy_language::check(&c.body);
    let easy_report = easy_language::check(&body);
    EasyEditPage {
        ctx: ctx.clone(),
        notice: note,
        kind: c.kind.tag().to_string(),
        id: c.id.to_string(),
        link: c.link.clone(),
        standard_title: c.title.clone(),
        standard_html: crate::markdown::to_html(&c.body),
        standard_hints: hint_views(ctx, &c.body, &std_report),
        standard_score: format!("{:.0}", std_report.flesch_amstad),
        status_label: status.map(|s| status_label(ctx, s)).unwrap_or_default(),
        approved: status == Some(EasyStatus::Approved),
        review_note,
        easy_hints: hint_views(ctx, &body, &easy_report),
        // Titles are read first: the checker looks at them too.
        easy_title_hints: hint_views(ctx, &title, &easy_language::check(&title)),
        easy_score: format!("{:.0}", easy_report.flesch_amstad),
        easy_words: easy_report.summary.words,
        checked: !body.trim().is_empty() || !title.trim().is_empty(),
        title,
        body,
        errors,
    }
}

/// Write the easy-language version of a piece of content.
pub async fn edit_form(
    ctx: Ctx,
    State(st): State<AppState>,
    Path((kind, id)): Path<(String, Uuid)>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    ctx.require_user()?;
    let c = resolve(&st, &ctx, kind_of(&kind)?, id).await?;
    if !c.can_edit {
        return Err(AppError::Forbidden);
    }
    let v = st.store.easy_version(c.kind, c.id).await?;
    let (status, review_note, title, body) = match v {
        Some(v) => (Some(v.status()), v.review_note, v.title, v.body),
        None => (None, String::new(), String::new(), String::new()),
    };
    let note = notice(&ctx, q.notice.as_deref());
    render(&edit_page(&ctx, &c, status, review_note, title, body, FieldErrors::new(), note))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct EasyForm {
    title: String,
    body: String,
    /// `check` (hints only), `save`, or `review` (save and ask for a review).
    action: String,
}

/// Check, save, or save and ask the reviewers.
pub async fn save(
    ctx: Ctx,
    State(st): State<AppState>,
    Path((kind, id)): Path<(String, Uuid)>,
    Form(f): Form<EasyForm>,
) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    let c = resolve(&st, &ctx, kind_of(&kind)?, id).await?;
    if !c.can_edit {
        return Err(AppError::Forbidden);
    }
    let v = st.store.easy_version(c.kind, c.id).await?;
    let (status, review_note) = v.map(|v| (Some(v.status()), v.review_note)).unwrap_or_default();
    if f.action == "check" {
        return render(&edit_page(&ctx, &c, status, review_note, f.title, f.body, FieldErrors::new(), None));
    }
    let mut errors = FieldErrors::new();
    let title = errors.take(text("title", &f.title, 3, 150, "err-title-short", "err-title-long"));
    let body = errors.take(text("body", &f.body, 1, 20000, "err-message-empty", "err-news-long"));
    let (Some(title), Some(body)) = (title, body) else {
        return render_invalid(&edit_page(&ctx, &c, status, review_note, f.title, f.body, errors, None));
    };
    let ask = f.action == "review";
    st.store.save_easy_version(c.kind, c.id, c.scope, me, &title, &body, ask).await?;
    if ask {
        // The reviewers hear that a text waits and where, not which: the
        // queue shows each of them only what the content's own rule lets
        // them see.
        let reviewers: Vec<Uuid> =
            st.store.reviewers(c.scope).await?.into_iter().map(|u| u.id).filter(|u| *u != me).collect();
        let place = match (c.scope.neighbourhood, c.scope.organisation) {
            (Some(n), _) => st.store.neighbourhood_by_id(n).await?.name,
            (None, Some(o)) => st.store.organisation_by_id(o).await?.name,
            (None, None) => String::new(),
        };
        tell_about(&st, &reviewers, NoticeKind::ReviewRequested, &place, "/easy/reviews").await?;
    }
    let key = if ask { "notice-review-requested" } else { "notice-saved" };
    Ok(see_other(&format!("/easy/{}/{}?notice={key}", c.kind, c.id)))
}

/// What the reader reviews: their neighbourhoods' and organisations' texts.
pub async fn queue(ctx: Ctx, State(st): State<AppState>, Query(q): Query<NoticeQuery>) -> Result<Response, AppError> {
    // A reviewer reads only what the content's own rule lets them see,
    // asked for the whole queue at once.
    let waiting = review_queue(&st, &ctx).await?.ok_or(AppError::Forbidden)?;
    let items = waiting
        .into_iter()
        .map(|v| {
            let kind = ctx.t(&format!("easy-kind-{}", v.content_kind.replace('_', "-")));
            QueueRow { id: v.id.to_string(), title: v.title, kind }
        })
        .collect();
    render(&EasyQueuePage { notice: notice(&ctx, q.notice.as_deref()), ctx, items })
}

/// Whether the reader may see the content an easy version belongs to,
/// by that content's own visibility rule (`resolve`).
async fn may_see_content(
    st: &AppState,
    ctx: &Ctx,
    v: &quartier_store::entity::easy_version::Model,
) -> Result<bool, AppError> {
    let Some(kind) = v.content_kind() else {
        return Ok(false);
    };
    match resolve(st, ctx, kind, v.content_id).await {
        Ok(_) => Ok(true),
        Err(AppError::Internal(e)) => Err(AppError::Internal(e)),
        Err(_) => Ok(false),
    }
}

/// Whether the reader reviews for where this version belongs:
/// `policy::review_easy_version`.
async fn may_review(
    st: &AppState,
    me: Uuid,
    v: &quartier_store::entity::easy_version::Model,
) -> Result<bool, AppError> {
    let (nbs, orgs) = st.store.reviewer_scopes(me).await?;
    let reviews_here =
        v.neighbourhood_id.is_some_and(|n| nbs.contains(&n)) || v.organisation_id.is_some_and(|o| orgs.contains(&o));
    Ok(policy::review_easy_version(v.author_id == Some(me), reviews_here))
}

/// An easy-language version `{id}` for a reviewer of its place who may see
/// the content it belongs to (guard).
pub struct Reviewer(quartier_store::entity::easy_version::Model);

impl FromRequestParts<AppState> for Reviewer {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Self, AppError> {
        let ctx = Ctx::from_request_parts(parts, st).await?;
        let Path(id) = Path::<Uuid>::from_request_parts(parts, st).await?;
        let me = ctx.require_user()?.id;
        let v = st.store.easy_version_by_id(id).await?;
        if !may_review(st, me, &v).await? {
            return Err(AppError::Forbidden);
        }
        if !may_see_content(st, &ctx, &v).await? {
            return Err(AppError::NotFound);
        }
        Ok(Reviewer(v))
    }
}

/// The calm view: the text in large print, one sentence at a time.
pub async fn review_form(ctx: Ctx, Reviewer(v): Reviewer) -> Result<Response, AppError> {
    render(&review_page(&ctx, &v, FieldErrors::new()))
}

fn review_page(ctx: &Ctx, v: &quartier_store::entity::easy_version::Model, errors: FieldErrors) -> EasyReviewPage {
    let r = easy_language::check(&v.body);
    let sentences =
        r.sentences.iter().map(|s| v.body.get(s.start..s.end).unwrap_or_default().trim().to_string()).collect();
    EasyReviewPage {
        ctx: ctx.clone(),
        id: v.id.to_string(),
        title: v.title.clone(),
        sentences,
        open: v.status() == EasyStatus::InReview,
        errors,
    }
}

/// Approve, or say which sentences were not understood.
pub async fn review(
    ctx: Ctx,
    State(st): State<AppState>,
    Reviewer(v): Reviewer,
    axum::extract::RawForm(raw): axum::extract::RawForm,
) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    // Checkboxes repeat the `unclear` field; read the form by hand.
    let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(&raw).map_err(|_| AppError::BadRequest)?;
    let get = |k: &str| pairs.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone()).unwrap_or_default();
    let r = easy_language::check(&v.body);
    let unclear: Vec<String> = pairs
        .iter()
        .filter(|(n, _)| n == "unclear")
        .filter_map(|(_, i)| i.parse::<usize>().ok())
        .filter_map(|i| r.sentences.get(i))
        .map(|s| format!("„{}“", v.body.get(s.start..s.end).unwrap_or_default().trim()))
        .collect();
    let comment = get("note");
    let approve = get("decision") == "approve";
    if !approve && unclear.is_empty() && comment.trim().is_empty() {
        return render_invalid(&review_page(&ctx, &v, FieldError::new("note", "err-review-empty").into()));
    }
    let mut note = unclear.join("\n");
    if !comment.trim().is_empty() {
        if !note.is_empty() {
            note.push('\n');
        }
        note.push_str(comment.trim());
    }
    let note: String = note.chars().take(4000).collect();
    match st.store.review_easy_version(v.id, me, approve, &note).await {
        Ok(()) => {
            if let Some(author) = v.author_id {
                let kind = if approve { NoticeKind::ReviewApproved } else { NoticeKind::ReviewChanges };
                let path = format!("/easy/{}/{}", v.content_kind, v.content_id);
                tell_about(&st, &[author], kind, &v.title, &path).await?;
            }
            Ok(see_other("/easy/reviews?notice=notice-saved"))
        }
        Err(quartier_store::StoreError::Invalid(_)) => Err(AppError::Conflict("err-review-closed")),
        Err(e) => Err(e.into()),
    }
}
