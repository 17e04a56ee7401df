//! What the integration tests read that no page shows in a form they can parse: the outbox,
//! the audit log, grants, and second-factor codes at the test clock's time. Compiled only with
//! the `testing` feature, which only the test binary enables.

use crate::{domain, store};
use kernel::{Grant, UserId};
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
    pub next_attempt_at: chrono::DateTime<chrono::Utc>,
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
            next_attempt_at: m.next_attempt_at,
            last_error: m.last_error,
        })
        .collect()
}

/// An entry of the audit log.
#[derive(Debug, Clone)]
pub struct Audited {
    pub action: String,
    pub actor: Option<UserId>,
    pub object_type: String,
    pub object_id: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// Audit entries, newest first, of objects of `object_type` (or any, when empty) and of
/// `action` (or any, when empty).
pub async fn audited(c: &impl ConnectionTrait, object_type: &str, action: &str) -> Vec<Audited> {
    let filter =
        store::AuditFilter { object_type: object_type.into(), action: action.into(), ..Default::default() };
    store::list_audit(c, &filter, None, None, 1000, 0)
        .await
        .expect("audit log readable")
        .into_iter()
        .map(|e| Audited {
            action: e.action,
            actor: e.actor_id.map(UserId),
            object_type: e.object_type,
            object_id: e.object_id,
            before: e.before_json,
            after: e.after_json,
        })
        .collect()
}

pub async fn count_users(c: &impl ConnectionTrait) -> i64 {
    store::count_users(c).await.expect("users countable")
}

pub async fn count_administrators(c: &impl ConnectionTrait) -> i64 {
    store::count_administrators(c).await.expect("administrators countable")
}

/// The grants a person holds now.
pub async fn grants_of(c: &impl ConnectionTrait, user: UserId) -> Vec<Grant> {
    let rows = store::active_grants(c, user.0).await.expect("grants readable");
    rows.iter().map(|g| g.grant().expect("stored grants decode")).collect()
}

/// The TOTP code of a base32 secret `steps_ahead` 30-second steps after `unix_secs`.
pub fn totp_code(secret_b32: &str, unix_secs: i64, steps_ahead: i64) -> String {
    let key = domain::base32_decode(secret_b32).expect("a base32 secret");
    domain::totp_code(&key, domain::totp_step(unix_secs) + steps_ahead)
}

/// The most argon2 computations that ran at once in this process, and the cap on them.
pub fn hashing_peak_and_limit() -> (usize, usize) {
    (crate::http::HASHING_PEAK.load(std::sync::atomic::Ordering::SeqCst), crate::http::hashing_limit())
}

/// How many entries the audit log holds: every change is one, so a count that did not move
/// means nothing was saved.
pub async fn audit_count(c: &impl ConnectionTrait) -> i64 {
    ::store::scalar::<i64>(c, "SELECT COUNT(*) FROM audit_log", vec![])
        .await
        .expect("audit log countable")
        .unwrap_or(0)
}

/// The account of an email address.
pub async fn user_id(c: &impl ConnectionTrait, email: &str) -> UserId {
    UserId(store::find_user_by_email(c, email).await.expect("users readable").expect("an account").id)
}
