//! The pages of the pool: one typed struct per template in `templates/pool/`.

use crate::ctx::Ctx;
use crate::page::Pager;
use crate::views::{Choice, NbView};
use askama::Template;
use quartier_core::FieldErrors;

#[derive(Template)]
#[template(path = "pool/pool.html")]
pub struct PoolPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub notice: Option<String>,
    pub resources: Vec<ResourceRow>,
    pub pager: Pager,
    /// The reader's own requests that have not ended.
    pub mine: Vec<MyBookingRow>,
}

/// A resource as listed.
pub struct ResourceRow {
    pub id: String,
    pub title: String,
    pub kind: String,
    pub lender: String,
    pub availability: String,
}

/// One of the reader's own requests.
pub struct MyBookingRow {
    pub resource_id: String,
    pub resource: String,
    pub when: String,
    pub status: String,
}

#[derive(Template)]
#[template(path = "pool/form.html")]
pub struct ResourceFormPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub errors: FieldErrors,
    pub action: String,
    pub editing: bool,
    pub f: ResourceFields,
    pub kinds: Vec<Choice>,
    /// Who lends it: the reader, or an organisation they run (new only).
    pub lenders: Vec<Choice>,
}

/// What was typed into the resource form.
#[derive(Default, Clone, serde::Deserialize)]
#[serde(default)]
pub struct ResourceFields {
    pub kind: String,
    pub title: String,
    pub description: String,
    pub accessibility: String,
    pub availability: String,
    /// `me`, or the id of an organisation the reader administers.
    pub lender: String,
}

#[derive(Template)]
#[template(path = "pool/resource.html")]
pub struct ResourcePage {
    pub ctx: Ctx,
    pub n: NbView,
    pub notice: Option<String>,
    pub id: String,
    pub title: String,
    pub kind: String,
    pub lender: String,
    pub description: String,
    pub accessibility: String,
    pub availability: String,
    pub withdrawn: bool,
    /// The reader lends it: sees requests, answers them, edits.
    pub owns: bool,
    pub may_book: bool,
    pub bookings: Vec<BookingRow>,
    pub week: Week,
    pub errors: FieldErrors,
    pub f: BookingFields,
}

/// A week of a resource's calendar.
pub struct Week {
    pub title: String,
    /// The Mondays of this, the previous and the next week, for links.
    pub this: String,
    pub previous: String,
    pub next: String,
    pub days: Vec<WeekDay>,
}

pub struct WeekDay {
    pub label: String,
    pub date: String,
    /// The times taken that day, as the reader may see them.
    pub slots: Vec<String>,
    /// The reader may ask for it: not past, and they may book.
    pub may_ask: bool,
}

/// A booking that has not ended, as the reader may see it: everyone sees
/// confirmed times; who asked, and open requests, only the owner and the
/// person who asked.
pub struct BookingRow {
    pub id: String,
    pub when: String,
    pub status: String,
    pub who: String,
    pub note: String,
    pub may_decide: bool,
    pub may_cancel: bool,
}

/// What was typed into the booking form.
#[derive(Default, Clone, serde::Deserialize)]
#[serde(default)]
pub struct BookingFields {
    pub date: String,
    pub start_time: String,
    pub end_date: String,
    pub end_time: String,
    pub note: String,
}
