//! A report's figures in every shape they leave the server in: the page's
//! tables and charts, CSV, JSON and the frozen snapshot of a published
//! report. All of them start from `core::impact::Comparison`, so nothing
//! below the threshold leaves in any of them.

use super::pages::{BarRow, ChartView, FigureRow, ReportView, SectionView};
use crate::i18n::Words;
use chrono::NaiveDate;
use quartier_core::impact::{Comparison, Metric, Period, Section, Shown, THRESHOLD, bar_widths};
use quartier_store::impact::Figures;
use serde_json::{Value, json};

/// The figures of a period next to those of the period before.
pub fn compare(now: &Figures, before: &Figures) -> Vec<Comparison> {
    Metric::ALL.iter().map(|m| Comparison::of(*m, now.get(*m), before.get(*m))).collect()
}

fn key(prefix: &str, tag: &str) -> String {
    format!("{prefix}-{}", tag.replace('_', "-"))
}

pub fn metric_label(w: Words, m: Metric) -> String {
    w.t(&key("impact-metric", m.tag()))
}

/// A figure as the page and the summary write it.
pub fn shown_text(w: Words, s: Shown) -> String {
    match s {
        Shown::Exact(n) => n.to_string(),
        Shown::FewerThan => w.t1("impact-fewer-than", "count", &THRESHOLD.to_string()),
    }
}

fn change_text(w: Words, c: Option<i64>) -> String {
    match c {
        Some(d) if d > 0 => format!("+{d}"),
        Some(d) if d < 0 => format!("−{}", d.unsigned_abs()),
        Some(_) => "0".into(),
        None => w.t("impact-change-hidden"),
    }
}

pub fn day_text(w: Words, d: NaiveDate) -> String {
    w.day(d)
}

pub fn period_text(w: Words, p: Period) -> String {
    w.t2("impact-period", "from", &day_text(w, p.from), "to", &day_text(w, p.to))
}

/// The longest bar, in pixels.
const BAR: u32 = 300;

/// The report's sections with their tables and charts.
pub fn view(w: Words, period: Period, previous: Period, comps: &[Comparison]) -> ReportView {
    let sections = Section::ALL
        .iter()
        .map(|s| {
            let here: Vec<&Comparison> = comps.iter().filter(|c| c.metric.section() == *s).collect();
            let title = w.t(&key("impact-section", s.tag()));
            let rows = here
                .iter()
                .map(|c| FigureRow {
                    label: metric_label(w, c.metric),
                    now: shown_text(w, c.now),
                    before: shown_text(w, c.before),
                    change: change_text(w, c.change),
                })
                .collect();
            let mut desc = Vec::new();
            let bars = here
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    let widths = bar_widths(&[c.now, c.before]);
                    let px = |v: Option<&Option<u32>>| v.copied().flatten().map(|p| p * BAR / 100);
                    let label = metric_label(w, c.metric);
                    desc.push(w.ta(
                        "impact-chart-line",
                        &[("label", label.clone()), ("now", shown_text(w, c.now)), ("before", shown_text(w, c.before))],
                    ));
                    BarRow {
                        label,
                        y: i as u32 * 56,
                        now: px(widths.first()),
                        before: px(widths.get(1)),
                        now_text: shown_text(w, c.now),
                        before_text: shown_text(w, c.before),
                    }
                })
                .collect::<Vec<_>>();
            let height = bars.len() as u32 * 56 + 8;
            SectionView {
                id: s.tag().to_string(),
                chart: ChartView {
                    id: format!("chart-{}", s.tag()),
                    title: w.t1("impact-chart-title", "section", &title),
                    desc: desc.join(" "),
                    height,
                    bars,
                },
                title,
                rows,
            }
        })
        .collect();
    ReportView { period: period_text(w, period), previous: period_text(w, previous), sections }
}

fn shown_json(s: Shown) -> Value {
    match s {
        Shown::Exact(n) => json!({ "value": n }),
        Shown::FewerThan => json!({ "fewer_than": THRESHOLD }),
    }
}

/// The report as the API and a published snapshot carry it.
pub fn to_json(period: Period, previous: Period, comps: &[Comparison]) -> Value {
    let figures: Vec<Value> = comps
        .iter()
        .map(|c| {
            json!({
                "metric": c.metric.tag(),
                "now": shown_json(c.now),
                "before": shown_json(c.before),
                "change": c.change,
            })
        })
        .collect();
    json!({
        "from": period.from.to_string(),
        "to": period.to.to_string(),
        "previous_from": previous.from.to_string(),
        "previous_to": previous.to.to_string(),
        "threshold": THRESHOLD,
        "figures": figures,
    })
}

fn shown_from(v: &Value) -> Shown {
    match v.get("value").and_then(Value::as_u64) {
        Some(n) => Shown::of(n),
        None => Shown::FewerThan,
    }
}

/// A published snapshot read back: its previous period and figures. A
/// figure missing from an older snapshot reads "fewer than 5".
pub fn from_json(v: &Value) -> (Option<Period>, Vec<Comparison>) {
    let day = |k: &str| v.get(k).and_then(Value::as_str).and_then(|s| s.parse::<NaiveDate>().ok());
    let previous = match (day("previous_from"), day("previous_to")) {
        (Some(from), Some(to)) => Some(Period { from, to }),
        _ => None,
    };
    let list = v.get("figures").and_then(Value::as_array).cloned().unwrap_or_default();
    let comps = Metric::ALL
        .iter()
        .map(|m| {
            let f = list.iter().find(|f| f.get("metric").and_then(Value::as_str) == Some(m.tag()));
            let now = f.and_then(|f| f.get("now")).map(shown_from).unwrap_or(Shown::FewerThan);
            let before = f.and_then(|f| f.get("before")).map(shown_from).unwrap_or(Shown::FewerThan);
            let change = match (now, before) {
                (Shown::Exact(a), Shown::Exact(b)) => Some(a as i64 - b as i64),
                _ => None,
            };
            Comparison { metric: *m, now, before, change }
        })
        .collect();
    (previous, comps)
}

fn csv_field(s: &str) -> String {
    // Quoted always; a leading formula character is defused for
    // spreadsheets.
    let s = if s.starts_with(['=', '+', '-', '@']) { format!("'{s}") } else { s.to_string() };
    format!("\"{}\"", s.replace('"', "\"\""))
}

fn shown_csv(s: Shown) -> String {
    match s {
        Shown::Exact(n) => n.to_string(),
        Shown::FewerThan => format!("<{THRESHOLD}"),
    }
}

/// The report as CSV: one line per figure, labels in the reader's language.
pub fn to_csv(w: Words, period: Period, previous: Period, comps: &[Comparison]) -> String {
    let mut out = String::from("metric,label,from,to,value,previous_from,previous_to,previous_value,change\r\n");
    for c in comps {
        let line = [
            c.metric.tag().to_string(),
            csv_field(&metric_label(w, c.metric)),
            period.from.to_string(),
            period.to.to_string(),
            shown_csv(c.now),
            previous.from.to_string(),
            previous.to.to_string(),
            shown_csv(c.before),
            c.change.map(|d| d.to_string()).unwrap_or_default(),
        ];
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

/// The short summary of a published report, one sentence a line.
pub fn summary(w: Words, period: Period, comps: &[Comparison]) -> Vec<String> {
    let get = |m: Metric| comps.iter().find(|c| c.metric == m).map(|c| c.now).unwrap_or(Shown::FewerThan);
    let mut out = vec![w.t2("impact-easy-intro", "from", &day_text(w, period.from), "to", &day_text(w, period.to))];
    for (m, k) in [
        (Metric::Members, "impact-easy-members"),
        (Metric::HelpDone, "impact-easy-help"),
        (Metric::HelpHours, "impact-easy-hours"),
        (Metric::Events, "impact-easy-events"),
        (Metric::Attendance, "impact-easy-attendance"),
        (Metric::Organisations, "impact-easy-organisations"),
        (Metric::NoticeBoard, "impact-easy-notice-board"),
    ] {
        out.push(w.t1(k, "count", &shown_text(w, get(m))));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_snapshot_reads_back_as_written_and_keeps_small_counts_hidden() {
        let mut now = Figures::default();
        let mut before = Figures::default();
        for m in Metric::ALL {
            now.0.push((m, 7));
            before.0.push((m, 3));
        }
        let p = Period { from: "2026-11-01".parse().unwrap(), to: "2026-11-30".parse().unwrap() };
        let comps = compare(&now, &before);
        let v = to_json(p, p.previous(), &comps);
        let text = v.to_string();
        assert!(!text.contains("\"value\":3"), "{text}");
        let (prev, back) = from_json(&v);
        assert_eq!(prev, Some(p.previous()));
        assert_eq!(back, comps);
        let csv = to_csv(Words::new(Default::default(), chrono::Utc::now()), p, p.previous(), &comps);
        assert!(csv.lines().nth(1).unwrap().ends_with(",7,2026-10-02,2026-10-31,<5,"), "{csv}");
    }
}
