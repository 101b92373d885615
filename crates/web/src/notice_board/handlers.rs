//! Route handlers; see the module documentation one level up.

use super::pages::{AushangItem, AushangPage};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::extractors::{Path, Query};
use crate::guards::{NbAccess, nb_access};
use crate::i18n::Words;
use crate::page::render;
use crate::views::{EasyList, tz_of, when_label};
use axum::extract::{FromRequestParts, State};
use axum::http::request::Parts;
use axum::response::Response;
use chrono::{Duration, NaiveDate, NaiveTime};
use quartier_core::coproduction as co;
use quartier_core::easy::ContentKind;
use quartier_core::event::local_to_utc;
use quartier_core::help::{self as help_rule, Visibility};
use quartier_core::locale::Locale;
use quartier_core::neighbourhood::{MembershipStatus, Role};
use quartier_core::policy;
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
    /// `large` for large print.
    size: String,
}

/// A member of the neighbourhood `{slug}` who may print its board:
/// `policy::print_notice_board` (guard).
pub struct BoardPrinter(NbAccess);

impl FromRequestParts<AppState> for BoardPrinter {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Self, AppError> {
        let ctx = Ctx::from_request_parts(parts, st).await?;
        let Path(slug) = Path::<String>::from_request_parts(parts, st).await?;
        let a = nb_access(st, &ctx, &slug).await?;
        let me = ctx.require_user()?.id;
        let mut administers = false;
        if a.actor.verified() {
            for o in st.store.confirmed_organisation_ids(a.n.id).await? {
                let role = st.store.org_role(o, me).await?;
                if policy::organisation(role, policy::OrganisationAction::Administer) {
                    administers = true;
                    break;
                }
            }
        }
        if policy::print_notice_board(&a.actor, administers) { Ok(BoardPrinter(a)) } else { Err(AppError::Forbidden) }
    }
}

/// The content of one week's board, in the given language.
pub struct Board {
    pub monday: NaiveDate,
    pub help: Vec<AushangItem>,
    pub events: Vec<AushangItem>,
    pub news: Vec<AushangItem>,
    /// Open votes and the next meetings of the quarter's open projects.
    pub votes: Vec<AushangItem>,
    pub meetings: Vec<AushangItem>,
}

/// Title and text of a piece of content for the sheet: its approved easy
/// version where the sheet is in Leichte Sprache and one exists.
fn words(easy: &EasyList, id: Uuid, title: &str, body: &str) -> (String, String) {
    match easy.get(id) {
        Some(v) => (v.title.clone(), v.body.clone()),
        None => (title.to_string(), body.to_string()),
    }
}

/// An item of the sheet; in Leichte Sprache its text one sentence a line.
fn item(ctx: Words, label: String, title: String, when: String, text: String) -> AushangItem {
    let lines = if ctx.easy() {
        quartier_core::easy::sentences(&text).into_iter().map(str::to_string).collect()
    } else {
        vec![]
    };
    let lines = if lines.is_empty() && !text.is_empty() { vec![text.clone()] } else { lines };
    AushangItem { label, title, when, text, lines }
}

/// A short plain excerpt of Markdown for print: emphasis and headings
/// dropped, list items joined with a middle dot instead of printing as
/// "- a - b".
fn excerpt(body: &str, max: usize) -> String {
    let body = drop_link_targets(body);
    let mut parts: Vec<String> = Vec::new();
    for line in body.lines() {
        let t = line.trim_start();
        let digits = t.chars().take_while(char::is_ascii_digit).count();
        let item = ["- ", "* ", "+ "].iter().find_map(|m| t.strip_prefix(m)).or_else(|| {
            (digits > 0).then(|| t[digits..].strip_prefix(". ").or_else(|| t[digits..].strip_prefix(") "))).flatten()
        });
        let text: String = item
            .unwrap_or(t)
            .chars()
            .filter(|c| !matches!(c, '*' | '_' | '#' | '`' | '>' | '[' | ']'))
            .collect::<String>()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if text.is_empty() {
            continue;
        }
        match (item, parts.last_mut()) {
            (Some(_), Some(last)) if !last.is_empty() => {
                last.push_str(if last.ends_with(':') { " " } else { " · " });
                last.push_str(&text);
            }
            _ => parts.push(text),
        }
    }
    let plain = parts.join(" ");
    if plain.chars().count() <= max {
        return plain;
    }
    let cut: String = plain.chars().take(max).collect();
    match cut.rfind(' ') {
        Some(i) => format!("{} …", &cut[..i]),
        None => format!("{cut} …"),
    }
}

/// Markdown links without their targets: `[Café](/n/x)` prints as "Café".
fn drop_link_targets(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(i) = rest.find("](") {
        out.push_str(&rest[..i]);
        match rest[i..].find(')') {
            Some(j) => rest = &rest[i + j + 1..],
            None => {
                rest = &rest[i..];
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Gather a week of the neighbourhood for print or mail.
pub async fn board(
    st: &AppState,
    ctx: Words,
    n: &neighbourhood::Model,
    viewer: Uuid,
    membership: Option<(Role, MembershipStatus)>,
    monday: NaiveDate,
) -> Result<Board, AppError> {
    let tz = tz_of(Some(n));
    let mut help = Vec::new();
    // Only what the viewer may see, and of that only what is meant for all
    // neighbours (a sheet on a wall is no place for the rest); never names.
    let entries = st.store.open_entries(n.id, viewer, false, &ListFilter::default()).await?.items;
    let for_the_sheet = |e: &quartier_store::entity::help_entry::Model| {
        let vis = e.visibility();
        vis == Visibility::Neighbours
            && help_rule::may_see(membership, e.author_id == viewer, vis, e.hidden_reason.is_some())
    };
    // A request for a day before this week is over: it has no place on the sheet.
    let current = |e: &quartier_store::entity::help_entry::Model| e.on_date.is_none_or(|d| d >= monday);
    let entries: Vec<_> = entries.into_iter().filter(for_the_sheet).filter(current).take(12).collect();
    // Easy versions of the whole sheet: one query per kind of content.
    let easy = EasyList::load(st, ctx, ContentKind::HelpEntry, entries.iter().map(|e| e.id)).await?;
    for e in entries {
        let (title, body) = words(&easy, e.id, &e.title, &e.body);
        let when = e.on_date.map(|d| ctx.day(d)).unwrap_or_default();
        help.push(item(ctx, ctx.t(&format!("help-kind-{}", e.kind)), title, when, excerpt(&body, 160)));
    }
    let from = local_to_utc(tz, monday.and_time(NaiveTime::MIN));
    let to = local_to_utc(tz, (monday + Duration::days(7)).and_time(NaiveTime::MIN));
    let f = CalendarFilter { from: Some(from), to: Some(to), limit: 20, ..Default::default() };
    let mut events = Vec::new();
    let calendar: Vec<_> = st.store.calendar(n.id, &f).await?.into_iter().filter(|e| !e.cancelled).collect();
    let easy = EasyList::load(st, ctx, ContentKind::Event, calendar.iter().map(|e| e.id)).await?;
    for e in calendar {
        let when = when_label(ctx, &e, tz);
        let (title, body) = words(&easy, e.id, &e.title, &e.description);
        events.push(item(ctx, e.venue.clone(), title, when, excerpt(&body, 140)));
    }
    let mut news = Vec::new();
    let since = from - Duration::days(14);
    let posts: Vec<_> =
        st.store.neighbourhood_news(n.id, 6).await?.into_iter().filter(|(p, _)| p.created_at >= since).collect();
    let easy = EasyList::load(st, ctx, ContentKind::News, posts.iter().map(|(p, _)| p.id)).await?;
    for (p, o) in posts {
        let (title, body) = words(&easy, p.id, &p.title, &p.body);
        news.push(item(ctx, o.name, title, ctx.date(&p.created_at), excerpt(&body, 160)));
    }
    // Co-production: what anyone in the quarter may join, so that people
    // who are not online vote at a meeting or through a proxy. Each project
    // is asked its own rule as every neighbour would see it.
    let for_all = |p: &quartier_store::entity::project::Model| {
        co::may_see(p.joining(), co::Viewer { verified: true, coordinator: false, standing: None })
    };
    let mut votes = Vec::new();
    let open: Vec<_> = st.store.open_votes_in(n.id, 8).await?.into_iter().filter(|(p, _)| for_all(p)).collect();
    let easy = EasyList::load(st, ctx, ContentKind::ProjectProposal, open.iter().map(|(_, pr)| pr.id)).await?;
    for (p, pr) in open {
        let until = ctx.t1("aushang-vote-until", "date", &ctx.datetime(&pr.closes_at, &n.timezone));
        let (title, body) = words(&easy, pr.id, &pr.title, &pr.body);
        votes.push(item(ctx, p.title, title, until, excerpt(&body, 140)));
    }
    let mut meetings = Vec::new();
    let upcoming = st.store.upcoming_open_meetings(n.id, from, 8).await?;
    for (p, e) in upcoming.into_iter().filter(|(p, _)| for_all(p)) {
        let when = when_label(ctx, &e, tz);
        let place = if e.venue.is_empty() { p.title } else { format!("{}, {}", p.title, e.venue) };
        meetings.push(item(ctx, place, e.title, when, String::new()));
    }
    Ok(Board { monday, help, events, news, votes, meetings })
}

/// The printable board.
pub async fn show(
    ctx: Ctx,
    State(st): State<AppState>,
    BoardPrinter(a): BoardPrinter,
    Query(q): Query<AushangQuery>,
) -> Result<Response, AppError> {
    let n = a.n;
    let me = ctx.require_user()?.id;
    let easy = q.lang == "easy";
    // The sheet speaks its own language, whatever the reader's setting.
    let sheet = Words::new(if easy { Locale::DeSimple } else { Locale::De }, st.store.now());
    let tz = tz_of(Some(&n));
    let today = st.store.now().with_timezone(&tz).date_naive();
    let monday = quartier_core::event::monday_of(&q.week, today);
    let b = board(&st, sheet, &n, me, a.actor.membership, monday).await?;
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
        large: q.size == "large",
        office: n.office_contact.clone(),
        base_url: format!("{}/n/{}", st.config.base_url(), n.slug),
        help: b.help,
        events: b.events,
        news: b.news,
        votes: b.votes,
        meetings: b.meetings,
        sheet,
        ctx,
    })
}

#[cfg(test)]
mod tests {
    use super::excerpt;

    #[test]
    fn lists_print_as_items_not_dashes() {
        let md = "Wir brauchen:\n- Mehl\n- **Zucker**\n1. Eier\n\n## Danke\nBis bald!";
        assert_eq!(excerpt(md, 200), "Wir brauchen: Mehl · Zucker · Eier Danke Bis bald!");
        assert_eq!(excerpt("- a\n- b", 200), "a · b");
        assert_eq!(excerpt("eins zwei drei", 8), "eins …");
        assert_eq!(excerpt("Treffen: [Unser Café](/n/nord/projects/1) im Saal", 200), "Treffen: Unser Café im Saal");
        assert_eq!(excerpt("[kaputt](ohne Ende", 200), "kaputt(ohne Ende");
    }
}
