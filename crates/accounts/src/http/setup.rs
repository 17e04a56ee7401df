//! The first administrator: a one-time link printed by the server on an empty platform (or by
//! `asec admin create`) opens a form that creates the account with the administrator grant.

use super::signup::SignupForm;
use super::unprocessable;
use super::verify::token_problem_page;
use super::{check_token, hash_password, start_session};
use crate::domain::Purpose;
use crate::{AuditEntry, audit, store};
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use axum::routing::get;
use kernel::{Grant, Role, Scope, UserId, validate};
use sea_orm::TransactionTrait;
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
    let mut errors = FieldErrors::default();
    let name = validate::display_name(&form.display_name).map_err(|k| errors.add("display_name", k)).ok();
    let email = validate::Email::parse(&form.email).map_err(|k| errors.add("email", k)).ok();
    if let Err(k) = validate::password(&form.password) {
        errors.add("password", k);
    }
    let lang = validate::language(&form.lang);
    if lang.is_none() {
        errors.add("lang", "error-unknown-language");
    }
    if let Some(email) = &email
        && store::find_user_by_email(&app.db, email.as_str()).await?.is_some()
    {
        errors.add("email", "error-email-taken");
    }
    let (Some(name), Some(email), Some(lang), true) = (name, email, lang, errors.is_empty()) else {
        form.password.clear();
        let fixed_email = row.payload.is_some();
        return Ok(unprocessable(render(&SetupPage { page, token, form, fixed_email, errors })?));
    };
    let hash = hash_password(form.password.clone()).await?;
    let tx = app.db.begin().await?;
    let now = app.now();
    if !store::use_token(&tx, row.id, now).await? {
        return token_problem_page(page, super::TokenProblem::Used, None);
    }
    let new_user = store::NewUser {
        email: email.as_str(),
        display_name: &name,
        lang,
        password_hash: Some(&hash),
        // The link came from the operator, so the address needs no further check.
        verified_at: Some(now),
    };
    let Some(user_id) = store::create_user(&tx, new_user, now).await? else {
        return Ok(unprocessable(render(&SetupPage { page, token, form, fixed_email: false, errors })?));
    };
    let grant = Grant { role: Role::Administrator, scope: Scope::Network };
    let grant_id = match store::add_grant(&tx, user_id, &grant, None, now).await? {
        store::Added::New(id) | store::Added::Existing(id) => id,
        store::Added::Full => return Err(web::AppError::Internal("administrators have no limit".into())),
    };
    for (action, object_type, object_id, after) in [
        (
            "user.create",
            "user",
            user_id,
            serde_json::json!({ "email": email.as_str(), "display_name": name, "lang": lang }),
        ),
        ("grant.create", "role_grant", grant_id, super::admin::grant_json(user_id, &grant)),
    ] {
        audit(
            &tx,
            &app,
            AuditEntry {
                actor: Some(UserId(user_id)),
                action,
                object_type,
                object_id: object_id.to_string(),
                before: None,
                after: Some(after),
            },
        )
        .await?;
    }
    tx.commit().await?;
    let mut response = redirect_with_flash(
        "/account/two-factor",
        "success",
        "flash-admin-created",
        app.config.secure_cookies(),
    );
    start_session(&app, user_id, &headers, &ip, &mut response).await?;
    Ok(response)
}
