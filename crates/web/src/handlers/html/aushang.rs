//! The printed notice board (*Aushang*): for a chosen week, the quarter's
//! open help offers and requests (without names), events and news on one
//! or two A4 pages, in large print, in standard or easy language, with how
//! to answer by phone or at the office. For the many neighbours who are
//! not online. Also sent weekly by mail to those who ask for it.

use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::extractors::{Path, Query};
use crate::handlers::html::events::{tz_of, when_label};
use crate::handlers::nb_access;
use crate::pages::{AushangItem, AushangPage, render};
use axum::extract::State;
use axum::response::Response;
use chrono::{Datelike, Duration, NaiveDate, NaiveTime, Utc};
use quartier_core::event::local_to_utc;
use quartier_core::locale::Locale;
use quartier_core::policy::{self, NeighbourhoodAction};
use quartier_store::entity::neighbourhood;
use quartier_store::events::CalendarFilter;
use quartier_store::help::ListFilter;
use serde::Deserialize;
use uuid::Uuid;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AushangQuery {
    /// Any day of the week to print; today if empty.
    week: String,
    /// `easy` for Leichte Sprache.
    lang: String,
}

/// Who may print: the neighbourhood's coordinators and the administrators
/// of its organisations.
async fn may_print(st: &AppState, ctx: &Ctx, slug: &str) -> Result<neighbourhood::Model, AppError> {
    let a = nb_access(st, ctx, slug).await?;
    let me = ctx.require_user()?.id;
    if policy::neighbourhood(&a.actor, NeighbourhoodAction::ConfirmMembers) {
        return Ok(a.n);
    }
    for o in st.store.confirmed_organisation_ids(a.n.id).await? {
        if quartier_core::organisation::can_administer(st.store.org_role(o, me).await?) {
            return Ok(a.n);
        }
    }
    Err(AppError::Forbidden)
}

/// The content of one week's board, in the given language.
pub struct Board {
    pub monday: NaiveDate,
    pub help: Vec<AushangItem>,
    pub events: Vec<AushangItem>,
    pub news: Vec<AushangItem>,
}

/// Title and text in easy language where a version exists and easy
/// language is wanted.
async fn words(st: &AppState, easy: bool, kind: &str, id: Uuid, title: String, body: String) -> (String, String) {
    if easy
        && let Ok(Some(v)) = st.store.easy_version(kind, id).await
        && !v.body.is_empty()
    {
        return (v.title, v.body);
    }
    (title, body)
}

/// A short plain excerpt of Markdown for print.
fn excerpt(body: &str, max: usize) -> String {
    let plain: String = body
        .chars()
        .filter(|c| !matches!(c, '*' | '_' | '#' | '`' | '>' | '[' | ']'))
        .map(|c| if c == '\n' { ' ' } else { c })
        .collect();
    let plain = plain.split_whitespace().collect::<Vec<_>>().join(" ");
    if plain.chars().count() <= max {
        return plain;
    }
    let cut: String = plain.chars().take(max).collect();
    match cut.rfind(' ') {
        Some(i) => format!("{} …", &cut[..i]),
        None => format!("{cut} …"),
    }
}

/// Gather a week of the neighbourhood for print or mail.
pub async fn board(
    st: &AppState,
    ctx: &Ctx,
    n: &neighbourhood::Model,
    viewer: Uuid,
    monday: NaiveDate,
    easy: bool,
) -> Result<Board, AppError> {
    let tz = tz_of(Some(n));
    let mut help = Vec::new();
    // Entries meant for all neighbours only; never names.
    let (entries, _) = st.store.open_entries(n.id, viewer, false, &ListFilter::default()).await?;
    for e in entries.into_iter().filter(|e| e.visibility == "neighbours").take(12) {
        let (title, body) = words(st, easy, "help_entry", e.id, e.title.clone(), e.body.clone()).await;
        help.push(AushangItem {
            label: ctx.t(&format!("help-kind-{}", e.kind)),
            title,
            when: e.on_date.map(|d| d.format("%d.%m.%Y").to_string()).unwrap_or_default(),
            text: excerpt(&body, 160),
        });
    }
    let from = local_to_utc(tz, monday.and_time(NaiveTime::MIN));
    let to = local_to_utc(tz, (monday + Duration::days(7)).and_time(NaiveTime::MIN));
    let f = CalendarFilter { from: Some(from), to: Some(to), limit: 20, ..Default::default() };
    let mut events = Vec::new();
    for e in st.store.calendar(n.id, &f).await?.into_iter().filter(|e| !e.cancelled) {
        let when = when_label(ctx, &e, tz);
        let (title, body) = words(st, easy, "event", e.id, e.title.clone(), e.description.clone()).await;
        events.push(AushangItem { label: e.venue.clone(), title, when, text: excerpt(&body, 140) });
    }
    let mut news = Vec::new();
    let since = from - Duration::days(14);
    for (p, o) in st.store.neighbourhood_news(n.id, 6).await?.into_iter().filter(|(p, _)| p.created_at >= since) {
        let (title, body) = words(st, easy, "news", p.id, p.title.clone(), p.body.clone()).await;
        news.push(AushangItem { label: o.name, title, when: ctx.date(&p.created_at), text: excerpt(&body, 160) });
    }
    Ok(Board { monday, help, events, news })
}

/// The Monday of the week that holds `raw` (a date), or of this week.
pub fn monday_of(raw: &str, today: NaiveDate) -> NaiveDate {
    let d = NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d").unwrap_or(today);
    d - Duration::days(i64::from(d.weekday().num_days_from_monday()))
}

/// The printable board.
pub async fn show(
    ctx: Ctx,
    State(st): State<AppState>,
    Path(slug): Path<String>,
    Query(q): Query<AushangQuery>,
) -> Result<Response, AppError> {
    let n = may_print(&st, &ctx, &slug).await?;
    let me = ctx.require_user()?.id;
    let easy = q.lang == "easy";
    // The sheet speaks its own language, whatever the reader's setting.
    let mut sheet = ctx.clone();
    sheet.prefs.locale = if easy { Locale::DeSimple } else { Locale::De };
    let tz = tz_of(Some(&n));
    let today = Utc::now().with_timezone(&tz).date_naive();
    let monday = monday_of(&q.week, today);
    let b = board(&st, &sheet, &n, me, monday, easy).await?;
    let sunday = monday + Duration::days(6);
    render(&AushangPage {
        slug: n.slug.clone(),
        name: n.name.clone(),
        week_label: sheet.t2(
            "aushang-week",
            "from",
            &monday.format("%d.%m.").to_string(),
            "to",
            &sunday.format("%d.%m.%Y").to_string(),
        ),
        week: monday.format("%Y-%m-%d").to_string(),
        easy,
        office: n.office_contact.clone(),
        base_url: format!("{}/n/{}", st.config.base_url(), n.slug),
        help: b.help,
        events: b.events,
        news: b.news,
        sheet,
        ctx,
    })
}
