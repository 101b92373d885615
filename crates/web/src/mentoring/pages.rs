//! The pages of mentoring: one typed struct per template in `templates/mentoring/`.

use crate::ctx::Ctx;
use crate::page::Pager;
use crate::views::{Choice, NbView};
use askama::Template;
use quartier_core::FieldErrors;

#[derive(Template)]
#[template(path = "mentoring/mentoring.html")]
pub struct MentoringPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub notice: Option<String>,
    /// The reader's own offer: none, offered now, or paused.
    pub offer: OfferState,
    /// The reader's own requests and pairings, newest first.
    pub mine: Vec<PairingRow>,
    /// Coordinators: how many requests wait for a mentor.
    pub waiting: Option<u64>,
    pub mentors: Vec<MentorRow>,
    pub pager: Pager,
}

/// Whether and how the reader offers help.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OfferState {
    None,
    Active,
    Paused,
}

/// A mentor who offers help now.
pub struct MentorRow {
    pub name: String,
    pub topics: String,
    pub note: String,
}

/// A request or pairing in a list.
pub struct PairingRow {
    pub href: String,
    pub topic: String,
    pub status: String,
    /// Who asked (and for which organisation).
    pub asker: String,
    /// The mentor, if there is one yet.
    pub mentor: String,
    /// The day it was asked for.
    pub since: String,
}

#[derive(Template)]
#[template(path = "mentoring/offer.html")]
pub struct OfferPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub errors: FieldErrors,
    /// The reader offered before: the form changes that offer.
    pub existing: bool,
    pub topics: Vec<TopicBox>,
    pub note: String,
    pub active: bool,
}

/// A topic as a check box.
pub struct TopicBox {
    pub name: String,
    pub label: String,
    pub checked: bool,
}

#[derive(Template)]
#[template(path = "mentoring/ask.html")]
pub struct AskPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub errors: FieldErrors,
    pub topics: Vec<Choice>,
    pub f: AskFields,
    /// "For me" first, then the organisations the reader administers; empty
    /// when they administer none.
    pub organisations: Vec<Choice>,
}

/// What was typed into the request form.
#[derive(Default, Clone, serde::Deserialize)]
#[serde(default)]
pub struct AskFields {
    pub topic: String,
    pub note: String,
    /// Empty (for the reader), or the id of an organisation they administer.
    pub organisation: String,
}

#[derive(Template)]
#[template(path = "mentoring/requests.html")]
pub struct RequestsPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub tabs: Vec<Tab>,
    /// The state shown, as a label.
    pub shown: String,
    pub rows: Vec<PairingRow>,
    pub pager: Pager,
}

/// One of the states to list.
pub struct Tab {
    pub href: String,
    pub label: String,
    pub current: bool,
}

#[derive(Template)]
#[template(path = "mentoring/pairing.html")]
pub struct PairingPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub notice: Option<String>,
    /// The pairing's address, for its forms.
    pub base: String,
    pub topic: String,
    pub status: String,
    pub note: String,
    pub asker: String,
    /// The organisation it was asked for, if any.
    pub organisation: String,
    pub mentor: String,
    pub since: String,
    /// The reader may choose a mentor now: `pair` (a coordinator) or
    /// `pick` (the asker), else empty.
    pub choose: &'static str,
    /// The mentors who may be chosen, those offering the topic first.
    pub mentors: Vec<Choice>,
    pub chosen: String,
    pub may_answer: bool,
    pub may_work: bool,
    pub closed: bool,
    pub helpful: String,
    pub evaluation: String,
    pub sessions: Vec<SessionRow>,
    pub pager: Pager,
    pub errors: FieldErrors,
    pub s: SessionFields,
    pub c: CloseFields,
    /// The latest day a session may have been held, for the date field.
    pub today: String,
    /// The choices of the evaluation.
    pub helpful_choices: Vec<Choice>,
}

/// A session as logged.
pub struct SessionRow {
    pub date: String,
    pub what: String,
    pub next: String,
    pub by: String,
}

/// What was typed into the session form.
#[derive(Default, Clone, serde::Deserialize)]
#[serde(default)]
pub struct SessionFields {
    pub held_on: String,
    pub what: String,
    pub next: String,
}

/// What was typed into the closing form.
#[derive(Default, Clone, serde::Deserialize)]
#[serde(default)]
pub struct CloseFields {
    pub helpful: String,
    pub evaluation: String,
}
