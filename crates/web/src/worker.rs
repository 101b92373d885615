//! The background worker: takes jobs from the queue and runs them. Every
//! app server runs one; the queue makes sure each job runs once at a time.

use crate::AppState;
use crate::i18n;
use quartier_core::locale::Locale;
use serde::{Deserialize, Serialize};
use std::time::Duration;
use uuid::Uuid;

/// A mail to render and send; rendered when sent, in the recipient's language.
#[derive(Debug, Serialize, Deserialize)]
pub struct MailJob {
    pub to: String,
    pub locale: String,
    pub subject: String,
    pub body: String,
    pub args: Vec<(String, String)>,
}

pub const MAIL: &str = "mail";

/// Queue a mail; the worker sends it and retries when the server is down.
pub async fn queue_mail(st: &AppState, job: &MailJob) -> Result<(), quartier_store::StoreError> {
    let payload = serde_json::to_value(job).map_err(|e| quartier_store::StoreError::Other(e.to_string()))?;
    st.store.enqueue(MAIL, &payload).await?;
    Ok(())
}

pub const RESET: &str = "reset";

/// Someone asked for a reset link for this address; the worker looks the
/// account up, so the request takes the same time whether it exists or not.
#[derive(Debug, Serialize, Deserialize)]
pub struct ResetJob {
    pub email: String,
    pub locale: String,
}

pub async fn queue_reset(st: &AppState, email: &str, locale: Locale) -> Result<(), quartier_store::StoreError> {
    let job = ResetJob { email: email.to_string(), locale: locale.tag().into() };
    let payload = serde_json::to_value(&job).map_err(|e| quartier_store::StoreError::Other(e.to_string()))?;
    st.store.enqueue(RESET, &payload).await?;
    Ok(())
}

pub const ORG_INVITATION: &str = "org-invitation";

/// An administrator invited this address to help run an organisation.
#[derive(Debug, Serialize, Deserialize)]
pub struct OrgInvitationJob {
    pub organisation: uuid::Uuid,
    pub email: String,
    pub role: String,
    pub by: uuid::Uuid,
}

pub async fn queue_org_invitation(
    st: &AppState,
    organisation: uuid::Uuid,
    email: &str,
    role: quartier_core::organisation::OrgRole,
    by: uuid::Uuid,
) -> Result<(), quartier_store::StoreError> {
    let job = OrgInvitationJob { organisation, email: email.to_string(), role: role.tag().into(), by };
    let payload = serde_json::to_value(&job).map_err(|e| quartier_store::StoreError::Other(e.to_string()))?;
    st.store.enqueue(ORG_INVITATION, &payload).await?;
    Ok(())
}

/// Invite the account behind the address, if there is one, and tell them.
async fn invite(st: &AppState, j: OrgInvitationJob) -> anyhow::Result<()> {
    use quartier_core::organisation::OrgRole;
    let (Ok(email), Some(role)) = (quartier_core::account::Email::parse(&j.email), OrgRole::from_tag(&j.role)) else {
        return Ok(());
    };
    let Some(u) = st.store.user_by_email(&email).await? else { return Ok(()) };
    let o = st.store.organisation_by_id(j.organisation).await?;
    if !st.store.invite_to_org(o.id, u.id, role, j.by).await? {
        return Ok(());
    }
    st.store.audit_org(o.id, Some(j.by), "member_invited", Some(u.id), role.tag()).await?;
    let locale = quartier_store::accounts::prefs_of(&u).locale;
    let by = st.store.user_by_id(j.by).await?.map(|b| b.display_name).unwrap_or_default();
    let mail = MailJob {
        to: u.email,
        locale: locale.tag().into(),
        subject: "mail-org-invitation-subject".into(),
        body: "mail-org-invitation-body".into(),
        args: vec![
            ("title".into(), o.name),
            ("name".into(), by),
            ("text".into(), i18n::t(locale, &format!("org-role-{}", role.tag()))),
            ("link".into(), format!("{}/notifications", st.config.base_url())),
        ],
    };
    queue_mail(st, &mail).await?;
    Ok(())
}

async fn run(st: &AppState, name: &str, payload: &str) -> anyhow::Result<()> {
    match name {
        ORG_INVITATION => invite(st, serde_json::from_str(payload)?).await,
        RESET => {
            let j: ResetJob = serde_json::from_str(payload)?;
            let Ok(email) = quartier_core::account::Email::parse(&j.email) else { return Ok(()) };
            if let Some(u) = st.store.user_by_email(&email).await? {
                let token = st.store.issue_token(u.id, quartier_store::tokens::Purpose::Reset, None).await?;
                let mail = MailJob {
                    to: u.email,
                    locale: j.locale,
                    subject: "mail-reset-subject".into(),
                    body: "mail-reset-body".into(),
                    args: vec![("link".into(), format!("{}/password/reset?token={token}", st.config.base_url()))],
                };
                queue_mail(st, &mail).await?;
            }
            Ok(())
        }
        MAIL => {
            let j: MailJob = serde_json::from_str(payload)?;
            let l = Locale::parse(&j.locale).unwrap_or_default();
            let args: Vec<(&'static str, String)> = j
                .args
                .into_iter()
                .filter_map(|(k, v)| {
                    ["title", "link", "name", "count", "from", "text"].into_iter().find(|n| *n == k).map(|n| (n, v))
                })
                .collect();
            st.mailer.send(&j.to, &i18n::t_args(l, &j.subject, &args), i18n::t_args(l, &j.body, &args)).await
        }
        other => anyhow::bail!("unknown job {other}"),
    }
}

/// Run due jobs until none is left; returns how many ran.
pub async fn drain(st: &AppState) -> anyhow::Result<usize> {
    let mut n = 0;
    while let Some(j) = st.store.claim_job().await? {
        match run(st, &j.name, &j.payload).await {
            Ok(()) => st.store.complete_job(j.id).await?,
            Err(e) => {
                tracing::warn!(job = %j.name, attempt = j.attempts, error = %e, "job failed, will retry");
                st.store.fail_job(&j, &e.to_string()).await?;
            }
        }
        n += 1;
    }
    Ok(n)
}

/// Queue the daily and weekly digests that are due: one mail per person
/// with how many things happened since the last one. Cheap to call often.
pub async fn schedule_digests(st: &AppState) -> anyhow::Result<usize> {
    let now = st.store.now();
    let mut queued = 0;
    // Chosen in SQL, each one claimed: of several app servers, one sends it.
    for s in st.store.due_digests(now).await? {
        if !st.store.claim_digest(s.user_id, now).await? {
            continue;
        }
        // A digest never sent before starts its first period now.
        let Some(last) = s.last_digest_at else { continue };
        let count = st.store.count_notifications_since(s.user_id, last).await?;
        let user = s.user_id;
        if count == 0 {
            continue;
        }
        if let Ok(u) = st.store.live_user(user).await {
            let job = MailJob {
                to: u.email.clone(),
                locale: quartier_store::accounts::prefs_of(&u).locale.tag().into(),
                subject: "mail-digest-subject".into(),
                body: "mail-digest-body".into(),
                args: vec![
                    ("count".into(), count.to_string()),
                    ("link".into(), format!("{}/notifications", st.config.base_url())),
                ],
            };
            queue_mail(st, &job).await?;
            queued += 1;
        }
    }
    Ok(queued)
}

/// Queue the weekly notice board for those who want it: one mail per
/// person with the coming week of each neighbourhood they belong to, in
/// Leichte Sprache for those who read it. Cheap to call often.
pub async fn schedule_notice_boards(st: &AppState) -> anyhow::Result<usize> {
    let now = st.store.now();
    let mut queued = 0;
    // Each neighbourhood's sheet is built once per week and language, as any
    // neighbour sees it (never what only its author or a moderator sees),
    // and shared by everyone who gets it.
    let mut sheets: std::collections::HashMap<(Uuid, chrono::NaiveDate, Locale), String> = Default::default();
    let everyone =
        Some((quartier_core::neighbourhood::Role::Resident, quartier_core::neighbourhood::MembershipStatus::Verified));
    // Chosen in SQL, each one claimed: of several app servers, one sends it.
    for s in st.store.due_notice_boards(now).await? {
        let user = s.user_id;
        if !st.store.claim_notice_board(user, now).await? {
            continue;
        }
        let Ok(u) = st.store.live_user(user).await else { continue };
        let locale = quartier_store::accounts::prefs_of(&u).locale;
        let words = crate::i18n::Words::new(locale, now);
        let mut text = String::new();
        for (m, n) in st.store.memberships_of(user).await? {
            if m.verified_at.is_none() {
                continue;
            }
            let tz = crate::views::tz_of(Some(&n));
            let today = now.with_timezone(&tz).date_naive();
            let monday = quartier_core::event::monday_of("", today);
            let sheet = match sheets.entry((n.id, monday, locale)) {
                std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
                std::collections::hash_map::Entry::Vacant(e) => {
                    let b = crate::notice_board::board(st, words, &n, Uuid::nil(), everyone, monday)
                        .await
                        .map_err(|e| anyhow::anyhow!("{e}"))?;
                    e.insert(sheet_text(st, words, &n, &b))
                }
            };
            text.push_str(sheet);
        }
        if text.is_empty() {
            continue;
        }
        let job = MailJob {
            to: u.email.clone(),
            locale: locale.tag().into(),
            subject: "mail-aushang-subject".into(),
            body: "mail-aushang-body".into(),
            args: vec![("text".into(), text), ("link".into(), format!("{}/notifications", st.config.base_url()))],
        };
        queue_mail(st, &job).await?;
        queued += 1;
    }
    Ok(queued)
}

/// One neighbourhood's week as plain text for the mail.
fn sheet_text(
    st: &AppState,
    words: crate::i18n::Words,
    n: &quartier_store::entity::neighbourhood::Model,
    b: &crate::notice_board::Board,
) -> String {
    let mut text = format!("== {} ==\n\n", n.name);
    for (heading, items) in [("aushang-help", &b.help), ("aushang-events", &b.events), ("nb-news", &b.news)] {
        if items.is_empty() {
            continue;
        }
        text.push_str(&format!("{}\n", words.t(heading)));
        for i in items {
            let when = if i.when.is_empty() { String::new() } else { format!(" ({})", i.when) };
            text.push_str(&format!("- {}{when}: {}\n", i.title, i.text));
        }
        text.push('\n');
    }
    text.push_str(&format!("{}/n/{}\n\n", st.config.base_url(), n.slug));
    text
}

/// Poll the queue every two seconds, and every minute look for due
/// digests and notice boards, votes that have closed, funding about to end
/// and a census to snapshot at the turn of the year, forever.
pub fn spawn(st: AppState) {
    tokio::spawn(async move {
        let mut ticks = 0u32;
        loop {
            if ticks.is_multiple_of(30)
                && let Err(e) = schedule_digests(&st).await
            {
                tracing::error!(error = %e, "digests");
            }
            if ticks.is_multiple_of(30)
                && let Err(e) = schedule_notice_boards(&st).await
            {
                tracing::error!(error = %e, "notice boards");
            }
            if ticks.is_multiple_of(30)
                && let Err(e) = crate::coproduction::settle_due(&st).await
            {
                tracing::error!(error = %e, "co-production decisions");
            }
            if ticks.is_multiple_of(30)
                && let Err(e) = crate::network::warn_funding_ending(&st).await
            {
                tracing::error!(error = %e, "funding warnings");
            }
            if ticks.is_multiple_of(30)
                && let Err(e) = crate::census::snapshot_year_end(&st).await
            {
                tracing::error!(error = %e, "census snapshots");
            }
            if let Err(e) = drain(&st).await {
                tracing::error!(error = %e, "job queue");
            }
            ticks = ticks.wrapping_add(1);
            tokio::time::sleep(Duration::from_secs(2)).await;
        }
    });
}
