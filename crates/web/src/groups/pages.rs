//! The pages of this capability: one typed struct per template in `templates/groups/`.

use crate::ctx::Ctx;
use crate::views::{EventCard, NbView};
use askama::Template;
use quartier_core::FieldErrors;

#[derive(Template)]
#[template(path = "groups/groups.html")]
pub struct GroupsPage {
    pub ctx: Ctx,
    pub notice: Option<String>,
    pub n: NbView,
    /// (id, name, kind, joining, members)
    pub groups: Vec<(String, String, String, String, String)>,
}

#[derive(Template)]
#[template(path = "groups/group_form.html")]
pub struct GroupFormPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub action: String,
    pub editing: bool,
    pub errors: FieldErrors,
    pub name: String,
    pub description: String,
    pub kind: String,
    pub joining: String,
}

#[derive(Template)]
#[template(path = "groups/group.html")]
pub struct GroupPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub notice: Option<String>,
    pub id: String,
    pub name: String,
    pub kind: String,
    pub joining_label: String,
    pub description_html: String,
    /// The reader's standing: "", "pending", "member" or "admin".
    pub standing: String,
    pub board: bool,
    pub can_post: bool,
    pub admin: bool,
    /// (user id, name, admin)
    pub members: Vec<(String, String, bool)>,
    pub requests: Vec<(String, String, bool)>,
    /// (id, title, replies, last activity, hidden)
    pub topics: Vec<(String, String, String, String, bool)>,
    pub events: Vec<EventCard>,
    pub hidden_reason: String,
    pub errors: FieldErrors,
    pub title: String,
    pub body: String,
}

#[derive(Template)]
#[template(path = "groups/group_topic.html")]
pub struct GroupTopicPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub notice: Option<String>,
    pub group_id: String,
    pub group_name: String,
    pub id: String,
    pub title: String,
    /// (id, author, when, html, hidden reason)
    pub posts: Vec<(String, String, String, String, String)>,
    pub can_post: bool,
    pub moderator: bool,
    pub errors: FieldErrors,
    pub body: String,
}
