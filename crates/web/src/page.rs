//! Rendering pages, redirects after a form, and the notices shown after them.

use crate::ctx::Ctx;
use crate::error::AppError;
use askama::Template;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};

/// Render a page with status 200.
pub fn render<T: Template>(t: &T) -> Result<Response, AppError> {
    Ok(Html(t.render()?).into_response())
}

/// Render a form again with its errors (422), keeping what was typed.
pub fn render_invalid<T: Template>(t: &T) -> Result<Response, AppError> {
    Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(t.render()?)).into_response())
}

/// The form again with its message (a limit was reached): 429 with when to
/// come back, so nothing typed is lost.
pub fn render_too_many<T: Template>(t: &T, retry_after_secs: u32) -> Result<Response, AppError> {
    Ok((
        StatusCode::TOO_MANY_REQUESTS,
        [(axum::http::header::RETRY_AFTER, retry_after_secs.to_string())],
        Html(t.render()?),
    )
        .into_response())
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
    /// A button onwards, if any.
    pub link: Option<Link>,
}

/// A link shown as a button.
pub struct Link {
    pub href: String,
    pub label: String,
}

/// 303 See Other: after a form post, the browser loads the target with GET.
pub fn see_other(to: &str) -> Response {
    let mut r = StatusCode::SEE_OTHER.into_response();
    if let Ok(v) = HeaderValue::from_str(to) {
        r.headers_mut().insert(header::LOCATION, v);
    }
    r
}

pub fn with_cookie(mut r: Response, cookie: &str) -> Response {
    if let Ok(v) = HeaderValue::from_str(cookie) {
        r.headers_mut().append(header::SET_COOKIE, v);
    }
    r
}

/// Notices that may be named in a `?notice=` query after a redirect.
pub(crate) const NOTICES: &[&str] = &[
    "notice-saved",
    "notice-link-asked",
    "notice-domain-added",
    "notice-domain-removed",
    "notice-link-confirmed",
    "notice-link-ended",
    "notice-password-changed",
    "notice-email-changed",
    "notice-joined",
    "notice-requested",
    "notice-confirmed",
    "notice-declined",
    "notice-role-set",
    "notice-created",
    "notice-confirm-sent",
    "notice-logged-out",
    "notice-password-reset",
    "notice-email-confirmed",
    "notice-deleted",
    "notice-posted",
    "notice-accepted",
    "notice-done",
    "notice-withdrawn",
    "notice-thanked",
    "notice-reported",
    "notice-blocked",
    "notice-unblocked",
    "notice-hidden",
    "notice-dismissed",
    "notice-signed-up",
    "notice-waiting",
    "notice-event-cancelled",
    "notice-sent",
    "notice-left",
    "notice-review-requested",
    "notice-signup-withdrawn",
    "notice-group-created",
    "notice-project-created",
    "notice-project-requested",
    "notice-project-joined",
    "notice-voted",
    "notice-survey-created",
    "notice-survey-opened",
    "notice-survey-closed",
    "notice-survey-answered",
    "notice-survey-typed-in",
    "notice-meeting-planned",
    "notice-project-continued",
    "notice-group-requested",
    "notice-group-joined",
    "notice-invited",
    "notice-invitation-accepted",
    "notice-invitation-declined",
    "notice-org-proposed",
    "notice-org-confirmed",
    "notice-nb-created",
    "notice-census-saved",
    "notice-census-imported",
    "notice-impact-counted",
    "notice-impact-published",
    "notice-pool-offered",
    "notice-pool-requested",
    "notice-pool-confirmed",
    "notice-pool-declined",
    "notice-pool-cancelled",
    "notice-pool-withdrawn",
    "notice-census-snapshot",
    "notice-census-claimed",
    "notice-partner-added",
    "notice-measure-added",
    "notice-funding-added",
    "notice-page-deleted",
    "notice-message-sent",
    "notice-join-asked",
    "notice-join-accepted",
    "notice-join-declined",
    "notice-canvas-saved",
    "notice-canvas-visibility",
    "notice-canvas-commented",
    "notice-mentoring-offered",
    "notice-mentoring-asked",
    "notice-mentoring-paired",
    "notice-mentoring-picked",
    "notice-mentoring-accepted",
    "notice-mentoring-declined",
    "notice-mentoring-session",
    "notice-mentoring-closed",
    "notice-material-added",
    "notice-material-removed",
    "notice-learnt-recorded",
    "notice-learnt-removed",
];

/// `?notice=` after a redirect; every page that shows notices reads it.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct NoticeQuery {
    pub notice: Option<String>,
}

pub fn notice(ctx: &Ctx, key: Option<&str>) -> Option<String> {
    key.and_then(|k| NOTICES.iter().find(|n| **n == k)).map(|k| ctx.t(k))
}

/// "Really?" before a step that cannot be undone, without JavaScript: the
/// first post of the form shows this page, whose form posts the same
/// address again with `confirm=yes`.
#[derive(Template)]
#[template(path = "confirm.html")]
pub struct ConfirmPage {
    pub ctx: Ctx,
    pub title: String,
    pub text: String,
    /// Where the confirming form posts (the same address).
    pub action: String,
    /// The button, naming the step ("Yes, cancel the event").
    pub yes: String,
    /// Where "No, back" leads.
    pub back: String,
    /// What the first post carried, sent again with the confirmation (an
    /// evaluation typed before closing).
    pub keep: Vec<Kept>,
}

/// A field of a form, carried through its confirmation.
pub struct Kept {
    pub name: String,
    pub value: String,
}

/// A reason given with a report or a moderator's hiding, wherever content
/// is reported or hidden.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct ReasonForm {
    pub reason: String,
}

/// The confirmation a destructive form carries once it was asked for.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct Confirm {
    confirm: String,
}

impl Confirm {
    pub fn given(&self) -> bool {
        self.confirm == "yes"
    }
}

/// The links to a list's neighbouring pages (paged by key: `after=` the
/// last row shown, `before=` the first). `base` is the list's address with
/// its filters; the page's own place is left out of it.
#[derive(Debug, Clone, Default)]
pub struct Pager {
    pub prev: Option<String>,
    pub next: Option<String>,
}

impl Pager {
    pub fn new<T>(base: &str, page: &quartier_store::paging::Page<T>) -> Pager {
        let sep = if base.contains('?') { '&' } else { '?' };
        Pager {
            prev: page.prev.map(|id| format!("{base}{sep}before={id}")),
            next: page.next.map(|id| format!("{base}{sep}after={id}")),
        }
    }
}

/// Where a paged list starts, from its query string.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct PageQuery {
    pub after: String,
    pub before: String,
}

impl PageQuery {
    pub fn cursor(&self) -> quartier_store::paging::Cursor {
        quartier_store::paging::Cursor::from_query(&self.after, &self.before)
    }
}

/// A paged list's query string: where it starts, and a notice to show.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct PagedQuery {
    pub notice: Option<String>,
    #[serde(flatten)]
    pub at: PageQuery,
}
