//! The pages of this capability: one typed struct per template in `templates/help/`.

use crate::ctx::Ctx;
use crate::views::{EasyView, EntryView, HintView, NbView};
use askama::Template;
use quartier_core::FieldErrors;

#[derive(Template)]
#[template(path = "help/help_list.html")]
pub struct HelpListPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub notice: Option<String>,
    pub entries: Vec<EntryView>,
    pub categories: Vec<(String, String)>,
    pub kind: String,
    pub category: String,
    pub date: String,
    pub errors: FieldErrors,
    pub prev: Option<String>,
    pub next: Option<String>,
    pub page: u64,
}

#[derive(Template)]
#[template(path = "help/help_form.html")]
pub struct HelpFormPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub errors: FieldErrors,
    pub categories: Vec<(String, String)>,
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
    /// (conversation id, person id, name, accepted)
    pub answers: Vec<(String, String, String, bool)>,
    pub suggestions: Vec<EntryView>,
    pub partner: String,
    pub thanks: String,
    pub my_conversation: Option<String>,
    pub errors: FieldErrors,
    pub easy: Option<EasyView>,
}

#[derive(Template)]
#[template(path = "help/help_mine.html")]
pub struct HelpMinePage {
    pub ctx: Ctx,
    pub n: NbView,
    pub entries: Vec<EntryView>,
    /// Balance and (date, booking) lines, when the time bank is on.
    pub account: Option<(String, Vec<(String, String)>)>,
}

#[derive(Template)]
#[template(path = "help/thanks.html")]
pub struct ThanksPage {
    pub ctx: Ctx,
    pub notice: Option<String>,
    /// (id, from, note, shown)
    pub items: Vec<(String, String, String, bool)>,
}
