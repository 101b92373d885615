//! Organisations' own domains: the operator serves an organisation's site
//! under a host name that points at the instance (`crate::domains` does
//! the serving). Only the operator maps names: a name decides who answers
//! for a whole web address, so it is the instance's call, made once the
//! organisation shows it owns the name.

use super::pages::{DomainRow, DomainsPage};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::extractors::{Form, Query};
use crate::guards::Operator;
use crate::page::{NoticeQuery, notice, render, render_invalid, see_other};
use axum::extract::State;
use axum::response::Response;
use quartier_core::FieldErrors;
use quartier_core::org_site::{parse_host, parse_org_address};
use quartier_core::validation::FieldError;
use quartier_store::StoreError;
use serde::Deserialize;

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct DomainForm {
    host: String,
    organisation: String,
}

async fn page(
    ctx: &Ctx,
    st: &AppState,
    errors: FieldErrors,
    f: DomainForm,
    note: Option<String>,
) -> Result<DomainsPage, AppError> {
    let domains = st
        .store
        .org_domains()
        .await?
        .into_iter()
        .map(|(d, o)| DomainRow {
            host: d.host,
            org_name: o.as_ref().map(|o| o.name.clone()).unwrap_or_default(),
            org_href: o.map(|o| format!("/o/{}", o.slug)).unwrap_or_default(),
        })
        .collect();
    Ok(DomainsPage { ctx: ctx.clone(), notice: note, errors, domains, host: f.host, organisation: f.organisation })
}

/// The host names organisations' sites are served under.
pub async fn show(
    _: Operator,
    ctx: Ctx,
    State(st): State<AppState>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let note = notice(&ctx, q.notice.as_deref());
    render(&page(&ctx, &st, FieldErrors::new(), DomainForm::default(), note).await?)
}

/// Serve an organisation's site under a host name.
pub async fn add(
    _: Operator,
    ctx: Ctx,
    State(st): State<AppState>,
    Form(f): Form<DomainForm>,
) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    let mut errors = FieldErrors::new();
    let host = errors.take(parse_host(&f.host));
    let slug = errors.take(parse_org_address("organisation", &f.organisation));
    let org = match &slug {
        Some(s) => match st.store.organisation_by_slug(s).await {
            Ok(o) => Some(o),
            Err(StoreError::NotFound) => {
                errors.push(FieldError::new("organisation", "err-org-unknown"));
                None
            }
            Err(e) => return Err(e.into()),
        },
        None => None,
    };
    // The instance's own name never serves one organisation.
    if let Some(h) = &host
        && crate::domains::is_own_host(&st, h)
    {
        errors.push(FieldError::new("host", "err-host-own"));
    }
    let (Some(host), Some(org), true) = (host, org, errors.is_empty()) else {
        return render_invalid(&page(&ctx, &st, errors, f, None).await?);
    };
    match st.store.add_org_domain(&host, org.id).await {
        Ok(()) => {}
        Err(StoreError::Conflict(_)) => {
            return render_invalid(&page(&ctx, &st, FieldError::new("host", "err-host-taken").into(), f, None).await?);
        }
        Err(e) => return Err(e.into()),
    }
    st.domains.forget(&host);
    st.store.audit_org(org.id, Some(me), "domain_added", None, &host).await?;
    Ok(see_other("/admin/domains?notice=notice-domain-added"))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RemoveForm {
    host: String,
}

/// Stop serving a site under a host name.
pub async fn remove(
    _: Operator,
    ctx: Ctx,
    State(st): State<AppState>,
    Form(f): Form<RemoveForm>,
) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    let host = f.host.trim().to_lowercase();
    let org = st.store.org_slug_for_host(&host).await?;
    match st.store.remove_org_domain(&host).await {
        Ok(()) => {}
        Err(StoreError::NotFound) => return Err(AppError::NotFound),
        Err(e) => return Err(e.into()),
    }
    st.domains.forget(&host);
    if let Some(slug) = org {
        let o = st.store.organisation_by_slug(&slug).await?;
        st.store.audit_org(o.id, Some(me), "domain_removed", None, &host).await?;
    }
    Ok(see_other("/admin/domains?notice=notice-domain-removed"))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AskQuery {
    domain: String,
}

/// The question a TLS proxy asks before it gets a certificate for a name
/// it was never told about (Caddy's `on_demand_tls { ask … }`): 200 when
/// the name is mapped to an organisation, 404 otherwise. Without it anyone
/// pointing a name at the instance could make the proxy fetch certificates
/// for it. Whether a name is mapped is public anyway: the name serves the
/// organisation's site.
pub async fn tls_allowed(State(st): State<AppState>, Query(q): Query<AskQuery>) -> Result<&'static str, AppError> {
    let host = parse_host(&q.domain).map_err(|_| AppError::NotFound)?;
    match st.store.org_slug_for_host(&host).await? {
        Some(_) => Ok("ok"),
        None => Err(AppError::NotFound),
    }
}
