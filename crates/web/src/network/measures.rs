//! What the network does: measures, each carried by a platform activity,
//! with their cost per year.

use super::access::{NetworkCoordinator, NetworkReader};
use super::pages::{MeasureFields, MeasureFormPage, MeasureRow, MeasuresPage};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::extractors::{Form, Path, Query};
use crate::page::{PagedQuery, Pager, notice, render, render_invalid, see_other};
use crate::views::{Choice, view};
use axum::extract::State;
use axum::response::Response;
use quartier_core::FieldErrors;
use quartier_core::locale::Locale;
use quartier_core::network::{self as net, Activity, NetworkAction};
use quartier_store::network::NewMeasure;
use uuid::Uuid;

pub(super) fn activity_label(ctx: &Ctx, a: Activity) -> String {
    ctx.t(&format!("network-activity-{}", a.tag()))
}

/// Cents as the reader writes money.
pub(super) fn money(ctx: &Ctx, cents: i64, currency: &str) -> String {
    net::format_cents(cents, currency, ctx.locale() != Locale::En)
}

/// Cents as typed into a form again.
fn typed(ctx: &Ctx, cents: i64) -> String {
    let s = net::format_cents(cents, "", ctx.locale() != Locale::En);
    s.trim().to_string()
}

/// The measures of the network, by name, a page at a time.
pub async fn measures(
    ctx: Ctx,
    State(st): State<AppState>,
    NetworkReader(a): NetworkReader,
    Query(q): Query<PagedQuery>,
) -> Result<Response, AppError> {
    let page = st.store.measures_page(a.nb.n.id, q.at.cursor()).await?;
    let pager = Pager::new(&format!("{}/measures", a.base()), &page);
    let measures = page
        .items
        .into_iter()
        .map(|m| MeasureRow {
            id: m.id.to_string(),
            activity: activity_label(&ctx, m.activity()),
            cost: money(&ctx, m.cost_cents, &m.currency),
            description: m.description,
            name: m.name,
        })
        .collect();
    render(&MeasuresPage {
        notice: notice(&ctx, q.notice.as_deref()),
        n: view(&a.nb),
        manage: a.may(NetworkAction::Manage),
        measures,
        pager,
        ctx,
    })
}

fn form_page(
    ctx: &Ctx,
    a: &super::NetworkAccess,
    action: String,
    editing: bool,
    f: MeasureFields,
    errors: FieldErrors,
) -> MeasureFormPage {
    let activities =
        Activity::ALL.iter().map(|x| Choice { value: x.tag().into(), label: activity_label(ctx, *x) }).collect();
    MeasureFormPage { ctx: ctx.clone(), n: view(&a.nb), errors, action, editing, f, activities }
}

fn parse(f: &MeasureFields) -> Result<NewMeasure, FieldErrors> {
    let mut e = FieldErrors::new();
    let name = e.take(net::parse_name(&f.name));
    let description = e.take(net::parse_description(&f.description));
    let activity = e.take(Activity::parse(&f.activity));
    let cost_cents = e.take(net::parse_cents("cost", &f.cost));
    let currency = e.take(net::parse_currency("currency", &f.currency));
    match (name, description, activity, cost_cents, currency) {
        (Some(name), Some(description), Some(activity), Some(cost_cents), Some(currency)) if e.is_empty() => {
            Ok(NewMeasure { name, description, activity, cost_cents, currency })
        }
        _ => Err(e),
    }
}

pub async fn measure_new(ctx: Ctx, NetworkCoordinator(a): NetworkCoordinator) -> Result<Response, AppError> {
    let f = MeasureFields { activity: Activity::Help.tag().into(), currency: "EUR".into(), ..MeasureFields::default() };
    let action = format!("{}/measures", a.base());
    render(&form_page(&ctx, &a, action, false, f, FieldErrors::new()))
}

/// Add a measure to the network.
pub async fn measure_create(
    ctx: Ctx,
    State(st): State<AppState>,
    NetworkCoordinator(a): NetworkCoordinator,
    Form(f): Form<MeasureFields>,
) -> Result<Response, AppError> {
    match parse(&f) {
        Ok(m) => {
            st.store.create_measure(a.nb.n.id, m).await?;
            Ok(see_other(&format!("{}/measures?notice=notice-measure-added", a.base())))
        }
        Err(e) => render_invalid(&form_page(&ctx, &a, format!("{}/measures", a.base()), false, f, e)),
    }
}

pub async fn measure_edit(
    ctx: Ctx,
    State(st): State<AppState>,
    NetworkCoordinator(a): NetworkCoordinator,
    Path((_, id)): Path<(String, Uuid)>,
) -> Result<Response, AppError> {
    let m = st.store.measure_in(a.nb.n.id, id).await?;
    let f = MeasureFields {
        cost: typed(&ctx, m.cost_cents),
        activity: m.activity.clone(),
        currency: m.currency.clone(),
        description: m.description.clone(),
        name: m.name.clone(),
    };
    render(&form_page(&ctx, &a, format!("{}/measures/{}/edit", a.base(), m.id), true, f, FieldErrors::new()))
}

/// Change a measure.
pub async fn measure_update(
    ctx: Ctx,
    State(st): State<AppState>,
    NetworkCoordinator(a): NetworkCoordinator,
    Path((_, id)): Path<(String, Uuid)>,
    Form(f): Form<MeasureFields>,
) -> Result<Response, AppError> {
    let m = st.store.measure_in(a.nb.n.id, id).await?;
    match parse(&f) {
        Ok(new) => {
            st.store.update_measure(a.nb.n.id, m.id, new).await?;
            Ok(see_other(&format!("{}/measures?notice=notice-saved", a.base())))
        }
        Err(e) => render_invalid(&form_page(&ctx, &a, format!("{}/measures/{}/edit", a.base(), m.id), true, f, e)),
    }
}
