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
    /// The project's surveys, newest first.
    pub surveys: Vec<SurveyRow>,
    pub checking: bool,
    /// The next meetings first, then the past ones.
    pub meetings: Vec<MeetingRow>,
    pub may_plan_meeting: bool,
    /// The project this one continues, and the one it was continued as,
    /// where the reader may see them.
    pub continues: Option<ProjectLink>,
    pub continued_as: Option<ProjectLink>,
    /// The participants decided to continue it and the reader takes part.
    pub may_continue: bool,
}

/// A link to another project.
pub struct ProjectLink {
    pub id: String,
    pub title: String,
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
    pub secret: bool,
    /// What was typed into the form that starts a survey.
    pub survey_title: String,
    /// What was typed into the form that continues the project.
    pub continue_title: String,
    pub continue_goal: String,
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
    /// For readers of Leichte Sprache: the easy version, or a note that
    /// there is none yet.
    pub easy: Option<crate::views::EasyView>,
    pub author: String,
    pub phase: String,
    pub next_phase: bool,
    /// A secret ballot: only the counts are shown.
    pub secret: bool,
    /// The reader's own vote is on the record.
    pub voted: bool,
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

/// A survey in the project's list.
pub struct SurveyRow {
    pub id: String,
    pub title: String,
    /// Its status and the number of answers, as labels.
    pub status: String,
    pub answers: String,
}

/// One question of a survey, as shown to the reader.
pub struct QuestionRow {
    pub id: String,
    /// The question in the reader's language: the easy version in
    /// Leichte Sprache.
    pub text: String,
    /// The other version (easy or everyday), shown to those who write it.
    pub other: String,
    pub kind: String,
    pub free_text: bool,
    pub options: Vec<OptionRow>,
    /// What was ticked or typed (after bad input), and the message.
    pub value: String,
    pub error: String,
    /// While the survey is a draft: the checker's hints on the easy version.
    pub easy_hints: Vec<crate::views::HintView>,
}

/// A value one can tick, with its face (for smileys) and its words.
pub struct OptionRow {
    pub value: String,
    pub face: &'static str,
    pub label: String,
}

#[derive(Template)]
#[template(path = "coproduction/survey.html")]
pub struct SurveyPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub notice: Option<String>,
    pub project_id: String,
    pub project_title: String,
    pub id: String,
    pub title: String,
    /// "draft", "open" or "closed".
    pub status: String,
    pub status_label: String,
    pub questions: Vec<QuestionRow>,
    pub takes_part: bool,
    pub facilitates: bool,
    pub may_answer: bool,
    pub answered: bool,
    /// The question form (drafts) and the answer form.
    pub errors: FieldErrors,
    pub kinds: Vec<Choice>,
    pub kind: String,
    pub text: String,
    pub easy_text: String,
    /// A message for the whole answer form ("nothing answered").
    pub answer_error: String,
}

#[derive(Template)]
#[template(path = "coproduction/survey_enter.html")]
pub struct SurveyEnterPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub notice: Option<String>,
    pub project_id: String,
    pub project_title: String,
    pub id: String,
    pub title: String,
    pub questions: Vec<QuestionRow>,
    pub errors: FieldErrors,
    pub channels: Vec<Choice>,
    pub channel: String,
    pub answer_error: String,
    /// Answers typed in so far.
    pub typed: u64,
}

#[derive(Template)]
#[template(path = "coproduction/survey_print.html")]
pub struct SurveyPrintPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub project_id: String,
    pub project_title: String,
    pub id: String,
    pub title: String,
    pub easy: bool,
    pub questions: Vec<QuestionRow>,
}

#[derive(Template)]
#[template(path = "coproduction/survey_results.html")]
pub struct SurveyResultsPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub project_id: String,
    pub project_title: String,
    pub id: String,
    pub title: String,
    pub status_label: String,
    /// "7 answers: 4 on the platform, 2 from paper, 1 by phone".
    pub summary: String,
    pub results: Vec<QuestionResult>,
}

/// The results of one question: a chart, its table and its description.
pub struct QuestionResult {
    pub id: String,
    pub text: String,
    pub free_text: bool,
    pub description: String,
    pub bars: Vec<Bar>,
    /// The chart's height in its own units.
    pub height: u32,
    pub texts: Vec<FreeTextRow>,
}

/// One bar of a chart and its line in the table.
pub struct Bar {
    pub label: String,
    pub face: &'static str,
    pub online: u32,
    pub typed: u32,
    pub total: u32,
    pub percent: u32,
    /// Position and width in the chart's units.
    pub y: u32,
    pub text_y: u32,
    pub width: u32,
    pub count_x: u32,
}

/// A free-text answer, without a name.
pub struct FreeTextRow {
    pub text: String,
    /// "from paper", "by phone" or empty.
    pub how: String,
}

#[derive(Template)]
#[template(path = "coproduction/checklist.html")]
pub struct ChecklistPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub notice: Option<String>,
    pub project_id: String,
    pub project_title: String,
    pub may_answer: bool,
    /// Yes, partly, not yet.
    pub answers: Vec<Choice>,
    pub points: Vec<ChecklistPointRow>,
}

/// One point of the checklist with what the participants say now and its
/// history.
pub struct ChecklistPointRow {
    pub tag: String,
    pub title: String,
    pub text: String,
    /// Each person's newest answer, counted.
    pub yes: u32,
    pub partly: u32,
    pub not_yet: u32,
    /// The same in words ("no answer yet" when none).
    pub current: String,
    /// The reader's newest answer (preselected), or what was typed.
    pub answer: String,
    pub note: String,
    pub answer_error: String,
    pub note_error: String,
    /// Newest first.
    pub history: Vec<ChecklistHistoryRow>,
}

/// One dated answer on the record.
pub struct ChecklistHistoryRow {
    pub when: String,
    pub who: String,
    pub answer: String,
    pub note: String,
}

/// A meeting in the project's list.
pub struct MeetingRow {
    pub id: String,
    pub title: String,
    pub when: String,
    pub past: bool,
    pub has_minutes: bool,
}

#[derive(Template)]
#[template(path = "coproduction/meeting_form.html")]
pub struct MeetingFormPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub project_id: String,
    pub project_title: String,
    pub errors: FieldErrors,
    pub title: String,
    pub date: String,
    pub start_time: String,
    pub end_time: String,
    pub venue: String,
    pub agenda: String,
}

#[derive(Template)]
#[template(path = "coproduction/meeting.html")]
pub struct MeetingPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub notice: Option<String>,
    pub project_id: String,
    pub project_title: String,
    pub id: String,
    /// The calendar event the meeting is.
    pub event_id: String,
    pub title: String,
    pub when: String,
    pub venue: String,
    pub cancelled: bool,
    pub past: bool,
    pub agenda_html: String,
    pub minutes_html: String,
    /// Who wrote the minutes last.
    pub minutes_by: String,
    /// The reader reads Leichte Sprache: the easy versions are shown, or
    /// that there is none yet.
    pub easy_wanted: bool,
    pub agenda_easy_exists: bool,
    pub agenda_easy_title: String,
    pub agenda_easy_html: String,
    pub minutes_easy_exists: bool,
    pub minutes_easy_title: String,
    pub minutes_easy_html: String,
    pub may_write: bool,
    /// The forms: what is written, or was typed, and the messages.
    pub agenda: String,
    pub minutes: String,
    pub errors: FieldErrors,
}
