//! Calendar files (`quartier_core::feeds::vevent`/`calendar`): whatever
//! people typed into an event, the iCalendar text we serve parses back (with
//! the icalendar crate's parser) to the same texts, after the documented
//! `feeds::clean` (`feeds::clean_url` for the address), and the same times.
#![no_main]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use icalendar::{Calendar, CalendarComponent, Component, DatePerhapsTime, EventLike, EventStatus};
use libfuzzer_sys::fuzz_target;
use quartier_core::feeds::{CalendarEvent, calendar, clean, clean_url, vevent};
use quartier_fuzz::{Input, time};
use uuid::Uuid;

fn opt(s: String) -> Option<String> {
    if s.is_empty() { None } else { Some(s) }
}

// First line: the neighbourhood's time zone, `allday`, `cancelled`, then
// numbers: the start in seconds after 2026-01-01, the length in minutes, the
// id. Then, separated by U+001E: calendar name, instance address, title,
// description, venue, online address, category.
fuzz_target!(|data: &[u8]| {
    let i = Input::parse(data, '\u{1e}');
    let starts = time(i.number(0));
    let e = CalendarEvent {
        id: Uuid::from_u128(u128::from(i.number(2))),
        base: i.field(1),
        title: i.field(2),
        description: i.field(3),
        venue: i.field(4),
        online_url: i.field(5),
        category: i.field(6),
        created: starts - chrono::Duration::days(3),
        updated: starts - chrono::Duration::hours(5),
        starts,
        // At most twenty years long: the app accepts days up to 2200 only, and
        // iCalendar writes four-digit years (an end in year 10106 cannot round-trip).
        ends: starts + chrono::Duration::minutes(i64::from(i.number(1) % (20 * 366 * 24 * 60)) + 1),
        all_day: i.flag("allday"),
        tz: i.zone(),
        cancelled: i.flag("cancelled"),
    };
    let name = i.field(0);
    let ics = calendar(name, [vevent(&e)]).to_string();
    let parsed: Calendar = ics.parse().unwrap_or_else(|err| panic!("{ics:?} does not parse: {err}"));
    assert_eq!(parsed.get_name().map(str::to_string), opt(clean(name)), "{ics:?}");
    let events: Vec<_> = parsed
        .components
        .iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(ev) => Some(ev),
            _ => None,
        })
        .collect();
    assert_eq!(events.len(), 1, "{ics:?}");
    let v = events[0];
    assert_eq!(v.get_summary().map(str::to_string), opt(clean(e.title)), "summary in {ics:?}");
    assert_eq!(v.get_description().map(str::to_string), opt(clean(e.description)), "description in {ics:?}");
    assert_eq!(v.get_location().map(str::to_string), opt(clean(e.location())), "location in {ics:?}");
    let host = e.base.split("://").nth(1).unwrap_or(e.base);
    assert_eq!(v.get_uid().map(str::to_string), opt(clean(&format!("{}@{host}", e.id))), "uid in {ics:?}");
    assert_eq!(v.get_url().map(str::to_string), opt(clean_url(&format!("{}/e/{}", e.base, e.id))), "url in {ics:?}");
    let category = clean(e.category);
    assert_eq!(v.get_categories(), opt(category.clone()).map(|c| vec![c]), "categories in {ics:?}");
    let status = if e.cancelled { EventStatus::Cancelled } else { EventStatus::Confirmed };
    assert_eq!(v.get_status(), Some(status));
    assert_eq!(v.get_last_modified(), Some(e.updated));
    assert_eq!(v.get_created(), Some(e.created));
    if e.all_day {
        assert_eq!(v.get_start(), Some(DatePerhapsTime::Date(e.starts.with_timezone(&e.tz).date_naive())));
        assert_eq!(v.get_end(), Some(DatePerhapsTime::Date(e.ends.with_timezone(&e.tz).date_naive())));
    } else {
        assert_eq!(v.get_start(), Some(DatePerhapsTime::DateTime(icalendar::CalendarDateTime::Utc(e.starts))));
        assert_eq!(v.get_end(), Some(DatePerhapsTime::DateTime(icalendar::CalendarDateTime::Utc(e.ends))));
    }
});
