//! Feeds of an organisation, for the live site and for its export: its
//! news as Atom, its events as iCalendar. Built by `core::feeds`.

use crate::AppState;
use crate::error::AppError;
use crate::views::tz_of;
use chrono::Duration;
use chrono_tz::Tz;
use icalendar::Calendar;
use quartier_core::organisation::LinkStatus;
use quartier_store::entity::{event, organisation};

/// The most events a subscribed calendar feed carries.
pub const FEED_EVENTS: u64 = 1000;

/// The most news posts an organisation's feed carries.
pub const FEED_NEWS: u64 = 50;

pub fn vevent(e: &event::Model, base: &str, tz: Tz) -> icalendar::Event {
    quartier_core::feeds::vevent(&quartier_core::feeds::CalendarEvent {
        id: e.id,
        base,
        title: &e.title,
        description: &e.description,
        venue: &e.venue,
        online_url: &e.online_url,
        category: &e.category,
        created: e.created_at,
        updated: e.updated_at,
        starts: e.starts_at,
        ends: e.ends_at,
        all_day: e.all_day,
        tz,
        cancelled: e.cancelled,
    })
}

pub fn calendar_of(name: &str, events: &[event::Model], base: &str, tz: Tz) -> Calendar {
    quartier_core::feeds::calendar(name, events.iter().map(|e| vevent(e, base, tz)))
}

/// An organisation's public events from a week ago on, in the time zone of
/// its first confirmed neighbourhood; `None` while it is confirmed nowhere.
pub async fn org_calendar(st: &AppState, o: &organisation::Model) -> Result<Option<Calendar>, AppError> {
    let links = st.store.organisation_links(o.id).await?;
    let Some((_, home)) = links.iter().find(|(l, _)| l.status() == LinkStatus::Confirmed) else {
        return Ok(None);
    };
    let events = st.store.organisation_events(o.id, st.store.now() - Duration::days(7), false, FEED_EVENTS).await?;
    Ok(Some(calendar_of(&o.name, &events, &st.config.base_url(), tz_of(Some(home)))))
}

/// An organisation's public news as an Atom document.
pub async fn org_news_feed(st: &AppState, o: &organisation::Model) -> Result<String, AppError> {
    let base = st.config.base_url();
    let posts = st.store.news_of(o.id, false, false, FEED_NEWS).await?;
    let updated = posts.first().map(|p| p.created_at).unwrap_or(o.updated_at);
    let page = format!("{base}/o/{}", o.slug);
    let entries: Vec<quartier_core::feeds::NewsEntry> = posts
        .iter()
        .map(|p| quartier_core::feeds::NewsEntry {
            url: format!("{page}/news/{}", p.id),
            title: p.title.clone(),
            content_html: crate::markdown::to_html(&p.body),
            published: p.created_at,
            updated: p.updated_at,
        })
        .collect();
    Ok(quartier_core::feeds::atom(&quartier_core::feeds::NewsFeed {
        url: &page,
        self_url: &format!("{page}/feed.atom"),
        title: &o.name,
        author: &o.name,
        updated,
        entries: &entries,
    }))
}
