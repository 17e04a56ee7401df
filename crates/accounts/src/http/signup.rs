//! Sign-up with email and password. The answer is the same whether or not the address already
//! has an account (the owner of an existing account gets an email instead), so sign-up cannot
//! be used to find out who is registered.

use super::{hash_password, issue_token, link, unprocessable};
use crate::domain::{self, Purpose};
use crate::mail::{self, Mail};
use crate::service::{NewAccount, create_account, rate_limit};
use crate::{Write, store};
use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::response::Response;
use axum::routing::get;
use kernel::validate;
use web::{AppResult, AppState, ClientIp, FieldErrors, Form, MessagePage, Page, render};

pub fn router() -> Router<AppState> {
    Router::new().route("/signup", get(show).post(submit))
}

#[derive(Default, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SignupForm {
    pub display_name: String,
    pub email: String,
    pub password: String,
    pub lang: String,
}

/// A sign-up or setup form's values, checked.
pub(crate) struct CheckedSignup {
    pub display_name: String,
    pub email: validate::Email,
    pub lang: &'static str,
}

impl SignupForm {
    /// Checks every field, reporting each problem next to its field.
    pub(crate) fn check(&self) -> Result<CheckedSignup, FieldErrors> {
        let mut errors = FieldErrors::default();
        let name = validate::display_name(&self.display_name).map_err(|k| errors.add("display_name", k)).ok();
        let email = validate::Email::parse(&self.email).map_err(|k| errors.add("email", k)).ok();
        if let Err(k) = validate::password(&self.password) {
            errors.add("password", k);
        }
        let lang = validate::language(&self.lang);
        if lang.is_none() {
            errors.add("lang", "error-unknown-language");
        }
        match (name, email, lang) {
            (Some(display_name), Some(email), Some(lang)) if errors.is_empty() => {
                Ok(CheckedSignup { display_name, email, lang })
            }
            _ => Err(errors),
        }
    }
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
    let CheckedSignup { display_name: name, email, lang } = match form.check() {
        Ok(checked) => checked,
        Err(errors) => {
            form.password.clear();
            return Ok(unprocessable(render(&SignupPage { page, form, errors })?));
        }
    };

    rate_limit(&app, domain::SIGNUP_PER_ACCOUNT, &store::email_key(email.as_str())).await?;
    let hash = hash_password(form.password.clone()).await?;
    let w = Write::begin(&app, None).await?;
    let account = NewAccount {
        email: email.as_str(),
        display_name: &name,
        lang,
        password_hash: &hash,
        verified: false,
        self_made: true,
    };
    if let Some(id) = create_account(&w, account).await? {
        let token = issue_token(w.tx(), &app, Some(id.0), Purpose::VerifyEmail, None).await?;
        let verify = link(&app, &format!("/verify/{token}"));
        mail::enqueue(w.tx(), &app, email.as_str(), lang, Mail::VerifyEmail { name: &name, link: &verify })
            .await?;
        w.commit().await?;
    } else {
        // The same answer as for a new address; the owner is told by email instead.
        drop(w);
        let existing =
            store::find_user_by_email(&app.db, email.as_str()).await?.expect("taken address exists");
        let mail = Mail::AlreadyRegistered {
            name: &existing.display_name,
            login_link: &link(&app, "/login"),
            reset_link: &link(&app, "/reset"),
        };
        mail::enqueue(&app.db, &app, &existing.email, &existing.lang, mail).await?;
    }
    render(&MessagePage::keys(page, "signup-done-title", "signup-done-text", Some(("/login", "nav-sign-in"))))
}
