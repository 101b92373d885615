//! Calendar files (iCalendar) and news feeds (Atom), built from plain data.
//!
//! Both formats are read by programs of other people, so what we write must
//! parse back to what was typed. Neither format can carry every character:
//! iCalendar text and XML 1.0 have no room for control characters, and XML
//! turns a line break written as CR LF or CR into LF when it is read. So
//! every text goes through [`clean`] first: line breaks become LF, tabs stay,
//! other control characters (which the forms never let in) and the two
//! non-characters U+FFFE and U+FFFF are dropped. A text comes back from a
//! reader as `clean(text)`. An address (an event's URL, an Atom link) goes
//! through [`clean_url`] instead: iCalendar does not escape addresses and
//! XML readers turn tabs and line breaks in attributes into spaces. Empty
//! texts are left out.

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use icalendar::{Calendar, Component, EventLike, EventStatus, Property};
use uuid::Uuid;

/// The text as both formats can carry it; see the module documentation.
pub fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            '\n' | '\t' => out.push(c),
            '\u{FFFE}' | '\u{FFFF}' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// An address as both formats can carry it: [`clean`], with tabs and line
/// breaks (which no real address has) percent-encoded.
pub fn clean_url(url: &str) -> String {
    clean(url).replace('\t', "%09").replace('\n', "%0A")
}

/// One event as written to a calendar file.
#[derive(Debug, Clone)]
pub struct CalendarEvent<'a> {
    pub id: Uuid,
    /// The instance's address (`https://quartier.example.org`): the event's
    /// page is `{base}/e/{id}`, its UID `{id}@{host}`.
    pub base: &'a str,
    pub title: &'a str,
    /// Markdown as typed; left out when empty.
    pub description: &'a str,
    /// The place; where it is empty, the online address is the location.
    pub venue: &'a str,
    pub online_url: &'a str,
    pub category: &'a str,
    pub created: DateTime<Utc>,
    pub updated: DateTime<Utc>,
    pub starts: DateTime<Utc>,
    pub ends: DateTime<Utc>,
    /// All-day events are written as dates in the neighbourhood's time zone
    /// `tz` (the end date is the day after the last one, as iCalendar wants).
    pub all_day: bool,
    pub tz: Tz,
    pub cancelled: bool,
}

impl CalendarEvent<'_> {
    /// The host part of `base`, which makes the UID unique across instances.
    fn host(&self) -> &str {
        self.base.split("://").nth(1).unwrap_or(self.base)
    }

    /// Where the event happens: the venue, or else the online address.
    pub fn location(&self) -> &str {
        if self.venue.is_empty() { self.online_url } else { self.venue }
    }
}

/// One event as an iCalendar component. Times are written in UTC, which
/// every calendar converts correctly across summer time.
pub fn vevent(e: &CalendarEvent<'_>) -> icalendar::Event {
    let mut v = icalendar::Event::new();
    v.uid(&clean(&format!("{}@{}", e.id, e.host())))
        .timestamp(e.updated)
        .last_modified(e.updated)
        .created(e.created)
        .url(&clean_url(&format!("{}/e/{}", e.base, e.id)));
    let title = clean(e.title);
    if !title.is_empty() {
        v.summary(&title);
    }
    let description = clean(e.description);
    if !description.is_empty() {
        v.description(&description);
    }
    let place = clean(e.location());
    if !place.is_empty() {
        v.location(&place);
    }
    if e.all_day {
        v.starts(e.starts.with_timezone(&e.tz).date_naive()).ends(e.ends.with_timezone(&e.tz).date_naive());
    } else {
        v.starts(e.starts).ends(e.ends);
    }
    let category = clean(e.category);
    if !category.is_empty() {
        v.categories([category]);
    }
    v.status(if e.cancelled { EventStatus::Cancelled } else { EventStatus::Confirmed });
    v.done()
}

/// A calendar to subscribe to, named `name`, that asks to be refreshed hourly.
pub fn calendar(name: &str, events: impl IntoIterator<Item = icalendar::Event>) -> Calendar {
    let mut cal = Calendar::new();
    let name = clean(name);
    if !name.is_empty() {
        // Not `Calendar::name`: the icalendar crate does not know `NAME`
        // (RFC 7986) as text and writes it unescaped, so a line break in a
        // name would start a property of its own. Marked as text, it is
        // escaped on writing and unescaped on reading.
        cal.append_property(Property::new("NAME", &name).add_parameter("VALUE", "TEXT").done());
        cal.append_property(Property::new("X-WR-CALNAME", &name));
    }
    cal.ttl(&Duration::hours(1));
    for e in events {
        cal.push(e);
    }
    cal.done()
}

/// One news post in a feed.
#[derive(Debug, Clone)]
pub struct NewsEntry {
    /// The post's page, also its id.
    pub url: String,
    pub title: String,
    /// The post rendered to safe HTML.
    pub content_html: String,
    pub published: DateTime<Utc>,
    pub updated: DateTime<Utc>,
}

/// The news of an organisation as a feed.
#[derive(Debug, Clone)]
pub struct NewsFeed<'a> {
    /// The organisation's page, also the feed's id.
    pub url: &'a str,
    /// Where the feed itself is served.
    pub self_url: &'a str,
    pub title: &'a str,
    pub author: &'a str,
    pub updated: DateTime<Utc>,
    pub entries: &'a [NewsEntry],
}

/// The feed as an Atom document.
pub fn atom(f: &NewsFeed<'_>) -> String {
    use atom_syndication as atom;
    let entries = f
        .entries
        .iter()
        .map(|p| atom::Entry {
            id: clean(&p.url),
            title: atom::Text::plain(clean(&p.title)),
            updated: p.updated.fixed_offset(),
            published: Some(p.published.fixed_offset()),
            links: vec![atom::Link { href: clean_url(&p.url), ..Default::default() }],
            content: Some(atom::Content {
                value: Some(clean(&p.content_html)),
                content_type: Some("html".into()),
                ..Default::default()
            }),
            ..Default::default()
        })
        .collect();
    let feed = atom::Feed {
        id: clean(f.url),
        title: atom::Text::plain(clean(f.title)),
        updated: f.updated.fixed_offset(),
        links: vec![
            atom::Link { href: clean_url(f.url), ..Default::default() },
            atom::Link { href: clean_url(f.self_url), rel: "self".into(), ..Default::default() },
        ],
        authors: vec![atom::Person { name: clean(f.author), ..Default::default() }],
        entries,
        ..Default::default()
    };
    feed.to_string()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn clean_keeps_text_and_normalises_line_breaks() {
        assert_eq!(clean("Fest im Hof\r\nab 15 Uhr\rmit\tKuchen"), "Fest im Hof\nab 15 Uhr\nmit\tKuchen");
        assert_eq!(clean("a\u{0}b\u{1b}c\u{7f}d\u{FFFF}"), "abcd");
        assert_eq!(clean("Grüße, \"Nachbarn\" & <Freunde>"), "Grüße, \"Nachbarn\" & <Freunde>");
        assert_eq!(clean_url("https://x.example/a\tb\r\n"), "https://x.example/a%09b%0A");
    }

    fn event<'a>() -> CalendarEvent<'a> {
        let t = Utc.with_ymd_and_hms(2026, 10, 20, 17, 0, 0).unwrap();
        CalendarEvent {
            id: Uuid::nil(),
            base: "https://quartier.example.org",
            title: "Hoffest",
            description: "",
            venue: "",
            online_url: "https://meet.example.org/x",
            category: "culture",
            created: t,
            updated: t,
            starts: t,
            ends: t + Duration::hours(2),
            all_day: false,
            tz: chrono_tz::Europe::Berlin,
            cancelled: false,
        }
    }

    #[test]
    fn vevent_writes_uid_url_and_place() {
        let ics = calendar("Nordstadt", [vevent(&event())]).to_string();
        assert!(ics.contains("UID:00000000-0000-0000-0000-000000000000@quartier.example.org"), "{ics}");
        assert!(ics.contains("LOCATION:https://meet.example.org/x"), "{ics}");
        assert!(ics.contains("DTSTART:20261020T170000Z"), "{ics}");
        assert!(!ics.contains("DESCRIPTION"), "{ics}");
        let ics = calendar("N", [vevent(&CalendarEvent { all_day: true, venue: "Hof", ..event() })]).to_string();
        assert!(ics.contains("DTSTART;VALUE=DATE:20261020"), "{ics}");
        assert!(ics.contains("LOCATION:Hof"), "{ics}");
    }

    #[test]
    fn a_line_break_in_a_calendar_name_starts_no_property() {
        // Found by fuzzing: `NAME` used to be written unescaped, so a name
        // could add properties or whole events to every subscriber's calendar.
        let ics = calendar("Verein\nBEGIN:VEVENT\r\nSUMMARY:Falsch", [vevent(&event())]).to_string();
        assert_eq!(ics.lines().filter(|l| l.starts_with("BEGIN:VEVENT")).count(), 1, "{ics}");
        assert!(!ics.lines().any(|l| l.starts_with("SUMMARY:Falsch")), "{ics}");
        assert!(ics.contains("NAME;VALUE=TEXT:Verein\\nBEGIN:VEVENT\\nSUMMARY:Falsch"), "{ics}");
    }

    #[test]
    fn atom_has_self_link_and_entries() {
        let t = Utc.with_ymd_and_hms(2026, 10, 20, 17, 0, 0).unwrap();
        let entries = [NewsEntry {
            url: "https://q.example.org/o/verein/news/1".into(),
            title: "Neu & wichtig".into(),
            content_html: "<p>Hallo</p>".into(),
            published: t,
            updated: t,
        }];
        let xml = atom(&NewsFeed {
            url: "https://q.example.org/o/verein",
            self_url: "https://q.example.org/o/verein/feed.atom",
            title: "Verein",
            author: "Verein",
            updated: t,
            entries: &entries,
        });
        assert!(xml.contains("rel=\"self\""), "{xml}");
        assert!(xml.contains("Neu &amp; wichtig"), "{xml}");
    }
}
