//! Every page is a typed struct; its template extends `base.html`.

use crate::ctx::Ctx;
use crate::error::AppError;
use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use quartier_core::FieldErrors;

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
    pub link: Option<(String, String)>,
}

pub struct NbCard {
    pub slug: String,
    pub name: String,
    pub description: String,
    pub members: u64,
}

#[derive(Template)]
#[template(path = "home.html")]
pub struct HomePage {
    pub ctx: Ctx,
    pub needs_setup: bool,
    pub neighbourhoods: Vec<NbCard>,
    /// (slug, name, status message id)
    pub mine: Vec<(String, String, String)>,
}

#[derive(Template)]
#[template(path = "setup.html")]
pub struct SetupPage {
    pub ctx: Ctx,
    pub errors: FieldErrors,
    pub email: String,
    pub display_name: String,
}

#[derive(Template)]
#[template(path = "signup.html")]
pub struct SignupPage {
    pub ctx: Ctx,
    pub errors: FieldErrors,
    pub email: String,
    pub display_name: String,
}

#[derive(Template)]
#[template(path = "login.html")]
pub struct LoginPage {
    pub ctx: Ctx,
    pub errors: FieldErrors,
    pub email: String,
    pub next: String,
    pub notice: Option<String>,
}

#[derive(Template)]
#[template(path = "token_action.html")]
pub struct TokenActionPage {
    pub ctx: Ctx,
    pub title: String,
    pub text: String,
    pub action: &'static str,
    pub token: String,
    pub button: String,
}

#[derive(Template)]
#[template(path = "forgot.html")]
pub struct ForgotPage {
    pub ctx: Ctx,
    pub errors: FieldErrors,
    pub email: String,
}

#[derive(Template)]
#[template(path = "reset.html")]
pub struct ResetPage {
    pub ctx: Ctx,
    pub errors: FieldErrors,
    pub token: String,
}

#[derive(Template)]
#[template(path = "account.html")]
pub struct AccountPage {
    pub ctx: Ctx,
    pub errors: FieldErrors,
    pub notice: Option<String>,
    pub user_id: String,
    pub display_name: String,
    pub bio: String,
    pub public: bool,
    pub memberships: Vec<(String, String, String)>,
}

#[derive(Template)]
#[template(path = "password.html")]
pub struct PasswordPage {
    pub ctx: Ctx,
    pub errors: FieldErrors,
}

#[derive(Template)]
#[template(path = "email.html")]
pub struct EmailPage {
    pub ctx: Ctx,
    pub errors: FieldErrors,
    pub current: String,
    pub email: String,
}

#[derive(Template)]
#[template(path = "delete.html")]
pub struct DeletePage {
    pub ctx: Ctx,
    pub errors: FieldErrors,
}

#[derive(Template)]
#[template(path = "preferences.html")]
pub struct PreferencesPage {
    pub ctx: Ctx,
    pub saved: bool,
}

/// A person as shown in lists.
pub struct PersonRow {
    pub id: String,
    pub membership_id: String,
    pub name: String,
    pub initials: String,
    /// Message id of the role.
    pub role: String,
    pub since: String,
}

pub struct NbView {
    pub slug: String,
    pub name: String,
    pub description: String,
}

#[derive(Template)]
#[template(path = "neighbourhood.html")]
pub struct NeighbourhoodPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub notice: Option<String>,
    pub member_count: u64,
    pub inside: bool,
    pub pending: bool,
    pub can_manage: bool,
    pub pending_count: usize,
    pub newest: Vec<PersonRow>,
    pub errors: FieldErrors,
    pub code: String,
    /// Newest open entries: (id, kind label, title).
    pub help: Vec<(String, String, String)>,
    pub can_moderate: bool,
    /// Newest confirmed organisations: (slug, name).
    pub orgs: Vec<(String, String)>,
    pub events: Vec<EventCard>,
    /// Public news of its organisations: (org slug, post id, title, org name, date).
    pub news: Vec<(String, String, String, String, String)>,
}

#[derive(Template)]
#[template(path = "members.html")]
pub struct MembersPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub members: Vec<PersonRow>,
}

pub struct BatchRow {
    pub id: String,
    pub created: String,
    pub total: usize,
    pub used: usize,
}

#[derive(Template)]
#[template(path = "manage.html")]
pub struct ManagePage {
    pub ctx: Ctx,
    pub n: NbView,
    pub notice: Option<String>,
    pub errors: FieldErrors,
    pub count: String,
    pub pending: Vec<PersonRow>,
    pub members: Vec<PersonRow>,
    pub batches: Vec<BatchRow>,
    pub log: Vec<(String, String)>,
    pub time_bank: bool,
    pub custom_categories: Vec<String>,
    /// (name, balance) of every time account that is not zero.
    pub balances: Vec<(String, String)>,
    /// Easy-language reviewers: (user id, name).
    pub reviewers: Vec<(String, String)>,
    pub office_contact: String,
}

#[derive(Template)]
#[template(path = "codes.html")]
pub struct CodesPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub base_url: String,
    /// (code, used)
    pub codes: Vec<(String, bool)>,
}

#[derive(Template)]
#[template(path = "profile.html")]
pub struct ProfilePage {
    pub ctx: Ctx,
    pub name: String,
    pub initials: String,
    pub bio: String,
    pub is_self: bool,
    pub neighbourhoods: Vec<(String, String, String)>,
    /// (from, note) the person chose to show.
    pub thanks: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "admin.html")]
pub struct AdminPage {
    pub ctx: Ctx,
    pub notice: Option<String>,
    pub errors: FieldErrors,
    pub neighbourhoods: Vec<NbCard>,
    pub name: String,
    pub slug: String,
    pub description: String,
    pub timezone: String,
    pub coordinator_email: String,
}

use crate::handlers::html::help::EntryView;

#[derive(Template)]
#[template(path = "help_list.html")]
pub struct HelpListPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub notice: Option<String>,
    pub entries: Vec<EntryView>,
    pub categories: Vec<(String, String)>,
    pub kind: String,
    pub category: String,
    pub date: String,
    pub errors: FieldErrors,
    pub prev: Option<String>,
    pub next: Option<String>,
    pub page: u64,
    pub time_bank: bool,
}

#[derive(Template)]
#[template(path = "help_form.html")]
pub struct HelpFormPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub errors: FieldErrors,
    pub categories: Vec<(String, String)>,
    pub coordinator: bool,
    pub time_bank: bool,
    pub kind: String,
    pub category: String,
    pub title: String,
    pub body: String,
    pub date: String,
    pub time_from: String,
    pub time_to: String,
    pub weekly: bool,
    pub urgency: String,
    pub visibility: String,
    pub area: String,
    pub on_behalf: String,
    pub hours: String,
    /// The easy-language checker's hints on the text, when asked for.
    pub hints: Option<Vec<HintView>>,
}

#[derive(Template)]
#[template(path = "help_entry.html")]
pub struct HelpEntryPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub notice: Option<String>,
    pub entry: EntryView,
    pub can_answer: bool,
    pub is_partner: bool,
    /// The reader acts for the author (the author, or a coordinator for an offline resident).
    pub acts: bool,
    /// (conversation id, person id, name, accepted)
    pub answers: Vec<(String, String, String, bool)>,
    pub suggestions: Vec<EntryView>,
    pub partner: String,
    pub thanks: String,
    pub my_conversation: Option<String>,
    pub can_moderate: bool,
    pub errors: FieldErrors,
    pub easy: Option<EasyView>,
}

#[derive(Template)]
#[template(path = "help_mine.html")]
pub struct HelpMinePage {
    pub ctx: Ctx,
    pub n: NbView,
    pub entries: Vec<EntryView>,
    /// Balance and (date, booking) lines, when the time bank is on.
    pub account: Option<(String, Vec<(String, String)>)>,
}

pub struct InboxRow {
    pub id: String,
    pub other: String,
    pub about: String,
    pub unread: bool,
    pub when: String,
}

#[derive(Template)]
#[template(path = "inbox.html")]
pub struct InboxPage {
    pub ctx: Ctx,
    pub notice: Option<String>,
    pub items: Vec<InboxRow>,
    pub prev: Option<String>,
    pub next: Option<String>,
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
#[template(path = "conversation.html")]
pub struct ConversationPage {
    pub ctx: Ctx,
    pub id: String,
    pub other: String,
    pub about: String,
    pub about_link: String,
    pub messages: Vec<MessageRow>,
    pub i_blocked: bool,
    pub blocked: bool,
    pub errors: FieldErrors,
    pub draft: String,
    pub notice: Option<String>,
}

pub struct ReportRow {
    pub id: String,
    pub kind: String,
    pub reporter: String,
    pub author: String,
    pub reason: String,
    pub content: String,
    pub link: String,
    pub when: String,
}

#[derive(Template)]
#[template(path = "moderation.html")]
pub struct ModerationPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub notice: Option<String>,
    pub reports: Vec<ReportRow>,
}

#[derive(Template)]
#[template(path = "notifications.html")]
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

#[derive(Template)]
#[template(path = "thanks.html")]
pub struct ThanksPage {
    pub ctx: Ctx,
    pub notice: Option<String>,
    /// (id, from, note, shown)
    pub items: Vec<(String, String, String, bool)>,
}

#[derive(Template)]
#[template(path = "organisations.html")]
pub struct OrganisationsPage {
    pub ctx: Ctx,
    pub n: NbView,
    pub notice: Option<String>,
    /// (id, slug, name, kind label, pending)
    pub orgs: Vec<(String, String, String, String, bool)>,
    pub coordinator: bool,
}

#[derive(Template)]
#[template(path = "org_form.html")]
pub struct OrgFormPage {
    pub ctx: Ctx,
    pub action: String,
    pub editing: bool,
    pub errors: FieldErrors,
    pub kinds: Vec<(String, String)>,
    pub name: String,
    pub slug: String,
    pub kind: String,
    pub description: String,
    pub contact: String,
    pub opening_hours: String,
    pub step_free: bool,
    pub accessible_toilet: bool,
    pub hearing_loop: bool,
    pub website: String,
    pub social: String,
}

#[derive(Template)]
#[template(path = "org.html")]
pub struct OrgPage {
    pub ctx: Ctx,
    pub notice: Option<String>,
    pub o: quartier_store::entity::organisation::Model,
    pub kind: String,
    pub description_html: String,
    pub admin: bool,
    pub editor: bool,
    pub moderator: bool,
    /// (slug, name, confirmed)
    pub links: Vec<(String, String, bool)>,
    /// Neighbourhoods an administrator can still ask to join: (slug, name).
    pub other_neighbourhoods: Vec<(String, String)>,
    pub news: Vec<NewsItem>,
    pub events: Vec<EventCard>,
    pub errors: FieldErrors,
    /// What an editor typed into the news form, kept after an error.
    pub news_title: String,
    pub news_body: String,
    pub news_alt: String,
    pub news_members_only: bool,
    pub easy: Option<EasyView>,
}

/// A news post as listed on the organisation's page.
pub struct NewsItem {
    pub id: String,
    pub title: String,
    pub date: String,
    pub members_only: bool,
    pub html: String,
    pub hidden_reason: String,
    /// Image id, or empty.
    pub image: String,
    pub image_alt: String,
}

#[derive(Template)]
#[template(path = "news.html")]
pub struct NewsPage {
    pub ctx: Ctx,
    pub notice: Option<String>,
    pub slug: String,
    pub org_name: String,
    pub id: String,
    pub title: String,
    pub date: String,
    pub members_only: bool,
    pub body_html: String,
    pub hidden_reason: String,
    pub moderator: bool,
    pub image: String,
    pub image_alt: String,
    pub editor: bool,
    pub easy: Option<EasyView>,
}

#[derive(Template)]
#[template(path = "org_members.html")]
pub struct OrgMembersPage {
    pub ctx: Ctx,
    pub notice: Option<String>,
    pub slug: String,
    pub org_name: String,
    /// (user id, name, role)
    pub members: Vec<(String, String, String)>,
    pub errors: FieldErrors,
    pub email: String,
    /// Easy-language reviewers: (user id, name).
    pub reviewers: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "org_log.html")]
pub struct OrgLogPage {
    pub ctx: Ctx,
    pub slug: String,
    pub org_name: String,
    /// (when, what, detail)
    pub entries: Vec<(String, String, String)>,
}

/// An event as a card in lists, the calendar and on its own page.
#[derive(Clone)]
pub struct EventCard {
    pub id: String,
    pub title: String,
    pub when: String,
    pub place: String,
    pub category: String,
    pub organisation: String,
    pub step_free: bool,
    pub hearing_loop: bool,
    pub cancelled: bool,
    /// "3 places free", "Fully booked", or empty without sign-up.
    pub places: String,
}

pub struct CalendarDay {
    pub iso: String,
    pub label: String,
    pub day: u32,
    pub in_month: bool,
    pub today: bool,
    pub events: Vec<EventCard>,
}

#[derive(Template)]
#[template(path = "calendar.html")]
pub struct CalendarPage {
    pub ctx: Ctx,
    pub notice: Option<String>,
    pub n: NbView,
    pub member: bool,
    pub month_view: bool,
    pub month: String,
    pub month_label: String,
    pub prev: String,
    pub next: String,
    pub days: Vec<CalendarDay>,
    pub weekdays: Vec<String>,
    pub categories: Vec<(String, String)>,
    pub category: String,
    /// (id, name) of the organisations confirmed here.
    pub orgs: Vec<(String, String)>,
    pub organisation: String,
    pub step_free: bool,
    pub hearing_loop: bool,
    /// The filters as a query string for the month links.
    pub filters: String,
    pub feed_url: String,
    pub webcal_url: String,
    /// (id, title, when, waiting) of the reader's upcoming sign-ups.
    pub mine: Vec<(String, String, String, bool)>,
}

#[derive(Template)]
#[template(path = "event.html")]
pub struct EventPage {
    pub ctx: Ctx,
    pub notice: Option<String>,
    pub card: EventCard,
    pub description_html: String,
    pub online_url: String,
    pub accessible_toilet: bool,
    pub cost: String,
    pub signup_required: bool,
    pub signup_open: bool,
    pub logged_in: bool,
    pub may_join: bool,
    pub signed_up: bool,
    pub my_place: String,
    pub organiser: bool,
    pub moderator: bool,
    pub taken: i32,
    pub capacity: String,
    pub waiting_count: usize,
    pub hidden_reason: String,
    pub organiser_name: String,
    pub back_href: String,
    pub back_name: String,
    /// Further dates of a recurring event: (id, when).
    pub series: Vec<(String, String)>,
    pub easy: Option<EasyView>,
}

#[derive(Template)]
#[template(path = "event_form.html")]
pub struct EventFormPage {
    pub ctx: Ctx,
    pub action: String,
    pub back_href: String,
    pub back_name: String,
    pub editing: bool,
    pub errors: FieldErrors,
    pub categories: Vec<(String, String)>,
    pub title: String,
    pub description: String,
    pub category: String,
    pub date: String,
    pub start_time: String,
    pub end_date: String,
    pub end_time: String,
    pub all_day: bool,
    pub repeat: String,
    pub repeat_until: String,
    pub venue: String,
    pub online_url: String,
    pub step_free: bool,
    pub accessible_toilet: bool,
    pub hearing_loop: bool,
    pub cost: String,
    pub capacity: String,
    pub signup_required: bool,
    /// The easy-language checker's hints on the description, when asked for.
    pub hints: Option<Vec<HintView>>,
}

#[derive(Template)]
#[template(path = "event_attendees.html")]
pub struct EventAttendeesPage {
    pub ctx: Ctx,
    pub notice: Option<String>,
    pub id: String,
    pub title: String,
    pub when: String,
    pub capacity: String,
    /// (name, signed up at)
    pub confirmed: Vec<(String, String)>,
    pub waiting: Vec<(String, String)>,
    pub errors: FieldErrors,
    pub message: String,
}

#[derive(Template)]
#[template(path = "groups.html")]
pub struct GroupsPage {
    pub ctx: Ctx,
    pub notice: Option<String>,
    pub n: NbView,
    /// (id, name, kind, joining, members)
    pub groups: Vec<(String, String, String, String, String)>,
}

#[derive(Template)]
#[template(path = "group_form.html")]
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
#[template(path = "group.html")]
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
    pub moderator: bool,
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
#[template(path = "group_topic.html")]
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

/// What a reader of Leichte Sprache gets for a piece of content.
pub struct EasyView {
    pub exists: bool,
    pub title: String,
    pub html: String,
    /// Checked by readers from the target group.
    pub approved: bool,
}

/// The checker's hints for one sentence.
pub struct HintView {
    pub sentence: String,
    pub hints: Vec<String>,
}

#[derive(Template)]
#[template(path = "easy_edit.html")]
pub struct EasyEditPage {
    pub ctx: Ctx,
    pub notice: Option<String>,
    pub kind: String,
    pub id: String,
    pub link: String,
    pub standard_title: String,
    pub standard_html: String,
    pub standard_hints: Vec<HintView>,
    pub standard_score: String,
    pub status_label: String,
    pub approved: bool,
    pub review_note: String,
    pub title: String,
    pub body: String,
    pub easy_hints: Vec<HintView>,
    pub easy_score: String,
    pub easy_words: usize,
    pub checked: bool,
    pub errors: FieldErrors,
}

#[derive(Template)]
#[template(path = "easy_queue.html")]
pub struct EasyQueuePage {
    pub ctx: Ctx,
    pub notice: Option<String>,
    /// (version id, title, kind)
    pub items: Vec<(String, String, String)>,
}

#[derive(Template)]
#[template(path = "easy_review.html")]
pub struct EasyReviewPage {
    pub ctx: Ctx,
    pub id: String,
    pub title: String,
    pub sentences: Vec<String>,
    pub open: bool,
    pub errors: FieldErrors,
}

/// One item on the printed notice board.
pub struct AushangItem {
    /// Kind of help, place of an event, or the organisation of news.
    pub label: String,
    pub title: String,
    pub when: String,
    pub text: String,
}

#[derive(Template)]
#[template(path = "aushang.html")]
pub struct AushangPage {
    /// The reader's context, for the page around the sheet.
    pub ctx: Ctx,
    /// The sheet's own language (standard or easy).
    pub sheet: Ctx,
    pub slug: String,
    pub name: String,
    pub week: String,
    pub week_label: String,
    pub easy: bool,
    pub office: String,
    /// The neighbourhood's address, for those who are online.
    pub base_url: String,
    pub help: Vec<AushangItem>,
    pub events: Vec<AushangItem>,
    pub news: Vec<AushangItem>,
}
