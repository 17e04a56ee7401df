//! One file per use case.

pub mod account;
pub mod admin;
pub mod api;
mod audit;
mod home;
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
        .merge(home::router())
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
        .merge(audit::router())
}

pub(crate) use web::unprocessable;

/// Verifies a password off the async threads (argon2 is deliberately slow).
pub(crate) async fn password_matches(password: String, hash: Option<String>) -> bool {
    tokio::task::spawn_blocking(move || {
        let stored = hash.as_deref().unwrap_or(crate::domain::dummy_hash());
        crate::domain::verify_password(&password, stored) && hash.is_some()
    })
    .await
    .unwrap_or(false)
}

pub(crate) async fn hash_password(password: String) -> Result<String, AppError> {
    tokio::task::spawn_blocking(move || crate::domain::hash_password(&password))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))
}

fn user_agent(headers: &HeaderMap) -> String {
    headers.get(header::USER_AGENT).and_then(|v| v.to_str().ok()).unwrap_or("").chars().take(300).collect()
}

/// Creates a session for `user_id` and sets its cookie on `response`.
pub(crate) async fn start_session(
    app: &AppState,
    user_id: i64,
    headers: &HeaderMap,
    client_ip: &str,
    response: &mut Response,
) -> Result<(), AppError> {
    let now = app.now();
    let token = cookies::random_token();
    let days = app.config.session_days;
    let w = crate::Write::begin(app, Some(kernel::UserId(user_id))).await?;
    store::create_session(
        w.tx(),
        user_id,
        &cookies::token_hash(&token),
        &user_agent(headers),
        client_ip,
        now,
        now + Duration::days(days),
    )
    .await?;
    let after = serde_json::json!({ "client_ip": client_ip });
    w.audit("session.create", "user", user_id, None, Some(after)).await?;
    w.commit().await?;
    let cookie = cookies::set(cookies::SESSION, &token, Some(days * 86_400), app.config.secure_cookies());
    response.headers_mut().append(header::SET_COOKIE, HeaderValue::from_str(&cookie).expect("ascii cookie"));
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
