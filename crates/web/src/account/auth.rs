//! Sign up, confirm the address, log in and out, reset a forgotten password.
//!
//! Known and unknown addresses get the same answer: signing up with a taken
//! address sends a note to its owner instead of saying so on the page, and
//! a failed login verifies against a dummy hash to take the same time.

use super::pages::{ForgotPage, LoginPage, ResetPage, SignupPage, TokenActionPage};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::{AppError, safe_next};
use crate::extractors::{Form, Query};
use crate::mail::MailGate;
use crate::mail::mail_gate;
use crate::mail::queue_link_mail;
use crate::page::{MessagePage, render, render_invalid, render_too_many};
use crate::page::{notice, see_other, with_cookie};
use crate::security::{clear_session_cookie, session_cookie};
use crate::security::{hash_password, verify_password};
use axum::extract::State;
use axum::response::Response;
use quartier_core::FieldErrors;
use quartier_core::account::{DEMO_PASSWORD, DisplayName, Email, NewPassword};
use quartier_core::validation::FieldError;
use quartier_store::accounts::NewUser;
use quartier_store::tokens::Purpose;
use serde::Deserialize;

/// Failed logins allowed per (account, address) and per address alone in a window.
const PER_ACCOUNT_AND_IP: i32 = 5;
const PER_IP: i32 = 50;
pub(crate) fn window() -> chrono::Duration {
    chrono::Duration::minutes(15)
}

fn message(ctx: &Ctx, title: &str, text: &str) -> MessagePage {
    MessagePage { ctx: ctx.clone(), title: ctx.t(title), paragraphs: vec![ctx.t(text)], link: None }
}

/// Send the link that confirms an address.
pub async fn send_confirm_mail(st: &AppState, ctx: &Ctx, to: &str, token: &str) -> Result<(), AppError> {
    queue_link_mail(st, ctx, to, "mail-confirm", format!("{}/confirm?token={token}", st.config.base_url())).await
}

/// The sign-up form.
pub async fn signup_form(ctx: Ctx) -> Result<Response, AppError> {
    render(&SignupPage { ctx, errors: FieldErrors::new(), email: String::new(), display_name: String::new() })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SignupForm {
    email: String,
    display_name: String,
    password: String,
}

/// Create an account and send the confirmation link.
pub async fn signup(ctx: Ctx, State(st): State<AppState>, Form(f): Form<SignupForm>) -> Result<Response, AppError> {
    let mut errors = FieldErrors::new();
    let name = errors.take(DisplayName::parse(&f.display_name));
    let email = errors.take(Email::parse(&f.email));
    let pw = errors.take(NewPassword::parse("password", &f.password, st.config.demo));
    let (Some(name), Some(email), Some(pw)) = (name, email, pw) else {
        return render_invalid(&SignupPage { ctx, errors, email: f.email, display_name: f.display_name });
    };
    let gate = match mail_gate(&st, &ctx, email.as_str()).await? {
        MailGate::TooMany(e) => {
            return render_too_many(
                &SignupPage { ctx, errors: e.into(), email: f.email, display_name: f.display_name },
                3600,
            );
        }
        g => g,
    };
    let hash = hash_password(pw.expose()).await?;
    let created = st
        .store
        .create_user(NewUser {
            email: &email,
            password_hash: hash,
            display_name: name.as_str(),
            prefs: ctx.prefs,
            operator: false,
            confirmed: false,
        })
        .await;
    match created {
        Ok(u) => {
            let token = st.store.issue_token(u.id, Purpose::Confirm, None).await?;
            if matches!(gate, MailGate::Send) {
                send_confirm_mail(&st, &ctx, email.as_str(), &token).await?;
            }
        }
        Err(quartier_store::StoreError::Conflict(_)) if !matches!(gate, MailGate::Send) => {}
        Err(quartier_store::StoreError::Conflict(_)) => {
            let link = format!("{}/password/forgot", st.config.base_url());
            queue_link_mail(&st, &ctx, email.as_str(), "mail-exists", link).await?;
        }
        Err(e) => return Err(e.into()),
    }
    render(&message(&ctx, "signup-check-mail-title", "signup-check-mail-text"))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TokenQuery {
    token: String,
}

/// The link from the mail shows a button; only the POST confirms, so that
/// mail scanners following links do not use the token.
pub async fn confirm_form(
    ctx: Ctx,
    State(st): State<AppState>,
    Query(q): Query<TokenQuery>,
) -> Result<Response, AppError> {
    if st.store.peek_token(&q.token, Purpose::Confirm).await?.is_none() {
        return render(&message(&ctx, "token-invalid-title", "token-invalid-text"));
    }
    render(&TokenActionPage {
        title: ctx.t("confirm-title"),
        text: ctx.t("confirm-text"),
        button: ctx.t("confirm-submit"),
        action: "/confirm",
        token: q.token,
        ctx,
    })
}

/// Confirm the address.
pub async fn confirm(ctx: Ctx, State(st): State<AppState>, Form(f): Form<TokenQuery>) -> Result<Response, AppError> {
    match st.store.consume_token(&f.token, Purpose::Confirm).await? {
        Some(t) => {
            st.store.confirm_email(t.user_id).await?;
            Ok(see_other("/login?notice=notice-email-confirmed"))
        }
        None => render(&message(&ctx, "token-invalid-title", "token-invalid-text")),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LoginQuery {
    next: Option<String>,
    notice: Option<String>,
}

/// The login form.
pub async fn login_form(ctx: Ctx, Query(q): Query<LoginQuery>) -> Result<Response, AppError> {
    let notice = notice(&ctx, q.notice.as_deref());
    render(&LoginPage {
        notice,
        errors: FieldErrors::new(),
        email: String::new(),
        next: safe_next(q.next.as_deref()),
        ctx,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LoginForm {
    email: String,
    password: String,
    next: String,
}

/// Where a person starts: their neighbourhood when they belong to exactly
/// one, otherwise the list of neighbourhoods to choose from.
async fn home_of(st: &AppState, user: uuid::Uuid) -> Result<String, AppError> {
    let verified: Vec<String> = st
        .store
        .memberships_of(user)
        .await?
        .into_iter()
        .filter(|(m, _)| m.verified_at.is_some())
        .map(|(_, n)| n.slug)
        .collect();
    Ok(match verified.as_slice() {
        [slug] => format!("/n/{slug}"),
        _ => "/".into(),
    })
}

/// Check the password, start a fresh session, go where the person wanted.
pub async fn login(ctx: Ctx, State(st): State<AppState>, Form(f): Form<LoginForm>) -> Result<Response, AppError> {
    let next = safe_next(Some(&f.next));
    let page = |errors: FieldErrors| LoginPage {
        ctx: ctx.clone(),
        errors,
        email: f.email.clone(),
        next: next.clone(),
        notice: None,
    };
    let email = match Email::parse(&f.email) {
        Ok(e) => e,
        Err(e) => return render_invalid(&page(e.into())),
    };
    if f.password.is_empty() {
        return render_invalid(&page(FieldError::new("password", "err-password-empty").into()));
    }
    let ip = ctx.client_key();
    let account_key = format!("login:{}:{ip}", quartier_store::hash_token(email.as_str()));
    let ip_key = format!("ip:{ip}");
    // Each try takes its place in both counts before the password is
    // checked, so guesses sent in parallel are counted too.
    let for_account = st.store.reserve_attempt(&account_key, PER_ACCOUNT_AND_IP, window()).await?;
    let for_ip = st.store.reserve_attempt(&ip_key, PER_IP, window()).await?;
    if !(for_account && for_ip) {
        return render_invalid(&page(FieldError::new("password", "err-login-throttled").into()));
    }
    let user = st.store.user_by_email(&email).await?;
    let hash = user.as_ref().map(|u| u.password_hash.as_str()).unwrap_or(quartier_store::passwords::dummy_hash());
    let ok = verify_password(hash, &f.password).await;
    let demo_refused = !st.config.demo && f.password == DEMO_PASSWORD;
    let user = match user {
        Some(u) if ok && !demo_refused => u,
        _ => {
            tracing::info!(%ip, "failed login");
            return render_invalid(&page(FieldError::new("password", "err-login-failed").into()));
        }
    };
    if user.email_confirmed_at.is_none() {
        if let MailGate::Send = mail_gate(&st, &ctx, &user.email).await? {
            let token = st.store.issue_token(user.id, Purpose::Confirm, None).await?;
            send_confirm_mail(&st, &ctx, &user.email, &token).await?;
        }
        return render_invalid(&page(FieldError::new("email", "err-login-unconfirmed").into()));
    }
    st.store.clear_failures(&account_key).await?;
    st.store.release_attempt(&ip_key).await?;
    // A new session id at every login; an old cookie sent along is ended.
    if let Some(old) = crate::ctx::cookie_from_ctx(&ctx) {
        st.store.delete_session(&old).await?;
    }
    let token = st.store.create_session(user.id).await?;
    // Nowhere particular to go: a person in one neighbourhood lands in it.
    let next = if next == "/" { home_of(&st, user.id).await? } else { next };
    let r = see_other(&next);
    Ok(with_cookie(r, &session_cookie(&st, &token)))
}

/// End the session on the server and forget the cookie.
pub async fn logout(
    ctx: Ctx,
    State(st): State<AppState>,
    headers: axum::http::HeaderMap,
) -> Result<Response, AppError> {
    let _ = ctx;
    if let Some(token) = crate::ctx::cookie(&headers, crate::ctx::session_cookie_name(st.config.secure_cookies())) {
        st.store.delete_session(&token).await?;
    }
    Ok(with_cookie(see_other("/login?notice=notice-logged-out"), &clear_session_cookie(&st)))
}

/// Ask for a reset link.
pub async fn forgot_form(ctx: Ctx) -> Result<Response, AppError> {
    render(&ForgotPage { ctx, errors: FieldErrors::new(), email: String::new() })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ForgotForm {
    email: String,
}

/// Send a reset link if the account exists; the answer is the same either way.
pub async fn forgot(ctx: Ctx, State(st): State<AppState>, Form(f): Form<ForgotForm>) -> Result<Response, AppError> {
    let email = match Email::parse(&f.email) {
        Ok(e) => e,
        Err(e) => return render_invalid(&ForgotPage { ctx, errors: e.into(), email: f.email }),
    };
    match mail_gate(&st, &ctx, email.as_str()).await? {
        MailGate::TooMany(e) => return render_too_many(&ForgotPage { ctx, errors: e.into(), email: f.email }, 3600),
        MailGate::Quiet => {}
        // Whether the account exists is looked up by the worker: the answer
        // does the same work, and takes the same time, for every address.
        MailGate::Send => crate::worker::queue_reset(&st, email.as_str(), ctx.locale()).await?,
    }
    render(&message(&ctx, "forgot-sent-title", "forgot-sent-text"))
}

/// The form behind the reset link.
pub async fn reset_form(
    ctx: Ctx,
    State(st): State<AppState>,
    Query(q): Query<TokenQuery>,
) -> Result<Response, AppError> {
    if st.store.peek_token(&q.token, Purpose::Reset).await?.is_none() {
        return render(&message(&ctx, "token-invalid-title", "token-invalid-text"));
    }
    render(&ResetPage { ctx, errors: FieldErrors::new(), token: q.token })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ResetForm {
    token: String,
    password: String,
}

/// Set the new password; every session of the account ends.
pub async fn reset(ctx: Ctx, State(st): State<AppState>, Form(f): Form<ResetForm>) -> Result<Response, AppError> {
    let pw = match NewPassword::parse("password", &f.password, st.config.demo) {
        Ok(p) => p,
        Err(e) => return render_invalid(&ResetPage { ctx, errors: e.into(), token: f.token }),
    };
    let Some(t) = st.store.consume_token(&f.token, Purpose::Reset).await? else {
        return render(&message(&ctx, "token-invalid-title", "token-invalid-text"));
    };
    let hash = hash_password(pw.expose()).await?;
    st.store.set_password_hash(t.user_id, hash).await?;
    st.store.delete_other_sessions(t.user_id, None).await?;
    // Following the link proves the address too.
    st.store.confirm_email(t.user_id).await?;
    Ok(see_other("/login?notice=notice-password-reset"))
}
