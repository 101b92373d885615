//! Route handlers and guards; see the module documentation one level up.

use super::pages::{PresetLink, PublishedPage, PublishedRow, ReportPage};
use super::report;
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::extractors::{Form, Query};
use crate::guards::{NbAccess, nb_access};
use crate::page::{Confirm, ConfirmPage, NoticeQuery, notice, render, render_invalid, see_other};
use crate::views::{tz_of, view};
use axum::extract::{FromRequestParts, RawPathParams, State};
use axum::http::request::Parts;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use quartier_core::FieldErrors;
use quartier_core::impact::{self, Comparison, ImpactAction, Period, Preset, parse_reach};
use quartier_store::StoreError;
use serde::Deserialize;
use uuid::Uuid;

/// Published reports listed on the report page.
const PUBLISHED_LIMIT: u64 = 24;

/// Who may see the neighbourhood `{slug}`'s report before it is published:
/// `ImpactAction::ViewReport` (its coordinators and the operator). Login
/// is asked first.
pub struct ReportReader(pub NbAccess);

async fn nb_for(parts: &mut Parts, st: &AppState, action: ImpactAction) -> Result<NbAccess, AppError> {
    let ctx = Ctx::from_request_parts(parts, st).await?;
    ctx.require_user()?;
    let params = RawPathParams::from_request_parts(parts, st).await.map_err(|_| AppError::NotFound)?;
    let slug = params.iter().find(|(k, _)| *k == "slug").map(|(_, v)| v.to_string()).ok_or(AppError::NotFound)?;
    let a = nb_access(st, &ctx, &slug).await?;
    if !impact::impact(&a.actor, action) {
        return Err(AppError::Forbidden);
    }
    Ok(a)
}

impl FromRequestParts<AppState> for ReportReader {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Self, AppError> {
        Ok(ReportReader(nb_for(parts, st, ImpactAction::ViewReport).await?))
    }
}

/// A coordinator of `{slug}` who enters the notice board's count and
/// publishes: `ImpactAction::Publish` (granted with `CountNoticeBoard`).
pub struct ReportEditor(pub NbAccess);

impl FromRequestParts<AppState> for ReportEditor {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Self, AppError> {
        Ok(ReportEditor(nb_for(parts, st, ImpactAction::Publish).await?))
    }
}

/// The period of a report, as the address carries it: a preset, or both
/// dates; nothing at all is last month.
#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct PeriodQuery {
    preset: String,
    from: String,
    to: String,
    notice: Option<String>,
}

impl PeriodQuery {
    fn period(&self, a: &NbAccess, st: &AppState) -> Result<Period, FieldErrors> {
        let today = st.store.now().with_timezone(&tz_of(Some(&a.n))).date_naive();
        if let Some(p) = Preset::from_tag(&self.preset) {
            return Ok(Period::preset(p, today));
        }
        if self.from.trim().is_empty() && self.to.trim().is_empty() {
            return Ok(Period::preset(Preset::LastMonth, today));
        }
        Period::parse(&self.from, &self.to)
    }
}

fn range(p: Period) -> String {
    format!("from={}&to={}", p.from, p.to)
}

/// The figures of `p` compared with the period before it: two statements.
async fn figures(st: &AppState, a: &NbAccess, p: Period) -> Result<(Period, Vec<Comparison>), AppError> {
    let tz = tz_of(Some(&a.n));
    let previous = p.previous();
    let now = st.store.impact_figures(a.n.id, p, p.bounds(tz)).await?;
    let before = st.store.impact_figures(a.n.id, previous, previous.bounds(tz)).await?;
    Ok((previous, report::compare(&now, &before)))
}

#[allow(clippy::too_many_arguments)]
async fn report_page(
    ctx: &Ctx,
    st: &AppState,
    a: &NbAccess,
    from: String,
    to: String,
    people: Option<String>,
    period: Option<Period>,
    errors: FieldErrors,
    notice_key: Option<&str>,
) -> Result<ReportPage, AppError> {
    let w = ctx.words();
    let base = format!("/n/{}/impact", a.n.slug);
    let report = match period {
        Some(p) => {
            let (previous, comps) = figures(st, a, p).await?;
            Some(report::view(w, p, previous, &comps))
        }
        None => None,
    };
    let typed_people = match (people, period) {
        (Some(t), _) => t,
        (None, Some(p)) => st.store.notice_reach(a.n.id, p).await?.map(|n| n.to_string()).unwrap_or_default(),
        (None, None) => String::new(),
    };
    let published = st
        .store
        .impact_reports(a.n.id, PUBLISHED_LIMIT)
        .await?
        .into_iter()
        .map(|r| PublishedRow {
            href: format!("{base}/reports/{}", r.id),
            period: report::period_text(w, quartier_store::impact::period_of(&r)),
        })
        .collect();
    let presets = Preset::ALL
        .iter()
        .map(|p| PresetLink {
            href: format!("{base}?preset={}", p.tag()),
            label: ctx.t(&format!("impact-preset-{}", p.tag().replace('_', "-"))),
        })
        .collect();
    let q = period.map(range).unwrap_or_default();
    Ok(ReportPage {
        ctx: ctx.clone(),
        n: view(a),
        notice: notice(ctx, notice_key),
        errors,
        from,
        to,
        report,
        presets,
        people: typed_people,
        may_count: impact::impact(&a.actor, ImpactAction::CountNoticeBoard),
        may_publish: impact::impact(&a.actor, ImpactAction::Publish),
        csv_href: format!("{base}.csv?{q}"),
        json_href: format!("/api/v1/neighbourhoods/{}/impact?{q}", a.n.slug),
        publish_action: format!("{base}/publish?{q}"),
        published,
    })
}

/// The report of a period, with the period before for comparison.
pub async fn show(
    ctx: Ctx,
    State(st): State<AppState>,
    ReportReader(a): ReportReader,
    Query(q): Query<PeriodQuery>,
) -> Result<Response, AppError> {
    match q.period(&a, &st) {
        Ok(p) => {
            let page = report_page(
                &ctx,
                &st,
                &a,
                p.from.to_string(),
                p.to.to_string(),
                None,
                Some(p),
                FieldErrors::new(),
                q.notice.as_deref(),
            )
            .await?;
            render(&page)
        }
        Err(errors) => render_invalid(&report_page(&ctx, &st, &a, q.from, q.to, None, None, errors, None).await?),
    }
}

/// The report as CSV, the labels in the reader's language.
pub async fn csv(
    ctx: Ctx,
    State(st): State<AppState>,
    ReportReader(a): ReportReader,
    Query(q): Query<PeriodQuery>,
) -> Result<Response, AppError> {
    let p = q.period(&a, &st).map_err(AppError::Validation)?;
    let (previous, comps) = figures(&st, &a, p).await?;
    let body = report::to_csv(ctx.words(), p, previous, &comps);
    let mut r = body.into_response();
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8"));
    let name = format!("attachment; filename=\"impact-{}-{}-{}.csv\"", a.n.slug, p.from, p.to);
    if let Ok(v) = HeaderValue::from_str(&name) {
        r.headers_mut().insert(header::CONTENT_DISPOSITION, v);
    }
    Ok(r)
}

/// The report as JSON; a bad period is a problem document naming the field.
pub async fn api(
    State(st): State<AppState>,
    ReportReader(a): ReportReader,
    Query(q): Query<PeriodQuery>,
) -> Result<Response, AppError> {
    let p = q.period(&a, &st).map_err(AppError::Validation)?;
    let (previous, comps) = figures(&st, &a, p).await?;
    let mut v = report::to_json(p, previous, &comps);
    v["neighbourhood"] = serde_json::Value::String(a.n.slug.clone());
    Ok(crate::api::json(v))
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct ReachForm {
    from: String,
    to: String,
    people: String,
}

/// The coordinator enters the people reached through the printed notice
/// board in a period.
pub async fn count_notice_board(
    ctx: Ctx,
    State(st): State<AppState>,
    ReportEditor(a): ReportEditor,
    Form(f): Form<ReachForm>,
) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    let period = Period::parse(&f.from, &f.to);
    let people = parse_reach(&f.people);
    match (period, people) {
        (Ok(p), Ok(n)) => {
            st.store.set_notice_reach(a.n.id, p, n, me).await?;
            Ok(see_other(&format!("/n/{}/impact?{}&notice=notice-impact-counted", a.n.slug, range(p))))
        }
        (period, people) => {
            let mut errors = period.as_ref().err().cloned().unwrap_or_default();
            if let Err(e) = people {
                errors.push(e);
            }
            let p = period.ok();
            render_invalid(&report_page(&ctx, &st, &a, f.from, f.to, Some(f.people), p, errors, None).await?)
        }
    }
}

/// Publish the report of a period on the neighbourhood's page, after
/// asking: the figures are frozen as they are shown now.
pub async fn publish(
    ctx: Ctx,
    State(st): State<AppState>,
    ReportEditor(a): ReportEditor,
    Query(q): Query<PeriodQuery>,
    Form(c): Form<Confirm>,
) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    let p = match q.period(&a, &st) {
        Ok(p) => p,
        Err(errors) => {
            return render_invalid(&report_page(&ctx, &st, &a, q.from, q.to, None, None, errors, None).await?);
        }
    };
    let w = ctx.words();
    if !c.given() {
        return render(&ConfirmPage {
            title: ctx.t("impact-publish-title"),
            text: ctx.t1("impact-publish-text", "period", &report::period_text(w, p)),
            action: format!("/n/{}/impact/publish?{}", a.n.slug, range(p)),
            yes: ctx.t("impact-publish-yes"),
            back: format!("/n/{}/impact?{}", a.n.slug, range(p)),
            ctx,
            keep: Vec::new(),
        });
    }
    let (previous, comps) = figures(&st, &a, p).await?;
    let snapshot = report::to_json(p, previous, &comps).to_string();
    match st.store.publish_impact(a.n.id, p, &snapshot, me).await {
        Ok(r) => Ok(see_other(&format!("/n/{}/impact/reports/{}?notice=notice-impact-published", a.n.slug, r.id))),
        Err(StoreError::Conflict(_)) => Err(AppError::Conflict("err-impact-overlap")),
        Err(e) => Err(e.into()),
    }
}

/// A published report, for anyone: its frozen figures and a summary in
/// short sentences.
pub async fn published(
    ctx: Ctx,
    State(st): State<AppState>,
    crate::extractors::Path((slug, id)): crate::extractors::Path<(String, String)>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let a = nb_access(&st, &ctx, &slug).await?;
    if !impact::impact(&a.actor, ImpactAction::ViewPublished) {
        return Err(AppError::Forbidden);
    }
    let id: Uuid = id.parse().map_err(|_| AppError::NotFound)?;
    let r = st.store.impact_report(a.n.id, id).await?;
    let v: serde_json::Value = serde_json::from_str(&r.figures).unwrap_or_default();
    let period = quartier_store::impact::period_of(&r);
    let (previous, comps) = report::from_json(&v);
    let w = ctx.words();
    render(&PublishedPage {
        notice: notice(&ctx, q.notice.as_deref()),
        n: view(&a),
        report: Some(report::view(w, period, previous.unwrap_or(period.previous()), &comps)),
        published_on: ctx.t1("impact-published-on", "date", &ctx.date(&r.published_at)),
        summary: report::summary(w, period, &comps),
        ctx,
    })
}
