//! The pages of this capability: one typed struct per template in `templates/census/`.

use crate::ctx::Ctx;
use crate::page::Pager;
use crate::views::{Choice, NbView};
use askama::Template;
use quartier_core::FieldErrors;
use quartier_core::census::RawEntry;

#[derive(Template)]
#[template(path = "census/list.html")]
pub struct CensusPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub notice: Option<String>,
    pub rows: Vec<EntryRow>,
    pub pager: Pager,
    pub filter: FilterForm,
    /// The reader may change the census (not only read it).
    pub keeps: bool,
}

/// An entry as listed.
pub struct EntryRow {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub size: String,
    pub area: String,
    /// How it is online, as labels ("Website, Instagram"), or "not online".
    pub presence: String,
    /// The address of its space here, if it has one.
    pub platform: String,
}

/// The list's filter as the reader left it.
pub struct FilterForm {
    pub text: String,
    pub kind: String,
    pub area: String,
    pub size: String,
    pub online: String,
    pub kinds: Vec<Choice>,
    pub areas: Vec<Choice>,
    pub sizes: Vec<Choice>,
    pub filtered: bool,
}

/// A check box of the form.
pub struct Check {
    pub name: String,
    pub label: String,
    pub checked: bool,
}

#[derive(Template)]
#[template(path = "census/form.html")]
pub struct EntryFormPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub errors: FieldErrors,
    /// Where the form posts.
    pub action: String,
    pub editing: bool,
    pub f: RawEntry,
    pub kinds: Vec<Choice>,
    pub legal_forms: Vec<Choice>,
    pub sizes: Vec<Choice>,
    pub ages: Vec<Choice>,
    pub budgets: Vec<Choice>,
    pub areas: Vec<Choice>,
    /// Yes/no questions, in order.
    pub checks: Vec<Check>,
    pub social: Vec<Check>,
}

#[derive(Template)]
#[template(path = "census/import.html")]
pub struct ImportPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub errors: FieldErrors,
    /// Problems of the file, line by line.
    pub lines: Vec<LineError>,
    /// The columns, each with what it takes.
    pub columns: Vec<ColumnDoc>,
}

pub struct LineError {
    /// "Line 3", or "the whole file".
    pub line: String,
    pub column: String,
    pub message: String,
}

pub struct ColumnDoc {
    pub name: &'static str,
    pub what: String,
    pub values: String,
}
