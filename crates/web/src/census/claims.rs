//! Claim letters: a coordinator prints a letter with a claim code for an
//! organisation in the census that is not on the platform; whoever holds
//! the code (logged in) confirms the data the census has and gets the
//! organisation's space as its administrator. Codes are random, work once,
//! expire, and guessing is throttled like the neighbourhood's postcard codes.

use super::handlers::CensusInviter;
use super::pages::{ClaimFormPage, ClaimPage, LetterPage};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::extractors::{Form, Path, Query};
use crate::notify::tell_about;
use crate::page::{render, render_invalid, render_too_many, see_other};
use crate::views::{Choice, view};
use axum::extract::State;
use axum::response::Response;
use quartier_core::FieldErrors;
use quartier_core::census::{self, Entry};
use quartier_core::invite::parse_code;
use quartier_core::locale::Locale;
use quartier_core::neighbourhood::Slug;
use quartier_core::organisation as org;
use quartier_core::validation::FieldError;
use quartier_store::census::{Claim, ClaimRefused};
use quartier_store::notifications::NoticeKind;
use quartier_store::organisations::OrgProfile;
use serde::Deserialize;
use uuid::Uuid;

/// Guesses of claim codes per person and per client address in an hour.
const CLAIM_TRIES_PER_PERSON: i32 = 10;
const CLAIM_TRIES_PER_CLIENT: i32 = 30;

/// Print a new claim code for an entry and show its letter.
pub async fn invite(
    State(st): State<AppState>,
    CensusInviter(a): CensusInviter,
    ctx: Ctx,
    Path((_, id)): Path<(String, Uuid)>,
) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    st.store.create_census_claim(a.n.id, id, me).await?;
    Ok(see_other(&format!("/n/{}/census/{id}/letter", a.n.slug)))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LetterQuery {
    lang: String,
}

/// The letter with the newest usable claim code, for printing on A4: in
/// German (the neighbourhood's language), or in Leichte Sprache or English.
pub async fn letter(
    ctx: Ctx,
    State(st): State<AppState>,
    CensusInviter(a): CensusInviter,
    Path((_, id)): Path<(String, Uuid)>,
    Query(q): Query<LetterQuery>,
) -> Result<Response, AppError> {
    let row = st.store.census_row(a.n.id, id).await?;
    let claim = st.store.census_claim_for(a.n.id, id).await?;
    let locale = match q.lang.as_str() {
        "easy" => Locale::DeSimple,
        "en" => Locale::En,
        _ => Locale::De,
    };
    let w = crate::i18n::Words::new(locale, st.store.now());
    let base = format!("/n/{}/census/{id}", a.n.slug);
    let langs = [("de", "census-letter-in-de"), ("easy", "census-letter-in-easy"), ("en", "census-letter-in-en")]
        .iter()
        .map(|(v, k)| Choice { value: format!("{base}/letter?lang={v}"), label: ctx.t(k) })
        .collect();
    let origin = st.config.base_url();
    render(&LetterPage {
        n: view(&a),
        entry_name: row.e.name.clone(),
        on_platform: row.e.organisation_id.is_some(),
        code: claim.as_ref().map(|c| c.code.clone()).unwrap_or_default(),
        until: claim.as_ref().map(|c| w.datetime(&c.expires_at, &a.n.timezone)).unwrap_or_default(),
        invite_action: format!("{base}/invite"),
        back: format!("/n/{}/census", a.n.slug),
        langs,
        lang: locale.tag().to_string(),
        greeting: w.t1("census-letter-greeting", "name", &row.e.name),
        body: w.t1("census-letter-body", "name", &a.n.name),
        steps: vec![
            w.t1("census-letter-step-1", "link", &format!("{origin}/claim")),
            w.t("census-letter-step-2"),
            w.t("census-letter-step-3"),
        ],
        code_label: w.t("census-letter-code"),
        until_label: w.t("census-letter-until"),
        closing: w.t1("census-letter-closing", "name", &a.n.name),
        ctx,
    })
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct CodeForm {
    code: String,
}

pub async fn claim_form(ctx: Ctx) -> Result<Response, AppError> {
    ctx.require_user()?;
    render(&ClaimPage { ctx, errors: FieldErrors::new(), code: String::new() })
}

/// The organisation a census entry becomes, as the claimant sees it first.
fn proposal(e: &Entry) -> ClaimFields {
    ClaimFields {
        name: e.name.clone(),
        slug: Slug::from_name(&e.name, 1).map(|s| s.as_str().to_string()).unwrap_or_default(),
        kind: census::org_kind(e.kind, e.legal_form).to_string(),
        description: String::new(),
        website: e.presence.website_url.clone(),
        contact: String::new(),
    }
}

/// What the claim's confirmation form holds.
#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct ClaimFields {
    pub name: String,
    pub slug: String,
    pub kind: String,
    pub description: String,
    pub website: String,
    pub contact: String,
}

fn kinds(ctx: &Ctx) -> Vec<Choice> {
    org::KINDS.iter().map(|k| Choice { value: k.to_string(), label: ctx.t(&format!("org-kind-{k}")) }).collect()
}

/// Check a typed code (throttled), and answer why it does not work.
async fn check_code(st: &AppState, ctx: &Ctx, raw: &str) -> Result<Result<String, (FieldError, bool)>, AppError> {
    let me = ctx.require_user()?.id;
    let code = match parse_code(raw) {
        Ok(c) => c,
        Err(e) => return Ok(Err((e, false))),
    };
    let hour = chrono::Duration::hours(1);
    let person = st.store.reserve_attempt(&format!("claim:{me}"), CLAIM_TRIES_PER_PERSON, hour).await?;
    let client =
        st.store.reserve_attempt(&format!("claim-client:{}", ctx.client_key()), CLAIM_TRIES_PER_CLIENT, hour).await?;
    if !(person && client) {
        return Ok(Err((FieldError::new("code", "err-code-throttled"), true)));
    }
    let found = st.store.census_claim_by_code(&code).await?;
    let state = found.as_ref().map(|(c, _)| census::claim_state(c.used_at.is_some(), c.expires_at, st.store.now()));
    Ok(match state {
        None => Err((FieldError::new("code", "err-code-unknown"), false)),
        Some(census::ClaimState::Used) => Err((FieldError::new("code", "err-census-claim-used"), false)),
        Some(census::ClaimState::Expired) => Err((FieldError::new("code", "err-census-claim-expired"), false)),
        Some(census::ClaimState::Usable) => Ok(code),
    })
}

/// A code typed in: the census data, pre-filled, for the claimant to confirm.
pub async fn claim_code(ctx: Ctx, State(st): State<AppState>, Form(f): Form<CodeForm>) -> Result<Response, AppError> {
    match check_code(&st, &ctx, &f.code).await? {
        Ok(code) => {
            let Some((_, e)) = st.store.census_claim_by_code(&code).await? else { return Err(AppError::NotFound) };
            let fields = proposal(&e.entry(None));
            render(&ClaimFormPage { kinds: kinds(&ctx), ctx, errors: FieldErrors::new(), code, f: fields })
        }
        Err((e, throttled)) => {
            let page = ClaimPage { ctx, errors: e.into(), code: f.code };
            if throttled { render_too_many(&page, 3600) } else { render_invalid(&page) }
        }
    }
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct ConfirmForm {
    code: String,
    #[serde(flatten)]
    f: ClaimFields,
}

/// Confirm the data and claim: the organisation is created, the claimant
/// administers it, the entry links to it, and the quarter's coordinators
/// hear of it.
pub async fn claim_confirm(
    ctx: Ctx,
    State(st): State<AppState>,
    Form(form): Form<ConfirmForm>,
) -> Result<Response, AppError> {
    let me = ctx.require_user()?.id;
    let f = form.f.clone();
    let mut errors = FieldErrors::new();
    let name = errors.take(org::parse_name(&f.name));
    let slug = errors.take(Slug::parse(&f.slug));
    let kind = errors.take(org::parse_kind(&f.kind));
    let description = errors.take(org::parse_description(&f.description));
    let website = errors.take(org::parse_link("website", &f.website));
    let contact = errors.take(org::parse_short("contact", &f.contact));
    let code = match parse_code(&form.code) {
        Ok(c) => c,
        Err(_) => return Err(AppError::BadRequest),
    };
    let page = |ctx: Ctx, errors: FieldErrors| ClaimFormPage {
        kinds: kinds(&ctx),
        ctx,
        errors,
        code: code.clone(),
        f: form.f.clone(),
    };
    let (Some(name), Some(slug), Some(kind), Some(description), Some(website), Some(contact)) =
        (name, slug, kind, description, website, contact)
    else {
        return render_invalid(&page(ctx, errors));
    };
    let profile = OrgProfile { name, kind, description, website, contact, ..OrgProfile::default() };
    match st.store.claim_census_entry(&code, me, Claim { slug, profile }).await {
        Ok(Ok(o)) => {
            if let Some((c, _)) = st.store.census_claim_by_code(&code).await? {
                let n = st.store.neighbourhood_by_id(c.neighbourhood_id).await?;
                let coordinators =
                    st.store.people_with_role(n.id, quartier_core::neighbourhood::Role::Coordinator).await?;
                tell_about(&st, &coordinators, NoticeKind::CensusClaimed, &o.name, &format!("/n/{}/census", n.slug))
                    .await?;
            }
            Ok(see_other(&format!("/o/{}?notice=notice-census-claimed", o.slug)))
        }
        Ok(Err(why)) => {
            let key = match why {
                ClaimRefused::Unknown => "err-code-unknown",
                ClaimRefused::Used => "err-census-claim-used",
                ClaimRefused::Expired => "err-census-claim-expired",
            };
            render_invalid(&ClaimPage { ctx, errors: FieldError::new("code", key).into(), code: form.code })
        }
        Err(quartier_store::StoreError::Conflict(_)) => {
            render_invalid(&page(ctx, FieldError::new("slug", "err-slug-taken").into()))
        }
        Err(e) => Err(e.into()),
    }
}
