//! The pages of this capability: one typed struct per template in `templates/notifications/`.

use crate::ctx::Ctx;
use askama::Template;

#[derive(Template)]
#[template(path = "notifications/notifications.html")]
pub struct NotificationsPage {
    pub ctx: Ctx,
    pub notice: Option<String>,
    pub items: Vec<NotificationRow>,
    pub pager: crate::page::Pager,
    pub email_answers: bool,
    pub email_messages: bool,
    pub email_new_requests: bool,
    pub email_tasks: bool,
    pub digest: String,
    /// Help categories the reader can follow.
    pub categories: Vec<FollowedCategory>,
    pub notice_board_mail: bool,
    /// For easy-language reviewers: how many texts wait.
    pub reviews: Option<usize>,
    pub invitations: Vec<Invitation>,
}

/// A notification in the reader's list.
pub struct NotificationRow {
    /// What happened, as a label.
    pub what: String,
    /// Title of what it is about, or empty.
    pub title: String,
    /// Where to read more, or empty.
    pub link: String,
    pub unread: bool,
    pub when: String,
    /// Why the content was hidden, or empty.
    pub hidden_reason: String,
}

/// A help category, and whether the reader follows it.
pub struct FollowedCategory {
    pub key: String,
    pub label: String,
    pub followed: bool,
}

/// An invitation to help run an organisation, waiting for an answer.
pub struct Invitation {
    pub slug: String,
    pub name: String,
    pub role: String,
}
