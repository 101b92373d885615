//! Outgoing e-mail. Without SMTP settings, every mail is written to the
//! outbox folder as an `.eml` file and logged, which is what development
//! and the tests read.

use crate::config::Config;
use lettre::message::{Mailbox, SinglePart};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
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
