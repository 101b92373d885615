//! Creating the first operator on an empty instance, with the one-time
//! token printed on the console at start-up. There is no default password.

use super::pages::SetupPage;
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::extractors::Form;
use crate::page::see_other;
use crate::page::{render, render_invalid};
use crate::security::hash_password;
use axum::extract::State;
use axum::response::Response;
use quartier_core::FieldErrors;
use quartier_core::account::{DisplayName, Email, NewPassword};
use quartier_core::validation::FieldError;
use quartier_store::accounts::NewUser;
use serde::Deserialize;

/// The set-up form; gone once an operator exists.
pub async fn form(ctx: Ctx, State(st): State<AppState>) -> Result<Response, AppError> {
    if st.store.operator_exists().await? {
        return Err(AppError::NotFound);
    }
    render(&SetupPage { ctx, errors: FieldErrors::new(), email: String::new(), display_name: String::new() })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SetupForm {
    token: String,
    email: String,
    display_name: String,
    password: String,
}

/// Create the first operator.
pub async fn submit(ctx: Ctx, State(st): State<AppState>, Form(f): Form<SetupForm>) -> Result<Response, AppError> {
    if st.store.operator_exists().await? {
        return Err(AppError::NotFound);
    }
    let mut errors = FieldErrors::new();
    if f.token.trim().is_empty() {
        errors.push(FieldError::new("token", "err-setup-token"));
    }
    let name = errors.take(DisplayName::parse(&f.display_name));
    let email = errors.take(Email::parse(&f.email));
    let pw = errors.take(NewPassword::parse("password", &f.password, st.config.demo));
    let page =
        |errors| SetupPage { ctx: ctx.clone(), errors, email: f.email.clone(), display_name: f.display_name.clone() };
    let (Some(name), Some(email), Some(pw)) = (name, email, pw) else {
        return render_invalid(&page(errors));
    };
    if !errors.is_empty() {
        return render_invalid(&page(errors));
    }
    if !st.store.consume_setup_token(f.token.trim()).await? {
        return render_invalid(&page(FieldError::new("token", "err-setup-token").into()));
    }
    let hash = hash_password(pw.expose()).await?;
    let created = st
        .store
        .create_user(NewUser {
            email: &email,
            password_hash: hash,
            display_name: name.as_str(),
            prefs: ctx.prefs,
            operator: true,
            confirmed: true,
        })
        .await;
    match created {
        Ok(u) => {
            st.store.audit(None, Some(u.id), "operator_created", Some(u.id), "setup").await?;
            Ok(see_other("/login?notice=notice-created"))
        }
        Err(quartier_store::StoreError::Conflict(_)) => {
            render_invalid(&page(FieldError::new("email", "err-email-taken").into()))
        }
        Err(e) => Err(e.into()),
    }
}
