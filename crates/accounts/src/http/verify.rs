//! Email verification: the link from the sign-up email, and sending it again.

use super::{TokenProblem, check_token, issue_token, link};
use crate::domain::{self, Purpose};
use crate::mail::{self, Mail};
use crate::service::rate_limit;
use crate::{Write, store};
use axum::Router;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use sea_orm::TransactionTrait;
use web::form::NoFields;
use web::{AppResult, AppState, ClientIp, CurrentUser, Form, MessagePage, Page, redirect_with_flash, render};

pub fn router() -> Router<AppState> {
    Router::new().route("/verify/{token}", get(verify)).route("/account/verify/resend", post(resend))
}

/// The page for a link that cannot be used, with the reason.
pub(crate) fn token_problem_page(
    page: Page,
    problem: TokenProblem,
    again: Option<(&str, &str)>,
) -> AppResult<Response> {
    let status = if problem == TokenProblem::Unknown { StatusCode::NOT_FOUND } else { StatusCode::GONE };
    let body = render(&MessagePage::keys(page, "token-problem-title", problem.message_key(), again))?;
    Ok((status, body).into_response())
}

async fn verify(State(app): State<AppState>, Path(token): Path<String>, page: Page) -> AppResult<Response> {
    let row = match check_token(&app, &token, Purpose::VerifyEmail).await? {
        Ok(row) => row,
        Err(problem) => {
            return token_problem_page(page, problem, Some(("/account", "account-title")));
        }
    };
    let Some(user_id) = row.user_id else {
        return token_problem_page(page, TokenProblem::Unknown, None);
    };
    let w = Write::begin(&app, Some(kernel::UserId(user_id))).await?;
    if !store::use_token(w.tx(), row.id, app.now()).await? {
        return token_problem_page(page, TokenProblem::Used, None);
    }
    store::set_verified(w.tx(), user_id, app.now()).await?;
    w.audit(
        "user.verify_email",
        "user",
        user_id,
        Some(serde_json::json!({ "email_verified": false })),
        Some(serde_json::json!({ "email_verified": true })),
    )
    .await?;
    w.commit().await?;
    let next = if page.viewer.is_some() { ("/account", "account-title") } else { ("/login", "nav-sign-in") };
    render(&MessagePage::keys(page, "verify-done-title", "verify-done-text", Some(next)))
}

async fn resend(
    State(app): State<AppState>,
    ClientIp(ip): ClientIp,
    CurrentUser(viewer): CurrentUser,
    Form(_): Form<NoFields>,
) -> AppResult<Response> {
    if viewer.email_verified {
        return Ok(redirect_with_flash("/account", "info", "flash-already-verified"));
    }
    rate_limit(&app, domain::VERIFY_PER_IP, &ip).await?;
    rate_limit(&app, domain::VERIFY_PER_ACCOUNT, &viewer.id.to_string()).await?;
    let tx = app.db.begin().await?;
    let token = issue_token(&tx, &app, Some(viewer.id.0), Purpose::VerifyEmail, None).await?;
    let verify = link(&app, &format!("/verify/{token}"));
    mail::enqueue(
        &tx,
        &app,
        &viewer.email,
        &viewer.lang,
        Mail::VerifyEmail { name: &viewer.display_name, link: &verify },
    )
    .await?;
    tx.commit().await?;
    Ok(redirect_with_flash("/account", "success", "flash-verification-sent"))
}
