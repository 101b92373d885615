//! Umbrellas and branches: an organisation's administrators link it with
//! a city-wide provider or association (its umbrella) or with its local
//! branches. One side asks, the other side's administrators are told and
//! answer, the askers hear the outcome; either side may end the link. The
//! umbrella lists its branches with their figures, and that is all: what a
//! branch publishes stays its own (`org_site::affiliation`).

use super::pages::{BranchRow, BranchesPage, LinkRow, LinksPage};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::extractors::{Form, Path, Query};
use crate::guards::{OrgReader, SiteAdmin};
use crate::notify::tell_about;
use crate::page::{PagedQuery, Pager, notice, render, render_invalid, see_other};
use crate::views::site_nav;
use axum::extract::State;
use axum::response::Response;
use quartier_core::FieldErrors;
use quartier_core::org_site::{self as site, AffiliationAction, AffiliationStatus, Side};
use quartier_core::organisation::OrgRole;
use quartier_store::StoreError;
use quartier_store::entity::{org_affiliation, organisation};
use quartier_store::notifications::NoticeKind;
use quartier_store::paging::Cursor;
use quartier_store::umbrellas::{BRANCHES_PAGE, BranchFigures, LINKS_SHOWN};
use serde::Deserialize;
use std::collections::HashMap;
use uuid::Uuid;

/// The other side of a link, seen from `org`.
fn other_side(a: &org_affiliation::Model, org: Uuid) -> (Uuid, Side) {
    if a.umbrella_id == org { (a.branch_id, Side::Branch) } else { (a.umbrella_id, Side::Umbrella) }
}

/// The side `org` is on.
fn my_side(a: &org_affiliation::Model, org: Uuid) -> Side {
    if a.umbrella_id == org { Side::Umbrella } else { Side::Branch }
}

fn branch_row(o: &organisation::Model, f: BranchFigures) -> BranchRow {
    BranchRow {
        name: o.name.clone(),
        href: format!("/o/{}", o.slug),
        members: f.members,
        news_year: f.news_year,
        events_ahead: f.events_ahead,
        pages: f.pages,
    }
}

/// An umbrella's local branches, listed ones only, with their figures;
/// how many members each has and how many pages its site shows only for
/// the umbrella's administrators.
pub async fn branches(
    ctx: Ctx,
    State(st): State<AppState>,
    OrgReader { o, role }: OrgReader,
    Query(q): Query<PagedQuery>,
) -> Result<Response, AppError> {
    let page =
        st.store.affiliations(o.id, Side::Umbrella, AffiliationStatus::Confirmed, q.at.cursor(), BRANCHES_PAGE).await?;
    let pager = Pager::new(&format!("/o/{}/branches", o.slug), &page);
    let ids: Vec<Uuid> = page.items.iter().map(|a| a.branch_id).collect();
    let listed = st.store.listed_organisations(&ids).await?;
    let listed_ids: Vec<Uuid> = listed.iter().map(|b| b.id).collect();
    let figures = st.store.branch_figures(&listed_ids, st.store.now()).await?;
    let rows = listed.iter().map(|b| branch_row(b, figures.get(&b.id).copied().unwrap_or_default())).collect();
    let nav = site_nav(&st, &ctx, &o, role, &format!("/o/{}/branches", o.slug)).await?;
    render(&BranchesPage {
        notice: notice(&ctx, q.notice.as_deref()),
        nav,
        slug: o.slug.clone(),
        org_name: o.name.clone(),
        admin: site::site(role, site::SiteAction::Administer),
        branches: rows,
        pager,
        ctx,
    })
}

/// What an administrator sends to link with another organisation.
#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct AskForm {
    /// The other organisation's address or short name.
    other: String,
    /// `branch` (the other is our branch) or `umbrella` (it is our umbrella).
    role: String,
}

async fn links_page(
    ctx: &Ctx,
    st: &AppState,
    o: &organisation::Model,
    cursor: Cursor,
    f: AskForm,
    errors: FieldErrors,
    note: Option<String>,
) -> Result<LinksPage, AppError> {
    // Questions either way, the umbrellas, and a page of branches: a fixed
    // number of statements, whatever the number of links.
    let asked_up =
        st.store.affiliations(o.id, Side::Branch, AffiliationStatus::Asked, Cursor::First, LINKS_SHOWN).await?;
    let asked_down =
        st.store.affiliations(o.id, Side::Umbrella, AffiliationStatus::Asked, Cursor::First, LINKS_SHOWN).await?;
    let umbrellas =
        st.store.affiliations(o.id, Side::Branch, AffiliationStatus::Confirmed, Cursor::First, LINKS_SHOWN).await?;
    let branches =
        st.store.affiliations(o.id, Side::Umbrella, AffiliationStatus::Confirmed, cursor, BRANCHES_PAGE).await?;
    let pager = Pager::new(&format!("/o/{}/site/links", o.slug), &branches);
    let all: Vec<&org_affiliation::Model> =
        asked_up.items.iter().chain(&asked_down.items).chain(&umbrellas.items).chain(&branches.items).collect();
    let other_ids: Vec<Uuid> = all.iter().map(|a| other_side(a, o.id).0).collect();
    let others: HashMap<Uuid, organisation::Model> =
        st.store.organisations_by_ids(&other_ids).await?.into_iter().map(|x| (x.id, x)).collect();
    let branch_ids: Vec<Uuid> = branches.items.iter().map(|a| a.branch_id).collect();
    let figures = st.store.branch_figures(&branch_ids, st.store.now()).await?;
    let row = |a: &org_affiliation::Model| -> Option<LinkRow> {
        let (other, side) = other_side(a, o.id);
        let x = others.get(&other)?;
        Some(LinkRow {
            id: a.id.to_string(),
            name: x.name.clone(),
            href: format!("/o/{}", x.slug),
            // What the other organisation is to this one, in words.
            role: ctx.t(match side {
                Side::Umbrella => "link-role-umbrella",
                Side::Branch => "link-role-branch",
            }),
            since: ctx.date(&a.confirmed_at.unwrap_or(a.created_at)),
        })
    };
    let (mut waiting_us, mut waiting_them) = (Vec::new(), Vec::new());
    for a in asked_up.items.iter().chain(&asked_down.items) {
        let Some(r) = row(a) else { continue };
        if site::affiliation(
            Some(OrgRole::Admin),
            my_side(a, o.id),
            a.asked_by(),
            a.status(),
            AffiliationAction::Answer,
        ) {
            waiting_us.push(r);
        } else {
            waiting_them.push(r);
        }
    }
    let nav = site_nav(st, ctx, o, Some(OrgRole::Admin), "").await?;
    Ok(LinksPage {
        ctx: ctx.clone(),
        notice: note,
        nav,
        slug: o.slug.clone(),
        org_name: o.name.clone(),
        waiting_us,
        waiting_them,
        umbrellas: umbrellas.items.iter().filter_map(row).collect(),
        branches: branches
            .items
            .iter()
            .filter_map(|a| {
                let b = others.get(&a.branch_id)?;
                Some((a.id.to_string(), branch_row(b, figures.get(&b.id).copied().unwrap_or_default())))
            })
            .map(|(id, row)| super::pages::OwnBranchRow { id, row })
            .collect(),
        pager,
        errors,
        other: f.other,
        as_umbrella: f.role.trim() == Side::Umbrella.tag(),
    })
}

/// An organisation's links to umbrellas and branches (administrators).
pub async fn links(
    ctx: Ctx,
    State(st): State<AppState>,
    SiteAdmin { o, .. }: SiteAdmin,
    Query(q): Query<PagedQuery>,
) -> Result<Response, AppError> {
    let note = notice(&ctx, q.notice.as_deref());
    render(&links_page(&ctx, &st, &o, q.at.cursor(), AskForm::default(), FieldErrors::new(), note).await?)
}

/// Ask another organisation to be linked as this one's branch or umbrella;
/// its administrators are told. Only organisations listed in a
/// neighbourhood can be asked, so the form reveals nothing about others.
pub async fn ask_link(
    ctx: Ctx,
    State(st): State<AppState>,
    SiteAdmin { o, me }: SiteAdmin,
    Form(f): Form<AskForm>,
) -> Result<Response, AppError> {
    let mut errors = FieldErrors::new();
    let side = errors.take(site::parse_link_role(&f.role));
    let slug = errors.take(site::parse_org_address("other", &f.other));
    let (Some(side), Some(slug)) = (side, slug) else {
        return render_invalid(&links_page(&ctx, &st, &o, Cursor::First, f, errors, None).await?);
    };
    let other = match st.store.organisation_by_slug(&slug).await {
        Ok(x) if x.id != o.id => st.store.listed_organisations(&[x.id]).await?.into_iter().next(),
        Ok(_) => None,
        Err(StoreError::NotFound) => None,
        Err(e) => return Err(e.into()),
    };
    let Some(other) = other else {
        errors.push(quartier_core::FieldError::new("other", "err-org-unknown"));
        return render_invalid(&links_page(&ctx, &st, &o, Cursor::First, f, errors, None).await?);
    };
    // `side` is what the other organisation is to this one.
    let (umbrella, branch, asked_by) = match side {
        Side::Branch => (o.id, other.id, Side::Umbrella),
        Side::Umbrella => (other.id, o.id, Side::Branch),
    };
    match st.store.ask_affiliation(umbrella, branch, asked_by).await {
        Ok(_) => {}
        Err(StoreError::Conflict(_)) => {
            errors.push(quartier_core::FieldError::new("other", "err-link-exists"));
            return render_invalid(&links_page(&ctx, &st, &o, Cursor::First, f, errors, None).await?);
        }
        Err(e) => return Err(e.into()),
    }
    st.store.audit_org(o.id, Some(me), "link_asked", None, &other.name).await?;
    st.store.audit_org(other.id, Some(me), "link_asked", None, &o.name).await?;
    let admins = st.store.org_admin_ids(other.id).await?;
    tell_about(&st, &admins, NoticeKind::OrgLinkAsked, &o.name, &format!("/o/{}/site/links", other.slug)).await?;
    Ok(see_other(&format!("/o/{}/site/links?notice=notice-link-asked", o.slug)))
}

/// An administrator's answer about a link.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LinkAnswer {
    /// `accept`, `decline` or `end`.
    answer: String,
}

/// Accept or decline a question, or end a link; the other side's
/// administrators hear the outcome.
pub async fn answer_link(
    State(st): State<AppState>,
    SiteAdmin { o, me }: SiteAdmin,
    Path((_, id)): Path<(String, Uuid)>,
    Form(f): Form<LinkAnswer>,
) -> Result<Response, AppError> {
    let a = st.store.affiliation_of(o.id, id).await?;
    let action = match f.answer.as_str() {
        "accept" | "decline" => AffiliationAction::Answer,
        "end" => AffiliationAction::End,
        _ => return Err(AppError::BadRequest),
    };
    if !site::affiliation(Some(OrgRole::Admin), my_side(&a, o.id), a.asked_by(), a.status(), action) {
        return Err(AppError::Forbidden);
    }
    let (other_id, _) = other_side(&a, o.id);
    let other = st.store.organisation_by_id(other_id).await?;
    let (kind, what, note) = if f.answer == "accept" {
        st.store.confirm_affiliation(a.id).await?;
        (NoticeKind::OrgLinkConfirmed, "link_confirmed", "notice-link-confirmed")
    } else {
        st.store.end_affiliation(a.id).await?;
        (NoticeKind::OrgLinkEnded, "link_ended", "notice-link-ended")
    };
    st.store.audit_org(o.id, Some(me), what, None, &other.name).await?;
    st.store.audit_org(other.id, Some(me), what, None, &o.name).await?;
    let admins = st.store.org_admin_ids(other.id).await?;
    tell_about(&st, &admins, kind, &o.name, &format!("/o/{}/site/links", other.slug)).await?;
    Ok(see_other(&format!("/o/{}/site/links?notice={note}", o.slug)))
}
