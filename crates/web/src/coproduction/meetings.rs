//! A project's meetings. A meeting is a calendar event of the project's
//! neighbourhood (so it shows in the calendar and on the notice board)
//! with an agenda and, afterwards, minutes; both get easy-language
//! versions through the one easy-version mechanism (content kinds
//! `meeting_agenda` and `meeting_minutes`, whose rule is the project's
//! `may_see`, in `content.rs`). Those taking part hear when one is planned.

use super::access::{ProjectAccess, ProjectReader, audience};
use super::pages::{MeetingFormPage, MeetingPage};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::extractors::{Form, Path, Query};
use crate::page::{NoticeQuery, notice, render, render_invalid, see_other};
use crate::views::{EasyView, easy_for, person_name, tz_of, view};
use axum::extract::State;
use axum::response::Response;
use quartier_core::FieldErrors;
use quartier_core::coproduction::{self as co, ProjectAction};
use quartier_core::easy::ContentKind;
use quartier_store::meetings::{Meeting, NewMeeting};
use quartier_store::new_id;
use quartier_store::notifications::NoticeKind;
use serde::Deserialize;
use uuid::Uuid;

/// Meetings listed on a project's page.
pub(super) const MEETINGS_LIMIT: u64 = 50;

/// "Wed 9 Dec 2026, 18:00 – 19:30", in the quarter's time zone.
pub(super) fn meeting_when(ctx: &Ctx, tz: &str, m: &Meeting) -> String {
    format!("{} – {}", ctx.datetime(&m.event.starts_at, tz), ctx.datetime(&m.event.ends_at, tz))
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct MeetingForm {
    title: String,
    date: String,
    start_time: String,
    end_time: String,
    venue: String,
    agenda: String,
}

fn form_page(ctx: &Ctx, a: &ProjectAccess, f: MeetingForm, errors: FieldErrors) -> MeetingFormPage {
    MeetingFormPage {
        ctx: ctx.clone(),
        n: view(&a.nb),
        project_id: a.p.id.to_string(),
        project_title: a.p.title.clone(),
        errors,
        title: f.title,
        date: f.date,
        start_time: f.start_time,
        end_time: f.end_time,
        venue: f.venue,
        agenda: f.agenda,
    }
}

/// The form that plans a meeting.
pub async fn meeting_form(ctx: Ctx, ProjectReader(a): ProjectReader) -> Result<Response, AppError> {
    a.require(ProjectAction::PlanMeeting)?;
    let f = MeetingForm { start_time: "18:00".into(), end_time: "19:30".into(), ..MeetingForm::default() };
    render(&form_page(&ctx, &a, f, FieldErrors::new()))
}

/// Plan a meeting: it becomes an event of the neighbourhood's calendar,
/// and everyone else taking part hears of it.
pub async fn plan_meeting(
    ctx: Ctx,
    State(st): State<AppState>,
    ProjectReader(a): ProjectReader,
    Form(f): Form<MeetingForm>,
) -> Result<Response, AppError> {
    a.require(ProjectAction::PlanMeeting)?;
    let mut e = FieldErrors::new();
    let title = e.take(quartier_core::event::parse_title(&f.title));
    let venue = e.take(quartier_core::event::parse_venue(&f.venue));
    let agenda = e.take(co::parse_agenda(&f.agenda));
    let when = match co::parse_meeting_when(&f.date, &f.start_time, &f.end_time, tz_of(Some(&a.nb.n)), st.store.now()) {
        Ok(w) => Some(w),
        Err(errs) => {
            for x in errs.0 {
                e.push(x);
            }
            None
        }
    };
    let (Some(title), Some(venue), Some(agenda), Some((starts_at, ends_at))) = (title, venue, agenda, when) else {
        return render_invalid(&form_page(&ctx, &a, f, e));
    };
    let id = new_id();
    let path = format!("{}/meetings/{id}", a.base());
    let new = NewMeeting {
        title: title.clone(),
        venue,
        starts_at,
        ends_at,
        agenda,
        link: format!("[{}]({path})", a.p.title),
    };
    st.store.plan_meeting(&a.p, a.me, id, new).await?;
    let people = st.store.project_members(a.p.id, false).await?;
    let people: Vec<Uuid> = audience(&st, &a.nb.n, &a.p, &people).await?.into_iter().filter(|u| *u != a.me).collect();
    crate::notify::tell_about(&st, &people, NoticeKind::MeetingPlanned, &title, &path).await?;
    Ok(see_other(&format!("{path}?notice=notice-meeting-planned")))
}

#[derive(Default)]
struct Typed {
    agenda: Option<String>,
    minutes: Option<String>,
    errors: FieldErrors,
}

fn easy_or_none(v: Option<EasyView>) -> (bool, bool, String, String) {
    match v {
        Some(v) => (true, v.exists, v.title, v.html),
        None => (false, false, String::new(), String::new()),
    }
}

async fn meeting_page(
    st: &AppState,
    ctx: &Ctx,
    a: &ProjectAccess,
    id: Uuid,
    typed: Typed,
    note: Option<String>,
) -> Result<MeetingPage, AppError> {
    let m = st.store.meeting_in(a.p.id, id).await?;
    let tz = a.nb.n.timezone.clone();
    let minutes_by = match m.m.minutes_by {
        Some(u) => st.store.users_by_ids(&[u]).await?.first().map(|u| person_name(ctx, u)).unwrap_or_default(),
        None => String::new(),
    };
    let (easy_wanted, agenda_easy_exists, agenda_easy_title, agenda_easy_html) =
        easy_or_none(easy_for(st, ctx, ContentKind::MeetingAgenda, m.m.id).await?);
    let (_, minutes_easy_exists, minutes_easy_title, minutes_easy_html) =
        easy_or_none(easy_for(st, ctx, ContentKind::MeetingMinutes, m.m.id).await?);
    Ok(MeetingPage {
        ctx: ctx.clone(),
        n: view(&a.nb),
        notice: note,
        project_id: a.p.id.to_string(),
        project_title: a.p.title.clone(),
        id: m.m.id.to_string(),
        event_id: m.event.id.to_string(),
        title: m.event.title.clone(),
        when: meeting_when(ctx, &tz, &m),
        venue: m.event.venue.clone(),
        cancelled: m.event.cancelled,
        past: m.event.ends_at <= st.store.now(),
        agenda_html: crate::markdown::to_html(&m.m.agenda),
        minutes_html: crate::markdown::to_html(&m.m.minutes),
        minutes_by,
        easy_wanted,
        agenda_easy_exists,
        agenda_easy_title,
        agenda_easy_html,
        minutes_easy_exists,
        minutes_easy_title,
        minutes_easy_html,
        may_write: a.may(ProjectAction::WriteMinutes),
        agenda: typed.agenda.unwrap_or_else(|| m.m.agenda.clone()),
        minutes: typed.minutes.unwrap_or_else(|| m.m.minutes.clone()),
        errors: typed.errors,
    })
}

/// A meeting: when and where (the calendar event), its agenda and minutes,
/// in easy language for those who read it.
pub async fn show_meeting(
    ctx: Ctx,
    State(st): State<AppState>,
    ProjectReader(a): ProjectReader,
    Path((_, _, id)): Path<(String, Uuid, Uuid)>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let note = notice(&ctx, q.notice.as_deref());
    render(&meeting_page(&st, &ctx, &a, id, Typed::default(), note).await?)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct WriteForm {
    /// `agenda` or `minutes`.
    part: String,
    agenda: String,
    minutes: String,
}

/// Those taking part write the agenda or, afterwards, the minutes.
pub async fn write_meeting(
    ctx: Ctx,
    State(st): State<AppState>,
    ProjectReader(a): ProjectReader,
    Path((_, _, id)): Path<(String, Uuid, Uuid)>,
    Form(f): Form<WriteForm>,
) -> Result<Response, AppError> {
    a.require(ProjectAction::WriteMinutes)?;
    let m = st.store.meeting_in(a.p.id, id).await?;
    let result = match f.part.as_str() {
        "agenda" => co::parse_agenda(&f.agenda).map(|t| ("agenda", t)),
        "minutes" => co::parse_minutes(&f.minutes).map(|t| ("minutes", t)),
        _ => return Err(AppError::BadRequest),
    };
    match result {
        Ok(("agenda", text)) => st.store.write_agenda(m.m.id, &text).await?,
        Ok((_, text)) => st.store.write_minutes(m.m.id, a.me, &text).await?,
        Err(e) => {
            let typed = if f.part == "agenda" {
                Typed { agenda: Some(f.agenda), minutes: None, errors: e.into() }
            } else {
                Typed { agenda: None, minutes: Some(f.minutes), errors: e.into() }
            };
            return render_invalid(&meeting_page(&st, &ctx, &a, m.m.id, typed, None).await?);
        }
    }
    Ok(see_other(&format!("{}/meetings/{}?notice=notice-saved#{}-h", a.base(), m.m.id, f.part)))
}
