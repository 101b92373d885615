//! The evaluation survey of the checking phase: participants write it
//! (every question also in easy language), open and close it; the people
//! who use the service answer it on the platform, on paper (a printable
//! version) or by phone (typed in by a facilitator, marked as such); the
//! participants see the results as charts with a table and a description.

use super::access::{ProjectAccess, ProjectReader, audience};
use super::handlers::{default_fields, project_page};
use super::pages::{
    Bar, FreeTextRow, OptionRow, ProposalFields, QuestionResult, QuestionRow, SurveyEnterPage, SurveyPage,
    SurveyPrintPage, SurveyResultsPage,
};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::extractors::{Form, Path, Query};
use crate::page::{NoticeQuery, notice, render, render_invalid, see_other};
use crate::views::{Choice, view};
use axum::extract::State;
use axum::response::Response;
use quartier_core::checking::{self as ch, Answer, AnswerChannel, Count, QuestionKind, SurveyStatus, parse_answer};
use quartier_core::coproduction::ProjectAction;
use quartier_core::{FieldError, FieldErrors};
use quartier_store::StoreError;
use quartier_store::checking::NewResponse;
use quartier_store::entity::{project_survey, project_survey_question};
use quartier_store::notifications::NoticeKind;
use serde::Deserialize;
use std::collections::HashMap;
use uuid::Uuid;

fn kind_label(ctx: &Ctx, k: QuestionKind) -> String {
    ctx.t(&format!("survey-kind-{}", k.tag().replace('_', "-")))
}

fn status_label(ctx: &Ctx, s: SurveyStatus) -> String {
    ctx.t(&format!("survey-status-{}", s.tag()))
}

fn option_label(ctx: &Ctx, k: QuestionKind, v: u8) -> String {
    ctx.t(&format!("survey-opt-{}-{v}", k.tag().replace('_', "-")))
}

/// The face drawn beside a smiley's words (hidden from screen readers,
/// which read the words).
fn face(k: QuestionKind, v: u8) -> &'static str {
    match (k, v) {
        (QuestionKind::Smileys3, 1) | (QuestionKind::Smileys5, 2) => "🙁",
        (QuestionKind::Smileys3, 2) | (QuestionKind::Smileys5, 3) => "😐",
        (QuestionKind::Smileys3, 3) | (QuestionKind::Smileys5, 4) => "🙂",
        (QuestionKind::Smileys5, 1) => "😞",
        (QuestionKind::Smileys5, 5) => "😀",
        _ => "",
    }
}

fn question_rows(
    ctx: &Ctx,
    questions: &[project_survey_question::Model],
    easy: bool,
    typed: &HashMap<String, String>,
    errors: &HashMap<Uuid, &'static str>,
) -> Vec<QuestionRow> {
    questions
        .iter()
        .map(|q| {
            let kind = q.kind();
            let (text, other) =
                if easy { (q.easy_text.clone(), q.text.clone()) } else { (q.text.clone(), q.easy_text.clone()) };
            QuestionRow {
                id: q.id.to_string(),
                text,
                other,
                kind: kind_label(ctx, kind),
                free_text: kind == QuestionKind::FreeText,
                options: kind
                    .options()
                    .iter()
                    .map(|v| OptionRow {
                        value: v.to_string(),
                        face: face(kind, *v),
                        label: option_label(ctx, kind, *v),
                    })
                    .collect(),
                value: typed.get(&format!("q-{}", q.id)).cloned().unwrap_or_default(),
                error: errors.get(&q.id).map(|k| ctx.t(k)).unwrap_or_default(),
                easy_hints: Vec::new(),
            }
        })
        .collect()
}

async fn survey_of(st: &AppState, a: &ProjectAccess, id: Uuid) -> Result<project_survey::Model, AppError> {
    Ok(st.store.survey_in(a.p.id, id).await?)
}

#[derive(Default)]
struct SurveyExtras {
    errors: FieldErrors,
    kind: String,
    text: String,
    easy_text: String,
    typed: HashMap<String, String>,
    answer_errors: HashMap<Uuid, &'static str>,
    answer_error: String,
}

async fn survey_page(
    st: &AppState,
    ctx: &Ctx,
    a: &ProjectAccess,
    s: &project_survey::Model,
    x: SurveyExtras,
    note: Option<String>,
) -> Result<SurveyPage, AppError> {
    let questions = st.store.survey_questions(s.id).await?;
    let status = s.status();
    let answered = st.store.has_answered(s.id, a.me).await?;
    Ok(SurveyPage {
        ctx: ctx.clone(),
        n: view(&a.nb),
        notice: note,
        project_id: a.p.id.to_string(),
        project_title: a.p.title.clone(),
        id: s.id.to_string(),
        title: s.title.clone(),
        status: status.tag().into(),
        status_label: status_label(ctx, status),
        questions: {
            let mut rows = question_rows(ctx, &questions, ctx.words().easy(), &x.typed, &x.answer_errors);
            // While the survey is written, the checker reads each easy
            // question, as it reads every other easy text.
            if status == SurveyStatus::Draft {
                for (row, q) in rows.iter_mut().zip(&questions) {
                    let report = quartier_core::easy_language::check(&q.easy_text);
                    row.easy_hints = crate::views::hint_views(ctx, &q.easy_text, &report);
                }
            }
            rows
        },
        takes_part: a.may(ProjectAction::TakePart),
        facilitates: a.may(ProjectAction::EnterAnswers),
        may_answer: status == SurveyStatus::Open && a.may(ProjectAction::AnswerSurvey),
        answered,
        errors: x.errors,
        kinds: QuestionKind::ALL.iter().map(|k| Choice { value: k.tag().into(), label: kind_label(ctx, *k) }).collect(),
        kind: if x.kind.is_empty() { QuestionKind::Smileys3.tag().into() } else { x.kind },
        text: x.text,
        easy_text: x.easy_text,
        answer_error: x.answer_error,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NewSurveyForm {
    /// Named as on the project page, where it sits beside other forms.
    survey_title: String,
}

/// A participant starts a survey (a draft to write the questions in).
pub async fn create_survey(
    ctx: Ctx,
    State(st): State<AppState>,
    ProjectReader(a): ProjectReader,
    Form(f): Form<NewSurveyForm>,
) -> Result<Response, AppError> {
    a.require(ProjectAction::TakePart)?;
    match ch::parse_survey_title(&f.survey_title) {
        Ok(title) => {
            let s = st.store.create_survey(a.p.id, a.me, &title).await?;
            Ok(see_other(&format!("{}/surveys/{}?notice=notice-survey-created", a.base(), s.id)))
        }
        Err(e) => {
            let errors: FieldErrors = FieldError::new("survey_title", e.key).into();
            let fields = ProposalFields { survey_title: f.survey_title, ..default_fields() };
            render_invalid(&project_page(&st, &ctx, &a, errors, fields, None).await?)
        }
    }
}

/// A survey: its questions; while a draft, the form to add more; while
/// open, the form to answer it.
pub async fn survey(
    ctx: Ctx,
    State(st): State<AppState>,
    ProjectReader(a): ProjectReader,
    Path((_, _, id)): Path<(String, Uuid, Uuid)>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let s = survey_of(&st, &a, id).await?;
    let note = notice(&ctx, q.notice.as_deref());
    render(&survey_page(&st, &ctx, &a, &s, SurveyExtras::default(), note).await?)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct QuestionForm {
    kind: String,
    text: String,
    easy_text: String,
}

/// A participant adds a question, with its easy-language version, while
/// the survey is a draft.
pub async fn add_question(
    ctx: Ctx,
    State(st): State<AppState>,
    ProjectReader(a): ProjectReader,
    Path((_, _, id)): Path<(String, Uuid, Uuid)>,
    Form(f): Form<QuestionForm>,
) -> Result<Response, AppError> {
    a.require(ProjectAction::TakePart)?;
    let s = survey_of(&st, &a, id).await?;
    if s.status() != SurveyStatus::Draft {
        return Err(AppError::Conflict("err-survey-not-draft"));
    }
    let mut e = FieldErrors::new();
    let kind = e.take(QuestionKind::parse(&f.kind));
    let text = e.take(ch::parse_question(&f.text));
    let easy = e.take(ch::parse_easy_question(&f.easy_text));
    let (Some(kind), Some(text), Some(easy)) = (kind, text, easy) else {
        let x = SurveyExtras { errors: e, kind: f.kind, text: f.text, easy_text: f.easy_text, ..Default::default() };
        return render_invalid(&survey_page(&st, &ctx, &a, &s, x, None).await?);
    };
    match st.store.add_survey_question(s.id, kind, &text, &easy).await {
        Ok(q) => Ok(see_other(&format!("{}/surveys/{}?notice=notice-saved#q-{}", a.base(), s.id, q.id))),
        Err(StoreError::Invalid(_)) => Err(AppError::Conflict("err-survey-not-draft")),
        Err(e) => Err(e.into()),
    }
}

/// A participant removes a question while the survey is a draft.
pub async fn remove_question(
    State(st): State<AppState>,
    ProjectReader(a): ProjectReader,
    Path((_, _, id, question)): Path<(String, Uuid, Uuid, Uuid)>,
) -> Result<Response, AppError> {
    a.require(ProjectAction::TakePart)?;
    let s = survey_of(&st, &a, id).await?;
    match st.store.remove_survey_question(s.id, question).await {
        Ok(()) => Ok(see_other(&format!("{}/surveys/{}?notice=notice-saved#questions-h", a.base(), s.id))),
        Err(StoreError::Invalid(_)) => Err(AppError::Conflict("err-survey-not-draft")),
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct StatusForm {
    to: String,
}

/// Participants open the survey (everyone taking part hears that it waits
/// for answers) and close it (they hear that the results are there).
pub async fn move_survey(
    ctx: Ctx,
    State(st): State<AppState>,
    ProjectReader(a): ProjectReader,
    Path((_, _, id)): Path<(String, Uuid, Uuid)>,
    Form(f): Form<StatusForm>,
) -> Result<Response, AppError> {
    a.require(ProjectAction::TakePart)?;
    let s = survey_of(&st, &a, id).await?;
    let to = SurveyStatus::from_tag(f.to.trim()).ok_or(AppError::BadRequest)?;
    match st.store.move_survey(s.id, s.status(), to).await {
        Ok(()) => {}
        Err(StoreError::Invalid("empty")) => {
            let x =
                SurveyExtras { errors: FieldError::new("text", "err-survey-empty").into(), ..SurveyExtras::default() };
            return render_invalid(&survey_page(&st, &ctx, &a, &s, x, None).await?);
        }
        Err(StoreError::Invalid(_)) => return Err(AppError::Conflict("err-survey-moved")),
        Err(e) => return Err(e.into()),
    }
    let people = st.store.project_members(a.p.id, false).await?;
    let people: Vec<Uuid> = audience(&st, &a.nb.n, &a.p, &people).await?.into_iter().filter(|u| *u != a.me).collect();
    let path = format!("{}/surveys/{}", a.base(), s.id);
    let (kind, link, key) = if to == SurveyStatus::Open {
        (NoticeKind::SurveyOpen, path.clone(), "notice-survey-opened")
    } else {
        (NoticeKind::SurveyClosed, format!("{path}/results"), "notice-survey-closed")
    };
    crate::notify::tell_about(&st, &people, kind, &s.title, &link).await?;
    Ok(see_other(&format!("{path}?notice={key}")))
}

/// The answers in a form (`q-<question id>`), parsed by each question's
/// kind; a message per question that has a bad one.
fn parse_answers(
    questions: &[project_survey_question::Model],
    f: &HashMap<String, String>,
) -> (Vec<(Uuid, Answer)>, HashMap<Uuid, &'static str>) {
    let mut answers = Vec::new();
    let mut errors = HashMap::new();
    for q in questions {
        let raw = f.get(&format!("q-{}", q.id)).map(String::as_str).unwrap_or("");
        match parse_answer(q.kind(), "answer", raw) {
            Ok(Some(a)) => answers.push((q.id, a)),
            Ok(None) => {}
            Err(e) => {
                errors.insert(q.id, e.key);
            }
        }
    }
    (answers, errors)
}

/// Someone answers the open survey on the platform, once.
pub async fn answer(
    ctx: Ctx,
    State(st): State<AppState>,
    ProjectReader(a): ProjectReader,
    Path((_, _, id)): Path<(String, Uuid, Uuid)>,
    Form(f): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    a.require(ProjectAction::AnswerSurvey)?;
    let s = survey_of(&st, &a, id).await?;
    if s.status() != SurveyStatus::Open {
        return Err(AppError::Conflict("err-survey-not-open"));
    }
    let questions = st.store.survey_questions(s.id).await?;
    let (answers, errors) = parse_answers(&questions, &f);
    if !errors.is_empty() || answers.is_empty() {
        let answer_error = if errors.is_empty() { ctx.t("err-survey-nothing") } else { String::new() };
        let x = SurveyExtras { typed: f, answer_errors: errors, answer_error, ..SurveyExtras::default() };
        return render_invalid(&survey_page(&st, &ctx, &a, &s, x, None).await?);
    }
    let r = NewResponse { respondent: Some(a.me), channel: AnswerChannel::Online, entered_by: a.me, answers };
    match st.store.answer_survey(s.id, r).await {
        Ok(_) => Ok(see_other(&format!("{}/surveys/{}?notice=notice-survey-answered", a.base(), s.id))),
        Err(StoreError::Conflict(_)) => Err(AppError::Conflict("err-survey-answered")),
        Err(StoreError::Invalid("closed")) => Err(AppError::Conflict("err-survey-not-open")),
        Err(StoreError::Invalid(_)) => Err(AppError::BadRequest),
        Err(e) => Err(e.into()),
    }
}

fn channel_choices(ctx: &Ctx) -> Vec<Choice> {
    [AnswerChannel::Paper, AnswerChannel::Phone]
        .iter()
        .map(|c| Choice { value: c.tag().into(), label: ctx.t(&format!("survey-channel-{}", c.tag())) })
        .collect()
}

async fn enter_page(
    st: &AppState,
    ctx: &Ctx,
    a: &ProjectAccess,
    s: &project_survey::Model,
    x: SurveyExtras,
    channel: String,
    note: Option<String>,
) -> Result<SurveyEnterPage, AppError> {
    let questions = st.store.survey_questions(s.id).await?;
    let typed = st.store.survey_response_counts(&[s.id]).await?.get(&s.id).copied().unwrap_or(0);
    Ok(SurveyEnterPage {
        ctx: ctx.clone(),
        n: view(&a.nb),
        notice: note,
        project_id: a.p.id.to_string(),
        project_title: a.p.title.clone(),
        id: s.id.to_string(),
        title: s.title.clone(),
        questions: question_rows(ctx, &questions, false, &x.typed, &x.answer_errors),
        errors: x.errors,
        channels: channel_choices(ctx),
        channel: if channel.is_empty() { AnswerChannel::Paper.tag().into() } else { channel },
        answer_error: x.answer_error,
        typed,
    })
}

/// A facilitator's form to type in an answer given on paper or by phone.
pub async fn enter_form(
    ctx: Ctx,
    State(st): State<AppState>,
    ProjectReader(a): ProjectReader,
    Path((_, _, id)): Path<(String, Uuid, Uuid)>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    a.require(ProjectAction::EnterAnswers)?;
    let s = survey_of(&st, &a, id).await?;
    if s.status() != SurveyStatus::Open {
        return Err(AppError::Conflict("err-survey-not-open"));
    }
    let note = notice(&ctx, q.notice.as_deref());
    render(&enter_page(&st, &ctx, &a, &s, SurveyExtras::default(), String::new(), note).await?)
}

/// A facilitator types in one answer from paper or phone; the results
/// mark it as typed in.
pub async fn enter(
    ctx: Ctx,
    State(st): State<AppState>,
    ProjectReader(a): ProjectReader,
    Path((_, _, id)): Path<(String, Uuid, Uuid)>,
    Form(f): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    a.require(ProjectAction::EnterAnswers)?;
    let s = survey_of(&st, &a, id).await?;
    if s.status() != SurveyStatus::Open {
        return Err(AppError::Conflict("err-survey-not-open"));
    }
    let questions = st.store.survey_questions(s.id).await?;
    let raw_channel = f.get("channel").cloned().unwrap_or_default();
    let channel = AnswerChannel::parse_typed(&raw_channel);
    let (answers, errors) = parse_answers(&questions, &f);
    let channel = match channel {
        Ok(c) if errors.is_empty() && !answers.is_empty() => c,
        channel => {
            let answer_error =
                if errors.is_empty() && answers.is_empty() { ctx.t("err-survey-nothing") } else { String::new() };
            let x = SurveyExtras {
                errors: channel.err().map(FieldErrors::from).unwrap_or_default(),
                typed: f,
                answer_errors: errors,
                answer_error,
                ..SurveyExtras::default()
            };
            return render_invalid(&enter_page(&st, &ctx, &a, &s, x, raw_channel, None).await?);
        }
    };
    let r = NewResponse { respondent: None, channel, entered_by: a.me, answers };
    match st.store.answer_survey(s.id, r).await {
        Ok(_) => Ok(see_other(&format!("{}/surveys/{}/enter?notice=notice-survey-typed-in", a.base(), s.id))),
        Err(StoreError::Invalid("closed")) => Err(AppError::Conflict("err-survey-not-open")),
        Err(StoreError::Invalid(_)) => Err(AppError::BadRequest),
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PrintQuery {
    /// "easy" for the questions in easy language; else the reader's language.
    lang: String,
}

/// The survey on paper: boxes to tick, no navigation when printed.
pub async fn print(
    ctx: Ctx,
    State(st): State<AppState>,
    ProjectReader(a): ProjectReader,
    Path((_, _, id)): Path<(String, Uuid, Uuid)>,
    Query(q): Query<PrintQuery>,
) -> Result<Response, AppError> {
    a.require(ProjectAction::TakePart)?;
    let s = survey_of(&st, &a, id).await?;
    let easy = match q.lang.as_str() {
        "easy" => true,
        "standard" => false,
        _ => ctx.words().easy(),
    };
    let questions = st.store.survey_questions(s.id).await?;
    render(&SurveyPrintPage {
        n: view(&a.nb),
        project_id: a.p.id.to_string(),
        project_title: a.p.title.clone(),
        id: s.id.to_string(),
        title: s.title.clone(),
        easy,
        questions: question_rows(&ctx, &questions, easy, &HashMap::new(), &HashMap::new()),
        ctx,
    })
}

/// Chart geometry, in the chart's own units.
const ROW: u32 = 40;
const BAR_X: u32 = 180;
const BAR_MAX: u32 = 320;

/// The results for the participants: per question a bar chart drawn on the
/// server, the same numbers as a table and in words; free-text answers
/// without names. Typed-in answers are counted apart.
pub async fn results(
    ctx: Ctx,
    State(st): State<AppState>,
    ProjectReader(a): ProjectReader,
    Path((_, _, id)): Path<(String, Uuid, Uuid)>,
) -> Result<Response, AppError> {
    a.require(ProjectAction::TakePart)?;
    let s = survey_of(&st, &a, id).await?;
    let rec = st.store.survey_record(s.id).await?;
    let channels: HashMap<Uuid, AnswerChannel> = rec.responses.iter().map(|r| (r.id, r.channel())).collect();
    let by_channel = |c: AnswerChannel| rec.responses.iter().filter(|r| r.channel() == c).count().to_string();
    let summary = ctx.words().ta(
        "survey-summary",
        &[
            ("count", rec.responses.len().to_string()),
            ("name", by_channel(AnswerChannel::Online)),
            ("from", by_channel(AnswerChannel::Paper)),
            ("to", by_channel(AnswerChannel::Phone)),
        ],
    );
    let easy = ctx.words().easy();
    let mut results = Vec::new();
    for q in &rec.questions {
        let kind = q.kind();
        let text = if easy { q.easy_text.clone() } else { q.text.clone() };
        let answers = rec.answers.iter().filter(|x| x.question_id == q.id);
        let channel_of = |r: Uuid| channels.get(&r).copied().unwrap_or(AnswerChannel::Paper);
        if kind == QuestionKind::FreeText {
            let texts: Vec<FreeTextRow> = answers
                .filter_map(|x| {
                    x.text.clone().map(|t| FreeTextRow {
                        text: t,
                        how: match channel_of(x.response_id) {
                            AnswerChannel::Online => String::new(),
                            c => ctx.t(&format!("survey-typed-{}", c.tag())),
                        },
                    })
                })
                .collect();
            results.push(QuestionResult {
                id: q.id.to_string(),
                text,
                free_text: true,
                description: ctx.t1("survey-texts-count", "count", &texts.len().to_string()),
                bars: Vec::new(),
                height: 0,
                texts,
            });
            continue;
        }
        let mut count = Count::new(kind);
        for x in answers {
            if let Some(v) = x.value.and_then(|v| u8::try_from(v).ok()) {
                count.add(v, channel_of(x.response_id));
            }
        }
        let max = count.rows.iter().map(|r| r.1 + r.2).max().unwrap_or(0).max(1);
        let bars: Vec<Bar> = count
            .rows
            .iter()
            .zip(0u32..)
            .map(|((v, online, typed), i)| {
                let total = online + typed;
                let width = total * BAR_MAX / max;
                Bar {
                    label: option_label(&ctx, kind, *v),
                    face: face(kind, *v),
                    online: *online,
                    typed: *typed,
                    total,
                    percent: count.percent(*v),
                    y: i * ROW + 8,
                    text_y: i * ROW + 26,
                    width,
                    count_x: BAR_X + width + 8,
                }
            })
            .collect();
        let typed: u32 = count.rows.iter().map(|r| r.2).sum();
        let description = match count.most() {
            None => ctx.t("survey-no-answers"),
            Some(most) => ctx.words().ta(
                "survey-description",
                &[
                    ("count", count.total().to_string()),
                    ("name", option_label(&ctx, kind, most)),
                    ("subject", count.percent(most).to_string()),
                    ("from", typed.to_string()),
                ],
            ),
        };
        results.push(QuestionResult {
            id: q.id.to_string(),
            text,
            free_text: false,
            description,
            height: u32::try_from(bars.len()).unwrap_or(0) * ROW + 8,
            bars,
            texts: Vec::new(),
        });
    }
    render(&SurveyResultsPage {
        n: view(&a.nb),
        project_id: a.p.id.to_string(),
        project_title: a.p.title.clone(),
        id: s.id.to_string(),
        title: s.title.clone(),
        status_label: status_label(&ctx, s.status()),
        summary,
        results,
        ctx,
    })
}
