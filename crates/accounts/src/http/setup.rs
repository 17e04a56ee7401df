//! The first administrator: a one-time link printed by the server on an empty platform (or by
//! `asec admin create`) opens a form that creates the account with the administrator grant.

use super::signup::{CheckedSignup, SignupForm};
use super::unprocessable;
use super::verify::token_problem_page;
use super::{check_token, hash_password, start_session};
use crate::domain::Purpose;
use crate::service::{NewAccount, create_account, grant_in};
use crate::{GrantOutcome, Write, store};
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use axum::routing::get;
use kernel::{Grant, Role, Scope};
use web::{AppResult, AppState, ClientIp, FieldErrors, Form, Page, redirect_with_flash, render};

pub fn router() -> Router<AppState> {
    Router::new().route("/setup/{token}", get(show).post(create))
}

#[derive(Template)]
#[template(path = "setup.html")]
struct SetupPage {
    page: Page,
    token: String,
    form: SignupForm,
    fixed_email: bool,
    errors: FieldErrors,
}

async fn show(State(app): State<AppState>, Path(token): Path<String>, page: Page) -> AppResult<Response> {
    let row = match check_token(&app, &token, Purpose::AdminSetup).await? {
        Ok(row) => row,
        Err(problem) => return token_problem_page(page, problem, None),
    };
    let form = SignupForm {
        email: row.payload.clone().unwrap_or_default(),
        lang: page.lang.to_string(),
        ..Default::default()
    };
    render(&SetupPage {
        page,
        token,
        form,
        fixed_email: row.payload.is_some(),
        errors: FieldErrors::default(),
    })
}

async fn create(
    State(app): State<AppState>,
    Path(token): Path<String>,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    page: Page,
    Form(mut form): Form<SignupForm>,
) -> AppResult<Response> {
    let row = match check_token(&app, &token, Purpose::AdminSetup).await? {
        Ok(row) => row,
        Err(problem) => return token_problem_page(page, problem, None),
    };
    if let Some(fixed) = &row.payload {
        form.email = fixed.clone();
    }
    let checked = form.check();
    let taken = match &checked {
        Ok(c) => store::find_user_by_email(&app.db, c.email.as_str()).await?.is_some(),
        Err(_) => false,
    };
    let CheckedSignup { display_name: name, email, lang } = match checked {
        Ok(c) if !taken => c,
        problems => {
            let mut errors = problems.err().unwrap_or_default();
            if taken {
                errors.add("email", "error-email-taken");
            }
            form.password.clear();
            let fixed_email = row.payload.is_some();
            return Ok(unprocessable(render(&SetupPage { page, token, form, fixed_email, errors })?));
        }
    };
    let hash = hash_password(form.password.clone()).await?;
    let w = Write::begin(&app, None).await?;
    if !store::use_token(w.tx(), row.id, app.now()).await? {
        return token_problem_page(page, super::TokenProblem::Used, None);
    }
    // The link came from the operator, so the address needs no further check.
    let account = NewAccount {
        email: email.as_str(),
        display_name: &name,
        lang,
        password_hash: &hash,
        verified: true,
        self_made: true,
    };
    let Some(user_id) = create_account(&w, account).await? else {
        let mut errors = FieldErrors::default();
        errors.add("email", "error-email-taken");
        return Ok(unprocessable(render(&SetupPage { page, token, form, fixed_email: false, errors })?));
    };
    let grant = Grant { role: Role::Administrator, scope: Scope::Network };
    if grant_in(&w, user_id, &grant).await? == GrantOutcome::Full {
        return Err(web::AppError::Internal("administrators have no limit".into()));
    }
    w.commit().await?;
    let mut response = redirect_with_flash("/account/two-factor", "success", "flash-admin-created");
    start_session(&app, user_id.0, false, &headers, &ip, &mut response).await?;
    Ok(response)
}
