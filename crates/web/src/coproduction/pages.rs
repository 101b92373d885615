//! The pages of this capability: one typed struct per template in `templates/coproduction/`.

use crate::ctx::Ctx;
use crate::views::{Choice, NbView};
use askama::Template;
use quartier_core::FieldErrors;

#[derive(Template)]
#[template(path = "coproduction/projects.html")]
pub struct ProjectsPage {
    pub ctx: Ctx,
    pub notice: Option<String>,
    pub n: NbView,
    pub projects: Vec<ProjectRow>,
}

/// A project as listed in its neighbourhood.
pub struct ProjectRow {
    pub id: String,
    pub title: String,
    pub goal: String,
    /// Phase and way of joining, as labels.
    pub phase: String,
    pub joining: String,
    /// "5 people take part", as a label.
    pub people: String,
    /// The reader's standing, as a label, or empty.
    pub mine: String,
}

#[derive(Template)]
#[template(path = "coproduction/project_form.html")]
pub struct ProjectFormPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub errors: FieldErrors,
    pub title: String,
    pub goal: String,
    pub joining: String,
    pub role: String,
    pub organisation: String,
    /// Organisations the reader administers ("" first: none).
    pub organisations: Vec<Choice>,
    pub roles: Vec<Choice>,
}

#[derive(Template)]
#[template(path = "coproduction/project.html")]
pub struct ProjectPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub notice: Option<String>,
    pub id: String,
    pub title: String,
    pub goal_html: String,
    pub organisation: String,
    pub joining_label: String,
    pub phases: Vec<PhaseStep>,
    /// The reader's standing: "", "requested", "invited", "participant", "facilitator".
    pub standing: String,
    pub my_role: String,
    pub takes_part: bool,
    pub facilitates: bool,
    pub may_request: bool,
    pub people: Vec<PersonRow>,
    pub requests: Vec<PersonRow>,
    pub invited: Vec<PersonRow>,
    /// "3 of 6 (50 %)", as labels.
    pub users_share: String,
    pub leaders_share: String,
    /// Fewer than half of those who lead are service users.
    pub users_do_not_lead: bool,
    pub roles: Vec<Choice>,
    /// Members of the quarter a facilitator may invite.
    pub invitable: Vec<Choice>,
    pub open_proposals: Vec<ProposalRow>,
    pub decided_proposals: Vec<ProposalRow>,
    pub tasks: Vec<TaskRow>,
    /// Where the project lives, for the tasks' forms.
    pub task_base: String,
    /// The proposal form.
    pub errors: FieldErrors,
    pub form: ProposalFields,
    pub kinds: Vec<Choice>,
    pub rules: Vec<Choice>,
    pub has_next_phase: bool,
}

/// What was typed into the proposal form.
#[derive(Default, Clone)]
pub struct ProposalFields {
    pub kind: String,
    pub title: String,
    pub body: String,
    pub rule: String,
    pub quorum: String,
    pub closes_date: String,
    pub closes_time: String,
}

/// One of the three phases, as shown in order.
pub struct PhaseStep {
    pub label: String,
    /// "step" for the current one, else "".
    pub current: &'static str,
    pub done: bool,
}

/// A person in a project.
pub struct PersonRow {
    pub id: String,
    pub name: String,
    pub role: String,
    /// The role's stored tag, to preselect it.
    pub role_tag: String,
    pub facilitator: bool,
    /// "votes through Ulla", or empty.
    pub proxy: String,
    pub proxy_id: String,
}

/// A proposal in the project's list.
pub struct ProposalRow {
    pub id: String,
    pub title: String,
    /// "open until …" or the outcome, as a label.
    pub status: String,
    pub rule: String,
    pub next_phase: bool,
}

/// A task of the project.
pub struct TaskRow {
    pub id: String,
    pub what: String,
    pub who: String,
    pub due: String,
    pub done: bool,
    pub may_tick: bool,
}

#[derive(Template)]
#[template(path = "coproduction/proposal.html")]
pub struct ProposalPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub notice: Option<String>,
    pub project_id: String,
    pub project_title: String,
    pub id: String,
    pub title: String,
    pub body_html: String,
    pub author: String,
    pub phase: String,
    pub next_phase: bool,
    pub rule: String,
    pub rule_text: String,
    pub quorum: String,
    pub closes: String,
    pub open: bool,
    /// The outcome, as a label, once decided.
    pub outcome: String,
    pub passed: bool,
    /// Counts, as labels.
    pub tally: Vec<TallyLine>,
    pub turnout: String,
    pub record: Vec<VoteRow>,
    /// Those the reader may vote for now: themselves and those who named them as proxy.
    pub ballots: Vec<Choice>,
    pub choices: Vec<Choice>,
    /// Facilitator: participants without a vote yet, for a meeting record.
    pub meeting_people: Vec<Choice>,
    pub takes_part: bool,
    pub comments: Vec<CommentRow>,
    pub tasks: Vec<TaskRow>,
    pub task_base: String,
    pub participants: Vec<Choice>,
    pub errors: FieldErrors,
    pub body: String,
    pub what: String,
    pub assignee: String,
    pub due_on: String,
    pub meeting_on: String,
}

/// One line of the tally.
pub struct TallyLine {
    pub label: String,
    pub count: u32,
}

/// One vote on the record.
pub struct VoteRow {
    pub name: String,
    pub choice: String,
    /// "online", "through Ulla" or "at the meeting on …", as a label.
    pub how: String,
}

pub struct CommentRow {
    pub id: String,
    pub author: String,
    pub when: String,
    pub html: String,
}
