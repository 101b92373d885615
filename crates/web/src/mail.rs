//! Outgoing e-mail. Without SMTP settings, every mail is written to the
//! outbox folder as an `.eml` file and logged, which is what development
//! and the tests read.

use crate::AppState;
use crate::config::Config;
use crate::ctx::Ctx;
use crate::error::AppError;
use lettre::message::{Mailbox, SinglePart};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use quartier_core::validation::FieldError;
use std::path::PathBuf;

#[derive(Clone)]
pub enum Mailer {
    Outbox { dir: PathBuf, from: Mailbox },
    Smtp { transport: AsyncSmtpTransport<Tokio1Executor>, from: Mailbox },
}

impl Mailer {
    pub fn from_config(c: &Config) -> anyhow::Result<Self> {
        let from: Mailbox = c.mail.from.parse().map_err(|e| anyhow::anyhow!("mail.from: {e}"))?;
        Ok(match &c.mail.smtp_url {
            Some(url) => Mailer::Smtp {
                transport: AsyncSmtpTransport::<Tokio1Executor>::from_url(url.expose())
                    .map_err(|e| anyhow::anyhow!("mail.smtp_url: {e}"))?
                    .build(),
                from,
            },
            None => Mailer::Outbox { dir: c.mail.outbox_dir.clone(), from },
        })
    }

    /// Send one plain-text mail. Links stay on one line (8bit body).
    pub async fn send(&self, to: &str, subject: &str, text: String) -> anyhow::Result<()> {
        let to: Mailbox = to.parse()?;
        let from = match self {
            Mailer::Outbox { from, .. } | Mailer::Smtp { from, .. } => from.clone(),
        };
        let logged = text.clone();
        let msg = Message::builder().from(from).to(to.clone()).subject(subject).singlepart(SinglePart::plain(text))?;
        match self {
            Mailer::Outbox { dir, .. } => {
                tokio::fs::create_dir_all(dir).await?;
                let id = AsyncFileTransport::<Tokio1Executor>::new(dir).send(msg).await?;
                // Development only: the text goes to the log so links can be followed.
                tracing::info!(to = %to.email, %subject, file = %dir.join(format!("{id}.eml")).display(), text = %logged, "mail written to outbox");
            }
            Mailer::Smtp { transport, .. } => {
                transport.send(msg).await?;
                tracing::info!(%subject, "mail sent");
            }
        }
        Ok(())
    }
}

/// Account mails (confirm, reset, "you already have an account") one client
/// address may cause per hour, and one e-mail address may receive per hour.
const MAILS_PER_CLIENT: i32 = 20;
const MAILS_PER_RECIPIENT: i32 = 3;

/// Queue a mail with one link, in the reader's language. The queue retries
/// while the mail server is down, so no confirmation link is lost.
pub async fn queue_link_mail(st: &AppState, ctx: &Ctx, to: &str, key: &str, link: String) -> Result<(), AppError> {
    let job = crate::worker::MailJob {
        to: to.to_string(),
        locale: ctx.locale().tag().into(),
        subject: format!("{key}-subject"),
        body: format!("{key}-body"),
        args: vec![("link".into(), link)],
    };
    crate::worker::queue_mail(st, &job).await?;
    Ok(())
}

/// Whether an account mail to `to` may go out.
pub enum MailGate {
    Send,
    /// The address had its share this hour: answer as usual, send nothing,
    /// so the answer tells nobody whether an account exists.
    Quiet,
    /// The client asked for too many mails: say so next to the field.
    TooMany(FieldError),
}

/// Take a place for one account mail to `to` in both counts.
pub async fn mail_gate(st: &AppState, ctx: &Ctx, to: &str) -> Result<MailGate, AppError> {
    let hour = chrono::Duration::hours(1);
    let ip = ctx.client_key();
    if !st.store.reserve_attempt(&format!("mail-client:{ip}"), MAILS_PER_CLIENT, hour).await? {
        return Ok(MailGate::TooMany(FieldError::new("email", "err-too-many-mails")));
    }
    let recipient = format!("mail-to:{}", quartier_store::hash_token(&to.to_lowercase()));
    if !st.store.reserve_attempt(&recipient, MAILS_PER_RECIPIENT, hour).await? {
        return Ok(MailGate::Quiet);
    }
    Ok(MailGate::Send)
}
