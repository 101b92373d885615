//! A person's own account: profile, password, e-mail, export, deletion.
//! Changing password or e-mail and deleting need the current password.

use super::pages::{AccountPage, DeletePage, EmailPage, PasswordPage, TokenActionPage};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::extractors::{Form, Query};
use crate::mail::MailGate;
use crate::page::{Link, MessagePage, render, render_invalid, render_too_many};
use crate::page::{NoticeQuery, notice, see_other, with_cookie};
use crate::security::clear_session_cookie;
use crate::security::{hash_password, verify_password};
use crate::views::MembershipRow;
use crate::views::status_key;
use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use quartier_core::FieldErrors;
use quartier_core::account::{DisplayName, Email, NewPassword, parse_bio};
use quartier_core::validation::FieldError;
use quartier_store::tokens::Purpose;
use serde::Deserialize;

async fn account_page(
    ctx: &Ctx,
    st: &AppState,
    errors: FieldErrors,
    edit: Option<(String, String, bool)>,
    note: Option<String>,
) -> Result<AccountPage, AppError> {
    let me = ctx.require_user()?;
    let u = st.store.live_user(me.id).await?;
    let memberships = st
        .store
        .memberships_of(u.id)
        .await?
        .into_iter()
        .map(|(m, n)| MembershipRow { slug: n.slug, name: n.name, status: status_key(&m) })
        .collect();
    let (display_name, bio, public) = edit.unwrap_or((u.display_name, u.bio, u.profile_public));
    Ok(AccountPage {
        ctx: ctx.clone(),
        errors,
        notice: note,
        user_id: u.id.to_string(),
        display_name,
        bio,
        public,
        memberships,
    })
}

/// Overview of the account and the profile form.
pub async fn show(ctx: Ctx, State(st): State<AppState>, Query(q): Query<NoticeQuery>) -> Result<Response, AppError> {
    let note = notice(&ctx, q.notice.as_deref());
    render(&account_page(&ctx, &st, FieldErrors::new(), None, note).await?)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ProfileForm {
    display_name: String,
    bio: String,
    public: Option<String>,
}

/// Save name, short text and whether the profile is public.
pub async fn save_profile(
    ctx: Ctx,
    State(st): State<AppState>,
    Form(f): Form<ProfileForm>,
) -> Result<Response, AppError> {
    let me = ctx.require_user()?;
    let mut errors = FieldErrors::new();
    let name = errors.take(DisplayName::parse(&f.display_name));
    let bio = errors.take(parse_bio(&f.bio));
    let public = f.public.is_some();
    let (Some(name), Some(bio)) = (name, bio) else {
        let page = account_page(&ctx, &st, errors, Some((f.display_name, f.bio, public)), None).await?;
        return render_invalid(&page);
    };
    st.store.set_profile(me.id, name.as_str(), &bio, public).await?;
    Ok(see_other("/account?notice=notice-saved"))
}

/// The change-password form.
pub async fn password_form(ctx: Ctx) -> Result<Response, AppError> {
    ctx.require_user()?;
    render(&PasswordPage { ctx, errors: FieldErrors::new() })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PasswordForm {
    current_password: String,
    password: String,
}

/// Wrong current passwords allowed per account in the login window.
const CURRENT_PASSWORD_TRIES: i32 = 5;

/// Check the person's current password (changing the password or address,
/// deleting the account). Like a login, every check first takes its place
/// in a count per account, so guesses sent in parallel are counted too.
/// `Ok(())` when it is right, else the error for the field.
async fn check_current(st: &AppState, user_id: uuid::Uuid, pw: &str) -> Result<Result<(), FieldError>, AppError> {
    let key = format!("current:{user_id}");
    if !st.store.reserve_attempt(&key, CURRENT_PASSWORD_TRIES, super::auth::window()).await? {
        return Ok(Err(FieldError::new("current_password", "err-login-throttled")));
    }
    let u = st.store.live_user(user_id).await?;
    if !pw.is_empty() && verify_password(&u.password_hash, pw).await {
        st.store.clear_failures(&key).await?;
        return Ok(Ok(()));
    }
    Ok(Err(FieldError::new("current_password", "err-current-password")))
}

/// Change the password; other sessions end, this one stays.
pub async fn change_password(
    ctx: Ctx,
    State(st): State<AppState>,
    Form(f): Form<PasswordForm>,
) -> Result<Response, AppError> {
    let me = ctx.require_user()?.clone();
    let mut errors = FieldErrors::new();
    let pw = errors.take(NewPassword::parse("password", &f.password, st.config.demo));
    if let Err(e) = check_current(&st, me.id, &f.current_password).await? {
        errors.push(e);
    }
    let Some(pw) = pw.filter(|_| errors.is_empty()) else {
        return render_invalid(&PasswordPage { ctx, errors });
    };
    st.store.set_password_hash(me.id, hash_password(pw.expose()).await?).await?;
    st.store.delete_other_sessions(me.id, Some(&me.session_id)).await?;
    Ok(see_other("/account?notice=notice-password-changed"))
}

/// The change-e-mail form.
pub async fn email_form(ctx: Ctx) -> Result<Response, AppError> {
    let current = ctx.require_user()?.email.clone();
    render(&EmailPage { ctx, errors: FieldErrors::new(), current, email: String::new() })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct EmailForm {
    email: String,
    current_password: String,
}

/// Send a confirmation link to the new address; it counts once confirmed.
pub async fn change_email(
    ctx: Ctx,
    State(st): State<AppState>,
    Form(f): Form<EmailForm>,
) -> Result<Response, AppError> {
    let me = ctx.require_user()?.clone();
    let mut errors = FieldErrors::new();
    let email = errors.take(Email::parse(&f.email));
    if let Err(e) = check_current(&st, me.id, &f.current_password).await? {
        errors.push(e);
    }
    if let Some(e) = &email
        && e.as_str() == me.email
    {
        errors.push(FieldError::new("email", "err-email-same"));
    }
    let Some(email) = email.filter(|_| errors.is_empty()) else {
        return render_invalid(&EmailPage { ctx, errors, current: me.email, email: f.email });
    };
    // A taken address gets no link, but the page says the same: no one
    // learns here which addresses have accounts.
    let gate = match crate::mail::mail_gate(&st, &ctx, email.as_str()).await? {
        MailGate::TooMany(e) => {
            return render_too_many(&EmailPage { ctx, errors: e.into(), current: me.email, email: f.email }, 3600);
        }
        g => g,
    };
    if matches!(gate, MailGate::Send) && st.store.user_by_email(&email).await?.is_none() {
        let token = st.store.issue_token(me.id, Purpose::ChangeEmail, Some(email.as_str())).await?;
        let link = format!("{}/account/email/confirm?token={token}", st.config.base_url());
        crate::mail::queue_link_mail(&st, &ctx, email.as_str(), "mail-change", link).await?;
    }
    render(&MessagePage {
        title: ctx.t("email-sent-title"),
        paragraphs: vec![ctx.t("email-sent-text")],
        link: Some(Link { href: "/account".into(), label: ctx.t("back-account") }),
        ctx,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TokenQuery {
    token: String,
}

/// The link sent to the new address shows a button.
pub async fn email_confirm_form(
    ctx: Ctx,
    State(st): State<AppState>,
    Query(q): Query<TokenQuery>,
) -> Result<Response, AppError> {
    if st.store.peek_token(&q.token, Purpose::ChangeEmail).await?.is_none() {
        return render(&MessagePage {
            title: ctx.t("token-invalid-title"),
            paragraphs: vec![ctx.t("token-invalid-text")],
            link: None,
            ctx,
        });
    }
    render(&TokenActionPage {
        title: ctx.t("email-confirm-title"),
        text: ctx.t("email-confirm-text"),
        button: ctx.t("confirm-submit"),
        action: "/account/email/confirm",
        token: q.token,
        ctx,
    })
}

/// Switch to the new address.
pub async fn email_confirm(
    ctx: Ctx,
    State(st): State<AppState>,
    Form(f): Form<TokenQuery>,
) -> Result<Response, AppError> {
    let invalid = |ctx: Ctx| MessagePage {
        title: ctx.t("token-invalid-title"),
        paragraphs: vec![ctx.t("token-invalid-text")],
        link: None,
        ctx,
    };
    let Some(t) = st.store.consume_token(&f.token, Purpose::ChangeEmail).await? else {
        return render(&invalid(ctx));
    };
    let Some(email) = t.new_email.as_deref().and_then(|e| Email::parse(e).ok()) else {
        return render(&invalid(ctx));
    };
    match st.store.set_email(t.user_id, &email).await {
        Ok(()) => Ok(see_other("/account?notice=notice-email-changed")),
        Err(quartier_store::StoreError::Conflict(_)) => Err(AppError::Conflict("err-email-taken")),
        Err(e) => Err(e.into()),
    }
}

/// Everything about the person as one JSON file.
pub async fn export(ctx: Ctx, State(st): State<AppState>) -> Result<Response, AppError> {
    let me = ctx.require_user()?;
    let data = st.store.export_personal_data(me.id).await?;
    let body = serde_json::to_string_pretty(&data).map_err(|e| AppError::Internal(e.to_string()))?;
    let mut r = body.into_response();
    let h = r.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json; charset=utf-8"));
    h.insert(header::CONTENT_DISPOSITION, HeaderValue::from_static("attachment; filename=\"quartier-export.json\""));
    Ok(r)
}

/// The delete-account form.
pub async fn delete_form(ctx: Ctx) -> Result<Response, AppError> {
    ctx.require_user()?;
    render(&DeletePage { ctx, errors: FieldErrors::new() })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DeleteForm {
    current_password: String,
}

/// Erase the person's data and end all their sessions.
pub async fn delete(ctx: Ctx, State(st): State<AppState>, Form(f): Form<DeleteForm>) -> Result<Response, AppError> {
    let me = ctx.require_user()?.clone();
    if let Err(e) = check_current(&st, me.id, &f.current_password).await? {
        return render_invalid(&DeletePage { ctx, errors: e.into() });
    }
    st.store.erase_person(me.id).await?;
    let page = MessagePage {
        title: ctx.t("deleted-title"),
        paragraphs: vec![ctx.t("deleted-text")],
        link: Some(Link { href: "/".into(), label: ctx.t("back-home") }),
        ctx: crate::ctx::Ctx { user: None, ..ctx },
    };
    Ok(with_cookie(render(&page)?, &clear_session_cookie(&st)))
}
