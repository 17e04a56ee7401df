//! What the integration tests read that no page shows in a form they can parse: the outbox,
//! the audit log, the second-factor codes of the test clock. Compiled only with the `testing`
//! feature, which only the test binary enables.

use crate::{domain, store};
use kernel::UserId;
use sea_orm::ConnectionTrait;

/// A message in the outbox.
#[derive(Debug, Clone)]
pub struct Mail {
    pub to: String,
    pub subject: String,
    pub body_text: String,
    pub lang: String,
    pub status: String,
    pub attempts: i32,
    pub last_error: Option<String>,
}

/// The newest messages to `to`, newest first.
pub async fn mail_to(c: &impl ConnectionTrait, to: &str, limit: i64) -> Vec<Mail> {
    store::list_mail(c, to, limit, 0)
        .await
        .expect("outbox readable")
        .into_iter()
        .map(|m| Mail {
            to: m.to_addr,
            subject: m.subject,
            body_text: m.body_text,
            lang: m.lang,
            status: m.status,
            attempts: m.attempts,
            last_error: m.last_error,
        })
        .collect()
}

/// The actions recorded in the audit log for objects of `object_type`, newest first, with
/// their actors.
pub async fn audit_actions(c: &impl ConnectionTrait, object_type: &str) -> Vec<(String, Option<UserId>)> {
    let filter = store::AuditFilter { object_type: object_type.into(), ..Default::default() };
    store::list_audit(c, &filter, None, None, 1000, 0)
        .await
        .expect("audit log readable")
        .into_iter()
        .map(|e| (e.action, e.actor_id.map(UserId)))
        .collect()
}

pub async fn count_users(c: &impl ConnectionTrait) -> i64 {
    store::count_users(c).await.expect("users countable")
}

/// The TOTP code of a base32 secret at a moment (the app's clock, in tests).
pub fn totp_code_at(secret_b32: &str, unix_secs: i64) -> String {
    let key = domain::base32_decode(secret_b32).expect("a base32 secret");
    domain::totp_code(&key, domain::totp_step(unix_secs))
}
