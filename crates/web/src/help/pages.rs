//! The pages of this capability: one typed struct per template in `templates/help/`.

use crate::ctx::Ctx;
use crate::views::{Choice, EasyView, EntryView, HintView, NbView};
use askama::Template;
use quartier_core::FieldErrors;

#[derive(Template)]
#[template(path = "help/help_list.html")]
pub struct HelpListPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub notice: Option<String>,
    pub entries: Vec<EntryView>,
    pub categories: Vec<Choice>,
    pub kind: String,
    pub category: String,
    pub date: String,
    pub errors: FieldErrors,
    pub pager: crate::page::Pager,
}

#[derive(Template)]
#[template(path = "help/help_form.html")]
pub struct HelpFormPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub errors: FieldErrors,
    pub categories: Vec<Choice>,
    pub coordinator: bool,
    pub time_bank: bool,
    pub kind: String,
    pub category: String,
    pub title: String,
    pub body: String,
    pub date: String,
    pub time_from: String,
    pub time_to: String,
    pub weekly: bool,
    pub urgency: String,
    pub visibility: String,
    pub area: String,
    pub on_behalf: String,
    pub hours: String,
    /// The easy-language checker's hints on the text, when asked for.
    pub hints: Option<Vec<HintView>>,
}

#[derive(Template)]
#[template(path = "help/help_entry.html")]
pub struct HelpEntryPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub notice: Option<String>,
    pub entry: EntryView,
    pub can_answer: bool,
    pub is_partner: bool,
    /// The reader acts for the author (the author, or a coordinator for an offline resident).
    pub acts: bool,
    pub answers: Vec<AnswerRow>,
    pub suggestions: Vec<EntryView>,
    pub partner: String,
    pub thanks: String,
    pub my_conversation: Option<String>,
    pub errors: FieldErrors,
    pub easy: Option<EasyView>,
}

/// Someone who answered an entry, as its author sees them.
pub struct AnswerRow {
    pub conversation_id: String,
    /// User id of the one who answered.
    pub person_id: String,
    pub name: String,
    /// Chosen as the partner.
    pub accepted: bool,
}

/// A time-bank account: balance and bookings, as "1,5 h".
pub struct TimeAccount {
    pub balance: String,
    pub lines: Vec<Booking>,
}

/// One booking of a time account.
pub struct Booking {
    pub date: String,
    /// What the help was (the entry's title) and where it is.
    pub what: String,
    pub link: String,
    /// With whom: the other person (or the name of the neighbour who is not
    /// online, for help a coordinator posted for them).
    pub with: String,
    /// Hours gained (or, negative, given).
    pub hours: String,
}

#[derive(Template)]
#[template(path = "help/help_mine.html")]
pub struct HelpMinePage {
    pub ctx: Ctx,
    pub n: NbView,
    pub entries: Vec<EntryView>,
    /// The reader's time account, when the time bank is on.
    pub account: Option<TimeAccount>,
    /// The neighbourhood's shared account, for coordinators.
    pub shared: Option<TimeAccount>,
}

#[derive(Template)]
#[template(path = "help/thanks.html")]
pub struct ThanksPage {
    pub ctx: Ctx,
    pub notice: Option<String>,
    pub items: Vec<ThanksRow>,
}

/// A thank-you note the reader received.
pub struct ThanksRow {
    pub id: String,
    /// Who wrote it.
    pub from: String,
    pub note: String,
    /// Shown on the reader's profile.
    pub shown: bool,
}
