//! The pages of this capability: one typed struct per template in `templates/impact/`.

use crate::ctx::Ctx;
use crate::views::NbView;
use askama::Template;
use quartier_core::FieldErrors;

/// The report of a period, for coordinators and the operator.
#[derive(Template)]
#[template(path = "impact/report.html")]
pub struct ReportPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub notice: Option<String>,
    pub errors: FieldErrors,
    /// The period as typed (or chosen), for the form.
    pub from: String,
    pub to: String,
    /// The report itself; `None` while the period is not valid.
    pub report: Option<ReportView>,
    /// "Last month", "Last quarter", "Last year".
    pub presets: Vec<PresetLink>,
    /// The notice board's count for exactly this period, as typed.
    pub people: String,
    pub may_count: bool,
    pub may_publish: bool,
    pub csv_href: String,
    pub json_href: String,
    pub publish_action: String,
    pub published: Vec<PublishedRow>,
}

/// The figures of a period, on the coordinators' page and when published.
pub struct ReportView {
    /// "1. November 2026 to 30. November 2026".
    pub period: String,
    pub previous: String,
    pub sections: Vec<SectionView>,
}

pub struct SectionView {
    pub id: String,
    pub title: String,
    pub chart: ChartView,
    pub rows: Vec<FigureRow>,
}

/// One row of a section's table.
pub struct FigureRow {
    pub label: String,
    pub now: String,
    pub before: String,
    pub change: String,
}

/// A bar chart drawn on the server: each figure's two bars (this period,
/// the one before), a title and a text alternative.
pub struct ChartView {
    pub id: String,
    pub title: String,
    pub desc: String,
    pub height: u32,
    pub bars: Vec<BarRow>,
}

pub struct BarRow {
    pub label: String,
    /// Where the row starts, from the top.
    pub y: u32,
    /// Bar lengths in pixels; `None` draws no bar (below the threshold).
    pub now: Option<u32>,
    pub before: Option<u32>,
    pub now_text: String,
    pub before_text: String,
}

impl BarRow {
    pub fn now_y(&self) -> u32 {
        self.y + 18
    }
    pub fn before_y(&self) -> u32 {
        self.y + 34
    }
    pub fn now_end(&self) -> u32 {
        240 + self.now.unwrap_or(0) + 6
    }
    pub fn before_end(&self) -> u32 {
        240 + self.before.unwrap_or(0) + 6
    }
}

pub struct PresetLink {
    pub href: String,
    pub label: String,
}

/// A published report, as listed.
pub struct PublishedRow {
    pub href: String,
    pub period: String,
}

/// A published report, for anyone.
#[derive(Template)]
#[template(path = "impact/published.html")]
pub struct PublishedPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub notice: Option<String>,
    /// Always there; an option so the template can borrow it.
    pub report: Option<ReportView>,
    pub published_on: String,
    /// The summary in short sentences (Leichte Sprache in `de-simple`).
    pub summary: Vec<String>,
}
