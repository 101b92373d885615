//! The pages of this capability: one typed struct per template in `templates/notifications/`.

use crate::ctx::Ctx;
use askama::Template;

#[derive(Template)]
#[template(path = "notifications/notifications.html")]
pub struct NotificationsPage {
    pub ctx: Ctx,
    pub notice: Option<String>,
    /// (what, title, link, unread, when, hidden reason)
    pub items: Vec<(String, String, String, bool, String, String)>,
    pub email_answers: bool,
    pub email_messages: bool,
    pub email_new_requests: bool,
    pub digest: String,
    /// (key, label, followed)
    pub categories: Vec<(String, String, bool)>,
    pub notice_board_mail: bool,
    /// For easy-language reviewers: how many texts wait.
    pub reviews: Option<usize>,
    pub invitations: Vec<Invitation>,
}

/// An invitation to help run an organisation, waiting for an answer.
pub struct Invitation {
    pub slug: String,
    pub name: String,
    pub role: String,
}
