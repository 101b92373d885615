//! Language, text size and contrast. They hold without an account (a
//! cookie) and follow the account once logged in.

use super::pages::PreferencesPage;
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{AppError, safe_next};
use crate::extractors::{Form, Query};
use crate::page::render;
use crate::page::{see_other, with_cookie};
use crate::security::prefs_cookie;
use axum::extract::State;
use axum::response::Response;
use quartier_core::locale::{Contrast, Locale, Preferences, TextSize};
use serde::Deserialize;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SavedQuery {
    saved: Option<String>,
}

/// The preferences form.
pub async fn show(ctx: Ctx, Query(q): Query<SavedQuery>) -> Result<Response, AppError> {
    render(&PreferencesPage { ctx, saved: q.saved.is_some() })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PrefsForm {
    locale: String,
    text_size: String,
    contrast: String,
}

async fn store_prefs(st: &AppState, ctx: &Ctx, p: Preferences, to: &str) -> Result<Response, AppError> {
    if let Some(u) = &ctx.user {
        st.store.set_preferences(u.id, p).await?;
    }
    Ok(with_cookie(see_other(to), &prefs_cookie(st, &p.to_cookie())))
}

/// Save all three choices. Unknown values keep the current choice.
pub async fn save(ctx: Ctx, State(st): State<AppState>, Form(f): Form<PrefsForm>) -> Result<Response, AppError> {
    let p = Preferences {
        locale: Locale::parse(&f.locale).unwrap_or(ctx.prefs.locale),
        text_size: TextSize::from_tag(&f.text_size).unwrap_or(ctx.prefs.text_size),
        contrast: Contrast::from_tag(&f.contrast).unwrap_or(ctx.prefs.contrast),
    };
    store_prefs(&st, &ctx, p, "/preferences?saved=1").await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LanguageForm {
    locale: String,
    back: String,
}

/// The language buttons in every page's footer.
pub async fn language(ctx: Ctx, State(st): State<AppState>, Form(f): Form<LanguageForm>) -> Result<Response, AppError> {
    let locale = Locale::parse(&f.locale).ok_or(AppError::BadRequest)?;
    let p = Preferences { locale, ..ctx.prefs };
    store_prefs(&st, &ctx, p, &safe_next(Some(&f.back))).await
}
