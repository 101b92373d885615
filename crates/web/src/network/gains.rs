//! Gains and pains: what each partner brings to the network, what it
//! expects and what it gets. A partner on the platform writes its own part
//! (its administrators); the coordinator records it only for outside
//! partners. The balance view shows who gives much and gets little.

use super::access::NetworkReader;
use super::measures::money;
use super::pages::{BalanceBar, BalancePage, BalanceRow, GainsFields, PartnerPage};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::extractors::{Form, Path, Query};
use crate::page::{NoticeQuery, notice, render, render_invalid, see_other};
use crate::views::{names_of, view};
use axum::extract::State;
use axum::response::Response;
use quartier_core::FieldErrors;
use quartier_core::network::{self as net, Contribution, NetworkAction};
use quartier_store::entity::network_partner;
use quartier_store::network::Gains;
use uuid::Uuid;

fn fields_of(ctx: &Ctx, p: &network_partner::Model) -> GainsFields {
    GainsFields {
        hours: p.brings_hours.map(|h| h.to_string()).unwrap_or_default(),
        money: p
            .brings_cents
            .map(|c| net::format_cents(c, "", ctx.locale() != quartier_core::locale::Locale::En).trim().to_string())
            .unwrap_or_default(),
        currency: p.brings_currency.clone(),
        rooms: p.brings_rooms.clone(),
        reach: p.brings_reach.clone(),
        expects: p.expects.clone(),
        gets: p.gets.clone(),
        rating: p.gets_rating.map(|r| r.to_string()).unwrap_or_default(),
    }
}

fn rating_label(ctx: &Ctx, r: Option<i32>) -> String {
    match r {
        Some(r) => ctx.t(&format!("network-rating-{r}")),
        None => ctx.t("network-rating-none"),
    }
}

async fn page(
    st: &AppState,
    ctx: &Ctx,
    a: &super::NetworkAccess,
    p: &network_partner::Model,
    f: GainsFields,
    errors: FieldErrors,
    notice: Option<String>,
) -> Result<PartnerPage, AppError> {
    let org = match p.organisation_id {
        Some(o) => st.store.organisations_by_ids(&[o]).await?.into_iter().next(),
        None => None,
    };
    let updated_by = match p.gains_updated_by {
        Some(u) => names_of(st, ctx, &[u]).await?.remove(&u).unwrap_or_default(),
        None => String::new(),
    };
    let updated = match p.gains_updated_at {
        Some(t) if updated_by.is_empty() => {
            ctx.t1("network-gains-updated", "date", &ctx.datetime(&t, &a.nb.n.timezone))
        }
        Some(t) => ctx.t2("network-gains-updated-by", "date", &ctx.datetime(&t, &a.nb.n.timezone), "name", &updated_by),
        None => ctx.t("network-gains-never"),
    };
    // What the partner lent through the shared pool in the last twelve months.
    let lent = match p.organisation_id {
        Some(o) => {
            let now = st.store.now();
            let n = st.store.pool_lent_by_organisation(o, now - chrono::Duration::days(365), now).await?;
            ctx.t1("network-pool-lent", "count", &n.to_string())
        }
        None => String::new(),
    };
    Ok(PartnerPage {
        ctx: ctx.clone(),
        n: view(&a.nb),
        notice,
        id: p.id.to_string(),
        name: p.name.clone(),
        kind: ctx.t(&format!("network-kind-{}", p.kind().tag())),
        org_name: org.as_ref().map(|o| o.name.clone()).unwrap_or_default(),
        org_href: org.as_ref().map(|o| format!("/o/{}", o.slug)).unwrap_or_default(),
        contact: p.contact.clone(),
        role: p.role.clone(),
        manage: a.may(NetworkAction::Manage),
        may_write: a.may_write_gains(p),
        outside: p.organisation_id.is_none(),
        hours: p.brings_hours.map(|h| ctx.t1("network-hours-per-month", "count", &h.to_string())).unwrap_or_default(),
        money: p.brings_cents.map(|c| money(ctx, c, &p.brings_currency)).unwrap_or_default(),
        rooms: p.brings_rooms.clone(),
        lent,
        reach: p.brings_reach.clone(),
        expects: p.expects.clone(),
        gets: p.gets.clone(),
        rating: rating_label(ctx, p.gets_rating),
        updated,
        errors,
        f,
        ratings: (0..=4).map(|r| (r.to_string(), rating_label(ctx, Some(r)))).collect(),
    })
}

/// A partner's page: what the coordinator keeps about it, and its gains
/// and pains, with the form for whoever may write them.
pub async fn partner(
    ctx: Ctx,
    State(st): State<AppState>,
    NetworkReader(a): NetworkReader,
    Path((_, id)): Path<(String, Uuid)>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let p = st.store.partner_in(a.nb.n.id, id).await?;
    let f = fields_of(&ctx, &p);
    render(&page(&st, &ctx, &a, &p, f, FieldErrors::new(), notice(&ctx, q.notice.as_deref())).await?)
}

fn parse(f: &GainsFields) -> Result<Gains, FieldErrors> {
    let mut e = FieldErrors::new();
    let hours = e.take(net::parse_hours(&f.hours));
    let cents = e.take(net::parse_optional_cents("money", &f.money));
    let currency = e.take(net::parse_currency("currency", &f.currency));
    let rooms = e.take(net::parse_gains_text("rooms", &f.rooms));
    let reach = e.take(net::parse_gains_text("reach", &f.reach));
    let expects = e.take(net::parse_gains_text("expects", &f.expects));
    let gets = e.take(net::parse_gains_text("gets", &f.gets));
    let rating = e.take(net::parse_rating(&f.rating));
    match (hours, cents, currency, rooms, reach, expects, gets, rating) {
        (
            Some(hours),
            Some(cents),
            Some(currency),
            Some(rooms),
            Some(reach),
            Some(expects),
            Some(gets),
            Some(gets_rating),
        ) if e.is_empty() => Ok(Gains { hours, cents, currency, rooms, reach, expects, gets, gets_rating }),
        _ => Err(e),
    }
}

/// Write a partner's gains and pains: its own administrators, or for an
/// outside partner the coordinator (`core::network::network`).
pub async fn save_gains(
    ctx: Ctx,
    State(st): State<AppState>,
    NetworkReader(a): NetworkReader,
    Path((_, id)): Path<(String, Uuid)>,
    Form(f): Form<GainsFields>,
) -> Result<Response, AppError> {
    let p = st.store.partner_in(a.nb.n.id, id).await?;
    if !a.may_write_gains(&p) {
        return Err(AppError::Forbidden);
    }
    match parse(&f) {
        Ok(g) => {
            st.store.save_gains(a.nb.n.id, p.id, a.me, g).await?;
            Ok(see_other(&format!("{}/partners/{}?notice=notice-saved", a.base(), p.id)))
        }
        Err(e) => render_invalid(&page(&st, &ctx, &a, &p, f, e, None).await?),
    }
}

/// Width of the balance chart's bars at 100 %, and where they start.
const BAR_W: u32 = 300;
const NAME_W: u32 = 200;
const ROW_H: u32 = 44;

/// Who gives much and gets little: each partner's share of what is given
/// and what it says it gets, as a chart with a table and in words.
pub async fn balance(
    ctx: Ctx,
    State(st): State<AppState>,
    NetworkReader(a): NetworkReader,
) -> Result<Response, AppError> {
    let partners = st.store.all_partners(a.nb.n.id).await?;
    let contributions: Vec<Contribution> = partners
        .iter()
        .map(|p| Contribution {
            hours: p.brings_hours.and_then(|h| u32::try_from(h).ok()).unwrap_or(0),
            cents: p.brings_cents.and_then(|c| u64::try_from(c).ok()).unwrap_or(0),
            gets: p.gets_rating.and_then(|r| u8::try_from(r).ok()),
        })
        .collect();
    let standings = net::balance(&contributions);
    let mut rows = Vec::new();
    let mut bars = Vec::new();
    let mut uneven = Vec::new();
    for (i, (p, s)) in partners.iter().zip(&standings).enumerate() {
        if s.uneven() {
            uneven.push(p.name.clone());
        }
        let y = 10 + ROW_H * i as u32;
        bars.push(BalanceBar {
            name: p.name.clone(),
            y,
            gives_w: BAR_W * s.gives / 100,
            gets_w: s.gets.map(|g| BAR_W * g / 100).unwrap_or(0),
            uneven: s.uneven(),
        });
        rows.push(BalanceRow {
            id: p.id.to_string(),
            name: p.name.clone(),
            hours: p.brings_hours.map(|h| h.to_string()).unwrap_or_default(),
            money: p.brings_cents.map(|c| money(&ctx, c, &p.brings_currency)).unwrap_or_default(),
            gives: format!("{} %", s.gives),
            gets: s.gets.map(|g| format!("{g} %")).unwrap_or_else(|| ctx.t("network-rating-none")),
            uneven: s.uneven(),
        });
    }
    let summary = if partners.is_empty() {
        String::new()
    } else if uneven.is_empty() {
        ctx.t("network-balance-even")
    } else {
        ctx.t1("network-balance-uneven", "name", &uneven.join(", "))
    };
    render(&BalancePage {
        n: view(&a.nb),
        width: NAME_W + BAR_W + 60,
        height: 20 + ROW_H * partners.len() as u32,
        name_w: NAME_W,
        bars,
        rows,
        summary,
        ctx,
    })
}
