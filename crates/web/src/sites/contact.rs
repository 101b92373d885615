//! The contact form of an organisation's website: anyone who may see the
//! organisation writes to its administrators, whose addresses stay hidden;
//! the administrators read the messages on a page of their own.

use super::pages::{ContactPage, MessageRow, MessagesPage};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::extractors::{Form, Query};
use crate::guards::{OrgReader, SiteAdmin};
use crate::notify::tell_about;
use crate::page::{NoticeQuery, PagedQuery, Pager, notice, render, render_invalid, render_too_many, see_other};
use crate::views::{site_nav, tz_of};
use axum::extract::State;
use axum::response::Response;
use quartier_core::FieldErrors;
use quartier_core::account::Email;
use quartier_core::org_site::{self as site, SiteAction};
use quartier_core::organisation::{LinkStatus, OrgRole};
use quartier_core::validation::FieldError;
use quartier_store::entity::organisation;
use quartier_store::notifications::NoticeKind;
use quartier_store::org_site::NewOrgMessage;
use serde::Deserialize;

/// Messages one client may send to one organisation in an hour.
const CONTACT_PER_CLIENT: i32 = 5;
/// Messages an organisation takes in a day, from everyone together, so
/// that its administrators are not flooded.
const CONTACT_PER_ORG: i32 = 50;

/// The contact form as sent. `website` is a trap for robots: the field is
/// hidden from people (and from assistive technology), so whatever fills
/// it is not a person.
#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct ContactForm {
    name: String,
    email: String,
    message: String,
    website: String,
}

async fn contact_page(
    ctx: &Ctx,
    st: &AppState,
    o: &organisation::Model,
    role: Option<OrgRole>,
    f: ContactForm,
    errors: FieldErrors,
    note: Option<String>,
) -> Result<ContactPage, AppError> {
    let nav = site_nav(st, ctx, o, role, &format!("/o/{}/contact", o.slug)).await?;
    Ok(ContactPage {
        ctx: ctx.clone(),
        notice: note,
        nav,
        slug: o.slug.clone(),
        org_name: o.name.clone(),
        errors,
        sender_name: f.name,
        email: f.email,
        message: f.message,
    })
}

/// The contact form: anyone who may see the organisation writes to its
/// administrators.
pub async fn contact_form(
    ctx: Ctx,
    State(st): State<AppState>,
    OrgReader { o, role }: OrgReader,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    if !site::site(role, SiteAction::Contact) {
        return Err(AppError::Forbidden);
    }
    let f = match &ctx.user {
        Some(u) => ContactForm { name: u.display_name.clone(), email: u.email.clone(), ..ContactForm::default() },
        None => ContactForm::default(),
    };
    let note = notice(&ctx, q.notice.as_deref());
    render(&contact_page(&ctx, &st, &o, role, f, FieldErrors::new(), note).await?)
}

/// Send a message: kept for the administrators, who are told (a
/// notification, and a mail as their settings say); the sender sees a
/// confirmation. Limited per client and per organisation.
pub async fn contact(
    ctx: Ctx,
    State(st): State<AppState>,
    OrgReader { o, role }: OrgReader,
    Form(f): Form<ContactForm>,
) -> Result<Response, AppError> {
    if !site::site(role, SiteAction::Contact) {
        return Err(AppError::Forbidden);
    }
    let sent = format!("/o/{}/contact?notice=notice-message-sent", o.slug);
    if !f.website.trim().is_empty() {
        // A robot: it is told what a person would be told, and nothing is kept.
        return Ok(see_other(&sent));
    }
    let mut errors = FieldErrors::new();
    let name = errors.take(site::parse_sender_name(&f.name));
    let email = errors.take(Email::parse(&f.email));
    let body = errors.take(site::parse_contact_message(&f.message));
    let (Some(name), Some(email), Some(body)) = (name, email, body) else {
        return render_invalid(&contact_page(&ctx, &st, &o, role, f, errors, None).await?);
    };
    let hour = chrono::Duration::hours(1);
    let per_client = format!("org-contact:{}:{}", o.id, ctx.client_key());
    if !st.store.reserve_attempt(&per_client, CONTACT_PER_CLIENT, hour).await?
        || !st
            .store
            .reserve_attempt(&format!("org-contact:{}", o.id), CONTACT_PER_ORG, chrono::Duration::days(1))
            .await?
    {
        let errors = FieldErrors::from(FieldError::new("message", "err-contact-too-many"));
        return render_too_many(&contact_page(&ctx, &st, &o, role, f, errors, None).await?, 3600);
    }
    let sender = ctx.user.as_ref().map(|u| u.id);
    let subject = format!("{name} – {}", o.name);
    st.store.save_org_message(o.id, NewOrgMessage { sender, name, email: email.as_str().to_string(), body }).await?;
    let admins = st.store.org_admin_ids(o.id).await?;
    tell_about(&st, &admins, NoticeKind::OrgMessage, &subject, &format!("/o/{}/site/messages", o.slug)).await?;
    Ok(see_other(&sent))
}

/// The messages sent to the organisation, newest first, paged
/// (administrators only).
pub async fn messages(
    ctx: Ctx,
    State(st): State<AppState>,
    SiteAdmin { o, .. }: SiteAdmin,
    Query(q): Query<PagedQuery>,
) -> Result<Response, AppError> {
    let links = st.store.organisation_links(o.id).await?;
    let home = links.iter().find(|(l, _)| l.status() == LinkStatus::Confirmed).or(links.first()).map(|(_, n)| n);
    let tz = tz_of(home);
    let page = st.store.org_messages(o.id, q.at.cursor()).await?;
    let pager = Pager::new(&format!("/o/{}/site/messages", o.slug), &page);
    let rows = page
        .items
        .into_iter()
        .map(|m| MessageRow {
            id: m.id.to_string(),
            when: ctx.datetime(&m.created_at, tz.name()),
            name: m.sender_name,
            email: m.sender_email,
            body: m.body,
        })
        .collect();
    let nav = site_nav(&st, &ctx, &o, Some(OrgRole::Admin), "").await?;
    render(&MessagesPage {
        notice: notice(&ctx, q.notice.as_deref()),
        nav,
        slug: o.slug.clone(),
        org_name: o.name.clone(),
        messages: rows,
        pager,
        ctx,
    })
}
