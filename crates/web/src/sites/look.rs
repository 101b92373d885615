//! An organisation's logo and colour: its administrators upload a logo
//! (checked and re-encoded like every image, `media.rs`) and choose a
//! colour, which `org_site::parse_accent` refuses without enough contrast.
//! The site's pages show both; the colour comes as a small stylesheet of
//! the organisation's own, since the security policy allows no inline style.

use super::pages::LookPage;
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::extractors::{FormWithUpload, Query};
use crate::guards::{OrgReader, SiteAdmin};
use crate::page::{NoticeQuery, notice, render, render_invalid, see_other};
use crate::views::site_nav;
use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use quartier_core::FieldErrors;
use quartier_core::org_site as site;
use quartier_core::organisation::OrgRole;
use quartier_store::entity::organisation;
use serde::Deserialize;

/// The logo and colour form as sent.
#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct LookForm {
    accent: String,
    image_alt: String,
    remove_logo: Option<String>,
}

async fn look_page(
    ctx: &Ctx,
    st: &AppState,
    o: &organisation::Model,
    f: LookForm,
    errors: FieldErrors,
    note: Option<String>,
) -> Result<LookPage, AppError> {
    let nav = site_nav(st, ctx, o, Some(OrgRole::Admin), "").await?;
    Ok(LookPage {
        ctx: ctx.clone(),
        notice: note,
        slug: o.slug.clone(),
        org_name: o.name.clone(),
        logo: nav.logo.clone(),
        logo_alt: nav.logo_alt.clone(),
        nav,
        errors,
        accent: f.accent,
        image_alt: f.image_alt,
    })
}

/// The form for the logo and the colour (administrators).
pub async fn look_form(
    ctx: Ctx,
    State(st): State<AppState>,
    SiteAdmin { o, .. }: SiteAdmin,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let current = st.store.org_look(o.id).await?;
    let f = LookForm {
        accent: current.as_ref().map(|l| l.accent.clone()).unwrap_or_default(),
        image_alt: current.as_ref().map(|l| l.logo_alt.clone()).unwrap_or_default(),
        remove_logo: None,
    };
    render(&look_page(&ctx, &st, &o, f, FieldErrors::new(), notice(&ctx, q.notice.as_deref())).await?)
}

/// Save the logo and the colour. A colour with too little contrast is
/// refused with the reason next to the field; a logo needs its
/// alternative text.
pub async fn save_look(
    ctx: Ctx,
    State(st): State<AppState>,
    SiteAdmin { o, me }: SiteAdmin,
    FormWithUpload(f, upload): FormWithUpload<LookForm>,
) -> Result<Response, AppError> {
    let mut errors = FieldErrors::new();
    let accent = errors.take(site::parse_accent(&f.accent));
    let current = st.store.org_look(o.id).await?;
    let mut logo = current.as_ref().and_then(|l| l.logo_image_id);
    let mut alt = current.as_ref().map(|l| l.logo_alt.clone()).unwrap_or_default();
    let mut image = None;
    if let Some(u) = upload {
        let a = errors.take(crate::media::parse_alt(&f.image_alt));
        let processed = tokio::task::spawn_blocking(move || crate::media::process(&u.bytes))
            .await
            .map_err(|e| AppError::Internal(e.to_string()))?;
        match (processed, a) {
            (Ok(p), Some(a)) => image = Some((p, a)),
            (Err(e), _) => errors.push(e),
            (Ok(_), None) => {}
        }
    } else if f.remove_logo.is_some() {
        logo = None;
        alt = String::new();
    } else if logo.is_some() {
        // A new text for the logo there is.
        if let Some(a) = errors.take(crate::media::parse_alt(&f.image_alt)) {
            alt = a;
        }
    }
    let (Some(accent), true) = (accent, errors.is_empty()) else {
        return render_invalid(&look_page(&ctx, &st, &o, f, errors, None).await?);
    };
    if let Some((img, a)) = image {
        // Public, like the pages it stands on.
        let id = st.store.save_image(o.id, me, img.content_type, img.width, img.height, false, img.bytes).await?;
        logo = Some(id);
        alt = a;
    }
    let accent = accent.unwrap_or_default();
    st.store.save_org_look(o.id, logo, &alt, &accent).await?;
    st.store.audit_org(o.id, Some(me), "look_saved", None, &accent).await?;
    Ok(see_other(&format!("/o/{}/site/look?notice=notice-saved", o.slug)))
}

/// The organisation's own stylesheet: its colour as the accent of its
/// pages, except where the reader asked for high contrast.
pub async fn stylesheet(State(st): State<AppState>, OrgReader { o, .. }: OrgReader) -> Result<Response, AppError> {
    let accent = st.store.org_look(o.id).await?.map(|l| l.accent).unwrap_or_default();
    // Only a colour that passes the rule again is written into the stylesheet.
    let css = match site::parse_accent(&accent) {
        Ok(Some(c)) => format!("html:not(.contrast-high) {{ --org-accent: {c}; --accent: {c}; }}\n"),
        _ => String::from("/* the house colours */\n"),
    };
    let mut r = css.into_response();
    let h = r.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/css; charset=utf-8"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=300"));
    Ok(r)
}
