//! Events of the quarter: by an organisation or by a resident. Times are
//! typed in the neighbourhood's local time and stored in UTC; a recurring
//! event becomes one occurrence per date, each computed in local time, so a
//! weekly meeting at 19:00 stays at 19:00 across the change to and from
//! summer time.

use crate::validation::{FieldError, FieldErrors, text};
use chrono::{DateTime, Datelike, Duration, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone, Utc};
pub use chrono_tz::{self, Tz};

/// What an event is about; the calendar filters by it.
pub const CATEGORIES: &[&str] =
    &["culture", "sport", "education", "social", "family", "seniors", "faith", "politics", "environment", "other"];

crate::tagged! {
    /// A person's place at an event: theirs, or on the waiting list.
    pub enum SignupStatus {
        Confirmed = "confirmed",
        /// Moves up, in order, when a place becomes free.
        Waiting = "waiting",
    }
}

/// At most this many occurrences of one recurring event (a year of weeks).
pub const MAX_OCCURRENCES: usize = 53;

pub fn parse_category(raw: &str) -> Result<String, FieldError> {
    let t = raw.trim();
    if CATEGORIES.contains(&t) { Ok(t.to_string()) } else { Err(FieldError::new("category", "err-category")) }
}

pub fn parse_title(raw: &str) -> Result<String, FieldError> {
    text("title", raw, 3, 120, "err-title-short", "err-title-long")
}

pub fn parse_description(raw: &str) -> Result<String, FieldError> {
    text("description", raw, 0, 5000, "err-text-short", "err-body-long")
}

/// A place: name and address of a venue, free text.
pub fn parse_venue(raw: &str) -> Result<String, FieldError> {
    text("venue", raw, 0, 300, "err-text-short", "err-short-long")
}

pub fn parse_cost(raw: &str) -> Result<String, FieldError> {
    text("cost", raw, 0, 100, "err-text-short", "err-cost-long")
}

/// Places for sign-ups: empty means unlimited, otherwise 1 to 10,000.
pub fn parse_capacity(raw: &str) -> Result<Option<i32>, FieldError> {
    let t = raw.trim();
    if t.is_empty() {
        return Ok(None);
    }
    match t.parse::<i64>() {
        Ok(n) if (1..=10_000).contains(&n) => Ok(i32::try_from(n).ok()),
        _ => Err(FieldError::new("capacity", "err-capacity")),
    }
}

/// How an event repeats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Repeat {
    Once,
    Weekly,
    Monthly,
}

impl Repeat {
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        match raw.trim() {
            "" | "once" => Ok(Repeat::Once),
            "weekly" => Ok(Repeat::Weekly),
            "monthly" => Ok(Repeat::Monthly),
            _ => Err(FieldError::new("repeat", "err-repeat")),
        }
    }
}

/// The when of an event form, as typed.
#[derive(Debug, Clone, Default)]
pub struct WhenInput<'a> {
    pub date: &'a str,
    pub start_time: &'a str,
    pub end_date: &'a str,
    pub end_time: &'a str,
    pub all_day: bool,
    pub repeat: &'a str,
    pub repeat_until: &'a str,
}

/// One occurrence, in UTC. All-day events run from local midnight to the
/// midnight after their last day.
pub type Occurrence = (DateTime<Utc>, DateTime<Utc>);

fn parse_day(field: &'static str, raw: &str) -> Result<Option<NaiveDate>, FieldError> {
    crate::validation::day(field, raw)
}

fn parse_clock(field: &'static str, raw: &str) -> Result<Option<NaiveTime>, FieldError> {
    let t = raw.trim();
    if t.is_empty() {
        return Ok(None);
    }
    NaiveTime::parse_from_str(t, "%H:%M").map(Some).map_err(|_| FieldError::new(field, "err-time"))
}

/// The Monday of the week that holds `raw` (a date, as a form or a link
/// gives it), or of the week of `today` when `raw` is empty or no date:
/// a week on the notice board, a week of a resource's calendar.
pub fn monday_of(raw: &str, today: NaiveDate) -> NaiveDate {
    let d = crate::validation::day("week", raw).ok().flatten().unwrap_or(today);
    d - Duration::days(i64::from(d.weekday().num_days_from_monday()))
}

/// Local wall-clock time to UTC. In the autumn hour that happens twice the
/// earlier one is meant; a time in the spring gap moves later by the length
/// of the gap (an hour, mostly; a whole day where a zone skipped one, as
/// Samoa did at the end of 2011), so it is read with the offset in force
/// before the gap.
pub fn local_to_utc(tz: Tz, t: NaiveDateTime) -> DateTime<Utc> {
    match tz.from_local_datetime(&t) {
        LocalResult::Single(d) => d.with_timezone(&Utc),
        LocalResult::Ambiguous(a, _) => a.with_timezone(&Utc),
        LocalResult::None => {
            // No gap is longer than a day, so a day earlier the old offset held.
            let before = t.checked_sub_signed(Duration::days(1)).unwrap_or(t);
            let offset = tz.offset_from_utc_datetime(&before).fix().local_minus_utc();
            let utc = t.checked_sub_signed(Duration::seconds(i64::from(offset))).unwrap_or(t);
            Utc.from_utc_datetime(&utc)
        }
    }
}

/// The month after `d` on the same day, if that day exists there.
fn add_months(d: NaiveDate, months: u32) -> Option<NaiveDate> {
    let m0 = d.month0() + months;
    let year = d.year() + i32::try_from(m0 / 12).ok()?;
    NaiveDate::from_ymd_opt(year, m0 % 12 + 1, d.day())
}

/// Parse the when of an event into its occurrences. `now` rejects events
/// that start in the past (`allow_past` lets an organiser fix the details
/// of an event that is already running).
pub fn parse_when(
    w: &WhenInput<'_>,
    tz: Tz,
    now: DateTime<Utc>,
    allow_past: bool,
) -> Result<Vec<Occurrence>, FieldErrors> {
    let mut e = FieldErrors::new();
    let date = match parse_day("date", w.date) {
        Ok(Some(d)) => Some(d),
        Ok(None) => {
            e.push(FieldError::new("date", "err-date"));
            None
        }
        Err(x) => {
            e.push(x);
            None
        }
    };
    let end_date = e.take(parse_day("end_date", w.end_date)).flatten();
    let (start_time, end_time) = if w.all_day {
        (Some(NaiveTime::MIN), Some(NaiveTime::MIN))
    } else {
        let s = match parse_clock("start_time", w.start_time) {
            Ok(Some(t)) => Some(t),
            Ok(None) => {
                e.push(FieldError::new("start_time", "err-time"));
                None
            }
            Err(x) => {
                e.push(x);
                None
            }
        };
        let end = match parse_clock("end_time", w.end_time) {
            Ok(Some(t)) => Some(t),
            Ok(None) => {
                e.push(FieldError::new("end_time", "err-time"));
                None
            }
            Err(x) => {
                e.push(x);
                None
            }
        };
        (s, end)
    };
    let repeat = e.take(Repeat::parse(w.repeat));
    let until = e.take(parse_day("repeat_until", w.repeat_until)).flatten();
    let (Some(date), Some(st), Some(et), Some(repeat)) = (date, start_time, end_time, repeat) else {
        return Err(e);
    };
    if !e.is_empty() {
        return Err(e);
    }
    let last_day = end_date.unwrap_or(date);
    // Length of one occurrence in local days plus the end time.
    let span_days = (last_day - date).num_days();
    if !(0..=31).contains(&span_days) {
        return Err(FieldError::new("end_date", "err-time-order").into());
    }
    let occurrence = |d: NaiveDate| -> Occurrence {
        let start = local_to_utc(tz, d.and_time(st));
        let end_day = d + Duration::days(span_days);
        let end = if w.all_day {
            local_to_utc(tz, (end_day + Duration::days(1)).and_time(NaiveTime::MIN))
        } else {
            local_to_utc(tz, end_day.and_time(et))
        };
        (start, end)
    };
    let first = occurrence(date);
    if first.1 <= first.0 {
        return Err(FieldError::new("end_time", "err-time-order").into());
    }
    if !allow_past && first.0 < now {
        return Err(FieldError::new("date", "err-date-past").into());
    }
    let today = now.with_timezone(&tz).date_naive();
    if date > today + Duration::days(3 * 366) {
        return Err(FieldError::new("date", "err-date-far").into());
    }
    let mut out = vec![first];
    if repeat != Repeat::Once {
        let Some(until) = until else {
            return Err(FieldError::new("repeat_until", "err-repeat-until").into());
        };
        if until <= date || until > date + Duration::days(366) {
            return Err(FieldError::new("repeat_until", "err-repeat-until").into());
        }
        let mut i: u32 = 1;
        loop {
            let next = match repeat {
                Repeat::Weekly => Some(date + Duration::weeks(i64::from(i))),
                // A month without that day (the 31st) is skipped.
                Repeat::Monthly => add_months(date, i),
                Repeat::Once => None,
            };
            i += 1;
            match next {
                Some(d) if d > until => break,
                Some(d) => out.push(occurrence(d)),
                None if repeat == Repeat::Monthly && i < 14 => continue,
                None => break,
            }
            if out.len() >= MAX_OCCURRENCES {
                break;
            }
        }
    }
    Ok(out)
}

/// The form values of a stored occurrence, in local time.
pub fn when_fields(
    tz: Tz,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    all_day: bool,
) -> (String, String, String, String) {
    let s = start.with_timezone(&tz);
    let e = end.with_timezone(&tz);
    let end_day = if all_day { e.date_naive() - Duration::days(1) } else { e.date_naive() };
    let end_date = if end_day == s.date_naive() { String::new() } else { end_day.format("%Y-%m-%d").to_string() };
    if all_day {
        (s.format("%Y-%m-%d").to_string(), String::new(), end_date, String::new())
    } else {
        (s.format("%Y-%m-%d").to_string(), s.format("%H:%M").to_string(), end_date, e.format("%H:%M").to_string())
    }
}

/// Whether a signup is open: the event needs one, is not over, not cancelled.
pub fn signup_open(signup_required: bool, cancelled: bool, start: DateTime<Utc>, now: DateTime<Utc>) -> bool {
    signup_required && !cancelled && start > now
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use chrono_tz::Europe::Berlin;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 10, 1, 8, 0, 0).unwrap()
    }

    fn when<'a>(date: &'a str, s: &'a str, e: &'a str) -> WhenInput<'a> {
        WhenInput { date, start_time: s, end_time: e, ..Default::default() }
    }

    #[test]
    fn a_single_evening() {
        let o = parse_when(&when("2026-10-20", "19:00", "21:00"), Berlin, now(), false).unwrap();
        assert_eq!(
            o,
            vec![(
                Utc.with_ymd_and_hms(2026, 10, 20, 17, 0, 0).unwrap(),
                Utc.with_ymd_and_hms(2026, 10, 20, 19, 0, 0).unwrap()
            )]
        );
    }

    #[test]
    fn end_before_start_is_refused() {
        let e = parse_when(&when("2026-10-20", "19:00", "18:00"), Berlin, now(), false).unwrap_err();
        assert_eq!(e.get("end_time"), Some("err-time-order"));
        let e = parse_when(
            &WhenInput { end_date: "2026-10-19", ..when("2026-10-20", "19:00", "21:00") },
            Berlin,
            now(),
            false,
        )
        .unwrap_err();
        assert_eq!(e.get("end_date"), Some("err-time-order"));
    }

    #[test]
    fn past_and_garbage_are_refused() {
        let e = parse_when(&when("2026-09-20", "19:00", "21:00"), Berlin, now(), false).unwrap_err();
        assert_eq!(e.get("date"), Some("err-date-past"));
        assert!(parse_when(&when("2026-09-20", "19:00", "21:00"), Berlin, now(), true).is_ok());
        let e = parse_when(&when("gestern", "7 Uhr", ""), Berlin, now(), false).unwrap_err();
        assert_eq!(e.get("date"), Some("err-date"));
        assert_eq!(e.get("start_time"), Some("err-time"));
        assert_eq!(e.get("end_time"), Some("err-time"));
    }

    #[test]
    fn weekly_keeps_local_time_across_the_change_to_winter_time() {
        // Summer time ends on Sunday 25 October 2026.
        let w = WhenInput { repeat: "weekly", repeat_until: "2026-11-05", ..when("2026-10-15", "19:00", "20:30") };
        let o = parse_when(&w, Berlin, now(), false).unwrap();
        assert_eq!(o.len(), 4);
        for (s, e) in &o {
            assert_eq!(s.with_timezone(&Berlin).format("%H:%M").to_string(), "19:00");
            assert_eq!(e.with_timezone(&Berlin).format("%H:%M").to_string(), "20:30");
        }
        assert_eq!(o[1].0, Utc.with_ymd_and_hms(2026, 10, 22, 17, 0, 0).unwrap());
        assert_eq!(o[2].0, Utc.with_ymd_and_hms(2026, 10, 29, 18, 0, 0).unwrap());
    }

    #[test]
    fn weekly_keeps_local_time_across_the_change_to_summer_time() {
        // Summer time begins on Sunday 28 March 2027.
        let w = WhenInput { repeat: "weekly", repeat_until: "2027-04-01", ..when("2027-03-18", "10:00", "11:00") };
        let o = parse_when(&w, Berlin, now(), false).unwrap();
        assert_eq!(o[0].0, Utc.with_ymd_and_hms(2027, 3, 18, 9, 0, 0).unwrap());
        assert_eq!(o[2].0, Utc.with_ymd_and_hms(2027, 4, 1, 8, 0, 0).unwrap());
    }

    #[test]
    fn an_evening_over_the_changeover_night_is_right() {
        // 25 Oct 2026, 01:00–04:00 local is four real hours: 02:00–03:00 happens twice.
        let o = parse_when(&when("2026-10-25", "01:00", "04:00"), Berlin, now(), false).unwrap();
        assert_eq!(o[0].1 - o[0].0, Duration::hours(4));
        // A time in the spring gap (02:30 does not exist) moves an hour later.
        let o = parse_when(&when("2027-03-28", "02:30", "05:00"), Berlin, now(), false).unwrap();
        assert_eq!(o[0].0, Utc.with_ymd_and_hms(2027, 3, 28, 1, 30, 0).unwrap());
    }

    #[test]
    fn monthly_skips_months_without_the_day() {
        let w = WhenInput { repeat: "monthly", repeat_until: "2027-04-30", ..when("2026-10-31", "15:00", "16:00") };
        let o = parse_when(&w, Berlin, now(), false).unwrap();
        let days: Vec<String> = o.iter().map(|(s, _)| s.with_timezone(&Berlin).format("%m-%d").to_string()).collect();
        assert_eq!(days, ["10-31", "12-31", "01-31", "03-31"]);
    }

    #[test]
    fn repeat_needs_an_end_within_a_year() {
        let w = WhenInput { repeat: "weekly", ..when("2026-10-15", "19:00", "20:00") };
        let e = parse_when(&w, Berlin, now(), false).unwrap_err();
        assert_eq!(e.get("repeat_until"), Some("err-repeat-until"));
        let w = WhenInput { repeat: "weekly", repeat_until: "2028-10-15", ..when("2026-10-15", "19:00", "20:00") };
        assert!(parse_when(&w, Berlin, now(), false).is_err());
        let w = WhenInput { repeat: "daily", ..when("2026-10-15", "19:00", "20:00") };
        assert_eq!(parse_when(&w, Berlin, now(), false).unwrap_err().get("repeat"), Some("err-repeat"));
    }

    #[test]
    fn a_time_in_a_skipped_day_moves_past_it() {
        // Samoa skipped 30 December 2011, going from UTC−10 to UTC+14. An
        // all-day event on the 29th ends at the midnight after it, which did
        // not happen there: it ends when the 31st begins (found by fuzzing;
        // it used to end at 14:00 on the 29th).
        let apia = chrono_tz::Pacific::Apia;
        let w = WhenInput { all_day: true, ..when("2011-12-29", "", "") };
        let o = parse_when(&w, apia, now(), true).unwrap();
        assert_eq!(o[0].0, Utc.with_ymd_and_hms(2011, 12, 29, 10, 0, 0).unwrap());
        assert_eq!(o[0].1, Utc.with_ymd_and_hms(2011, 12, 30, 10, 0, 0).unwrap());
        assert_eq!(o[0].1.with_timezone(&apia).format("%Y-%m-%d %H:%M").to_string(), "2011-12-31 00:00");
        // Its form values read back to the same times.
        let (date, _, end_date, _) = when_fields(apia, o[0].0, o[0].1, true);
        let again = WhenInput { all_day: true, end_date: &end_date, ..when(&date, "", "") };
        assert_eq!(parse_when(&again, apia, now(), true).unwrap(), o);
    }

    #[test]
    fn all_day_runs_from_midnight_to_midnight() {
        let w = WhenInput { all_day: true, end_date: "2026-10-25", ..when("2026-10-24", "", "") };
        let o = parse_when(&w, Berlin, now(), false).unwrap();
        assert_eq!(o[0].0, Utc.with_ymd_and_hms(2026, 10, 23, 22, 0, 0).unwrap());
        // Midnight after the 25th is winter time already.
        assert_eq!(o[0].1, Utc.with_ymd_and_hms(2026, 10, 25, 23, 0, 0).unwrap());
        assert_eq!(
            when_fields(Berlin, o[0].0, o[0].1, true),
            ("2026-10-24".into(), String::new(), "2026-10-25".into(), String::new())
        );
    }

    #[test]
    fn capacity() {
        assert_eq!(parse_capacity(""), Ok(None));
        assert_eq!(parse_capacity(" 12 "), Ok(Some(12)));
        assert!(parse_capacity("0").is_err());
        assert!(parse_capacity("-3").is_err());
        assert!(parse_capacity("zwölf").is_err());
        assert!(parse_capacity("99999999999999999999").is_err());
    }

    #[test]
    fn signups_close_at_the_start() {
        let start = Utc.with_ymd_and_hms(2026, 10, 20, 17, 0, 0).unwrap();
        assert!(signup_open(true, false, start, now()));
        assert!(!signup_open(true, true, start, now()));
        assert!(!signup_open(false, false, start, now()));
        assert!(!signup_open(true, false, now(), start));
    }
}
