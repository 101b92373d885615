//! The pages of this capability: one typed struct per template in `templates/network/`.

use crate::ctx::Ctx;
use crate::page::Pager;
use crate::views::{Choice, NbView};
use askama::Template;
use quartier_core::FieldErrors;

#[derive(Template)]
#[template(path = "network/overview.html")]
pub struct OverviewPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub notice: Option<String>,
    /// The reader keeps the network (sees what is internal).
    pub manage: bool,
    /// The partners the reader speaks for, with a link to their page.
    pub mine: Vec<PartnerLink>,
    /// What needs attention, for coordinators: one line each, with links.
    pub attention: Vec<AttentionLine>,
    /// The reader may read the network's canvas.
    pub canvas: bool,
}

/// One thing that needs attention.
pub struct AttentionLine {
    pub text: String,
    pub href: String,
}

/// A link to one partner.
pub struct PartnerLink {
    pub id: String,
    pub name: String,
}

#[derive(Template)]
#[template(path = "network/partners.html")]
pub struct PartnersPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub notice: Option<String>,
    pub manage: bool,
    pub partners: Vec<PartnerRow>,
    pub pager: Pager,
}

/// A partner as listed.
pub struct PartnerRow {
    pub id: String,
    pub name: String,
    /// The kind, as a label.
    pub kind: String,
    /// The organisation on the platform: its name and address, or empty.
    pub org_name: String,
    pub org_href: String,
    pub contact: String,
    pub role: String,
}

#[derive(Template)]
#[template(path = "network/partner_form.html")]
pub struct PartnerFormPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub errors: FieldErrors,
    /// Where the form posts; empty id for a new partner.
    pub action: String,
    pub editing: bool,
    pub f: PartnerFields,
    pub kinds: Vec<Choice>,
    /// Organisations of the neighbourhood ("" first: not on the platform).
    pub organisations: Vec<Choice>,
}

/// What was typed into the partner form.
#[derive(Default, Clone, serde::Deserialize)]
#[serde(default)]
pub struct PartnerFields {
    pub name: String,
    pub kind: String,
    pub organisation: String,
    pub contact: String,
    pub role: String,
}

#[derive(Template)]
#[template(path = "network/measures.html")]
pub struct MeasuresPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub notice: Option<String>,
    pub manage: bool,
    pub measures: Vec<MeasureRow>,
    pub pager: Pager,
}

/// A measure as listed.
pub struct MeasureRow {
    pub id: String,
    pub name: String,
    pub description: String,
    /// The activity and the cost per year, as labels.
    pub activity: String,
    pub cost: String,
}

#[derive(Template)]
#[template(path = "network/measure_form.html")]
pub struct MeasureFormPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub errors: FieldErrors,
    pub action: String,
    pub editing: bool,
    pub f: MeasureFields,
    pub activities: Vec<Choice>,
}

/// What was typed into the measure form.
#[derive(Default, Clone, serde::Deserialize)]
#[serde(default)]
pub struct MeasureFields {
    pub name: String,
    pub description: String,
    pub activity: String,
    /// Cost per year, as typed.
    pub cost: String,
    pub currency: String,
}

#[derive(Template)]
#[template(path = "network/funding.html")]
pub struct FundingsPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub notice: Option<String>,
    pub manage: bool,
    pub sources: Vec<FundingRow>,
    pub pager: Pager,
}

/// A funding source as listed; every field a label.
pub struct FundingRow {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub funder: String,
    pub amount: String,
    pub period: String,
    pub conditions: String,
    /// The measures that depend on it, by name.
    pub measures: String,
}

#[derive(Template)]
#[template(path = "network/funding_form.html")]
pub struct FundingFormPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub errors: FieldErrors,
    pub action: String,
    pub editing: bool,
    pub f: FundingFields,
    pub kinds: Vec<Choice>,
    /// Partners who may give the money ("" first: none).
    pub funders: Vec<Choice>,
    pub measures: Vec<MeasureCheck>,
}

/// What was typed into the funding form.
#[derive(Default, Clone)]
pub struct FundingFields {
    pub name: String,
    pub kind: String,
    pub funder: String,
    pub amount: String,
    pub currency: String,
    pub starts_on: String,
    pub ends_on: String,
    pub conditions: String,
    /// Ids of the measures ticked.
    pub measures: Vec<String>,
}

/// A measure to tick in the funding form.
pub struct MeasureCheck {
    pub id: String,
    pub name: String,
    pub checked: bool,
}

#[derive(Template)]
#[template(path = "network/runway.html")]
pub struct RunwayPage {
    pub ctx: Ctx,
    pub n: NbView,
    /// The chart's size and grid.
    pub width: u32,
    pub height: u32,
    pub month_w: u32,
    pub bar_h: u32,
    pub bars: Vec<MeasureBar>,
    /// Month labels on the axis: where, and "3/27".
    pub ticks: Vec<(u32, String)>,
    /// The data table, month by month.
    pub months: Vec<MonthRow>,
    /// The text alternative: one sentence per measure.
    pub lines: Vec<String>,
    /// The first and last month shown, as labels.
    pub from: String,
    pub to: String,
}

/// One measure's row in the runway chart.
pub struct MeasureBar {
    pub name: String,
    pub y: u32,
    /// The last day with money, as a label.
    pub until: String,
    pub cells: Vec<MonthCell>,
}

/// One month of one measure: where it is drawn, and whether it has money.
pub struct MonthCell {
    pub x: u32,
    pub funded: bool,
}

/// One month of the runway table.
pub struct MonthRow {
    pub label: String,
    /// How many measures have money all month.
    pub funded: u32,
    /// The measures that lose their money in this month.
    pub losing: Vec<String>,
}

#[derive(Template)]
#[template(path = "network/partner.html")]
pub struct PartnerPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub notice: Option<String>,
    pub id: String,
    pub name: String,
    pub kind: String,
    pub org_name: String,
    pub org_href: String,
    pub contact: String,
    pub role: String,
    pub manage: bool,
    /// The reader may write this partner's gains and pains.
    pub may_write: bool,
    /// Not on the platform: the coordinator records its part.
    pub outside: bool,
    /// The gains and pains, as labels.
    pub hours: String,
    pub money: String,
    pub rooms: String,
    /// How often it lent through the shared pool in the last year (partners
    /// on the platform; empty otherwise).
    pub lent: String,
    pub reach: String,
    pub expects: String,
    pub gets: String,
    pub rating: String,
    /// When and by whom they were last written.
    pub updated: String,
    pub errors: FieldErrors,
    pub f: GainsFields,
    /// The answers to "how much do you get": value and label.
    pub ratings: Vec<(String, String)>,
}

/// What was typed into the gains and pains form.
#[derive(Default, Clone, serde::Deserialize)]
#[serde(default)]
pub struct GainsFields {
    pub hours: String,
    pub money: String,
    pub currency: String,
    pub rooms: String,
    pub reach: String,
    pub expects: String,
    pub gets: String,
    pub rating: String,
}

#[derive(Template)]
#[template(path = "network/balance.html")]
pub struct BalancePage {
    pub ctx: Ctx,
    pub n: NbView,
    pub width: u32,
    pub height: u32,
    pub name_w: u32,
    pub bars: Vec<BalanceBar>,
    pub rows: Vec<BalanceRow>,
    /// The text description: who gives much and gets little.
    pub summary: String,
}

/// One partner in the balance chart.
pub struct BalanceBar {
    pub name: String,
    pub y: u32,
    pub gives_w: u32,
    pub gets_w: u32,
    pub uneven: bool,
}

/// One partner in the balance table; every field a label.
pub struct BalanceRow {
    pub id: String,
    pub name: String,
    pub hours: String,
    pub money: String,
    pub gives: String,
    pub gets: String,
    pub uneven: bool,
}

/// One text block of the canvas: its field name (the block's id), title and text.
pub struct CanvasBlock {
    pub id: &'static str,
    pub title: String,
    pub text: String,
}

/// A line of figures on the canvas: a measure, a funding source or a partner.
pub struct FigureRow {
    pub name: String,
    pub detail: String,
    pub amount: String,
}

/// A version of the canvas as shown.
pub struct CanvasView {
    pub number: i32,
    /// "Saved by … on …".
    pub saved: String,
    pub note: String,
    pub social_value: CanvasBlock,
    pub target_groups: CanvasBlock,
    pub channels: CanvasBlock,
    pub resources: CanvasBlock,
    pub costs_note: CanvasBlock,
    pub revenues_note: CanvasBlock,
    pub measures: Vec<FigureRow>,
    /// The yearly cost of all measures, one line per currency.
    pub totals: Vec<String>,
    pub funding: Vec<FigureRow>,
    pub partners: Vec<FigureRow>,
}

/// A comment on a version.
pub struct CanvasCommentRow {
    pub author: String,
    pub date: String,
    pub body: String,
}

#[derive(Template)]
#[template(path = "network/canvas.html")]
pub struct CanvasPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub notice: Option<String>,
    pub base: String,
    /// The newest version with the live figures (else an old one as saved).
    pub live: bool,
    pub canvas: Option<CanvasView>,
    pub may_edit: bool,
    pub may_comment: bool,
    pub visibility: String,
    pub visibility_label: String,
    pub visibilities: Vec<Choice>,
    pub comments: Vec<CanvasCommentRow>,
    /// The comment as typed.
    pub body: String,
    pub errors: FieldErrors,
}

/// The canvas form, as typed.
#[derive(serde::Deserialize, Default, Clone)]
#[serde(default)]
pub struct CanvasFields {
    pub social_value: String,
    pub target_groups: String,
    pub channels: String,
    pub resources: String,
    pub costs_note: String,
    pub revenues_note: String,
    pub note: String,
}

#[derive(Template)]
#[template(path = "network/canvas_form.html")]
pub struct CanvasFormPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub base: String,
    pub f: CanvasFields,
    pub errors: FieldErrors,
}

/// A version as listed in the history.
pub struct CanvasVersionRow {
    pub number: i32,
    pub author: String,
    pub date: String,
    pub note: String,
}

#[derive(Template)]
#[template(path = "network/canvas_history.html")]
pub struct CanvasHistoryPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub base: String,
    pub versions: Vec<CanvasVersionRow>,
    pub pager: Pager,
}

#[derive(Template)]
#[template(path = "network/canvas_print.html")]
pub struct CanvasPrintPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub base: String,
    pub canvas: CanvasView,
}
