//! Route handlers; see the module documentation one level up.

use super::access::{NetworkAccess, NetworkCoordinator, NetworkReader};
use super::pages::{
    AttentionLine, OverviewPage, PartnerFields, PartnerFormPage, PartnerLink, PartnerRow, PartnersPage,
};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::extractors::{Form, Path, Query};
use crate::page::{NoticeQuery, PagedQuery, Pager, notice, render, render_invalid, see_other};
use crate::views::{Choice, view};
use axum::extract::State;
use axum::response::Response;
use quartier_core::network::{self as net, CanvasAction, NetworkAction, PartnerKind};
use quartier_core::{FieldError, FieldErrors};
use quartier_store::StoreError;
use quartier_store::network::NewPartner;
use std::collections::HashMap;
use uuid::Uuid;

fn kind_label(ctx: &Ctx, k: PartnerKind) -> String {
    ctx.t(&format!("network-kind-{}", k.tag()))
}

/// The network's start: what it keeps, for partners their own part, and
/// for coordinators what needs attention (funding ending, partners whose
/// gains and pains are old, measures whose activity has been quiet).
pub async fn overview(
    ctx: Ctx,
    State(st): State<AppState>,
    NetworkReader(a): NetworkReader,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let mine = a.administered.iter().map(|p| PartnerLink { id: p.id.to_string(), name: p.name.clone() }).collect();
    let manage = a.may(NetworkAction::Manage);
    let mut attention = Vec::new();
    if manage {
        let window = net::attention_window(super::funding::today(&st, &a), st.store.now());
        let r = st.store.runway(a.nb.n.id).await?;
        for s in r.sources.iter().filter(|s| window.ending(s.ends_on)) {
            let date = super::funding::day_label(&ctx, s.ends_on);
            attention.push(AttentionLine {
                text: ctx.t2("network-attention-funding", "name", &s.name, "date", &date),
                href: format!("{}/runway", a.base()),
            });
        }
        for p in st.store.all_partners(a.nb.n.id).await? {
            if window.stale(p.gains_updated_at, p.created_at) {
                attention.push(AttentionLine {
                    text: ctx.t1("network-attention-partner", "name", &p.name),
                    href: format!("{}/partners/{}", a.base(), p.id),
                });
            }
        }
        let active = st.store.network_attention(a.nb.n.id, &window).await?.active;
        for m in r.measures.iter().filter(|m| net::quiet(m.activity(), &active)) {
            let activity = super::measures::activity_label(&ctx, m.activity());
            attention.push(AttentionLine {
                text: ctx.t2("network-attention-measure", "name", &m.name, "subject", &activity),
                href: format!("{}/measures", a.base()),
            });
        }
    }
    // The canvas is offered to those its own rule lets read it.
    let canvas = manage
        || st.store.canvas(a.nb.n.id).await?.is_some_and(|c| net::canvas(a.viewer, c.visibility(), CanvasAction::Read));
    render(&OverviewPage {
        notice: notice(&ctx, q.notice.as_deref()),
        n: view(&a.nb),
        manage,
        mine,
        attention,
        canvas,
        ctx,
    })
}

/// The partners of the network, by name, a page at a time.
pub async fn partners(
    ctx: Ctx,
    State(st): State<AppState>,
    NetworkReader(a): NetworkReader,
    Query(q): Query<PagedQuery>,
) -> Result<Response, AppError> {
    let page = st.store.partners_page(a.nb.n.id, q.at.cursor()).await?;
    let org_ids: Vec<Uuid> = page.items.iter().filter_map(|p| p.organisation_id).collect();
    let orgs: HashMap<Uuid, (String, String)> = st
        .store
        .organisations_by_ids(&org_ids)
        .await?
        .into_iter()
        .map(|o| (o.id, (o.name, format!("/o/{}", o.slug))))
        .collect();
    let pager = Pager::new(&format!("{}/partners", a.base()), &page);
    let partners = page
        .items
        .into_iter()
        .map(|p| {
            let (org_name, org_href) = p.organisation_id.and_then(|o| orgs.get(&o).cloned()).unwrap_or_default();
            PartnerRow {
                id: p.id.to_string(),
                kind: kind_label(&ctx, p.kind()),
                org_name,
                org_href,
                contact: p.contact,
                role: p.role,
                name: p.name,
            }
        })
        .collect();
    render(&PartnersPage {
        notice: notice(&ctx, q.notice.as_deref()),
        n: view(&a.nb),
        manage: a.may(NetworkAction::Manage),
        partners,
        pager,
        ctx,
    })
}

async fn partner_form(
    st: &AppState,
    ctx: &Ctx,
    a: &NetworkAccess,
    action: String,
    editing: bool,
    f: PartnerFields,
    errors: FieldErrors,
) -> Result<PartnerFormPage, AppError> {
    let mut organisations = vec![Choice { value: String::new(), label: ctx.t("network-org-none") }];
    for o in st.store.linkable_organisations(a.nb.n.id).await? {
        organisations.push(Choice { value: o.id.to_string(), label: o.name });
    }
    let kinds = PartnerKind::ALL.iter().map(|k| Choice { value: k.tag().into(), label: kind_label(ctx, *k) }).collect();
    Ok(PartnerFormPage { ctx: ctx.clone(), n: view(&a.nb), errors, action, editing, f, kinds, organisations })
}

/// Parse the partner form. An organisation must be one confirmed in the
/// neighbourhood; its name is taken when no name is typed.
async fn parse_partner(
    st: &AppState,
    a: &NetworkAccess,
    f: &PartnerFields,
) -> Result<Result<NewPartner, FieldErrors>, AppError> {
    let mut e = FieldErrors::new();
    let organisation = match f.organisation.trim() {
        "" => None,
        raw => {
            let orgs = st.store.linkable_organisations(a.nb.n.id).await?;
            let found = raw.parse::<Uuid>().ok().and_then(|id| orgs.into_iter().find(|o| o.id == id));
            if found.is_none() {
                e.push(FieldError::new("organisation", "err-network-organisation"));
            }
            found
        }
    };
    let typed =
        if f.name.trim().is_empty() { organisation.as_ref().map(|o| o.name.as_str()).unwrap_or("") } else { &f.name };
    let name = e.take(net::parse_name(typed));
    let kind = e.take(PartnerKind::parse(&f.kind));
    let contact = e.take(net::parse_contact(&f.contact));
    let role = e.take(net::parse_role(&f.role));
    Ok(match (name, kind, contact, role) {
        (Some(name), Some(kind), Some(contact), Some(role)) if e.is_empty() => {
            Ok(NewPartner { name, kind, organisation: organisation.map(|o| o.id), contact, role })
        }
        _ => Err(e),
    })
}

pub async fn partner_new(
    ctx: Ctx,
    State(st): State<AppState>,
    NetworkCoordinator(a): NetworkCoordinator,
) -> Result<Response, AppError> {
    let f = PartnerFields { kind: PartnerKind::Nonprofit.tag().into(), ..PartnerFields::default() };
    let action = format!("{}/partners", a.base());
    render(&partner_form(&st, &ctx, &a, action, false, f, FieldErrors::new()).await?)
}

/// Add a partner to the network.
pub async fn partner_create(
    ctx: Ctx,
    State(st): State<AppState>,
    NetworkCoordinator(a): NetworkCoordinator,
    Form(f): Form<PartnerFields>,
) -> Result<Response, AppError> {
    let action = format!("{}/partners", a.base());
    let errors = match parse_partner(&st, &a, &f).await? {
        Ok(p) => match st.store.create_partner(a.nb.n.id, p).await {
            Ok(_) => return Ok(see_other(&format!("{}/partners?notice=notice-partner-added", a.base()))),
            Err(StoreError::Conflict(_)) => {
                FieldErrors::from(FieldError::new("organisation", "err-network-partner-twice"))
            }
            Err(e) => return Err(e.into()),
        },
        Err(e) => e,
    };
    render_invalid(&partner_form(&st, &ctx, &a, action, false, f, errors).await?)
}

pub async fn partner_edit(
    ctx: Ctx,
    State(st): State<AppState>,
    NetworkCoordinator(a): NetworkCoordinator,
    Path((_, id)): Path<(String, Uuid)>,
) -> Result<Response, AppError> {
    let p = st.store.partner_in(a.nb.n.id, id).await?;
    let f = PartnerFields {
        name: p.name.clone(),
        kind: p.kind.clone(),
        organisation: p.organisation_id.map(|o| o.to_string()).unwrap_or_default(),
        contact: p.contact.clone(),
        role: p.role.clone(),
    };
    let action = format!("{}/partners/{}/edit", a.base(), p.id);
    render(&partner_form(&st, &ctx, &a, action, true, f, FieldErrors::new()).await?)
}

/// Change what the coordinator keeps about a partner.
pub async fn partner_update(
    ctx: Ctx,
    State(st): State<AppState>,
    NetworkCoordinator(a): NetworkCoordinator,
    Path((_, id)): Path<(String, Uuid)>,
    Form(f): Form<PartnerFields>,
) -> Result<Response, AppError> {
    let p = st.store.partner_in(a.nb.n.id, id).await?;
    let action = format!("{}/partners/{}/edit", a.base(), p.id);
    let errors = match parse_partner(&st, &a, &f).await? {
        Ok(new) => match st.store.update_partner(a.nb.n.id, p.id, new).await {
            Ok(()) => return Ok(see_other(&format!("{}/partners?notice=notice-saved", a.base()))),
            Err(StoreError::Conflict(_)) => {
                FieldErrors::from(FieldError::new("organisation", "err-network-partner-twice"))
            }
            Err(e) => return Err(e.into()),
        },
        Err(e) => e,
    };
    render_invalid(&partner_form(&st, &ctx, &a, action, true, f, errors).await?)
}
