//! Telling people what happened: a notification for the bell, and a mail
//! through the job queue when their settings ask for it.

use crate::AppState;
use crate::worker::{MailJob, queue_mail};
use quartier_store::StoreError;
use quartier_store::accounts::prefs_of;
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
    mail_if_wanted(st, user, kind, title, path).await
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
    for u in users {
        mail_if_wanted(st, *u, kind, subject, path).await?;
    }
    Ok(())
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
    mail_if_wanted(st, user, kind, title, path).await
}

async fn mail_if_wanted(
    st: &AppState,
    user: Uuid,
    kind: NoticeKind,
    title: &str,
    path: &str,
) -> Result<(), StoreError> {
    let settings = st.store.notification_settings(user).await?;
    let wants_mail = match kind {
        NoticeKind::Answer
        | NoticeKind::Accepted
        | NoticeKind::Thanks
        | NoticeKind::Hidden
        | NoticeKind::EventPlace
        | NoticeKind::EventCancelled => settings.email_answers,
        NoticeKind::Message | NoticeKind::EventMessage => settings.email_messages,
        NoticeKind::NewRequest => settings.email_new_requests,
        // Work that waits for this person.
        NoticeKind::JoinRequest | NoticeKind::Report | NoticeKind::OrgProposed | NoticeKind::ReviewRequested => {
            settings.email_tasks
        }
        // The outcome of what this person asked for.
        NoticeKind::JoinConfirmed
        | NoticeKind::JoinDeclined
        | NoticeKind::OrgConfirmed
        | NoticeKind::ReviewApproved
        | NoticeKind::ReviewChanges => settings.email_answers,
    };
    if !wants_mail {
        return Ok(());
    }
    let Ok(u) = st.store.live_user(user).await else {
        return Ok(());
    };
    let job = MailJob {
        to: u.email.clone(),
        locale: prefs_of(&u).locale.tag().into(),
        subject: format!("mail-notice-{}-subject", kind.tag().replace('_', "-")),
        body: "mail-notice-body".into(),
        args: vec![("title".into(), title.to_string()), ("link".into(), format!("{}{path}", st.config.base_url()))],
    };
    queue_mail(st, &job).await
}
