//! One file per use case.

pub mod account;
pub mod admin;
pub mod api;
mod language;
mod login;
mod notifications;
mod reset;
mod setup;
mod signup;
mod tokens;
mod two_factor;
mod verify;

use crate::store;
use axum::Router;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::Response;
use chrono::Duration;
use web::{AppError, AppState, cookies};

pub fn router() -> Router<AppState> {
    Router::new()
        .merge(signup::router())
        .merge(verify::router())
        .merge(login::router())
        .merge(notifications::router())
        .merge(reset::router())
        .merge(account::router())
        .merge(two_factor::router())
        .merge(tokens::router())
        .merge(setup::router())
        .merge(language::router())
        .merge(admin::router())
}

pub(crate) use web::unprocessable;

/// How many argon2 computations run at once: each takes about 19 MiB for a few tenths of a
/// second, so requests beyond this wait for a turn rather than exhausting memory and threads.
pub(crate) fn hashing_limit() -> usize {
    std::thread::available_parallelism().map_or(2, |n| n.get()).clamp(2, 8)
}

static HASHING: std::sync::LazyLock<tokio::sync::Semaphore> =
    std::sync::LazyLock::new(|| tokio::sync::Semaphore::new(hashing_limit()));

/// Computations running now and the most ever seen at once (for the tests' check of the cap).
pub(crate) static HASHING_NOW: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
pub(crate) static HASHING_PEAK: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// Runs one argon2 computation off the async threads, when a turn is free.
async fn with_hashing_turn<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, AppError> {
    use std::sync::atomic::Ordering;
    let _turn = HASHING.acquire().await.map_err(|e| AppError::Internal(e.to_string()))?;
    let running = HASHING_NOW.fetch_add(1, Ordering::SeqCst) + 1;
    HASHING_PEAK.fetch_max(running, Ordering::SeqCst);
    let result = tokio::task::spawn_blocking(work).await;
    HASHING_NOW.fetch_sub(1, Ordering::SeqCst);
    result.map_err(|e| AppError::Internal(e.to_string()))
}

/// Verifies a password off the async threads (argon2 is deliberately slow).
pub(crate) async fn password_matches(password: String, hash: Option<String>) -> bool {
    with_hashing_turn(move || {
        let stored = hash.as_deref().unwrap_or(crate::domain::dummy_hash());
        crate::domain::verify_password(&password, stored) && hash.is_some()
    })
    .await
    .unwrap_or(false)
}

pub(crate) async fn hash_password(password: String) -> Result<String, AppError> {
    with_hashing_turn(move || crate::domain::hash_password(&password)).await
}

/// Checks a signed-in person's current password (to change it or the email address, or to turn
/// two-factor off), counted like sign-in attempts so it cannot be guessed without end; `None`
/// when it is wrong.
pub(crate) async fn current_password_ok(
    app: &AppState,
    user: kernel::UserId,
    password: &str,
) -> Result<Option<store::UserRow>, AppError> {
    crate::service::rate_limit(app, crate::domain::PASSWORD_CHECK_PER_ACCOUNT, &user.0.to_string()).await?;
    let row = store::find_user(&app.db, user.0).await?.ok_or(AppError::Unauthenticated)?;
    Ok(password_matches(password.to_string(), row.password_hash.clone()).await.then_some(row))
}

fn user_agent(headers: &HeaderMap) -> String {
    headers.get(header::USER_AGENT).and_then(|v| v.to_str().ok()).unwrap_or("").chars().take(300).collect()
}

/// Creates a session for `user_id` and sets its cookie on `response`; `second_factor` when the
/// sign-in passed it. The anonymous CSRF cookie is dropped: signed in, forms carry a token
/// derived from the new session (see `web::cookies::csrf_for_session`), so a token planted or
/// seen before signing in is worth nothing after.
pub(crate) async fn start_session(
    app: &AppState,
    user_id: i64,
    second_factor: bool,
    headers: &HeaderMap,
    client_ip: &str,
    response: &mut Response,
) -> Result<(), AppError> {
    let now = app.now();
    let token = cookies::random_token();
    let days = app.config.session_days;
    let w = crate::Write::begin(app, Some(kernel::UserId(user_id))).await?;
    let session = store::NewSession {
        user_id,
        token_hash: &cookies::token_hash(&token),
        user_agent: &user_agent(headers),
        client_ip,
        second_factor,
    };
    store::create_session(w.tx(), session, now, now + Duration::days(days)).await?;
    let after = serde_json::json!({ "client_ip": client_ip, "second_factor": second_factor });
    w.audit("session.create", "user", user_id, None, Some(after)).await?;
    w.commit().await?;
    let secure = app.config.secure_cookies();
    let cookie = cookies::set(cookies::SESSION, &token, Some(days * 86_400), secure);
    response.headers_mut().append(header::SET_COOKIE, HeaderValue::from_str(&cookie).expect("ascii cookie"));
    let csrf = cookies::clear(cookies::CSRF, secure);
    response.headers_mut().append(header::SET_COOKIE, HeaderValue::from_str(&csrf).expect("ascii cookie"));
    Ok(())
}

/// A one-time token for `purpose`; returns the secret to put in a link.
pub(crate) async fn issue_token(
    c: &impl sea_orm::ConnectionTrait,
    app: &AppState,
    user_id: Option<i64>,
    purpose: crate::domain::Purpose,
    payload: Option<&str>,
) -> Result<String, AppError> {
    let now = app.now();
    let token = cookies::random_token();
    store::retire_tokens(c, user_id, purpose.as_str(), now).await?;
    store::create_token(
        c,
        user_id,
        purpose.as_str(),
        &cookies::token_hash(&token),
        payload,
        now,
        now + purpose.lifetime(),
    )
    .await?;
    Ok(token)
}

/// Why a link no longer works.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokenProblem {
    Unknown,
    Expired,
    Used,
}

impl TokenProblem {
    pub(crate) fn message_key(self) -> &'static str {
        match self {
            TokenProblem::Unknown => "token-unknown",
            TokenProblem::Expired => "token-expired",
            TokenProblem::Used => "token-used",
        }
    }
}

/// Looks up a one-time token and says why it cannot be used, if it cannot.
pub(crate) async fn check_token(
    app: &AppState,
    token: &str,
    purpose: crate::domain::Purpose,
) -> Result<Result<store::TokenRow, TokenProblem>, AppError> {
    let Some(row) = store::find_token(&app.db, &cookies::token_hash(token), purpose.as_str()).await? else {
        return Ok(Err(TokenProblem::Unknown));
    };
    if row.used_at.is_some() {
        return Ok(Err(TokenProblem::Used));
    }
    if row.expires_at <= app.now() {
        return Ok(Err(TokenProblem::Expired));
    }
    Ok(Ok(row))
}

pub(crate) fn link(app: &AppState, path: &str) -> String {
    format!("{}{path}", app.config.base_url())
}
