//! Sign-up with email and password. The answer is the same whether or not the address already
//! has an account (the owner of an existing account gets an email instead), so sign-up cannot
//! be used to find out who is registered.

use super::{hash_password, issue_token, link, unprocessable};
use crate::domain::{self, Purpose};
use crate::mail::{self, Mail};
use crate::{AuditEntry, audit, rate_limit, store};
use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::response::Response;
use axum::routing::get;
use kernel::validate;
use sea_orm::TransactionTrait;
use web::{AppResult, AppState, ClientIp, FieldErrors, Form, MessagePage, Page, render};

pub fn router() -> Router<AppState> {
    Router::new().route("/signup", get(show).post(submit))
}

#[derive(Default, serde::Deserialize)]
#[serde(default)]
pub struct SignupForm {
    pub display_name: String,
    pub email: String,
    pub password: String,
    pub lang: String,
}

#[derive(Template)]
#[template(path = "signup.html")]
struct SignupPage {
    page: Page,
    form: SignupForm,
    errors: FieldErrors,
}

async fn show(page: Page) -> AppResult<Response> {
    let form = SignupForm { lang: page.lang.to_string(), ..Default::default() };
    render(&SignupPage { page, form, errors: FieldErrors::default() })
}

async fn submit(
    State(app): State<AppState>,
    ClientIp(ip): ClientIp,
    page: Page,
    Form(mut form): Form<SignupForm>,
) -> AppResult<Response> {
    rate_limit(&app, domain::SIGNUP_PER_IP, &ip).await?;
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
    let (Some(name), Some(email), Some(lang), true) = (name, email, lang, errors.is_empty()) else {
        form.password.clear();
        return Ok(unprocessable(render(&SignupPage { page, form, errors })?));
    };

    rate_limit(&app, domain::SIGNUP_PER_ACCOUNT, &store::email_key(email.as_str())).await?;
    let hash = hash_password(form.password.clone()).await?;
    let tx = app.db.begin().await?;
    let now = app.now();
    let new_user = store::NewUser {
        email: email.as_str(),
        display_name: &name,
        lang,
        password_hash: Some(&hash),
        verified_at: None,
    };
    match store::create_user(&tx, new_user, now).await? {
        Some(id) => {
            let token = issue_token(&tx, &app, Some(id), Purpose::VerifyEmail, None).await?;
            let verify = link(&app, &format!("/verify/{token}"));
            mail::enqueue(&tx, &app, email.as_str(), lang, Mail::VerifyEmail { name: &name, link: &verify })
                .await?;
            audit(
                &tx,
                &app,
                AuditEntry {
                    actor: Some(kernel::UserId(id)),
                    action: "user.create",
                    object_type: "user",
                    object_id: id.to_string(),
                    before: None,
                    after: Some(
                        serde_json::json!({ "email": email.as_str(), "display_name": name, "lang": lang }),
                    ),
                },
            )
            .await?;
        }
        None => {
            let existing =
                store::find_user_by_email(&tx, email.as_str()).await?.expect("taken address exists");
            mail::enqueue(
                &tx,
                &app,
                &existing.email,
                &existing.lang,
                Mail::AlreadyRegistered {
                    name: &existing.display_name,
                    login_link: &link(&app, "/login"),
                    reset_link: &link(&app, "/reset"),
                },
            )
            .await?;
        }
    }
    tx.commit().await?;
    render(&MessagePage::keys(page, "signup-done-title", "signup-done-text", Some(("/login", "nav-sign-in"))))
}
