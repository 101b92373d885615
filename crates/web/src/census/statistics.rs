//! The statistics of the census: the census now and the yearly snapshots,
//! counted with one GROUP BY and read in one query, shown as SVG bar charts
//! drawn on the server, each with its data table and a sentence that says
//! what it shows.

use super::handlers::{CensusKeeper, CensusReader, stage_label};
use super::pages::{Bar, Chart, StageYearRow, StatRow, StatsPage, YearRow};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::extractors::{Form, Query};
use crate::page::{notice, render, render_invalid, see_other};
use crate::views::{Choice, view};
use axum::extract::State;
use axum::response::Response;
use chrono::Datelike;
use quartier_core::census::{self, CensusAction, Counts, Dimension, Line, Measure, Stage};
use quartier_core::{FieldError, FieldErrors};
use serde::Deserialize;
use std::collections::BTreeMap;

fn measure_label(ctx: &Ctx, m: Measure) -> String {
    ctx.t(&format!("census-measure-{}", m.tag()))
}

/// The label of a bucket of a dimension.
fn bucket_label(ctx: &Ctx, d: Dimension, bucket: &str) -> String {
    let what = match d {
        Dimension::All => return ctx.t("census-all"),
        Dimension::Size => "members",
        Dimension::Age => "age",
        Dimension::Area => "area",
    };
    ctx.t(&format!("census-{what}-{}", bucket.replace('_', "-")))
}

fn dimension_title(ctx: &Ctx, d: Dimension) -> String {
    ctx.t(&format!("census-by-{}", d.tag()))
}

/// "54 % (65 of 120)".
fn share(ctx: &Ctx, c: &Counts, m: Measure) -> String {
    ctx.words().ta(
        "census-share",
        &[("count", c.percent(m).to_string()), ("from", c.of(m).to_string()), ("to", c.total.to_string())],
    )
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// A horizontal bar chart as SVG: one bar per line, its label on the left
/// and its share on the right. Named by `title` and described by `desc`
/// for screen readers; the same numbers stand in the table beside it.
pub fn bar_chart(id: &str, title: &str, desc: &str, bars: &[Bar]) -> String {
    const ROW: u32 = 30;
    const LABEL: u32 = 230;
    const WIDTH: u32 = 330;
    let height = ROW * u32::try_from(bars.len()).unwrap_or(0) + 10;
    let mut out = format!(
        "<svg class=\"chart\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\" viewBox=\"0 0 640 {height}\" \
         preserveAspectRatio=\"xMinYMin meet\"><title id=\"{id}-t\">{}</title><desc id=\"{id}-d\">{}</desc>",
        escape(title),
        escape(desc)
    );
    for (i, b) in bars.iter().enumerate() {
        let y = ROW * u32::try_from(i).unwrap_or(0) + 5;
        let w = WIDTH * b.percent.min(100) / 100;
        out.push_str(&format!(
            "<text class=\"chart-label\" x=\"0\" y=\"{}\">{}</text><rect class=\"chart-bar\" x=\"{LABEL}\" y=\"{y}\" width=\"{w}\" height=\"{}\"/><text class=\"chart-value\" x=\"{}\" y=\"{}\">{} %</text>",
            y + 16,
            escape(&b.label),
            ROW - 8,
            LABEL + w + 6,
            y + 16,
            b.percent
        ));
    }
    out.push_str("</svg>");
    out
}

/// One bar of a stacked chart: its label and one count per part.
pub struct Stack {
    pub label: String,
    pub parts: Vec<u64>,
}

/// A horizontal stacked bar chart as SVG: one bar per line, as wide as the
/// chart, split into its parts by their shares (part `i` has the class
/// `chart-stage-<i>`; the page's legend names them), the total on the
/// right. Named by `title` and described by `desc` for screen readers; the
/// same numbers stand in the table beside it.
pub fn stacked_chart(id: &str, title: &str, desc: &str, stacks: &[Stack]) -> String {
    const ROW: u32 = 30;
    const LABEL: u32 = 90;
    const WIDTH: u32 = 470;
    let height = ROW * u32::try_from(stacks.len()).unwrap_or(0) + 10;
    let mut out = format!(
        "<svg class=\"chart\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\" viewBox=\"0 0 640 {height}\" \
         preserveAspectRatio=\"xMinYMin meet\"><title id=\"{id}-t\">{}</title><desc id=\"{id}-d\">{}</desc>",
        escape(title),
        escape(desc)
    );
    for (i, st) in stacks.iter().enumerate() {
        let y = ROW * u32::try_from(i).unwrap_or(0) + 5;
        let total: u64 = st.parts.iter().sum();
        out.push_str(&format!("<text class=\"chart-label\" x=\"0\" y=\"{}\">{}</text>", y + 16, escape(&st.label)));
        // Each part ends where the running sum ends, so rounding never
        // makes the bar longer or shorter than the chart.
        let mut sum = 0;
        let mut x = 0;
        for (p, count) in st.parts.iter().enumerate() {
            sum += count;
            let end = (u64::from(WIDTH) * sum).checked_div(total).map_or(0, |w| u32::try_from(w).unwrap_or(WIDTH));
            if end > x {
                out.push_str(&format!(
                    "<rect class=\"chart-stage-{p}\" x=\"{}\" y=\"{y}\" width=\"{}\" height=\"{}\"/>",
                    LABEL + x,
                    end - x,
                    ROW - 8
                ));
            }
            x = end;
        }
        out.push_str(&format!(
            "<text class=\"chart-value\" x=\"{}\" y=\"{}\">{total}</text>",
            LABEL + WIDTH + 6,
            y + 16
        ));
    }
    out.push_str("</svg>");
    out
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct StatsQuery {
    notice: Option<String>,
    measure: String,
}

async fn stats_page(
    ctx: &Ctx,
    st: &AppState,
    a: &crate::guards::NbAccess,
    measure: Measure,
    errors: FieldErrors,
    year: String,
) -> Result<StatsPage, AppError> {
    let cells = st.store.census_cells(a.n.id).await?;
    let lines = census::roll_up(&cells);
    let snapshots = st.store.census_snapshots(a.n.id).await?;
    let all = lines.first().map(|l| l.counts).unwrap_or_default();
    let mlabel = measure_label(ctx, measure);

    // Now: each measure over the whole census.
    let now_bars: Vec<Bar> =
        Measure::ALL.iter().map(|m| Bar { label: measure_label(ctx, *m), percent: all.percent(*m) }).collect();
    let now_text = ctx.words().ta(
        "census-now-text",
        &[
            ("count", all.total.to_string()),
            ("from", all.percent(Measure::Online).to_string()),
            ("to", all.percent(Measure::Own).to_string()),
        ],
    );
    let now = Chart {
        id: "now".into(),
        title: ctx.t("census-now"),
        svg: bar_chart("now", &ctx.t("census-now"), &now_text, &now_bars),
        text: now_text,
    };
    let now_rows = vec![row_of(ctx, &ctx.t("census-all"), &all)];

    // Now, broken down by each dimension, for the chosen measure.
    let mut breakdowns = Vec::new();
    for d in [Dimension::Size, Dimension::Age, Dimension::Area] {
        let of_d: Vec<&Line> = lines.iter().filter(|l| l.dimension == d).collect();
        let bars: Vec<Bar> = of_d
            .iter()
            .map(|l| Bar { label: bucket_label(ctx, d, l.bucket), percent: l.counts.percent(measure) })
            .collect();
        let title = format!("{} – {}", mlabel, dimension_title(ctx, d));
        let text = of_d
            .iter()
            .filter(|l| l.counts.total > 0)
            .map(|l| format!("{}: {}", bucket_label(ctx, d, l.bucket), share(ctx, &l.counts, measure)))
            .collect::<Vec<_>>()
            .join("; ");
        let text = if text.is_empty() { ctx.t("census-no-data") } else { format!("{title}. {text}.") };
        let id = format!("by-{}", d.tag());
        breakdowns.push((
            Chart { svg: bar_chart(&id, &title, &text, &bars), id, title: dimension_title(ctx, d), text },
            of_d.iter().map(|l| row_of(ctx, &bucket_label(ctx, d, l.bucket), &l.counts)).collect::<Vec<_>>(),
        ));
    }

    // Over the years: the chosen measure per year and band.
    let mut by_year: BTreeMap<i32, BTreeMap<(String, String), Counts>> = BTreeMap::new();
    for s in &snapshots {
        by_year.entry(s.year).or_default().insert((s.dimension.clone(), s.bucket.clone()), s.counts());
    }
    let years: Vec<i32> = by_year.keys().copied().collect();
    let total_of = |y: i32| by_year.get(&y).and_then(|m| m.get(&("all".to_string(), "all".to_string()))).copied();
    let year_bars: Vec<Bar> = years
        .iter()
        .map(|y| Bar { label: y.to_string(), percent: total_of(*y).unwrap_or_default().percent(measure) })
        .collect();
    let years_text = if years.is_empty() {
        ctx.t("census-no-snapshots")
    } else {
        let parts: Vec<String> =
            years.iter().map(|y| format!("{y}: {}", share(ctx, &total_of(*y).unwrap_or_default(), measure))).collect();
        format!("{mlabel}. {}.", parts.join("; "))
    };
    let over_years = Chart {
        id: "years".into(),
        title: ctx.t("census-over-years"),
        svg: if years.is_empty() {
            String::new()
        } else {
            bar_chart("years", &format!("{mlabel} – {}", ctx.t("census-over-years")), &years_text, &year_bars)
        },
        text: years_text,
    };
    let mut year_rows = Vec::new();
    for d in Dimension::ALL {
        for b in census::buckets(d) {
            let cells = years
                .iter()
                .map(|y| {
                    by_year
                        .get(y)
                        .and_then(|m| m.get(&(d.tag().to_string(), b.to_string())))
                        .map(|c| if c.total == 0 { "–".to_string() } else { share(ctx, c, measure) })
                        .unwrap_or_else(|| "–".into())
                })
                .collect();
            let label = if d == Dimension::All {
                ctx.t("census-all")
            } else {
                format!("{}: {}", dimension_title(ctx, d), bucket_label(ctx, d, b))
            };
            year_rows.push(YearRow { label, cells });
        }
    }
    let (progress, progress_rows, moves) = progress(ctx, st, a.n.id).await?;
    let measures =
        Measure::ALL.iter().map(|m| Choice { value: m.tag().into(), label: measure_label(ctx, *m) }).collect();
    Ok(StatsPage {
        ctx: ctx.clone(),
        n: view(a),
        notice: None,
        keeps: census::census(&a.actor, CensusAction::Keep),
        measure: measure.tag().into(),
        measure_label: mlabel,
        measures,
        now,
        now_rows,
        breakdowns,
        over_years,
        years: years.iter().map(|y| y.to_string()).collect(),
        year_rows,
        progress,
        stages: Stage::ALL.iter().map(|s| stage_label(ctx, *s)).collect(),
        progress_rows,
        moves,
        errors,
        year,
    })
}

/// Progress over the years: how many organisations were at each stage in
/// each snapshot year (one GROUP BY), as a stacked chart and its table,
/// and how many moved up or down between the last two years (one more
/// statement, when there are two).
async fn progress(ctx: &Ctx, st: &AppState, n: uuid::Uuid) -> Result<(Chart, Vec<StageYearRow>, String), AppError> {
    let counts = st.store.census_stage_counts(n).await?;
    let mut by_year: BTreeMap<i32, [u64; Stage::ALL.len()]> = BTreeMap::new();
    for (year, stage, count) in counts {
        if let Some(i) = Stage::ALL.iter().position(|s| *s == stage) {
            by_year.entry(year).or_default()[i] += count;
        }
    }
    let title = ctx.t("census-progress-stats");
    let parts_text = |c: &[u64]| {
        Stage::ALL.iter().zip(c).map(|(s, n)| format!("{} {n}", stage_label(ctx, *s))).collect::<Vec<_>>().join(", ")
    };
    let text = if by_year.is_empty() {
        ctx.t("census-no-snapshots")
    } else {
        let years: Vec<String> = by_year.iter().map(|(y, c)| format!("{y}: {}", parts_text(c))).collect();
        format!("{}. {}.", ctx.t("census-progress-desc"), years.join("; "))
    };
    let stacks: Vec<Stack> = by_year.iter().map(|(y, c)| Stack { label: y.to_string(), parts: c.to_vec() }).collect();
    let chart = Chart {
        id: "progress".into(),
        svg: if stacks.is_empty() { String::new() } else { stacked_chart("progress", &title, &text, &stacks) },
        title,
        text,
    };
    let rows = by_year
        .iter()
        .map(|(y, c)| StageYearRow {
            year: y.to_string(),
            counts: c.iter().map(|n| n.to_string()).collect(),
            total: c.iter().sum::<u64>().to_string(),
        })
        .collect();
    let years: Vec<i32> = by_year.keys().copied().collect();
    let moves = match years.as_slice() {
        [.., from, to] => {
            let m = census::moves(&st.store.census_stage_moves(n, *from, *to).await?);
            ctx.words().ta(
                "census-moves",
                &[
                    ("from", from.to_string()),
                    ("to", to.to_string()),
                    ("up", m.up.to_string()),
                    ("down", m.down.to_string()),
                ],
            )
        }
        _ => String::new(),
    };
    Ok((chart, rows, moves))
}

fn row_of(ctx: &Ctx, label: &str, c: &Counts) -> StatRow {
    StatRow {
        label: label.to_string(),
        total: c.total.to_string(),
        shares: Measure::ALL.iter().map(|m| share(ctx, c, *m)).collect(),
    }
}

/// The statistics page: the census now and over the years.
pub async fn statistics(
    ctx: Ctx,
    State(st): State<AppState>,
    CensusReader(a): CensusReader,
    Query(q): Query<StatsQuery>,
) -> Result<Response, AppError> {
    let measure = Measure::from_tag(q.measure.trim()).unwrap_or(Measure::Online);
    let year = (st.store.now().year()).to_string();
    let mut page = stats_page(&ctx, &st, &a, measure, FieldErrors::new(), year).await?;
    page.notice = notice(&ctx, q.notice.as_deref());
    render(&page)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SnapshotForm {
    year: String,
}

/// Take the snapshot of a year (this year or one before it): the census as
/// it is now, counted; a second snapshot of a year replaces the first.
pub async fn snapshot(
    ctx: Ctx,
    State(st): State<AppState>,
    CensusKeeper(a): CensusKeeper,
    Form(f): Form<SnapshotForm>,
) -> Result<Response, AppError> {
    let this = st.store.now().year();
    match f.year.trim().parse::<i32>().ok().filter(|y| (this - 50..=this).contains(y)) {
        Some(year) => {
            st.store.take_census_snapshot(a.n.id, year).await?;
            Ok(see_other(&format!("/n/{}/census/statistics?notice=notice-census-snapshot", a.n.slug)))
        }
        None => {
            let errors = FieldError::new("year", "err-census-year").into();
            render_invalid(&stats_page(&ctx, &st, &a, Measure::Online, errors, f.year).await?)
        }
    }
}

/// When a new year has begun in a quarter (in its first week, in the
/// quarter's time zone), the census as it stands is kept as the snapshot of
/// the year that ended, once: the worker asks every minute of those days,
/// and a coordinator's own snapshot of that year counts. A census begun in
/// the new year is not taken for the old one.
pub async fn snapshot_year_end(st: &AppState) -> Result<usize, AppError> {
    use chrono::Datelike;
    let now = st.store.now();
    // The furthest time zone ahead is UTC+14: by then the year has turned
    // everywhere it is going to turn in the next hours.
    let ahead = now + chrono::Duration::hours(14);
    if ahead.ordinal() > 8 {
        return Ok(0);
    }
    let year = ahead.year() - 1;
    let first: std::collections::HashMap<_, _> = st.store.censuses_without_snapshot(year).await?.into_iter().collect();
    let ids: Vec<_> = first.keys().copied().collect();
    let mut taken = 0;
    for n in st.store.neighbourhoods_by_ids(&ids).await? {
        let tz = crate::views::tz_of(Some(&n));
        let local = now.with_timezone(&tz).date_naive();
        let turned = chrono::NaiveDate::from_ymd_opt(year + 1, 1, 1)
            .map(|d| quartier_core::event::local_to_utc(tz, d.and_time(chrono::NaiveTime::MIN)));
        let begun_before = first.get(&n.id).zip(turned).is_some_and(|(f, t)| *f < t);
        if local.year() == year + 1 && local.ordinal() <= 7 && begun_before {
            st.store.take_census_snapshot(n.id, year).await?;
            taken += 1;
        }
    }
    Ok(taken)
}
