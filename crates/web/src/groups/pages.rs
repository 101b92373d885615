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
    pub groups: Vec<GroupRow>,
    pub pager: crate::page::Pager,
}

/// A group as listed in its neighbourhood.
pub struct GroupRow {
    pub id: String,
    pub name: String,
    /// Kind and way of joining, as labels.
    pub kind: String,
    pub joining: String,
    /// "12 members", as a label.
    pub members: String,
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
    pub members: Vec<GroupMemberRow>,
    /// Those who asked to join and wait for an administrator.
    pub requests: Vec<GroupMemberRow>,
    pub topics: Vec<TopicRow>,
    pub events: Vec<EventCard>,
    pub hidden_reason: String,
    pub errors: FieldErrors,
    pub title: String,
    pub body: String,
}

/// A member of a group, or someone asking to join.
pub struct GroupMemberRow {
    /// User id.
    pub id: String,
    pub name: String,
    /// Administrator of the group.
    pub admin: bool,
}

/// A topic on a group's board.
pub struct TopicRow {
    pub id: String,
    pub title: String,
    /// "3 replies", as a label.
    pub replies: String,
    pub last_activity: String,
    /// Hidden by a moderator.
    pub hidden: bool,
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
    /// The opening post, then the replies.
    pub posts: Vec<PostRow>,
    pub can_post: bool,
    pub moderator: bool,
    pub errors: FieldErrors,
    pub body: String,
}

/// A post in a topic.
pub struct PostRow {
    pub id: String,
    pub author: String,
    pub when: String,
    /// The rendered text; empty when hidden from the reader.
    pub html: String,
    /// Why a moderator hid it, or empty.
    pub hidden_reason: String,
}
