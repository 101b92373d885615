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
