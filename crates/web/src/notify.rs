//! Telling people what happened: a notification for the bell, and a mail
//! through the job queue when their settings ask for it.

use crate::AppState;
use crate::worker::{MailJob, queue_mail};
use quartier_store::StoreError;
use quartier_store::accounts::prefs_of;
use quartier_store::entity::{notification_setting, user};
use quartier_store::notifications::NoticeKind;
use uuid::Uuid;

/// Notify `user` about `kind`, with a link for the mail.
pub async fn tell(
    st: &AppState,
    user: Uuid,
    kind: NoticeKind,
    entry: Option<Uuid>,
    conversation: Option<Uuid>,
    title: &str,
    path: &str,
) -> Result<(), StoreError> {
    st.store.notify(user, kind, entry, conversation).await?;
    mail_if_wanted(st, &[user], kind, title, path).await
}

/// Tell everyone in `users` of one thing that waits for them, or of the
/// outcome of what they asked for: a notification naming `subject` that
/// links to `path`, and a mail where their settings ask for it.
pub async fn tell_about(
    st: &AppState,
    users: &[Uuid],
    kind: NoticeKind,
    subject: &str,
    path: &str,
) -> Result<(), StoreError> {
    st.store.notify_about(users, kind, subject, path).await?;
    mail_if_wanted(st, users, kind, subject, path).await
}

/// Notify `user` about an event.
pub async fn tell_event(
    st: &AppState,
    user: Uuid,
    kind: NoticeKind,
    event: Uuid,
    title: &str,
    path: &str,
) -> Result<(), StoreError> {
    st.store.notify_event(user, kind, event).await?;
    mail_if_wanted(st, &[user], kind, title, path).await
}

/// Sign-up changes mail an organiser at most once per event in this window.
const SIGNUP_MAIL_WINDOW_HOURS: i64 = 24;

/// Tell an event's organisers that its sign-ups changed (someone signed
/// up, withdrew, or moved up from the waiting list): always a notification
/// that links to the participant list; a mail only where the organiser's
/// "replies" setting asks for it, and then at most one per event and
/// organiser a day, so a popular event does not flood their inbox.
pub async fn tell_organisers(st: &AppState, organisers: &[Uuid], event: Uuid, title: &str) -> Result<(), StoreError> {
    let kind = NoticeKind::EventSignups;
    let path = format!("/e/{event}/attendees");
    st.store.notify_about(organisers, kind, title, &path).await?;
    let window = chrono::Duration::hours(SIGNUP_MAIL_WINDOW_HOURS);
    let mut due = Vec::new();
    for u in wanting_mail(st, organisers, kind).await? {
        if st.store.reserve_attempt(&format!("signup-mail:{event}:{u}"), 1, window).await? {
            due.push(u);
        }
    }
    mail_to(st, &due, kind, title, &path).await
}

/// Whether a person's settings ask for a mail about `kind`.
fn wants_mail(settings: &notification_setting::Model, kind: NoticeKind) -> bool {
    match kind {
        NoticeKind::Answer
        | NoticeKind::Accepted
        | NoticeKind::Thanks
        | NoticeKind::Hidden
        | NoticeKind::EventPlace
        | NoticeKind::EventCancelled
        | NoticeKind::EventSignups => settings.email_answers,
        NoticeKind::Message | NoticeKind::EventMessage => settings.email_messages,
        NoticeKind::NewRequest => settings.email_new_requests,
        // Work that waits for this person.
        NoticeKind::JoinRequest
        | NoticeKind::Report
        | NoticeKind::OrgProposed
        | NoticeKind::ReviewRequested
        | NoticeKind::ProjectRequest
        | NoticeKind::ProjectInvited
        | NoticeKind::ProposalOpen
        | NoticeKind::ProjectTask
        | NoticeKind::FundingEnding
        | NoticeKind::SurveyOpen
        | NoticeKind::PoolRequest
        | NoticeKind::MeetingPlanned
        | NoticeKind::OrgMessage
        | NoticeKind::OrgJoinRequest
        | NoticeKind::OrgLinkAsked
        | NoticeKind::CanvasComment
        | NoticeKind::CanvasShared
        | NoticeKind::MentoringRequest
        | NoticeKind::MentoringPicked
        | NoticeKind::MentoringPaired => settings.email_tasks,
        // The outcome of what this person asked for.
        NoticeKind::JoinConfirmed
        | NoticeKind::JoinDeclined
        | NoticeKind::OrgConfirmed
        | NoticeKind::CensusClaimed
        | NoticeKind::ReviewApproved
        | NoticeKind::ReviewChanges
        | NoticeKind::ProjectAccepted
        | NoticeKind::ProjectDeclined
        | NoticeKind::ProposalDecided
        | NoticeKind::SurveyClosed
        | NoticeKind::PoolConfirmed
        | NoticeKind::PoolDeclined
        | NoticeKind::PoolCancelled
        | NoticeKind::ProjectContinued
        | NoticeKind::OrgJoinAccepted
        | NoticeKind::OrgJoinDeclined
        | NoticeKind::OrgLinkConfirmed
        | NoticeKind::OrgLinkEnded
        | NoticeKind::MentoringAccepted
        | NoticeKind::MentoringDeclined
        | NoticeKind::MentoringClosed
        | NoticeKind::LearningRecorded => settings.email_answers,
    }
}

/// Mail those of `users` whose settings ask for a mail about `kind`.
async fn mail_if_wanted(
    st: &AppState,
    users: &[Uuid],
    kind: NoticeKind,
    title: &str,
    path: &str,
) -> Result<(), StoreError> {
    let wanting = wanting_mail(st, users, kind).await?;
    mail_to(st, &wanting, kind, title, path).await
}

/// Those of `users` whose settings ask for a mail about `kind` (one query).
async fn wanting_mail(st: &AppState, users: &[Uuid], kind: NoticeKind) -> Result<Vec<Uuid>, StoreError> {
    Ok(st
        .store
        .notification_settings_of(users)
        .await?
        .into_iter()
        .filter(|s| wants_mail(s, kind))
        .map(|s| s.user_id)
        .collect())
}

/// Queue the mail to each of `users` whose account still exists (their
/// addresses in one query).
async fn mail_to(st: &AppState, users: &[Uuid], kind: NoticeKind, title: &str, path: &str) -> Result<(), StoreError> {
    for u in st.store.users_by_ids(users).await? {
        if u.deleted_at.is_none() {
            queue_to(st, &u, kind, title, path).await?;
        }
    }
    Ok(())
}

async fn queue_to(st: &AppState, u: &user::Model, kind: NoticeKind, title: &str, path: &str) -> Result<(), StoreError> {
    let job = MailJob {
        to: u.email.clone(),
        locale: prefs_of(u).locale.tag().into(),
        subject: format!("mail-notice-{}-subject", kind.tag().replace('_', "-")),
        body: "mail-notice-body".into(),
        args: vec![("title".into(), title.to_string()), ("link".into(), format!("{}{path}", st.config.base_url()))],
    };
    queue_mail(st, &job).await
}
