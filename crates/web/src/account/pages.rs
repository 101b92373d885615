//! The pages of this capability: one typed struct per template in `templates/account/`.

use crate::ctx::Ctx;
use crate::views::MembershipRow;
use askama::Template;
use quartier_core::FieldErrors;

#[derive(Template)]
#[template(path = "account/signup.html")]
pub struct SignupPage {
    pub ctx: Ctx,
    pub errors: FieldErrors,
    pub email: String,
    pub display_name: String,
}

#[derive(Template)]
#[template(path = "account/login.html")]
pub struct LoginPage {
    pub ctx: Ctx,
    pub errors: FieldErrors,
    pub email: String,
    pub next: String,
    pub notice: Option<String>,
}

#[derive(Template)]
#[template(path = "account/token_action.html")]
pub struct TokenActionPage {
    pub ctx: Ctx,
    pub title: String,
    pub text: String,
    pub action: &'static str,
    pub token: String,
    pub button: String,
}

#[derive(Template)]
#[template(path = "account/forgot.html")]
pub struct ForgotPage {
    pub ctx: Ctx,
    pub errors: FieldErrors,
    pub email: String,
}

#[derive(Template)]
#[template(path = "account/reset.html")]
pub struct ResetPage {
    pub ctx: Ctx,
    pub errors: FieldErrors,
    pub token: String,
}

#[derive(Template)]
#[template(path = "account/account.html")]
pub struct AccountPage {
    pub ctx: Ctx,
    pub errors: FieldErrors,
    pub notice: Option<String>,
    pub user_id: String,
    pub display_name: String,
    pub bio: String,
    pub public: bool,
    pub memberships: Vec<MembershipRow>,
}

#[derive(Template)]
#[template(path = "account/password.html")]
pub struct PasswordPage {
    pub ctx: Ctx,
    pub errors: FieldErrors,
}

#[derive(Template)]
#[template(path = "account/email.html")]
pub struct EmailPage {
    pub ctx: Ctx,
    pub errors: FieldErrors,
    pub current: String,
    pub email: String,
}

#[derive(Template)]
#[template(path = "account/delete.html")]
pub struct DeletePage {
    pub ctx: Ctx,
    pub errors: FieldErrors,
}

#[derive(Template)]
#[template(path = "account/preferences.html")]
pub struct PreferencesPage {
    pub ctx: Ctx,
    pub saved: bool,
}
