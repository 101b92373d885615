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
    /// A learning group's topic, or empty.
    pub topic: String,
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
    pub topic: String,
    pub schedule: String,
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
    /// A learning group's topic, materials and records.
    pub learning: Option<LearningBlock>,
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

/// What a learning group's page shows of its learning.
pub struct LearningBlock {
    pub topic: String,
    /// When and where it meets, in the group's words.
    pub schedule: String,
    pub see_materials: bool,
    /// The newest few.
    pub materials: Vec<MaterialRow>,
    pub can_add: bool,
    /// Who learnt what is for members only.
    pub see_learnt: bool,
    pub learnt: Vec<LearntRow>,
    pub can_record: bool,
}

/// A shared learning material.
pub struct MaterialRow {
    pub id: String,
    pub title: String,
    /// A checked `http(s)` address, or empty.
    pub url: String,
    pub note: String,
    /// Who shared it.
    pub by: String,
    pub when: String,
    pub can_remove: bool,
}

/// Something a member learnt.
pub struct LearntRow {
    pub id: String,
    pub learner: String,
    pub what: String,
    /// The meeting named, or empty.
    pub meeting: String,
    pub when: String,
    /// Who wrote it down when not the learner, or empty.
    pub written_by: String,
    pub can_remove: bool,
}

#[derive(Template)]
#[template(path = "groups/materials.html")]
pub struct MaterialsPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub notice: Option<String>,
    pub group_id: String,
    pub group_name: String,
    pub topic: String,
    pub materials: Vec<MaterialRow>,
    pub pager: crate::page::Pager,
    pub can_add: bool,
    pub errors: FieldErrors,
    pub title: String,
    pub url: String,
    pub note: String,
}

#[derive(Template)]
#[template(path = "groups/learnt.html")]
pub struct LearntPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub notice: Option<String>,
    pub group_id: String,
    pub group_name: String,
    pub topic: String,
    pub learnt: Vec<LearntRow>,
    pub pager: crate::page::Pager,
    pub can_record: bool,
    /// For admins: the members they may write for (empty for others).
    pub learners: Vec<crate::views::Choice>,
    /// The group's past meetings to name.
    pub meetings: Vec<crate::views::Choice>,
    pub errors: FieldErrors,
    pub what: String,
    /// The chosen learner's id.
    pub learner: String,
    pub meeting: String,
}
