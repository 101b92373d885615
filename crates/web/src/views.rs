//! View helpers shared by several capabilities: names, times in the
//! neighbourhood's time zone, event cards, easy-language blocks.

use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::i18n::Words;
use chrono::{DateTime, Datelike, Duration, NaiveDate};
use chrono_tz::Tz;
use quartier_core::account::initials;
use quartier_core::easy::{ContentKind, EasyStatus};
use quartier_core::easy_language::Report;
use quartier_core::locale::Locale;
use quartier_core::neighbourhood::MembershipStatus;
use quartier_core::policy::{self, NeighbourhoodAction};
use quartier_store::entity::{easy_version, event, membership, neighbourhood, organisation};
use quartier_store::neighbourhoods::Member;
use std::collections::HashMap;
use uuid::Uuid;

/// The neighbourhood's time zone; Berlin when there is none or it is unknown.
pub fn tz_of(n: Option<&neighbourhood::Model>) -> Tz {
    n.and_then(|n| n.timezone.parse().ok()).unwrap_or(chrono_tz::Europe::Berlin)
}

/// "Sa., 24.10.2026, 19:00–21:00 Uhr" in the reader's language.
pub fn when_label(ctx: Words, e: &event::Model, tz: Tz) -> String {
    let s = e.starts_at.with_timezone(&tz);
    let end = e.ends_at.with_timezone(&tz);
    if ctx.easy() {
        return easy_when(ctx, e, s, end);
    }
    let day = |d: NaiveDate| ctx.t(&format!("weekday-{}", d.weekday().num_days_from_monday()));
    let date = |d: NaiveDate| match ctx.locale() {
        quartier_core::locale::Locale::En => d.format("%-d %b %Y").to_string(),
        _ => d.format("%d.%m.%Y").to_string(),
    };
    if e.all_day {
        let last = end.date_naive() - Duration::days(1);
        let first = s.date_naive();
        if last <= first {
            return ctx.t1("event-all-day-on", "date", &format!("{}, {}", day(first), date(first)));
        }
        return format!("{}, {} – {}, {}", day(first), date(first), day(last), date(last));
    }
    let hm = |t: &DateTime<Tz>| t.format("%H:%M").to_string();
    if s.date_naive() == end.date_naive() {
        ctx.t2(
            "event-when-same-day",
            "date",
            &format!("{}, {}", day(s.date_naive()), date(s.date_naive())),
            "time",
            &format!("{}–{}", hm(&s), hm(&end)),
        )
    } else {
        format!(
            "{}, {}, {} – {}, {}, {}",
            day(s.date_naive()),
            date(s.date_naive()),
            hm(&s),
            day(end.date_naive()),
            date(end.date_naive()),
            hm(&end)
        )
    }
}

/// "Am Mittwoch, 9. Dezember. Von 12 Uhr bis halb 2." — Leichte Sprache:
/// short sentences, the day and month in words, times as people say them.
fn easy_when(ctx: Words, e: &event::Model, s: DateTime<Tz>, end: DateTime<Tz>) -> String {
    let first = s.date_naive();
    if e.all_day {
        let last = end.date_naive() - Duration::days(1);
        if last <= first {
            return ctx.t1("easy-when-all-day", "date", &ctx.day(first));
        }
        return ctx.t2("easy-when-days", "from", &ctx.day(first), "to", &ctx.day(last));
    }
    if first == end.date_naive() {
        return ctx.ta(
            "easy-when-same-day",
            &[("date", ctx.day(first)), ("from", ctx.clock(s.time())), ("to", ctx.clock(end.time()))],
        );
    }
    ctx.ta(
        "easy-when-span",
        &[
            ("fromdate", ctx.day(first)),
            ("fromtime", ctx.clock(s.time())),
            ("todate", ctx.day(end.date_naive())),
            ("totime", ctx.clock(end.time())),
        ],
    )
}

/// What a card in a list or the calendar shows.
pub fn card(ctx: &Ctx, e: &event::Model, tz: Tz, org_name: String) -> EventCard {
    let free = e.capacity.map(|c| (c - e.taken).max(0));
    EventCard {
        id: e.id.to_string(),
        title: e.title.clone(),
        when: when_label(ctx.words(), e, tz),
        place: if e.venue.is_empty() && !e.online_url.is_empty() { ctx.t("event-online") } else { e.venue.clone() },
        category: ctx.t(&format!("event-cat-{}", e.category)),
        organisation: org_name,
        step_free: e.step_free,
        hearing_loop: e.hearing_loop,
        cancelled: e.cancelled,
        easy_missing: false,
        places: match (e.signup_required, free) {
            (true, Some(0)) => ctx.t("event-full"),
            (true, Some(n)) => ctx.t1("event-places-free", "count", &n.to_string()),
            _ => String::new(),
        },
    }
}

/// Events of several organisations as cards, names looked up once.
pub async fn cards(
    st: &AppState,
    ctx: &Ctx,
    events: &[event::Model],
    tz: Tz,
) -> Result<Vec<(DateTime<Tz>, EventCard)>, AppError> {
    let mut ids: Vec<Uuid> = events.iter().filter_map(|e| e.organisation_id).collect();
    ids.sort();
    ids.dedup();
    let orgs = st.store.organisations_by_ids(&ids).await?;
    let name_of = |e: &event::Model| {
        e.organisation_id.and_then(|o| orgs.iter().find(|x| x.id == o)).map(|o| o.name.clone()).unwrap_or_default()
    };
    named_cards(st, ctx, events.iter().map(|e| (e, name_of(e))), tz).await
}

/// Events loaded with their organisations (`Store::calendar_with_holders`)
/// as cards, with no further query for the names.
pub async fn cards_with_holders(
    st: &AppState,
    ctx: &Ctx,
    rows: &[(event::Model, Option<organisation::Model>)],
    tz: Tz,
) -> Result<Vec<(DateTime<Tz>, EventCard)>, AppError> {
    let named = rows.iter().map(|(e, o)| (e, o.as_ref().map(|o| o.name.clone()).unwrap_or_default()));
    named_cards(st, ctx, named, tz).await
}

async fn named_cards<'a>(
    st: &AppState,
    ctx: &Ctx,
    named: impl Iterator<Item = (&'a event::Model, String)>,
    tz: Tz,
) -> Result<Vec<(DateTime<Tz>, EventCard)>, AppError> {
    let named: Vec<_> = named.collect();
    let easy = EasyList::load(st, ctx.words(), ContentKind::Event, named.iter().map(|(e, _)| e.id)).await?;
    Ok(named
        .into_iter()
        .map(|(e, name)| {
            let mut c = card(ctx, e, tz, name);
            easy.apply(e.id, &mut c.title, &mut c.easy_missing);
            (e.starts_at.with_timezone(&tz), c)
        })
        .collect())
}

/// The neighbourhood as its pages show it, with what its menu offers the reader.
pub fn view(a: &crate::guards::NbAccess) -> NbView {
    NbView {
        slug: a.n.slug.clone(),
        name: a.n.name.clone(),
        description: a.n.description.clone(),
        inside: policy::neighbourhood(&a.actor, NeighbourhoodAction::ViewInside),
        manage: policy::neighbourhood(&a.actor, NeighbourhoodAction::ConfirmMembers),
    }
}

/// Shown for an erased account: what stays of it in others' threads.
pub fn person_name(ctx: &Ctx, u: &quartier_store::entity::user::Model) -> String {
    if u.deleted_at.is_some() { ctx.t("former-neighbour") } else { u.display_name.clone() }
}

/// The names of several people for a list, in one query whatever their
/// number; a person not found (or erased) is simply missing.
pub async fn names_of(st: &AppState, ctx: &Ctx, ids: &[Uuid]) -> Result<HashMap<Uuid, String>, AppError> {
    Ok(st.store.users_by_ids(ids).await?.iter().map(|u| (u.id, person_name(ctx, u))).collect())
}

pub fn person_row(ctx: &Ctx, m: &Member) -> PersonRow {
    let name = person_name(ctx, &m.user);
    PersonRow {
        id: m.user.id.to_string(),
        membership_id: m.membership.id.to_string(),
        initials: initials(&name),
        name,
        role: format!("role-{}", m.membership.role),
        since: ctx.date(&m.membership.verified_at.unwrap_or(m.membership.created_at)),
    }
}

/// Minutes as "1,5 h" / "-2 h".
pub fn hours(minutes: i64) -> String {
    let h = minutes as f64 / 60.0;
    let s = if (h.fract()).abs() < f64::EPSILON { format!("{h:.0}") } else { format!("{h:.1}").replace('.', ",") };
    format!("{s} h")
}

/// An entry as shown on cards and its page.
pub struct EntryView {
    pub id: String,
    pub kind: String,
    pub kind_label: String,
    pub category: String,
    pub title: String,
    pub when: String,
    pub urgency: String,
    pub area: String,
    pub author_id: String,
    pub author: String,
    pub on_behalf: String,
    pub status: String,
    pub status_label: String,
    pub hidden_reason: String,
    pub coordinators_only: bool,
    /// Rendered only for the entry's own page; cards do not show the body.
    pub body_html: String,
    pub minutes: i32,
    /// For readers of Leichte Sprache: there is no easy version yet.
    pub easy_missing: bool,
}

/// For readers who chose Leichte Sprache: the easy version of a piece of
/// content, or a note that there is none yet. `None` for other readers.
/// Only a version `EasyStatus::shown_to_readers` allows is shown, one
/// sentence per line.
pub async fn easy_for(st: &AppState, ctx: &Ctx, kind: ContentKind, id: Uuid) -> Result<Option<EasyView>, AppError> {
    if ctx.locale() != Locale::DeSimple {
        return Ok(None);
    }
    Ok(Some(match st.store.easy_version(kind, id).await? {
        Some(v) if v.status().shown_to_readers() => EasyView {
            exists: true,
            approved: v.status() == EasyStatus::Approved,
            title: v.title,
            html: crate::markdown::easy_to_html(&v.body),
        },
        _ => EasyView { exists: false, title: String::new(), html: String::new(), approved: false },
    }))
}

/// The easy versions of a list's content, for readers of Leichte Sprache:
/// loaded for the whole list in one query; nothing is loaded for others.
pub struct EasyList {
    wanted: bool,
    found: HashMap<Uuid, easy_version::Model>,
}

impl EasyList {
    pub async fn load(
        st: &AppState,
        words: Words,
        kind: ContentKind,
        ids: impl IntoIterator<Item = Uuid>,
    ) -> Result<Self, AppError> {
        if !words.easy() {
            return Ok(EasyList { wanted: false, found: HashMap::new() });
        }
        let ids: Vec<Uuid> = ids.into_iter().collect();
        Ok(EasyList { wanted: true, found: st.store.easy_versions_for_readers(kind, &ids).await? })
    }

    /// The easy version of `id`, if readers may see one.
    pub fn get(&self, id: Uuid) -> Option<&easy_version::Model> {
        self.found.get(&id)
    }

    /// A reader of Leichte Sprache gets this content in its original language.
    pub fn missing(&self, id: Uuid) -> bool {
        self.wanted && !self.found.contains_key(&id)
    }

    /// Put the easy title in place of `title`, or mark it as missing.
    pub fn apply(&self, id: Uuid, title: &mut String, missing: &mut bool) {
        if let Some(v) = self.get(id) {
            title.clone_from(&v.title);
        }
        *missing = self.missing(id);
    }
}

/// The checker's hints in the reader's language, sentence by sentence.
pub fn hint_views(ctx: &Ctx, text: &str, r: &Report) -> Vec<HintView> {
    r.sentences
        .iter()
        .filter(|s| !s.hints.is_empty())
        .map(|s| HintView {
            sentence: text.get(s.start..s.end).unwrap_or_default().to_string(),
            hints: s
                .hints
                .iter()
                .map(|h| {
                    let mut line = format!("{} „{}“", ctx.t(h.kind.message_key()), h.text);
                    if let Some(sug) = &h.suggestion {
                        line.push_str(&format!(" → {sug}"));
                    }
                    line
                })
                .collect(),
        })
        .collect()
}

/// Message id for a membership status/role, for lists of neighbourhoods.
pub fn status_key(m: &membership::Model) -> String {
    if m.status() == MembershipStatus::Pending { "status-pending".into() } else { format!("role-{}", m.role()) }
}

/// A person as shown in lists.
pub struct PersonRow {
    pub id: String,
    pub membership_id: String,
    pub name: String,
    pub initials: String,
    /// Message id of the role.
    pub role: String,
    pub since: String,
}

/// A link with its text, where a page shows one of another capability's.
pub struct LinkRow {
    pub href: String,
    pub label: String,
}

pub struct NbView {
    pub slug: String,
    pub name: String,
    pub description: String,
    /// The reader is a verified member: the menu shows what is inside.
    pub inside: bool,
    /// The reader coordinates: the menu shows "manage".
    pub manage: bool,
}

impl NbView {
    /// Whether `path` (with its query) is the neighbourhood's page `section`
    /// ("" for its start page), for `aria-current` in the menu.
    /// The `aria-current` of a menu link to `section`: `page` on the
    /// section's own page, `true` on a page inside it (an entry of the help,
    /// a page of the coordination), empty elsewhere.
    pub fn current(&self, path: &str, section: &str) -> &'static str {
        let base = format!("/n/{}{section}", self.slug);
        let path = path.split('?').next().unwrap_or_default();
        if path == base {
            "page"
        } else if !section.is_empty() && path.strip_prefix(&base).is_some_and(|rest| rest.starts_with('/')) {
            "true"
        } else {
            ""
        }
    }
}

/// An event as a card in lists, the calendar and on its own page.
#[derive(Clone)]
pub struct EventCard {
    pub id: String,
    pub title: String,
    pub when: String,
    pub place: String,
    pub category: String,
    pub organisation: String,
    pub step_free: bool,
    pub hearing_loop: bool,
    pub cancelled: bool,
    /// "3 places free", "Fully booked", or empty without sign-up.
    pub places: String,
    /// For readers of Leichte Sprache: there is no easy version yet.
    pub easy_missing: bool,
}

/// What a reader of Leichte Sprache gets for a piece of content.
pub struct EasyView {
    pub exists: bool,
    pub title: String,
    pub html: String,
    /// Checked by readers from the target group.
    pub approved: bool,
}

/// The checker's hints for one sentence.
pub struct HintView {
    pub sentence: String,
    pub hints: Vec<String>,
}

pub struct NbCard {
    pub slug: String,
    pub name: String,
    pub description: String,
    pub members: u64,
}

/// One option of a select box.
pub struct Choice {
    /// What the form sends.
    pub value: String,
    /// What the reader sees.
    pub label: String,
}

/// A person named in a list, e.g. an easy-language reviewer.
pub struct PersonRef {
    /// User id.
    pub id: String,
    pub name: String,
}

/// A neighbourhood someone belongs to, in lists of their neighbourhoods.
pub struct MembershipRow {
    pub slug: String,
    pub name: String,
    /// Message id of the membership's status or role (see [`status_key`]).
    pub status: String,
}

/// A small line icon beside a text label (never alone: the label is the
/// name). Drawn on a 24-unit grid in the text's colour; hidden from screen
/// readers, so the label is read once.
pub fn icon(name: &str) -> String {
    let shape = match name {
        "home" => r#"<path d="M3 11 12 3l9 8"/><path d="M5 10v10h14V10"/><path d="M10 20v-5h4v5"/>"#,
        "help" => r#"<path d="M12 20s-7-4.4-8.8-8.6A4.6 4.6 0 0 1 12 7a4.6 4.6 0 0 1 8.8 4.4C19 15.6 12 20 12 20z"/>"#,
        "calendar" => r#"<rect x="3" y="5" width="18" height="16" rx="2"/><path d="M3 10h18M8 3v4M16 3v4"/>"#,
        "groups" => {
            r#"<circle cx="9" cy="8" r="3"/><circle cx="17" cy="9" r="2.5"/><path d="M3 20c0-3.5 2.7-6 6-6s6 2.5 6 6"/><path d="M15.5 14.2c3 .2 5.5 2.3 5.5 5.8"/>"#
        }
        "organisations" => r#"<path d="M4 21V9l8-5 8 5v12"/><path d="M2 21h20M9 21v-6h6v6M9 11h.01M15 11h.01"/>"#,
        "manage" => {
            r#"<path d="M4 6h9M17 6h3M4 12h3M11 12h9M4 18h11M19 18h1"/><circle cx="15" cy="6" r="2"/><circle cx="9" cy="12" r="2"/><circle cx="17" cy="18" r="2"/>"#
        }
        "projects" => r#"<path d="M4 20h16"/><path d="M6 20v-6h3v6M11 20v-10h3v10M16 20V6h3v14"/>"#,
        "inbox" => r#"<rect x="3" y="5" width="18" height="14" rx="2"/><path d="m3 7 9 6 9-6"/>"#,
        "bell" => r#"<path d="M6 16v-5a6 6 0 0 1 12 0v5l2 2H4z"/><path d="M10 21h4"/>"#,
        "account" => r#"<circle cx="12" cy="8" r="4"/><path d="M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7"/>"#,
        "admin" => r#"<path d="M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6z"/>"#,
        "logout" => r#"<path d="M14 4h5v16h-5"/><path d="m9 8-4 4 4 4M5 12h10"/>"#,
        "login" => r#"<path d="M14 4h5v16h-5"/><path d="m10 8 4 4-4 4M3 12h11"/>"#,
        "signup" => {
            r#"<circle cx="10" cy="8" r="4"/><path d="M2 21c0-4.4 3.6-7 8-7 2 0 3.7.5 5 1.5M19 14v6M16 17h6"/>"#
        }
        "search" => r#"<circle cx="11" cy="11" r="7"/><path d="m20 20-4-4"/>"#,
        "display" => r#""<path d="M2 12s4-7 10-7 10 7 10 7-4 7-10 7S2 12 2 12z"/><circle cx="12" cy="12" r="3"/>"#,
        _ => "",
    };
    format!(
        r#"<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">{shape}</svg>"#
    )
}

/// The navigation of an organisation's own website, shown on each of its
/// pages: its start page, the pages the reader may see
/// (`org_site::may_see_page`), and, for those who write pages, the way to
/// manage them.
pub struct SiteNav {
    pub slug: String,
    pub name: String,
    pub links: Vec<SiteLink>,
    /// Editors and administrators: a link to manage the site.
    pub manage: bool,
    /// The organisation's logo (an image id) and what it shows, or empty.
    pub logo: String,
    pub logo_alt: String,
    /// The organisation's own stylesheet (its colour), or empty.
    pub stylesheet: String,
}

/// One entry of a site navigation.
pub struct SiteLink {
    pub href: String,
    pub label: String,
    /// The page being shown (`aria-current="page"`).
    pub current: bool,
    /// A draft, seen only by those who write pages.
    pub draft: bool,
}

/// The site navigation of `o` for a reader with `role`, with `current`
/// (a path) marked: one query for all its pages. Called behind
/// `guards::OrgReader`, which lets a reader without a role in only when
/// the organisation is listed (so it counts as listed here).
pub async fn site_nav(
    st: &AppState,
    ctx: &Ctx,
    o: &organisation::Model,
    role: Option<quartier_core::organisation::OrgRole>,
    current: &str,
) -> Result<SiteNav, AppError> {
    use quartier_core::org_site::{SiteAction, may_see_page, site};
    let home = format!("/o/{}", o.slug);
    let mut links = vec![SiteLink { current: current == home, href: home, label: ctx.t("site-home"), draft: false }];
    for p in st.store.org_pages(o.id).await? {
        if may_see_page(p.published, true, role) {
            let href = format!("/o/{}/p/{}", o.slug, p.slug);
            links.push(SiteLink { current: current == href, href, label: p.title, draft: !p.published });
        }
    }
    // The contact form, on every site.
    let contact = format!("/o/{}/contact", o.slug);
    links.push(SiteLink { current: current == contact, href: contact, label: ctx.t("site-write"), draft: false });
    let look = st.store.org_look(o.id).await?;
    let logo = look.as_ref().and_then(|l| l.logo_image_id).map(|id| id.to_string()).unwrap_or_default();
    let logo_alt = look.as_ref().map(|l| l.logo_alt.clone()).unwrap_or_default();
    // Named by when it changed, so that a cached copy is never stale.
    let stylesheet = match &look {
        Some(l) if !l.accent.is_empty() => format!("/o/{}/site.css?v={}", o.slug, l.updated_at.timestamp()),
        _ => String::new(),
    };
    Ok(SiteNav {
        slug: o.slug.clone(),
        name: o.name.clone(),
        links,
        manage: site(role, SiteAction::EditPages),
        logo,
        logo_alt,
        stylesheet,
    })
}
