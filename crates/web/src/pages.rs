//! Every page is a typed struct; its template extends `base.html`.

use crate::ctx::Ctx;
use crate::error::AppError;
use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use quartier_core::FieldErrors;

/// Render a page with status 200.
pub fn render<T: Template>(t: &T) -> Result<Response, AppError> {
    Ok(Html(t.render()?).into_response())
}

/// Render a form again with its errors (422), keeping what was typed.
pub fn render_invalid<T: Template>(t: &T) -> Result<Response, AppError> {
    Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(t.render()?)).into_response())
}

#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    pub ctx: Ctx,
    pub status: u16,
    pub title: String,
    pub text: String,
}

#[derive(Template)]
#[template(path = "message.html")]
pub struct MessagePage {
    pub ctx: Ctx,
    pub title: String,
    pub paragraphs: Vec<String>,
    pub link: Option<(String, String)>,
}

pub struct NbCard {
    pub slug: String,
    pub name: String,
    pub description: String,
    pub members: u64,
}

#[derive(Template)]
#[template(path = "home.html")]
pub struct HomePage {
    pub ctx: Ctx,
    pub needs_setup: bool,
    pub neighbourhoods: Vec<NbCard>,
    /// (slug, name, status message id)
    pub mine: Vec<(String, String, String)>,
}

#[derive(Template)]
#[template(path = "setup.html")]
pub struct SetupPage {
    pub ctx: Ctx,
    pub errors: FieldErrors,
    pub email: String,
    pub display_name: String,
}

#[derive(Template)]
#[template(path = "signup.html")]
pub struct SignupPage {
    pub ctx: Ctx,
    pub errors: FieldErrors,
    pub email: String,
    pub display_name: String,
}

#[derive(Template)]
#[template(path = "login.html")]
pub struct LoginPage {
    pub ctx: Ctx,
    pub errors: FieldErrors,
    pub email: String,
    pub next: String,
    pub notice: Option<String>,
}

#[derive(Template)]
#[template(path = "token_action.html")]
pub struct TokenActionPage {
    pub ctx: Ctx,
    pub title: String,
    pub text: String,
    pub action: &'static str,
    pub token: String,
    pub button: String,
}

#[derive(Template)]
#[template(path = "forgot.html")]
pub struct ForgotPage {
    pub ctx: Ctx,
    pub errors: FieldErrors,
    pub email: String,
}

#[derive(Template)]
#[template(path = "reset.html")]
pub struct ResetPage {
    pub ctx: Ctx,
    pub errors: FieldErrors,
    pub token: String,
}

#[derive(Template)]
#[template(path = "account.html")]
pub struct AccountPage {
    pub ctx: Ctx,
    pub errors: FieldErrors,
    pub notice: Option<String>,
    pub user_id: String,
    pub display_name: String,
    pub bio: String,
    pub public: bool,
    pub memberships: Vec<(String, String, String)>,
}

#[derive(Template)]
#[template(path = "password.html")]
pub struct PasswordPage {
    pub ctx: Ctx,
    pub errors: FieldErrors,
}

#[derive(Template)]
#[template(path = "email.html")]
pub struct EmailPage {
    pub ctx: Ctx,
    pub errors: FieldErrors,
    pub current: String,
    pub email: String,
}

#[derive(Template)]
#[template(path = "delete.html")]
pub struct DeletePage {
    pub ctx: Ctx,
    pub errors: FieldErrors,
}

#[derive(Template)]
#[template(path = "preferences.html")]
pub struct PreferencesPage {
    pub ctx: Ctx,
    pub saved: bool,
}

/// A person as shown in lists.
pub struct PersonRow {
    pub id: String,
    pub membership_id: String,
    pub name: String,
    pub initials: String,
    /// Message id of the role.
    pub role: String,
    pub since: String,
}

pub struct NbView {
    pub slug: String,
    pub name: String,
    pub description: String,
}

#[derive(Template)]
#[template(path = "neighbourhood.html")]
pub struct NeighbourhoodPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub notice: Option<String>,
    pub member_count: u64,
    pub inside: bool,
    pub pending: bool,
    pub can_manage: bool,
    pub pending_count: usize,
    pub newest: Vec<PersonRow>,
    pub errors: FieldErrors,
    pub code: String,
}

#[derive(Template)]
#[template(path = "members.html")]
pub struct MembersPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub members: Vec<PersonRow>,
}

pub struct BatchRow {
    pub id: String,
    pub created: String,
    pub total: usize,
    pub used: usize,
}

#[derive(Template)]
#[template(path = "manage.html")]
pub struct ManagePage {
    pub ctx: Ctx,
    pub n: NbView,
    pub notice: Option<String>,
    pub errors: FieldErrors,
    pub count: String,
    pub pending: Vec<PersonRow>,
    pub members: Vec<PersonRow>,
    pub batches: Vec<BatchRow>,
    pub log: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "codes.html")]
pub struct CodesPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub base_url: String,
    /// (code, used)
    pub codes: Vec<(String, bool)>,
}

#[derive(Template)]
#[template(path = "profile.html")]
pub struct ProfilePage {
    pub ctx: Ctx,
    pub name: String,
    pub initials: String,
    pub bio: String,
    pub is_self: bool,
    pub neighbourhoods: Vec<(String, String, String)>,
}

#[derive(Template)]
#[template(path = "admin.html")]
pub struct AdminPage {
    pub ctx: Ctx,
    pub notice: Option<String>,
    pub errors: FieldErrors,
    pub neighbourhoods: Vec<NbCard>,
    pub name: String,
    pub slug: String,
    pub description: String,
    pub timezone: String,
    pub coordinator_email: String,
}
