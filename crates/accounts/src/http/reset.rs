//! Password reset by a single-use link that expires after an hour. Asking for a reset answers
//! the same whether or not the address has an account.

use super::unprocessable;
use super::verify::token_problem_page;
use super::{check_token, hash_password, issue_token, link};
use crate::domain::{self, Purpose};
use crate::mail::{self, Mail};
use crate::service::rate_limit;
use crate::{Write, store};
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::get;
use kernel::validate;
use sea_orm::TransactionTrait;
use web::{AppResult, AppState, ClientIp, FieldErrors, Form, MessagePage, Page, render};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/reset", get(show).post(request))
        .route("/reset/{token}", get(show_new).post(set_new))
}

#[derive(Default, serde::Deserialize)]
#[serde(default)]
pub struct ResetForm {
    pub email: String,
}

#[derive(Template)]
#[template(path = "reset_request.html")]
struct RequestPage {
    page: Page,
    form: ResetForm,
    errors: FieldErrors,
}

async fn show(page: Page) -> AppResult<Response> {
    render(&RequestPage { page, form: ResetForm::default(), errors: FieldErrors::default() })
}

async fn request(
    State(app): State<AppState>,
    ClientIp(ip): ClientIp,
    page: Page,
    Form(form): Form<ResetForm>,
) -> AppResult<Response> {
    rate_limit(&app, domain::RESET_PER_IP, &ip).await?;
    let email = match validate::Email::parse(&form.email) {
        Ok(email) => email,
        Err(key) => {
            let mut errors = FieldErrors::default();
            errors.add("email", key);
            return Ok(unprocessable(render(&RequestPage { page, form, errors })?));
        }
    };
    rate_limit(&app, domain::RESET_PER_ACCOUNT, &store::email_key(email.as_str())).await?;
    if let Some(user) =
        store::find_user_by_email(&app.db, email.as_str()).await?.filter(|u| u.disabled_at.is_none())
    {
        // A link and its mail: nothing changes until the link is used.
        let tx = app.db.begin().await?;
        let token = issue_token(&tx, &app, Some(user.id), Purpose::ResetPassword, None).await?;
        let reset = link(&app, &format!("/reset/{token}"));
        mail::enqueue(
            &tx,
            &app,
            &user.email,
            &user.lang,
            Mail::ResetPassword { name: &user.display_name, link: &reset },
        )
        .await?;
        tx.commit().await?;
    }
    render(&MessagePage::keys(page, "reset-sent-title", "reset-sent-text", None))
}

#[derive(Default, serde::Deserialize)]
#[serde(default)]
pub struct NewPasswordForm {
    pub password: String,
}

#[derive(Template)]
#[template(path = "reset_new.html")]
struct NewPasswordPage {
    page: Page,
    token: String,
    errors: FieldErrors,
}

async fn show_new(State(app): State<AppState>, Path(token): Path<String>, page: Page) -> AppResult<Response> {
    match check_token(&app, &token, Purpose::ResetPassword).await? {
        Ok(_) => render(&NewPasswordPage { page, token, errors: FieldErrors::default() }),
        Err(problem) => token_problem_page(page, problem, Some(("/reset", "reset-again"))),
    }
}

async fn set_new(
    State(app): State<AppState>,
    Path(token): Path<String>,
    page: Page,
    Form(form): Form<NewPasswordForm>,
) -> AppResult<Response> {
    let row = match check_token(&app, &token, Purpose::ResetPassword).await? {
        Ok(row) => row,
        Err(problem) => return token_problem_page(page, problem, Some(("/reset", "reset-again"))),
    };
    if let Err(key) = validate::password(&form.password) {
        let mut errors = FieldErrors::default();
        errors.add("password", key);
        return Ok(unprocessable(render(&NewPasswordPage { page, token, errors })?));
    }
    let Some(user) = store::find_user(&app.db, row.user_id.unwrap_or_default()).await? else {
        return token_problem_page(page, super::TokenProblem::Unknown, None);
    };
    let hash = hash_password(form.password).await?;
    let w = Write::begin(&app, Some(kernel::UserId(user.id))).await?;
    if !store::use_token(w.tx(), row.id, app.now()).await? {
        return token_problem_page(page, super::TokenProblem::Used, Some(("/reset", "reset-again")));
    }
    store::set_password(w.tx(), user.id, &hash, app.now()).await?;
    // Whoever knew the old password is signed out everywhere, and their API tokens end.
    store::delete_sessions(w.tx(), user.id, None).await?;
    store::revoke_api_tokens(w.tx(), user.id, app.now()).await?;
    mail::enqueue(w.tx(), &app, &user.email, &user.lang, Mail::PasswordChanged { name: &user.display_name })
        .await?;
    w.audit("user.reset_password", "user", user.id, None, None).await?;
    w.done("/login", "flash-password-reset").await
}
