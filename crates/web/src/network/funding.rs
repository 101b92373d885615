//! What pays for the network: funding sources with their period and the
//! measures that depend on them, and the runway that shows, month by
//! month, which measures lose their money when.

use super::access::{NetworkAccess, NetworkCoordinator, NetworkReader};
use super::measures::money;
use super::pages::{
    FundingFields, FundingFormPage, FundingRow, FundingsPage, MeasureBar, MeasureCheck, MonthCell, MonthRow, RunwayPage,
};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::extractors::{Form, Path, Query};
use crate::page::{PagedQuery, Pager, notice, render, render_invalid, see_other};
use crate::views::{Choice, tz_of, view};
use axum::extract::State;
use axum::response::Response;
use chrono::{Datelike, NaiveDate};
use quartier_core::network::{self as net, FundingKind, NetworkAction};
use quartier_core::{FieldError, FieldErrors};
use quartier_store::StoreError;
use quartier_store::network::NewFunding;
use std::collections::HashMap;
use uuid::Uuid;

/// Months the runway looks ahead.
pub const RUNWAY_MONTHS: u32 = 24;

fn kind_label(ctx: &Ctx, k: FundingKind) -> String {
    ctx.t(&format!("network-funding-kind-{}", k.tag().replace('_', "-")))
}

/// A day in the reader's language.
pub(super) fn day_label(ctx: &Ctx, d: NaiveDate) -> String {
    ctx.words().day(d)
}

/// "März 2027" in the reader's language.
fn month_label(ctx: &Ctx, m: NaiveDate) -> String {
    format!("{} {}", ctx.t(&format!("month-{}", m.month())), m.year())
}

/// Today in the neighbourhood's calendar.
pub(super) fn today(st: &AppState, a: &NetworkAccess) -> NaiveDate {
    st.store.now().with_timezone(&tz_of(Some(&a.nb.n))).date_naive()
}

/// The funding sources, the one ending first first, a page at a time.
pub async fn funding(
    ctx: Ctx,
    State(st): State<AppState>,
    NetworkReader(a): NetworkReader,
    Query(q): Query<PagedQuery>,
) -> Result<Response, AppError> {
    let page = st.store.funding_page(a.nb.n.id, q.at.cursor()).await?;
    let ids: Vec<Uuid> = page.items.iter().map(|f| f.id).collect();
    let links = st.store.funding_links(&ids).await?;
    let measure_ids: Vec<Uuid> = links.iter().map(|l| l.measure_id).collect();
    let names: HashMap<Uuid, String> =
        st.store.measures_by_ids(&measure_ids).await?.into_iter().map(|m| (m.id, m.name)).collect();
    let funder_ids: Vec<Uuid> = page.items.iter().filter_map(|f| f.funder_id).collect();
    let funders: HashMap<Uuid, String> =
        st.store.partners_by_ids(&funder_ids).await?.into_iter().map(|p| (p.id, p.name)).collect();
    let pager = Pager::new(&format!("{}/funding", a.base()), &page);
    let sources = page
        .items
        .into_iter()
        .map(|f| {
            let mut measures: Vec<String> = links
                .iter()
                .filter(|l| l.funding_id == f.id)
                .filter_map(|l| names.get(&l.measure_id).cloned())
                .collect();
            measures.sort();
            FundingRow {
                id: f.id.to_string(),
                kind: kind_label(&ctx, f.kind()),
                funder: f.funder_id.and_then(|p| funders.get(&p).cloned()).unwrap_or_default(),
                amount: money(&ctx, f.amount_cents, &f.currency),
                period: ctx.t2(
                    "network-period",
                    "from",
                    &day_label(&ctx, f.starts_on),
                    "to",
                    &day_label(&ctx, f.ends_on),
                ),
                measures: measures.join(", "),
                conditions: f.conditions,
                name: f.name,
            }
        })
        .collect();
    render(&FundingsPage {
        notice: notice(&ctx, q.notice.as_deref()),
        n: view(&a.nb),
        manage: a.may(NetworkAction::Manage),
        sources,
        pager,
        ctx,
    })
}

/// The form, its fields read from the posted pairs (the measures are one
/// checkbox each, all named `measure`).
fn fields(pairs: Vec<(String, String)>) -> FundingFields {
    let mut f = FundingFields::default();
    for (k, v) in pairs {
        match k.as_str() {
            "name" => f.name = v,
            "kind" => f.kind = v,
            "funder" => f.funder = v,
            "amount" => f.amount = v,
            "currency" => f.currency = v,
            "starts_on" => f.starts_on = v,
            "ends_on" => f.ends_on = v,
            "conditions" => f.conditions = v,
            "measure" => f.measures.push(v),
            _ => {}
        }
    }
    f
}

async fn form_page(
    st: &AppState,
    ctx: &Ctx,
    a: &NetworkAccess,
    action: String,
    editing: bool,
    f: FundingFields,
    errors: FieldErrors,
) -> Result<FundingFormPage, AppError> {
    let kinds = FundingKind::ALL.iter().map(|k| Choice { value: k.tag().into(), label: kind_label(ctx, *k) }).collect();
    let mut funders = vec![Choice { value: String::new(), label: ctx.t("network-funder-none") }];
    for p in st.store.all_partners(a.nb.n.id).await? {
        funders.push(Choice { value: p.id.to_string(), label: p.name });
    }
    let measures = st
        .store
        .all_measures(a.nb.n.id)
        .await?
        .into_iter()
        .map(|m| MeasureCheck { checked: f.measures.contains(&m.id.to_string()), id: m.id.to_string(), name: m.name })
        .collect();
    Ok(FundingFormPage { ctx: ctx.clone(), n: view(&a.nb), errors, action, editing, f, kinds, funders, measures })
}

fn parse(f: &FundingFields) -> Result<NewFunding, FieldErrors> {
    let mut e = FieldErrors::new();
    let name = e.take(net::parse_name(&f.name));
    let kind = e.take(FundingKind::parse(&f.kind));
    let funder = match f.funder.trim() {
        "" => Some(None),
        raw => e.take(raw.parse::<Uuid>().map(Some).map_err(|_| FieldError::new("funder", "err-network-funder"))),
    };
    let amount_cents = e.take(net::parse_cents("amount", &f.amount));
    let currency = e.take(net::parse_currency("currency", &f.currency));
    let period = match net::parse_period(&f.starts_on, &f.ends_on) {
        Ok(p) => Some(p),
        Err(errs) => {
            for x in errs {
                e.push(x);
            }
            None
        }
    };
    let conditions = e.take(net::parse_conditions(&f.conditions));
    let mut measures = Vec::new();
    for m in &f.measures {
        match m.parse::<Uuid>() {
            Ok(id) => measures.push(id),
            Err(_) => e.push(FieldError::new("measures", "err-network-measures")),
        }
    }
    match (name, kind, funder, amount_cents, currency, period, conditions) {
        (
            Some(name),
            Some(kind),
            Some(funder),
            Some(amount_cents),
            Some(currency),
            Some((starts_on, ends_on)),
            Some(conditions),
        ) if e.is_empty() => {
            Ok(NewFunding { name, kind, funder, amount_cents, currency, starts_on, ends_on, conditions, measures })
        }
        _ => Err(e),
    }
}

/// What the store refused, next to its field.
fn refused(e: StoreError) -> Result<FieldErrors, AppError> {
    match e {
        StoreError::Invalid("measures") => Ok(FieldError::new("measures", "err-network-measures").into()),
        StoreError::Invalid("funder") => Ok(FieldError::new("funder", "err-network-funder").into()),
        other => Err(other.into()),
    }
}

pub async fn funding_new(
    ctx: Ctx,
    State(st): State<AppState>,
    NetworkCoordinator(a): NetworkCoordinator,
) -> Result<Response, AppError> {
    let f =
        FundingFields { kind: FundingKind::Municipal.tag().into(), currency: "EUR".into(), ..FundingFields::default() };
    render(&form_page(&st, &ctx, &a, format!("{}/funding", a.base()), false, f, FieldErrors::new()).await?)
}

/// Add a funding source; nothing changes when a field or a measure is wrong.
pub async fn funding_create(
    ctx: Ctx,
    State(st): State<AppState>,
    NetworkCoordinator(a): NetworkCoordinator,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let f = fields(pairs);
    let errors = match parse(&f) {
        Ok(new) => match st.store.create_funding(a.nb.n.id, new).await {
            Ok(_) => return Ok(see_other(&format!("{}/funding?notice=notice-funding-added", a.base()))),
            Err(e) => refused(e)?,
        },
        Err(e) => e,
    };
    render_invalid(&form_page(&st, &ctx, &a, format!("{}/funding", a.base()), false, f, errors).await?)
}

pub async fn funding_edit(
    ctx: Ctx,
    State(st): State<AppState>,
    NetworkCoordinator(a): NetworkCoordinator,
    Path((_, id)): Path<(String, Uuid)>,
) -> Result<Response, AppError> {
    let s = st.store.funding_in(a.nb.n.id, id).await?;
    let links = st.store.funding_links(&[s.id]).await?;
    let f = FundingFields {
        name: s.name.clone(),
        kind: s.kind.clone(),
        funder: s.funder_id.map(|p| p.to_string()).unwrap_or_default(),
        amount: net::format_cents(s.amount_cents, "", ctx.locale() != quartier_core::locale::Locale::En)
            .trim()
            .to_string(),
        currency: s.currency.clone(),
        starts_on: s.starts_on.to_string(),
        ends_on: s.ends_on.to_string(),
        conditions: s.conditions.clone(),
        measures: links.iter().map(|l| l.measure_id.to_string()).collect(),
    };
    render(&form_page(&st, &ctx, &a, format!("{}/funding/{}/edit", a.base(), s.id), true, f, FieldErrors::new()).await?)
}

/// Change a funding source and the measures that depend on it.
pub async fn funding_update(
    ctx: Ctx,
    State(st): State<AppState>,
    NetworkCoordinator(a): NetworkCoordinator,
    Path((_, id)): Path<(String, Uuid)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let s = st.store.funding_in(a.nb.n.id, id).await?;
    let f = fields(pairs);
    let action = format!("{}/funding/{}/edit", a.base(), s.id);
    let errors = match parse(&f) {
        Ok(new) => match st.store.update_funding(a.nb.n.id, s.id, new).await {
            Ok(()) => return Ok(see_other(&format!("{}/funding?notice=notice-saved", a.base()))),
            Err(e) => refused(e)?,
        },
        Err(e) => e,
    };
    render_invalid(&form_page(&st, &ctx, &a, action, true, f, errors).await?)
}

/// Width of one month in the runway chart, and of the names before them.
const MONTH_W: u32 = 24;
const LABEL_W: u32 = 200;
const ROW_H: u32 = 28;

/// The runway: month by month, which measures have money and which lose
/// it when (a measure loses it when every source it depends on has ended).
pub async fn runway(
    ctx: Ctx,
    State(st): State<AppState>,
    NetworkReader(a): NetworkReader,
) -> Result<Response, AppError> {
    let r = st.store.runway(a.nb.n.id).await?;
    let months = net::months_from(today(&st, &a), RUNWAY_MONTHS);
    let mut bars = Vec::new();
    let mut lines = Vec::new();
    let mut month_rows: Vec<MonthRow> =
        months.iter().map(|m| MonthRow { label: month_label(&ctx, *m), funded: 0, losing: Vec::new() }).collect();
    for (i, m) in r.measures.iter().enumerate() {
        let until = net::funded_until(&r.ends_of(m.id));
        let cells: Vec<MonthCell> = months
            .iter()
            .enumerate()
            .map(|(j, mo)| MonthCell { x: LABEL_W + MONTH_W * j as u32, funded: net::funded_in(until, *mo) })
            .collect();
        for (j, c) in cells.iter().enumerate() {
            if c.funded {
                month_rows[j].funded += 1;
            } else if j == 0 || cells[j - 1].funded {
                month_rows[j].losing.push(m.name.clone());
            }
        }
        let text = match until {
            None => ctx.t1("network-runway-none", "name", &m.name),
            Some(u) => ctx.t2("network-runway-until", "name", &m.name, "date", &day_label(&ctx, u)),
        };
        lines.push(text);
        bars.push(MeasureBar {
            name: m.name.clone(),
            y: 30 + ROW_H * i as u32,
            until: until.map(|u| day_label(&ctx, u)).unwrap_or_else(|| ctx.t("network-runway-no-source")),
            cells,
        });
    }
    let ticks: Vec<(u32, String)> = months
        .iter()
        .enumerate()
        .filter(|(j, _)| j % 3 == 0)
        .map(|(j, m)| (LABEL_W + MONTH_W * j as u32, format!("{}/{}", m.month(), m.year() % 100)))
        .collect();
    let height = 40 + ROW_H * r.measures.len() as u32;
    render(&RunwayPage {
        n: view(&a.nb),
        width: LABEL_W + MONTH_W * RUNWAY_MONTHS + 10,
        height,
        month_w: MONTH_W,
        bar_h: ROW_H - 8,
        bars,
        ticks,
        months: month_rows,
        lines,
        from: month_label(&ctx, months.first().copied().unwrap_or_default()),
        to: month_label(&ctx, months.last().copied().unwrap_or_default()),
        ctx,
    })
}
