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
    /// Its stage now (offline, sub-page, own space, active).
    pub stage: String,
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
    /// An existing entry's progress over the years, its stage now last.
    pub progress: Vec<ProgressRow>,
}

/// One year of an entry's progress.
pub struct ProgressRow {
    /// The year, or "now (2026)".
    pub year: String,
    pub stage: String,
    /// The way it went since the year before ("moved up a stage").
    pub change: String,
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

#[derive(Template)]
#[template(path = "census/statistics.html")]
pub struct StatsPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub notice: Option<String>,
    pub keeps: bool,
    /// The measure the breakdowns and years show, and its label.
    pub measure: String,
    pub measure_label: String,
    pub measures: Vec<Choice>,
    pub now: Chart,
    pub now_rows: Vec<StatRow>,
    /// Each dimension's chart and its rows.
    pub breakdowns: Vec<(Chart, Vec<StatRow>)>,
    pub over_years: Chart,
    pub years: Vec<String>,
    pub year_rows: Vec<YearRow>,
    /// Progress: how many were at each stage in each snapshot year.
    pub progress: Chart,
    /// The stages' labels, lowest first: the columns of `progress_rows`
    /// and the chart's legend (with `chart-stage-<i>` as its class).
    pub stages: Vec<String>,
    pub progress_rows: Vec<StageYearRow>,
    /// "From 2025 to 2026, 7 organisations moved up a stage, 1 moved
    /// down", or empty with fewer than two years.
    pub moves: String,
    /// The snapshot form.
    pub errors: FieldErrors,
    pub year: String,
}

/// A chart: its SVG (drawn on the server, labels escaped) and the sentence
/// that says what it shows.
pub struct Chart {
    pub id: String,
    pub title: String,
    pub svg: String,
    pub text: String,
}

/// One bar of a chart.
pub struct Bar {
    pub label: String,
    pub percent: u32,
}

/// A line of a statistics table: a band, how many, each measure's share.
pub struct StatRow {
    pub label: String,
    pub total: String,
    pub shares: Vec<String>,
}

/// How many were at each stage in one year.
pub struct StageYearRow {
    pub year: String,
    /// One count per stage, lowest first.
    pub counts: Vec<String>,
    pub total: String,
}

/// A band's share of the chosen measure in each year.
pub struct YearRow {
    pub label: String,
    pub cells: Vec<String>,
}

#[derive(Template)]
#[template(path = "census/letter.html")]
pub struct LetterPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub entry_name: String,
    /// The organisation already has its space: no letter is needed.
    pub on_platform: bool,
    /// The newest usable code, or empty when none was printed yet.
    pub code: String,
    pub until: String,
    pub invite_action: String,
    pub back: String,
    /// The letter in other languages.
    pub langs: Vec<Choice>,
    /// The letter's own language (for its `lang` attribute).
    pub lang: String,
    pub greeting: String,
    pub body: String,
    pub steps: Vec<String>,
    pub code_label: String,
    pub until_label: String,
    pub closing: String,
}

#[derive(Template)]
#[template(path = "census/claim.html")]
pub struct ClaimPage {
    pub ctx: Ctx,
    pub errors: FieldErrors,
    pub code: String,
}

#[derive(Template)]
#[template(path = "census/claim_form.html")]
pub struct ClaimFormPage {
    pub ctx: Ctx,
    pub errors: FieldErrors,
    pub code: String,
    pub f: super::claims::ClaimFields,
    pub kinds: Vec<Choice>,
}
