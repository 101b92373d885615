//! The co-production checklist of a project: the ten rules of the Think
//! Local Act Personal partnership as ten points, each answered by the
//! participants (yes, partly, not yet, with a note). Every answer is dated
//! and kept, so the project's record shows how each point changed; the
//! page sums up each person's newest answer per point.

use super::access::{ProjectAccess, ProjectReader};
use super::pages::{ChecklistHistoryRow, ChecklistPage, ChecklistPointRow};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::extractors::{Form, Query};
use crate::page::{NoticeQuery, notice, render, render_invalid, see_other};
use crate::views::{Choice, person_name, view};
use axum::extract::State;
use axum::response::Response;
use quartier_core::FieldErrors;
use quartier_core::checking::{ChecklistAnswer, ChecklistPoint, checklist_now, parse_checklist_note};
use quartier_core::coproduction::ProjectAction;
use serde::Deserialize;
use std::collections::HashMap;
use uuid::Uuid;

/// Answers read for one page (newest first); older ones stay in the
/// database and in the export.
pub(super) const HISTORY_LIMIT: u64 = 1000;

fn answer_label(ctx: &Ctx, a: ChecklistAnswer) -> String {
    ctx.t(&format!("checklist-answer-{}", a.tag().replace('_', "-")))
}

fn point_key(p: ChecklistPoint) -> String {
    p.tag().replace('_', "-")
}

/// What was typed into one point's form, with its messages.
#[derive(Default)]
struct Typed {
    point: String,
    answer: String,
    note: String,
    errors: FieldErrors,
}

async fn checklist_page(
    st: &AppState,
    ctx: &Ctx,
    a: &ProjectAccess,
    typed: Typed,
    note: Option<String>,
) -> Result<ChecklistPage, AppError> {
    let rows = st.store.checklist_of(a.p.id, HISTORY_LIMIT).await?;
    let mut ids: Vec<Uuid> = rows.iter().filter_map(|r| r.author_id).collect();
    ids.sort();
    ids.dedup();
    let names: HashMap<Uuid, String> =
        st.store.users_by_ids(&ids).await?.iter().map(|u| (u.id, person_name(ctx, u))).collect();
    let former = ctx.t("coprod-former-participant");
    let tz = a.nb.n.timezone.clone();
    let now = checklist_now(rows.iter().filter_map(|r| r.point().map(|p| (p, r.author_id, r.answer()))));
    let points = now
        .iter()
        .map(|(p, count)| {
            let history: Vec<ChecklistHistoryRow> = rows
                .iter()
                .filter(|r| r.point() == Some(*p))
                .map(|r| ChecklistHistoryRow {
                    when: ctx.datetime(&r.created_at, &tz),
                    who: r.author_id.and_then(|u| names.get(&u).cloned()).unwrap_or_else(|| former.clone()),
                    answer: answer_label(ctx, r.answer()),
                    note: r.note.clone(),
                })
                .collect();
            let mine_now = rows
                .iter()
                .find(|r| r.point() == Some(*p) && r.author_id == Some(a.me))
                .map(|r| r.answer().tag().to_string())
                .unwrap_or_default();
            let typed_here = typed.point == p.tag();
            ChecklistPointRow {
                tag: p.tag().into(),
                title: ctx.t(&format!("checklist-{}", point_key(*p))),
                text: ctx.t(&format!("checklist-{}-text", point_key(*p))),
                yes: count.yes,
                partly: count.partly,
                not_yet: count.not_yet,
                current: if count.total() == 0 {
                    ctx.t("checklist-not-answered")
                } else {
                    ctx.words().ta(
                        "checklist-count",
                        &[
                            ("count", count.yes.to_string()),
                            ("name", count.partly.to_string()),
                            ("subject", count.not_yet.to_string()),
                        ],
                    )
                },
                answer: if typed_here { typed.answer.clone() } else { mine_now },
                note: if typed_here { typed.note.clone() } else { String::new() },
                answer_error: if typed_here {
                    typed.errors.get("answer").map(|k| ctx.t(k)).unwrap_or_default()
                } else {
                    String::new()
                },
                note_error: if typed_here {
                    typed.errors.get("note").map(|k| ctx.t(k)).unwrap_or_default()
                } else {
                    String::new()
                },
                history,
            }
        })
        .collect();
    Ok(ChecklistPage {
        ctx: ctx.clone(),
        n: view(&a.nb),
        notice: note,
        project_id: a.p.id.to_string(),
        project_title: a.p.title.clone(),
        may_answer: a.may(ProjectAction::AnswerChecklist),
        answers: ChecklistAnswer::ALL
            .iter()
            .map(|x| Choice { value: x.tag().into(), label: answer_label(ctx, *x) })
            .collect(),
        points,
    })
}

/// The checklist: each point with what the participants say now, a form to
/// answer it (again) and its history.
pub async fn checklist(
    ctx: Ctx,
    State(st): State<AppState>,
    ProjectReader(a): ProjectReader,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let note = notice(&ctx, q.notice.as_deref());
    render(&checklist_page(&st, &ctx, &a, Typed::default(), note).await?)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ChecklistForm {
    point: String,
    answer: String,
    note: String,
}

/// A participant answers one point; the answer is dated and kept beside
/// the earlier ones.
pub async fn answer_checklist(
    ctx: Ctx,
    State(st): State<AppState>,
    ProjectReader(a): ProjectReader,
    Form(f): Form<ChecklistForm>,
) -> Result<Response, AppError> {
    a.require(ProjectAction::AnswerChecklist)?;
    let point = ChecklistPoint::parse(&f.point).map_err(|_| AppError::BadRequest)?;
    let mut e = FieldErrors::new();
    let answer = e.take(ChecklistAnswer::parse(&f.answer));
    let note = e.take(parse_checklist_note(&f.note));
    let (Some(answer), Some(note)) = (answer, note) else {
        let typed = Typed { point: f.point, answer: f.answer, note: f.note, errors: e };
        return render_invalid(&checklist_page(&st, &ctx, &a, typed, None).await?);
    };
    st.store.answer_checklist(a.p.id, a.me, point, answer, &note).await?;
    Ok(see_other(&format!("{}/checklist?notice=notice-saved#p-{}", a.base(), point.tag())))
}
