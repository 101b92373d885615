//! The network's business model: the partners of a neighbourhood's network
//! (organisations on the platform and outside ones), what the network does
//! (measures) and what pays for it (funding sources).
//!
//! Everything here is pure: who may see and do what, and the parsers of
//! what coordinators and partners type. Money is integer cents with a
//! currency code, never a float.

use crate::validation::{FieldError, text};
use chrono::{DateTime, Datelike, Months, NaiveDate, Utc};

crate::tagged! {
    /// What kind of partner an organisation or body is.
    pub enum PartnerKind {
        /// A club, parish, social enterprise or initiative.
        Nonprofit = "nonprofit",
        /// A municipal office.
        Municipal = "municipal",
        /// A local business.
        Business = "business",
        /// A council member, a district representative, a party.
        Political = "political",
        /// A foundation or another funder.
        Funder = "funder",
        Other = "other",
    }
}

/// Who the reader is to a neighbourhood's network.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Viewer {
    /// A coordinator of the neighbourhood.
    pub coordinator: bool,
    /// An administrator of an organisation that is a partner of the network.
    pub partner_admin: bool,
}

/// What someone does with a network.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NetworkAction {
    /// Read the pages shared with partners: the overview, the partners,
    /// measures, funding, runway and balance.
    SeeShared,
    /// Keep the network: add and change partners, measures and funding
    /// sources; see what needs attention.
    Manage,
    /// Write a partner's gains and pains. `linked`: the partner is an
    /// organisation on the platform; `admins_partner`: the reader
    /// administers that organisation.
    WriteGains { linked: bool, admins_partner: bool },
}

/// The permission rule for a neighbourhood's network. A partner on the
/// platform speaks for itself: only its own administrators write its gains
/// and pains, never the coordinator. For an outside partner (no
/// organisation on the platform) the coordinator records them.
pub fn network(v: Viewer, action: NetworkAction) -> bool {
    match action {
        NetworkAction::SeeShared => v.coordinator || v.partner_admin,
        NetworkAction::Manage => v.coordinator,
        NetworkAction::WriteGains { linked: true, admins_partner } => admins_partner,
        NetworkAction::WriteGains { linked: false, .. } => v.coordinator,
    }
}

impl PartnerKind {
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        Self::from_tag(raw.trim()).ok_or(FieldError::new("kind", "err-network-kind"))
    }
}

/// A partner's name.
pub fn parse_name(raw: &str) -> Result<String, FieldError> {
    text("name", raw, 2, 120, "err-network-name", "err-title-long")
}

/// The contact person (may stay empty).
pub fn parse_contact(raw: &str) -> Result<String, FieldError> {
    text("contact", raw, 0, 120, "err-network-name", "err-title-long")
}

/// The partner's role in the network, in a few words (may stay empty).
pub fn parse_role(raw: &str) -> Result<String, FieldError> {
    text("role", raw, 0, 1000, "err-network-name", "err-body-long")
}

/// A three-letter currency code (ISO 4217), e.g. `EUR`; empty is `EUR`.
pub fn parse_currency(field: &'static str, raw: &str) -> Result<String, FieldError> {
    let t = raw.trim();
    if t.is_empty() {
        return Ok("EUR".into());
    }
    if t.len() == 3 && t.chars().all(|c| c.is_ascii_alphabetic()) {
        Ok(t.to_ascii_uppercase())
    } else {
        Err(FieldError::new(field, "err-network-currency"))
    }
}

/// The largest amount anyone types: ten billion in whole units.
const MAX_CENTS: i64 = 1_000_000_000_000;

/// An amount of money typed in whole units with up to two decimals, in
/// German or English writing ("1.234,50", "1,234.50", "1234.5", "80 €"),
/// as integer cents. Negative amounts and more than two decimals are
/// refused.
pub fn parse_cents(field: &'static str, raw: &str) -> Result<i64, FieldError> {
    let err = FieldError::new(field, "err-network-amount");
    let t: String =
        raw.trim().trim_end_matches('€').trim_start_matches('€').chars().filter(|c| !c.is_whitespace()).collect();
    if t.is_empty() {
        return Err(FieldError::new(field, "err-network-amount-missing"));
    }
    if t.starts_with('-') {
        return Err(FieldError::new(field, "err-network-amount-negative"));
    }
    if !t.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',') {
        return Err(err);
    }
    // The last separator followed by one or two digits is the decimal one;
    // every other separator groups thousands.
    let (whole, frac) = match t.rfind(['.', ',']) {
        Some(i) if t.len() - i - 1 <= 2 && t.len() - i > 1 => (&t[..i], &t[i + 1..]),
        Some(i) if t.len() - i == 1 => return Err(err),
        _ => (t.as_str(), ""),
    };
    let whole: String = whole.chars().filter(char::is_ascii_digit).collect();
    if whole.is_empty() && frac.is_empty() {
        return Err(err);
    }
    let units: i64 = if whole.is_empty() { 0 } else { whole.parse().map_err(|_| err.clone())? };
    let cents: i64 = match frac.len() {
        0 => 0,
        1 => frac.parse::<i64>().map_err(|_| err.clone())? * 10,
        _ => frac.parse().map_err(|_| err.clone())?,
    };
    let total = units.checked_mul(100).and_then(|u| u.checked_add(cents)).ok_or(err.clone())?;
    if total > MAX_CENTS { Err(FieldError::new(field, "err-network-amount-large")) } else { Ok(total) }
}

/// Cents as written in German ("1.234,50") or English ("1,234.50"), with
/// the currency code after it.
pub fn format_cents(cents: i64, currency: &str, german: bool) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let c = cents.unsigned_abs();
    let (units, rest) = (c / 100, c % 100);
    let digits = units.to_string();
    let (group, dec) = if german { ('.', ',') } else { (',', '.') };
    let mut grouped = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(group);
        }
        grouped.push(ch);
    }
    format!("{sign}{grouped}{dec}{rest:02} {currency}")
}

crate::tagged! {
    /// The platform activity that carries a measure.
    pub enum Activity {
        Help = "help",
        Events = "events",
        Groups = "groups",
        Coproduction = "coproduction",
        Other = "other",
    }
}

impl Activity {
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        Self::from_tag(raw.trim()).ok_or(FieldError::new("activity", "err-network-activity"))
    }
}

crate::tagged! {
    /// Where the money of a funding source comes from.
    pub enum FundingKind {
        Municipal = "municipal",
        /// A state programme, such as a masterplan for age-friendly quarters.
        StateProgramme = "state_programme",
        Foundation = "foundation",
        Donations = "donations",
        MembershipFees = "membership_fees",
        Sponsoring = "sponsoring",
        Other = "other",
    }
}

impl FundingKind {
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        Self::from_tag(raw.trim()).ok_or(FieldError::new("kind", "err-network-funding-kind"))
    }
}

/// A measure's description (may stay empty).
pub fn parse_description(raw: &str) -> Result<String, FieldError> {
    text("description", raw, 0, 2000, "err-network-name", "err-body-long")
}

/// The conditions of a funding source (may stay empty).
pub fn parse_conditions(raw: &str) -> Result<String, FieldError> {
    text("conditions", raw, 0, 4000, "err-network-name", "err-body-long")
}

/// The first and last day of a funding source: both given, the end not
/// before the start.
pub fn parse_period(start: &str, end: &str) -> Result<(NaiveDate, NaiveDate), Vec<FieldError>> {
    let s = crate::validation::day("starts_on", start).and_then(|d| d.ok_or(FieldError::new("starts_on", "err-date")));
    let e = crate::validation::day("ends_on", end).and_then(|d| d.ok_or(FieldError::new("ends_on", "err-date")));
    match (s, e) {
        (Ok(s), Ok(e)) if e < s => Err(vec![FieldError::new("ends_on", "err-network-end-before-start")]),
        (Ok(s), Ok(e)) => Ok((s, e)),
        (s, e) => Err([s.err(), e.err()].into_iter().flatten().collect()),
    }
}

/// The first day of the month `d` is in.
pub fn month_of(d: NaiveDate) -> NaiveDate {
    d.with_day(1).unwrap_or(d)
}

/// The first days of `count` months, starting with the month of `today`.
pub fn months_from(today: NaiveDate, count: u32) -> Vec<NaiveDate> {
    let first = month_of(today);
    (0..count).filter_map(|i| first.checked_add_months(Months::new(i))).collect()
}

/// The last day a measure has money: the end of the source that runs
/// longest (`None`: no source at all).
pub fn funded_until(ends: &[NaiveDate]) -> Option<NaiveDate> {
    ends.iter().copied().max()
}

/// Whether a measure funded until `until` has money for the whole month
/// starting on `month`.
pub fn funded_in(until: Option<NaiveDate>, month: NaiveDate) -> bool {
    let last = month.checked_add_months(Months::new(1)).and_then(|d| d.pred_opt());
    matches!((until, last), (Some(u), Some(l)) if u >= l)
}

/// The warnings before a source ends, in months.
pub const WARN_MONTHS: [u32; 2] = [6, 3];

/// Which warning is due `today` for a source ending on `ends_on`: the
/// nearest threshold already reached (3 before 6), none once it has ended
/// or while it is further away than six months.
pub fn warning_due(today: NaiveDate, ends_on: NaiveDate) -> Option<u32> {
    if today > ends_on {
        return None;
    }
    let mut due = None;
    for m in WARN_MONTHS {
        if ends_on.checked_sub_months(Months::new(m)).is_some_and(|from| today >= from) {
            due = Some(m);
        }
    }
    due
}

/// Whether a measure loses its money when the source ending on `ends_on`
/// ends: none of its sources (`ends` of all of them) runs past that day.
pub fn loses_money_with(ends: &[NaiveDate], ends_on: NaiveDate) -> bool {
    ends.iter().all(|e| *e <= ends_on)
}

/// Hours per month a partner brings (may stay empty).
pub fn parse_hours(raw: &str) -> Result<Option<i32>, FieldError> {
    let t = raw.trim();
    if t.is_empty() {
        return Ok(None);
    }
    match t.parse::<i64>() {
        Ok(h) if h < 0 => Err(FieldError::new("hours", "err-network-hours")),
        Ok(h) if h <= 10_000 => Ok(Some(h as i32)),
        _ => Err(FieldError::new("hours", "err-network-hours")),
    }
}

/// Money a partner brings per year (may stay empty).
pub fn parse_optional_cents(field: &'static str, raw: &str) -> Result<Option<i64>, FieldError> {
    if raw.trim().is_empty() { Ok(None) } else { parse_cents(field, raw).map(Some) }
}

/// How much a partner gets out of the network: 0 (nothing) to 4 (very
/// much); empty when not said.
pub fn parse_rating(raw: &str) -> Result<Option<u8>, FieldError> {
    match raw.trim() {
        "" => Ok(None),
        t => t.parse::<u8>().ok().filter(|r| *r <= 4).map(Some).ok_or(FieldError::new("rating", "err-network-rating")),
    }
}

/// Free text of gains and pains (may stay empty).
pub fn parse_gains_text(field: &'static str, raw: &str) -> Result<String, FieldError> {
    text(field, raw, 0, 2000, "err-network-name", "err-body-long")
}

/// What one partner gives (hours per month, money per year in cents of one
/// currency) and how much it says it gets (0–4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Contribution {
    pub hours: u32,
    pub cents: u64,
    pub gets: Option<u8>,
}

/// Where a partner stands in the balance of the network.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Standing {
    /// What it gives, in percent of the most any partner gives (hours and
    /// money each measured against the largest, the larger share counts).
    pub gives: u32,
    /// What it gets, in percent (0–4 as 0, 25, 50, 75, 100); `None` when
    /// the partner has not said.
    pub gets: Option<u32>,
}

impl Standing {
    /// Gives much (at least half of the most) and gets little (a quarter
    /// at most): the partner that carries costs without benefit.
    pub fn uneven(&self) -> bool {
        self.gives >= 50 && self.gets.is_some_and(|g| g <= 25)
    }
}

/// The balance of a network: each partner's standing, in order.
pub fn balance(partners: &[Contribution]) -> Vec<Standing> {
    let max_h = partners.iter().map(|c| c.hours).max().unwrap_or(0);
    let max_c = partners.iter().map(|c| c.cents).max().unwrap_or(0);
    let share = |part: u64, whole: u64| (part * 100).checked_div(whole).map_or(0, |v| u32::try_from(v).unwrap_or(100));
    partners
        .iter()
        .map(|c| Standing {
            gives: share(u64::from(c.hours), u64::from(max_h)).max(share(c.cents, max_c)),
            gets: c.gets.map(|g| u32::from(g.min(4)) * 25),
        })
        .collect()
}

/// What a coordinator is asked to look at: funding that ends within six
/// months, partners whose gains and pains are a year old (or were never
/// written in a year), measures whose platform activity has been quiet
/// for 90 days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub today: NaiveDate,
    /// Funding ending up to this day needs attention.
    pub ends_by: NaiveDate,
    pub stale_before: DateTime<Utc>,
    pub quiet_since: DateTime<Utc>,
}

pub const ENDING_MONTHS: u32 = 6;
pub const STALE_DAYS: i64 = 365;
pub const QUIET_DAYS: i64 = 90;

/// The attention window for `today` in the quarter and the instant `now`.
pub fn attention_window(today: NaiveDate, now: DateTime<Utc>) -> Window {
    Window {
        today,
        ends_by: today.checked_add_months(Months::new(ENDING_MONTHS)).unwrap_or(today),
        stale_before: now - chrono::Duration::days(STALE_DAYS),
        quiet_since: now - chrono::Duration::days(QUIET_DAYS),
    }
}

impl Window {
    /// A source ending on `ends_on` needs attention.
    pub fn ending(&self, ends_on: NaiveDate) -> bool {
        ends_on >= self.today && ends_on <= self.ends_by
    }

    /// A partner's gains and pains, last written at `updated` (or never,
    /// the partner added at `created`), need renewing.
    pub fn stale(&self, updated: Option<DateTime<Utc>>, created: DateTime<Utc>) -> bool {
        updated.unwrap_or(created) < self.stale_before
    }
}

/// A measure carried by `activity` is quiet when that activity had nothing
/// in the window (`active`: the activities that had something). "Other" is
/// not on the platform and never counts as quiet.
pub fn quiet(activity: Activity, active: &[Activity]) -> bool {
    activity != Activity::Other && !active.contains(&activity)
}

crate::tagged! {
    /// Who may read a network's business model canvas.
    pub enum CanvasVisibility {
        /// The coordinators only.
        Internal = "internal",
        /// Also the administrators of partner organisations, who comment.
        Shared = "shared",
        /// Anyone, also without an account (read only).
        Published = "published",
    }
}

/// What someone does with a network's canvas.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CanvasAction {
    /// Read the canvas, its history, an old version, its print page.
    Read,
    /// Read the comments and write one.
    Comment,
    /// Save a new version and change who may read it.
    Edit,
}

/// The one rule for a network's canvas, asked by every place that shows
/// it (page, history, old versions, print, comments, notifications).
/// Coordinators do everything; partner administrators read and comment
/// once it is shared (or published); anyone reads a published one.
pub fn canvas(v: Viewer, visibility: CanvasVisibility, action: CanvasAction) -> bool {
    let partners = v.partner_admin && visibility != CanvasVisibility::Internal;
    match action {
        CanvasAction::Edit => v.coordinator,
        CanvasAction::Comment => v.coordinator || partners,
        CanvasAction::Read => v.coordinator || partners || visibility == CanvasVisibility::Published,
    }
}

impl CanvasVisibility {
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        Self::from_tag(raw.trim()).ok_or(FieldError::new("visibility", "err-canvas-visibility"))
    }
}

/// The longest text of one block of the canvas.
pub const CANVAS_BLOCK_MAX: usize = 2000;

/// The social value the network aims at: the one block that must be said.
pub fn parse_social_value(raw: &str) -> Result<String, FieldError> {
    text("social_value", raw, 1, CANVAS_BLOCK_MAX, "err-canvas-social-value", "err-body-long")
}

/// Any other block of the canvas (may stay empty).
pub fn parse_canvas_block(field: &'static str, raw: &str) -> Result<String, FieldError> {
    text(field, raw, 0, CANVAS_BLOCK_MAX, "err-network-name", "err-body-long")
}

/// What changed in a new version, in a few words (may stay empty).
pub fn parse_change_note(raw: &str) -> Result<String, FieldError> {
    text("note", raw, 0, 200, "err-network-name", "err-title-long")
}

/// A comment on a version of the canvas.
pub fn parse_canvas_comment(raw: &str) -> Result<String, FieldError> {
    text("body", raw, 1, CANVAS_BLOCK_MAX, "err-canvas-comment", "err-body-long")
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn who_may_do_what() {
        let nobody = Viewer::default();
        let coordinator = Viewer { coordinator: true, partner_admin: false };
        let partner = Viewer { coordinator: false, partner_admin: true };
        let both = Viewer { coordinator: true, partner_admin: true };
        use NetworkAction::*;
        assert!(!network(nobody, SeeShared));
        assert!(network(coordinator, SeeShared));
        assert!(network(partner, SeeShared));
        assert!(!network(nobody, Manage));
        assert!(network(coordinator, Manage));
        assert!(!network(partner, Manage));
        assert!(network(both, Manage));
        // A partner on the platform writes its own gains and pains, and only it.
        let own = WriteGains { linked: true, admins_partner: true };
        let theirs = WriteGains { linked: true, admins_partner: false };
        let outside = WriteGains { linked: false, admins_partner: false };
        assert!(network(partner, own));
        assert!(!network(partner, theirs));
        assert!(!network(coordinator, theirs));
        assert!(!network(nobody, theirs));
        // A coordinator who also administers the partner speaks as its administrator.
        assert!(network(both, own));
        // An outside partner's part is recorded by the coordinator.
        assert!(network(coordinator, outside));
        assert!(!network(partner, outside));
        assert!(!network(nobody, outside));
    }

    #[test]
    fn amounts() {
        assert_eq!(parse_cents("a", "1234").unwrap(), 123_400);
        assert_eq!(parse_cents("a", "1.234,50").unwrap(), 123_450);
        assert_eq!(parse_cents("a", "1,234.50").unwrap(), 123_450);
        assert_eq!(parse_cents("a", "12,5").unwrap(), 1250);
        assert_eq!(parse_cents("a", " 80 € ").unwrap(), 8000);
        assert_eq!(parse_cents("a", "0").unwrap(), 0);
        assert_eq!(parse_cents("a", "1.000.000").unwrap(), 100_000_000);
        assert_eq!(parse_cents("a", "-5").unwrap_err().key, "err-network-amount-negative");
        assert_eq!(parse_cents("a", "").unwrap_err().key, "err-network-amount-missing");
        assert_eq!(parse_cents("a", "99999999999999999999").unwrap_err().key, "err-network-amount");
        assert_eq!(parse_cents("a", "99999999999").unwrap_err().key, "err-network-amount-large");
        for bad in ["zehn", "1e5", "12.", ",", "1,2,3a"] {
            assert!(parse_cents("a", bad).is_err(), "{bad}");
        }
        assert_eq!(format_cents(123_450, "EUR", true), "1.234,50 EUR");
        assert_eq!(format_cents(123_450, "EUR", false), "1,234.50 EUR");
        assert_eq!(format_cents(5, "EUR", true), "0,05 EUR");
        assert_eq!(format_cents(100_000_000, "EUR", true), "1.000.000,00 EUR");
        assert_eq!(parse_currency("c", "").unwrap(), "EUR");
        assert_eq!(parse_currency("c", "chf").unwrap(), "CHF");
        assert!(parse_currency("c", "€").is_err());
        assert!(parse_currency("c", "EURO").is_err());
    }

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn periods_and_months() {
        assert_eq!(parse_period("2027-01-01", "2027-12-31").unwrap(), (d("2027-01-01"), d("2027-12-31")));
        assert_eq!(parse_period("01.01.2027", "01.01.2027").unwrap().1, d("2027-01-01"));
        let e = parse_period("2027-12-31", "2027-01-01").unwrap_err();
        assert_eq!((e[0].field, e[0].key), ("ends_on", "err-network-end-before-start"));
        let e = parse_period("", "morgen").unwrap_err();
        assert_eq!(e.iter().map(|e| e.field).collect::<Vec<_>>(), ["starts_on", "ends_on"]);
        let m = months_from(d("2026-12-02"), 24);
        assert_eq!(m.len(), 24);
        assert_eq!(m[0], d("2026-12-01"));
        assert_eq!(m[1], d("2027-01-01"));
        assert_eq!(m[23], d("2028-11-01"));
        assert_eq!(funded_until(&[d("2027-03-31"), d("2027-06-30")]), Some(d("2027-06-30")));
        assert_eq!(funded_until(&[]), None);
        assert!(funded_in(Some(d("2027-03-31")), d("2027-03-01")));
        assert!(!funded_in(Some(d("2027-03-30")), d("2027-03-01")));
        assert!(!funded_in(None, d("2027-03-01")));
        assert!(funded_in(Some(d("2027-02-28")), d("2027-02-01")));
    }

    #[test]
    fn warnings() {
        let end = d("2027-06-30");
        assert_eq!(warning_due(d("2026-12-29"), end), None);
        assert_eq!(warning_due(d("2026-12-30"), end), Some(6));
        assert_eq!(warning_due(d("2027-03-29"), end), Some(6));
        assert_eq!(warning_due(d("2027-03-30"), end), Some(3));
        assert_eq!(warning_due(d("2027-06-30"), end), Some(3));
        assert_eq!(warning_due(d("2027-07-01"), end), None);
        // The last day of a short month: six months before 31 August is the last of February.
        assert_eq!(warning_due(d("2027-02-28"), d("2027-08-31")), Some(6));
        assert!(loses_money_with(&[end], end));
        assert!(loses_money_with(&[end, d("2027-01-31")], end));
        assert!(!loses_money_with(&[end, d("2027-07-01")], end));
        assert_eq!(Activity::parse("events").unwrap(), Activity::Events);
        assert!(Activity::parse("x").is_err());
        assert_eq!(FundingKind::parse("state_programme").unwrap(), FundingKind::StateProgramme);
    }

    #[test]
    fn the_balance_shows_who_gives_much_and_gets_little() {
        let c = |hours, cents, gets| Contribution { hours, cents, gets };
        let b = balance(&[c(40, 0, Some(0)), c(10, 1_000_000, Some(4)), c(0, 0, None), c(20, 250_000, Some(1))]);
        assert_eq!(b[0], Standing { gives: 100, gets: Some(0) });
        assert!(b[0].uneven());
        assert_eq!(b[1], Standing { gives: 100, gets: Some(100) });
        assert!(!b[1].uneven());
        assert_eq!(b[2], Standing { gives: 0, gets: None });
        assert!(!b[2].uneven());
        assert_eq!(b[3], Standing { gives: 50, gets: Some(25) });
        assert!(b[3].uneven());
        assert!(balance(&[]).is_empty());
        assert_eq!(parse_hours("12").unwrap(), Some(12));
        assert_eq!(parse_hours("").unwrap(), None);
        assert!(parse_hours("-1").is_err());
        assert!(parse_hours("viele").is_err());
        assert_eq!(parse_rating("4").unwrap(), Some(4));
        assert!(parse_rating("5").is_err());
        assert_eq!(parse_optional_cents("money", " ").unwrap(), None);
        assert_eq!(parse_optional_cents("money", "2.500").unwrap(), Some(250_000));
    }

    #[test]
    fn attention() {
        let now = DateTime::parse_from_rfc3339("2026-12-09T09:00:00Z").unwrap().with_timezone(&Utc);
        let w = attention_window(d("2026-12-09"), now);
        assert!(w.ending(d("2026-12-09")));
        assert!(w.ending(d("2027-06-09")));
        assert!(!w.ending(d("2027-06-10")));
        assert!(!w.ending(d("2026-12-08")));
        let year_ago = now - chrono::Duration::days(366);
        assert!(w.stale(None, year_ago));
        assert!(!w.stale(None, now));
        assert!(w.stale(Some(year_ago), now));
        assert!(!w.stale(Some(now - chrono::Duration::days(300)), year_ago));
        assert!(quiet(Activity::Help, &[Activity::Events]));
        assert!(!quiet(Activity::Help, &[Activity::Help]));
        assert!(!quiet(Activity::Other, &[]));
    }

    #[test]
    fn partners() {
        assert_eq!(PartnerKind::parse("municipal").unwrap(), PartnerKind::Municipal);
        assert!(PartnerKind::parse("king").is_err());
        assert!(parse_name("A").is_err());
        assert_eq!(parse_name(" Stadtteilbüro ").unwrap(), "Stadtteilbüro");
        assert_eq!(parse_contact("").unwrap(), "");
    }

    #[test]
    fn who_may_read_comment_and_edit_the_canvas() {
        use CanvasAction::*;
        use CanvasVisibility::*;
        let anyone = Viewer::default();
        let coordinator = Viewer { coordinator: true, partner_admin: false };
        let partner = Viewer { coordinator: false, partner_admin: true };
        // (who, visibility, read, comment, edit)
        let cases = [
            (anyone, Internal, false, false, false),
            (anyone, Shared, false, false, false),
            (anyone, Published, true, false, false),
            (partner, Internal, false, false, false),
            (partner, Shared, true, true, false),
            (partner, Published, true, true, false),
            (coordinator, Internal, true, true, true),
            (coordinator, Shared, true, true, true),
            (coordinator, Published, true, true, true),
        ];
        for (v, vis, read, comment, edit) in cases {
            assert_eq!(canvas(v, vis, Read), read, "{v:?} {vis:?}");
            assert_eq!(canvas(v, vis, Comment), comment, "{v:?} {vis:?}");
            assert_eq!(canvas(v, vis, Edit), edit, "{v:?} {vis:?}");
        }
        assert_eq!(CanvasVisibility::parse("shared").unwrap(), Shared);
        assert!(CanvasVisibility::parse("secret").is_err());
    }

    #[test]
    fn canvas_texts() {
        assert_eq!(parse_social_value("").unwrap_err().key, "err-canvas-social-value");
        assert_eq!(parse_social_value(" Niemand ist allein. ").unwrap(), "Niemand ist allein.");
        assert_eq!(parse_social_value(&"x".repeat(2001)).unwrap_err().key, "err-body-long");
        assert_eq!(parse_canvas_block("resources", "").unwrap(), "");
        assert_eq!(parse_canvas_block("resources", &"x".repeat(2001)).unwrap_err().field, "resources");
        assert!(parse_change_note(&"x".repeat(201)).is_err());
        assert_eq!(parse_canvas_comment(" ").unwrap_err().key, "err-canvas-comment");
    }
}
