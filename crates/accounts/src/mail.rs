//! Email: every message is written to the outbox table in the recipient's language; a
//! background worker sends due messages through SMTP when it is configured, retrying with
//! backoff. Without SMTP, administrators read the outbox in the web UI. Claims are leases in
//! the database, so several instances can run workers and a restart loses nothing.

use crate::{domain, store};
use lettre::message::header::ContentType;
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use sea_orm::ConnectionTrait;
use web::config::SmtpSecurity;
use web::{AppState, Tr};

/// The messages the platform sends. Texts live in the Fluent catalogues (`mail-*`).
pub enum Mail<'a> {
    VerifyEmail {
        name: &'a str,
        link: &'a str,
    },
    /// Someone signed up with an address that already has an account.
    AlreadyRegistered {
        name: &'a str,
        login_link: &'a str,
        reset_link: &'a str,
    },
    ResetPassword {
        name: &'a str,
        link: &'a str,
    },
    ConfirmNewEmail {
        name: &'a str,
        link: &'a str,
    },
    EmailChanged {
        name: &'a str,
        new_email: &'a str,
    },
    PasswordChanged {
        name: &'a str,
    },
    TwoFactorChanged {
        name: &'a str,
        enabled: bool,
    },
}

impl Mail<'_> {
    fn render(&self, tr: Tr, network: &str) -> (String, String) {
        let (key, args): (&str, Vec<(&str, &str)>) = match self {
            Mail::VerifyEmail { name, link } => ("mail-verify", vec![("name", name), ("link", link)]),
            Mail::AlreadyRegistered { name, login_link, reset_link } => (
                "mail-already-registered",
                vec![("name", name), ("login_link", login_link), ("reset_link", reset_link)],
            ),
            Mail::ResetPassword { name, link } => ("mail-reset", vec![("name", name), ("link", link)]),
            Mail::ConfirmNewEmail { name, link } => {
                ("mail-confirm-email", vec![("name", name), ("link", link)])
            }
            Mail::EmailChanged { name, new_email } => {
                ("mail-email-changed", vec![("name", name), ("new_email", new_email)])
            }
            Mail::PasswordChanged { name } => ("mail-password-changed", vec![("name", name)]),
            Mail::TwoFactorChanged { name, enabled: true } => ("mail-two-factor-on", vec![("name", name)]),
            Mail::TwoFactorChanged { name, enabled: false } => ("mail-two-factor-off", vec![("name", name)]),
        };
        render_key(tr, network, key, &args)
    }
}

/// Puts a message written by Fluent keys `{key}-subject` and `{key}-body` in the outbox, in
/// `lang`, and returns its subject: how other capabilities send their own mail. `network` is
/// always available to the texts as an argument.
pub async fn enqueue_message(
    c: &impl ConnectionTrait,
    app: &AppState,
    to: &str,
    lang: &str,
    key: &str,
    args: &[(&str, &str)],
) -> Result<String, sea_orm::DbErr> {
    let tr = Tr::new(lang);
    let network = app.reference.network.name.get(tr.lang());
    let (subject, body) = render_key(tr, network, key, args);
    store::enqueue_mail(c, to, &subject, &body, tr.lang(), app.now()).await?;
    Ok(subject)
}

fn render_key(tr: Tr, network: &str, key: &str, args: &[(&str, &str)]) -> (String, String) {
    let mut args = args.to_vec();
    args.push(("network", network));
    let subject = tr.t_args(&format!("{key}-subject"), &args);
    let body = format!("{}\n\n-- \n{network}\n", tr.t_args(&format!("{key}-body"), &args));
    (subject, body)
}

/// Puts a message in the outbox, in `lang`. Call it inside the transaction of the change that
/// causes it, so a message exists exactly when the change does.
pub async fn enqueue(
    c: &impl ConnectionTrait,
    app: &AppState,
    to: &str,
    lang: &str,
    mail: Mail<'_>,
) -> Result<i64, sea_orm::DbErr> {
    let tr = Tr::new(lang);
    let network = app.reference.network.name.get(tr.lang());
    let (subject, body) = mail.render(tr, network);
    store::enqueue_mail(c, to, &subject, &body, tr.lang(), app.now()).await
}

fn transport(config: &web::Config) -> Result<Option<AsyncSmtpTransport<Tokio1Executor>>, String> {
    let Some(host) = config.smtp_host.as_deref().filter(|h| !h.is_empty()) else {
        return Ok(None);
    };
    let builder = match config.smtp_security {
        SmtpSecurity::None => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host),
        SmtpSecurity::Starttls => {
            AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(host).map_err(|e| e.to_string())?
        }
        SmtpSecurity::Tls => AsyncSmtpTransport::<Tokio1Executor>::relay(host).map_err(|e| e.to_string())?,
    };
    let mut builder = builder.port(config.smtp_port).timeout(Some(std::time::Duration::from_secs(30)));
    if let Some(user) = &config.smtp_username {
        builder = builder
            .credentials(Credentials::new(user.clone(), config.smtp_password.clone().unwrap_or_default()));
    }
    Ok(Some(builder.build()))
}

/// Sends what is due; returns how many were sent.
pub async fn deliver_due(
    app: &AppState,
    smtp: &AsyncSmtpTransport<Tokio1Executor>,
) -> Result<usize, sea_orm::DbErr> {
    let now = app.now();
    let mut sent = 0;
    for mail in store::due_mail(&app.db, now, 20).await? {
        if !store::claim_mail(&app.db, mail.id, now, now + chrono::Duration::minutes(10)).await? {
            continue;
        }
        let message = Message::builder()
            .from(
                app.config
                    .mail_from
                    .parse()
                    .map_err(|e| sea_orm::DbErr::Custom(format!("mail_from: {e}")))?,
            )
            .to(match mail.to_addr.parse() {
                Ok(to) => to,
                Err(e) => {
                    store::mail_failed(&app.db, mail.id, &format!("bad address: {e}"), None).await?;
                    continue;
                }
            })
            .subject(mail.subject.clone())
            .header(ContentType::TEXT_PLAIN)
            .body(mail.body_text.clone());
        let message = match message {
            Ok(m) => m,
            Err(e) => {
                store::mail_failed(&app.db, mail.id, &e.to_string(), None).await?;
                continue;
            }
        };
        match smtp.send(message).await {
            Ok(_) => {
                store::mail_sent(&app.db, mail.id, app.now()).await?;
                sent += 1;
            }
            Err(e) => {
                let attempts = mail.attempts + 1;
                let retry = (!e.is_permanent() && attempts < domain::MAIL_MAX_ATTEMPTS)
                    .then(|| app.now() + domain::mail_backoff(attempts));
                tracing::warn!(mail = mail.id, attempts, error = %e, "sending mail failed");
                store::mail_failed(&app.db, mail.id, &e.to_string(), retry).await?;
            }
        }
    }
    Ok(sent)
}

/// The background worker: sends mail when SMTP is configured and prunes old rate-limit
/// windows. Stops when `shutdown` changes.
pub fn spawn_worker(
    app: AppState,
    mut shutdown: tokio::sync::watch::Receiver<bool>,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let smtp = match transport(&app.config) {
            Ok(smtp) => smtp,
            Err(e) => {
                tracing::error!(error = %e, "SMTP settings are not usable; mail stays in the outbox");
                None
            }
        };
        if smtp.is_none() {
            tracing::info!("no SMTP server configured: mail stays in the outbox for administrators to read");
        }
        let every = std::time::Duration::from_secs(app.config.mail_poll_secs.max(1));
        loop {
            if let Some(smtp) = &smtp
                && let Err(e) = deliver_due(&app, smtp).await
            {
                tracing::error!(error = %e, "mail worker");
            }
            let _ = store::rate_prune(&app.db, app.now().timestamp() - 86_400).await;
            tokio::select! {
                _ = tokio::time::sleep(every) => {}
                _ = shutdown.changed() => break,
            }
        }
    })
}
