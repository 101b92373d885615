//! The pages of this capability: one typed struct per template in `templates/events/`.

use crate::ctx::Ctx;
use crate::views::{Choice, EasyView, EventCard, HintView, NbView};
use askama::Template;
use quartier_core::FieldErrors;

pub struct CalendarDay {
    pub iso: String,
    pub label: String,
    pub day: u32,
    pub in_month: bool,
    pub today: bool,
    /// Its first events: `MONTH_DAY_EVENTS` at most in the month grid,
    /// `LIST_EVENTS` on a day's own page.
    pub events: Vec<EventCard>,
    /// How many more the day has than it shows (month grid and day page).
    pub more: u64,
    /// In the month grid the link to them, short ("3 weitere") …; on a
    /// day's page the sentence saying how many are left out.
    pub more_text: String,
    /// … and, in the grid only, the rest of the link's sentence for screen
    /// readers ("Termine am Donnerstag, 12. März 2027").
    pub more_rest: String,
}

/// The one day a calendar shows (`?day=`), with its neighbours.
pub struct OneDay {
    pub iso: String,
    pub label: String,
    pub prev: String,
    pub next: String,
}

#[derive(Template)]
#[template(path = "events/calendar.html")]
pub struct CalendarPage {
    pub ctx: Ctx,
    pub notice: Option<String>,
    pub n: NbView,
    pub member: bool,
    pub month_view: bool,
    /// Set when the calendar shows one day.
    pub day: Option<OneDay>,
    pub month: String,
    pub month_label: String,
    pub prev: String,
    pub next: String,
    pub days: Vec<CalendarDay>,
    pub weekdays: Vec<String>,
    pub categories: Vec<Choice>,
    pub category: String,
    /// The organisations confirmed here, by id.
    pub orgs: Vec<Choice>,
    pub organisation: String,
    pub step_free: bool,
    pub hearing_loop: bool,
    /// The filters as a query string for the month links.
    pub filters: String,
    pub feed_url: String,
    pub webcal_url: String,
    /// The reader's upcoming sign-ups.
    pub mine: Vec<SignupRow>,
}

/// An event the reader signed up for.
pub struct SignupRow {
    /// Event id.
    pub id: String,
    pub title: String,
    pub when: String,
    /// On the waiting list rather than with a place.
    pub waiting: bool,
}

#[derive(Template)]
#[template(path = "events/event.html")]
pub struct EventPage {
    pub ctx: Ctx,
    pub notice: Option<String>,
    pub card: EventCard,
    pub description_html: String,
    pub online_url: String,
    pub accessible_toilet: bool,
    pub cost: String,
    pub signup_required: bool,
    pub signup_open: bool,
    pub logged_in: bool,
    pub may_join: bool,
    pub my_place: String,
    pub organiser: bool,
    pub moderator: bool,
    pub taken: i32,
    pub capacity: String,
    pub waiting_count: u64,
    pub hidden_reason: String,
    pub organiser_name: String,
    pub back_href: String,
    pub back_name: String,
    /// Further dates of a recurring event.
    pub series: Vec<SeriesDate>,
    pub easy: Option<EasyView>,
}

/// Another date of a recurring event.
pub struct SeriesDate {
    /// Event id of that occurrence.
    pub id: String,
    pub when: String,
}

#[derive(Template)]
#[template(path = "events/event_form.html")]
pub struct EventFormPage {
    pub ctx: Ctx,
    pub action: String,
    pub back_href: String,
    pub back_name: String,
    pub editing: bool,
    pub errors: FieldErrors,
    pub categories: Vec<Choice>,
    pub title: String,
    pub description: String,
    pub category: String,
    pub date: String,
    pub start_time: String,
    pub end_date: String,
    pub end_time: String,
    pub all_day: bool,
    pub repeat: String,
    pub repeat_until: String,
    pub venue: String,
    pub online_url: String,
    pub step_free: bool,
    pub accessible_toilet: bool,
    pub hearing_loop: bool,
    pub cost: String,
    pub capacity: String,
    pub signup_required: bool,
    /// The easy-language checker's hints on the description, when asked for.
    pub hints: Option<Vec<HintView>>,
}

#[derive(Template)]
#[template(path = "events/event_attendees.html")]
pub struct EventAttendeesPage {
    pub ctx: Ctx,
    pub notice: Option<String>,
    pub id: String,
    pub title: String,
    pub when: String,
    pub capacity: String,
    pub confirmed: Vec<AttendeeRow>,
    pub waiting: Vec<AttendeeRow>,
    pub errors: FieldErrors,
    pub message: String,
}

/// Someone signed up for an event.
pub struct AttendeeRow {
    pub name: String,
    /// When they signed up.
    pub signed_up: String,
}
