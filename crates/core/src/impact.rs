//! The impact report (*Wirkungsbericht*): what happened in a neighbourhood
//! during a period, counted from the platform's own data and compared with
//! the period of the same length before it.
//!
//! Everything here is pure: the period and its presets, the threshold that
//! keeps small counts from singling anybody out, the comparison that must
//! not undo it, and who may see and do what with a report.

use crate::neighbourhood::{MembershipStatus, Role};
use crate::policy::Actor;
use crate::validation::{FieldError, FieldErrors, day};
use chrono::offset::LocalResult;
use chrono::{DateTime, Datelike, Days, Months, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

/// Counts below this are shown as "fewer than 5", everywhere a figure goes
/// (page, CSV, JSON, published report).
pub const THRESHOLD: u64 = 5;

/// The longest period a report covers (a little more than three years),
/// so the comparison period stays inside the dates anyone can type.
pub const MAX_DAYS: i64 = 3 * 366;

crate::tagged! {
    /// One figure of the report, in the order the report shows them. The
    /// tag is its name in the CSV and the JSON.
    pub enum Metric {
        /// Verified members at the end of the period.
        Members = "members",
        /// Members verified during the period.
        NewMembers = "new_members",
        /// Help requests posted during the period.
        HelpRequests = "help_requests",
        /// Of those, the ones a neighbour answered.
        HelpAnswered = "help_answered",
        /// Help requests marked done during the period.
        HelpDone = "help_done",
        /// Hours of help done during the period (requests and offers).
        HelpHours = "help_hours",
        /// Hours booked in the time bank during the period.
        TimeCredits = "time_credit_hours",
        /// Sessions of digital mentors with those they help, held during
        /// the period.
        MentoringSessions = "mentoring_sessions",
        /// Events of the quarter that took place (a series counts each date).
        Events = "events",
        /// Sign-ups for those events.
        Attendance = "attendance",
        /// Organisations confirmed in the quarter at the end of the period.
        Organisations = "organisations",
        /// News the organisations published.
        OrgNews = "organisation_news",
        /// Events the organisations held.
        OrgEvents = "organisation_events",
        /// Groups with at least one post during the period.
        GroupsActive = "groups_active",
        /// Co-production proposals decided during the period.
        Decisions = "coproduction_decisions",
        /// Things members of peer-learning groups wrote down as learnt
        /// during the period.
        Learnt = "learnt",
        /// Bookings of the shared pool (rooms, equipment, vehicles) that
        /// the owner confirmed and that began during the period.
        PoolLent = "pool_lent",
        /// Easy-language texts approved by a reader during the period.
        EasyChecked = "easy_checked",
        /// People reached through the printed notice board, as counted by
        /// the coordinator (the one typed number).
        NoticeBoard = "notice_board_reach",
    }
}

impl Metric {
    /// The section of the report a figure belongs to.
    pub fn section(self) -> Section {
        use Metric::*;
        match self {
            Members | NewMembers | NoticeBoard => Section::People,
            HelpRequests | HelpAnswered | HelpDone | HelpHours | TimeCredits | MentoringSessions => Section::Help,
            Events | Attendance => Section::Events,
            Organisations | OrgNews | OrgEvents | GroupsActive | PoolLent => Section::Organisations,
            Decisions | Learnt | EasyChecked => Section::Participation,
        }
    }
}

crate::tagged! {
    /// The sections of the report, each with its chart.
    pub enum Section {
        People = "people",
        Help = "help",
        Events = "events",
        Organisations = "organisations",
        Participation = "participation",
    }
}

/// A figure as it may be shown: exact from [`THRESHOLD`] on, otherwise
/// only "fewer than 5".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    FewerThan,
    Exact(u64),
}

impl Shown {
    /// The one place a count becomes showable.
    pub fn of(n: u64) -> Shown {
        if n < THRESHOLD { Shown::FewerThan } else { Shown::Exact(n) }
    }

    pub fn exact(self) -> Option<u64> {
        match self {
            Shown::Exact(n) => Some(n),
            Shown::FewerThan => None,
        }
    }
}

/// A figure of this period next to the same figure of the period before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Comparison {
    pub metric: Metric,
    pub now: Shown,
    pub before: Shown,
    /// The difference, only when both figures are shown exactly: a
    /// difference next to "fewer than 5" would give the hidden number away.
    pub change: Option<i64>,
}

impl Comparison {
    pub fn of(metric: Metric, now: u64, before: u64) -> Comparison {
        let (now, before) = (Shown::of(now), Shown::of(before));
        let change = match (now, before) {
            (Shown::Exact(a), Shown::Exact(b)) => Some(a as i64 - b as i64),
            _ => None,
        };
        Comparison { metric, now, before, change }
    }
}

/// A period of whole days in the neighbourhood's time zone, both ends
/// included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

crate::tagged! {
    /// The periods offered with one click.
    pub enum Preset {
        LastMonth = "last_month",
        LastQuarter = "last_quarter",
        LastYear = "last_year",
    }
}

impl Period {
    /// From the form: both dates, the end not before the start, at most
    /// [`MAX_DAYS`] long.
    pub fn parse(from: &str, to: &str) -> Result<Period, FieldErrors> {
        let mut errors = FieldErrors::new();
        let f = errors.take(day("from", from).and_then(|d| d.ok_or(FieldError::new("from", "err-date"))));
        let t = errors.take(day("to", to).and_then(|d| d.ok_or(FieldError::new("to", "err-date"))));
        let (Some(from), Some(to)) = (f, t) else { return Err(errors) };
        if to < from {
            return Err(FieldError::new("to", "err-impact-end-before-start").into());
        }
        let p = Period { from, to };
        if p.days() > MAX_DAYS {
            return Err(FieldError::new("to", "err-impact-too-long").into());
        }
        Ok(p)
    }

    /// The number of days, both ends counted.
    pub fn days(self) -> i64 {
        (self.to - self.from).num_days() + 1
    }

    /// The period of the same length that ends the day before this starts.
    pub fn previous(self) -> Period {
        let len = self.days() as u64;
        let to = self.from.checked_sub_days(Days::new(1)).unwrap_or(self.from);
        let from = self.from.checked_sub_days(Days::new(len)).unwrap_or(self.from);
        Period { from, to }
    }

    /// The preset period seen from `today` (a day in the neighbourhood's
    /// time zone): the last complete month, quarter or year.
    pub fn preset(p: Preset, today: NaiveDate) -> Period {
        let first_of_month = today.with_day(1).unwrap_or(today);
        match p {
            Preset::LastMonth => {
                let from = first_of_month.checked_sub_months(Months::new(1)).unwrap_or(first_of_month);
                Period { from, to: first_of_month.pred_opt().unwrap_or(first_of_month) }
            }
            Preset::LastQuarter => {
                let q_month = (today.month0() / 3) * 3 + 1;
                let q_start = today.with_day(1).and_then(|d| d.with_month(q_month)).unwrap_or(today);
                let from = q_start.checked_sub_months(Months::new(3)).unwrap_or(q_start);
                Period { from, to: q_start.pred_opt().unwrap_or(q_start) }
            }
            Preset::LastYear => {
                let y = today.year() - 1;
                let from = NaiveDate::from_ymd_opt(y, 1, 1).unwrap_or(today);
                let to = NaiveDate::from_ymd_opt(y, 12, 31).unwrap_or(today);
                Period { from, to }
            }
        }
    }

    /// The period as instants: from midnight of its first day to midnight
    /// after its last, in the time zone `tz` (the end excluded).
    pub fn bounds(self, tz: Tz) -> (DateTime<Utc>, DateTime<Utc>) {
        let after = self.to.succ_opt().unwrap_or(self.to);
        (midnight(self.from, tz), midnight(after, tz))
    }

    /// Whether two periods share a day.
    pub fn overlaps(self, other: Period) -> bool {
        self.from <= other.to && other.from <= self.to
    }
}

/// A neighbourhood's time zone by its name; Berlin when it is unknown.
pub fn zone(name: &str) -> Tz {
    name.parse().unwrap_or(chrono_tz::Europe::Berlin)
}

/// The first instant of a day in `tz` (where midnight is skipped by a
/// change of clocks, the first that exists).
fn midnight(d: NaiveDate, tz: Tz) -> DateTime<Utc> {
    let naive = d.and_time(NaiveTime::MIN);
    match tz.from_local_datetime(&naive) {
        LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => t.with_timezone(&Utc),
        LocalResult::None => tz
            .from_local_datetime(&(naive + chrono::Duration::hours(1)))
            .earliest()
            .map(|t| t.with_timezone(&Utc))
            .unwrap_or_else(|| naive.and_utc()),
    }
}

/// The people reached through the printed notice board, as typed: a whole
/// number from 0 to a million.
pub fn parse_reach(raw: &str) -> Result<u64, FieldError> {
    raw.trim().parse::<u64>().ok().filter(|n| *n <= 1_000_000).ok_or(FieldError::new("people", "err-impact-people"))
}

/// Actions on a neighbourhood's impact report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImpactAction {
    /// See the report for any period before it is published, download it.
    ViewReport,
    /// Enter the people reached through the printed notice board.
    CountNoticeBoard,
    /// Publish the report of a period on the neighbourhood's page.
    Publish,
    /// Read a published report.
    ViewPublished,
}

/// The permission rule for impact reports. The figures are counts above a
/// threshold, never a person's data, so besides the coordinators the
/// operator may look at them (to help a quarter with its report); only a
/// coordinator enters numbers and publishes. A published report is public.
pub fn impact(actor: &Actor, action: ImpactAction) -> bool {
    let coordinator = matches!(actor.membership, Some((Role::Coordinator, MembershipStatus::Verified)));
    match action {
        ImpactAction::ViewReport => coordinator || (actor.logged_in && actor.operator),
        ImpactAction::CountNoticeBoard | ImpactAction::Publish => coordinator,
        ImpactAction::ViewPublished => true,
    }
}

/// The bars of a chart: each figure's bar as a share (0–100) of the
/// largest figure shown exactly in the chart. A figure below the threshold
/// gets no bar at all, so its length cannot give it away.
pub fn bar_widths(values: &[Shown]) -> Vec<Option<u32>> {
    let max = values.iter().filter_map(|v| v.exact()).max().unwrap_or(0);
    values
        .iter()
        .map(|v| {
            v.exact()
                .map(|n| (n.saturating_mul(100).saturating_add(max / 2)).checked_div(max).unwrap_or(0).min(100) as u32)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn small_counts_are_never_shown() {
        for n in 0..5 {
            assert_eq!(Shown::of(n), Shown::FewerThan, "{n}");
        }
        assert_eq!(Shown::of(5), Shown::Exact(5));
        assert_eq!(Shown::of(7), Shown::Exact(7));
        assert_eq!(Shown::of(12345), Shown::Exact(12345));
    }

    #[test]
    fn a_difference_never_gives_a_hidden_count_away() {
        let c = Comparison::of(Metric::HelpDone, 7, 3);
        assert_eq!((c.now, c.before, c.change), (Shown::Exact(7), Shown::FewerThan, None));
        let c = Comparison::of(Metric::HelpDone, 2, 9);
        assert_eq!((c.now, c.before, c.change), (Shown::FewerThan, Shown::Exact(9), None));
        let c = Comparison::of(Metric::HelpDone, 4, 4);
        assert_eq!(c.change, None);
        let c = Comparison::of(Metric::HelpDone, 12, 5);
        assert_eq!(c.change, Some(7));
        let c = Comparison::of(Metric::HelpDone, 5, 12);
        assert_eq!(c.change, Some(-7));
        // Whatever the two counts, a change is shown only beside two exact
        // figures, so it never reveals what either hides.
        for a in 0..20 {
            for b in 0..20 {
                let c = Comparison::of(Metric::Events, a, b);
                if c.change.is_some() {
                    assert!(a >= THRESHOLD && b >= THRESHOLD);
                }
            }
        }
    }

    #[test]
    fn bars_hide_small_counts_too() {
        let w = bar_widths(&[Shown::Exact(10), Shown::FewerThan, Shown::Exact(5), Shown::Exact(0)]);
        assert_eq!(w, vec![Some(100), None, Some(50), Some(0)]);
        assert_eq!(bar_widths(&[Shown::FewerThan]), vec![None]);
    }

    #[test]
    fn periods_are_parsed_with_their_field() {
        let p = Period::parse("2026-11-01", "30.11.2026").unwrap();
        assert_eq!((p.from, p.to, p.days()), (d("2026-11-01"), d("2026-11-30"), 30));
        assert_eq!(
            Period::parse("2026-11-30", "2026-11-01").unwrap_err().get("to"),
            Some("err-impact-end-before-start")
        );
        let e = Period::parse("gestern", "").unwrap_err();
        assert_eq!(e.get("from"), Some("err-date"));
        assert_eq!(e.get("to"), Some("err-date"));
        assert_eq!(Period::parse("2020-01-01", "2026-01-01").unwrap_err().get("to"), Some("err-impact-too-long"));
        assert!(Period::parse("2026-12-09", "2026-12-09").is_ok());
        assert_eq!(Period::parse("1900-01-01", "1900-01-02").unwrap().previous().from, d("1899-12-30"));
    }

    #[test]
    fn the_previous_period_has_the_same_length() {
        let p = Period { from: d("2026-10-01"), to: d("2026-12-31") };
        assert_eq!(p.previous(), Period { from: d("2026-07-01"), to: d("2026-09-30") });
        let one = Period { from: d("2026-03-01"), to: d("2026-03-01") };
        assert_eq!(one.previous(), Period { from: d("2026-02-28"), to: d("2026-02-28") });
    }

    #[test]
    fn presets_are_the_last_complete_ones() {
        let today = d("2026-12-09");
        assert_eq!(Period::preset(Preset::LastMonth, today), Period { from: d("2026-11-01"), to: d("2026-11-30") });
        assert_eq!(Period::preset(Preset::LastQuarter, today), Period { from: d("2026-07-01"), to: d("2026-09-30") });
        assert_eq!(Period::preset(Preset::LastYear, today), Period { from: d("2025-01-01"), to: d("2025-12-31") });
        let jan = d("2027-01-15");
        assert_eq!(Period::preset(Preset::LastMonth, jan), Period { from: d("2026-12-01"), to: d("2026-12-31") });
        assert_eq!(Period::preset(Preset::LastQuarter, jan), Period { from: d("2026-10-01"), to: d("2026-12-31") });
    }

    #[test]
    fn bounds_are_local_midnights() {
        let p = Period { from: d("2026-03-01"), to: d("2026-03-31") };
        let (s, e) = p.bounds(chrono_tz::Europe::Berlin);
        assert_eq!(s.to_rfc3339(), "2026-02-28T23:00:00+00:00");
        // Summer time began on 29 March.
        assert_eq!(e.to_rfc3339(), "2026-03-31T22:00:00+00:00");
    }

    #[test]
    fn overlapping_periods() {
        let nov = Period { from: d("2026-11-01"), to: d("2026-11-30") };
        let dec = Period { from: d("2026-12-01"), to: d("2026-12-31") };
        let q4 = Period { from: d("2026-10-01"), to: d("2026-12-31") };
        assert!(!nov.overlaps(dec));
        assert!(nov.overlaps(q4) && q4.overlaps(dec));
    }

    #[test]
    fn reach_is_a_plain_number() {
        assert_eq!(parse_reach(" 120 "), Ok(120));
        assert_eq!(parse_reach("0"), Ok(0));
        for bad in ["", "-3", "1.5", "viele", "1000001"] {
            assert_eq!(parse_reach(bad).unwrap_err().key, "err-impact-people", "{bad}");
        }
    }

    #[test]
    fn who_sees_the_report() {
        use ImpactAction::*;
        let member = |role, status| Actor { logged_in: true, operator: false, membership: Some((role, status)) };
        let anonymous = Actor::anonymous();
        let operator = Actor { logged_in: true, operator: true, membership: None };
        let coordinator = member(Role::Coordinator, MembershipStatus::Verified);
        let pending_coordinator = member(Role::Coordinator, MembershipStatus::Pending);
        let moderator = member(Role::Moderator, MembershipStatus::Verified);
        let resident = member(Role::Resident, MembershipStatus::Verified);
        for (who, a, view, count, publish) in [
            ("anonymous", anonymous, false, false, false),
            ("resident", resident, false, false, false),
            ("moderator", moderator, false, false, false),
            ("pending coordinator", pending_coordinator, false, false, false),
            ("coordinator", coordinator, true, true, true),
            ("operator", operator, true, false, false),
        ] {
            assert_eq!(impact(&a, ViewReport), view, "{who}");
            assert_eq!(impact(&a, CountNoticeBoard), count, "{who}");
            assert_eq!(impact(&a, Publish), publish, "{who}");
            assert!(impact(&a, ViewPublished), "{who}");
        }
    }
}
