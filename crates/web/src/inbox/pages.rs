//! The pages of this capability: one typed struct per template in `templates/inbox/`.

use crate::ctx::Ctx;
use askama::Template;
use quartier_core::FieldErrors;

pub struct InboxRow {
    pub id: String,
    pub other: String,
    pub about: String,
    pub unread: bool,
    pub when: String,
}

#[derive(Template)]
#[template(path = "inbox/inbox.html")]
pub struct InboxPage {
    pub ctx: Ctx,
    pub notice: Option<String>,
    pub items: Vec<InboxRow>,
    pub pager: crate::page::Pager,
}

pub struct MessageRow {
    pub id: String,
    pub mine: bool,
    pub author: String,
    pub when: String,
    pub body: String,
    pub hidden_reason: String,
}

#[derive(Template)]
#[template(path = "inbox/conversation.html")]
pub struct ConversationPage {
    pub ctx: Ctx,
    pub id: String,
    pub other: String,
    pub about: String,
    pub about_link: String,
    pub messages: Vec<MessageRow>,
    /// Links to the page of older and of newer messages, if there are any.
    pub older: Option<String>,
    pub newer: Option<String>,
    pub i_blocked: bool,
    pub blocked: bool,
    pub errors: FieldErrors,
    pub draft: String,
    pub notice: Option<String>,
}
