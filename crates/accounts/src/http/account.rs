//! A person's own account: profile, password, email address and sessions.

use super::unprocessable;
use super::verify::token_problem_page;
use super::{check_token, current_password_ok, hash_password, issue_token, link};
use crate::domain::Purpose;
use crate::mail::{self, Mail};
use crate::{Write, store};
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::{get, post};
use kernel::{UserId, validate};
use sea_orm::TransactionTrait;
use web::form::NoFields;
use web::{AppError, AppResult, AppState, Auth, CurrentUser, FieldErrors, Form, MessagePage, Page, render};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/account", get(show).post(update))
        .route("/account/password", get(show_password).post(change_password))
        .route("/account/email", get(show_email).post(change_email))
        .route("/account/email/confirm/{token}", get(confirm_email))
        .route("/account/sessions", get(sessions))
        .route("/account/sessions/{id}/end", post(end_session))
        .route("/account/sessions/end-others", post(end_other_sessions))
}

#[derive(Default, serde::Deserialize)]
#[serde(default)]
pub struct ProfileForm {
    pub display_name: String,
    pub lang: String,
    /// An IANA zone, or empty to follow the role's country.
    pub time_zone: String,
}

#[derive(Template)]
#[template(path = "account.html")]
struct AccountPage {
    page: Page,
    form: ProfileForm,
    errors: FieldErrors,
    email: String,
    email_verified: bool,
    two_factor: bool,
    grants: Vec<String>,
    zones: Vec<(String, String)>,
}

/// The zones a person may read times in, by country name and offset; the first, empty,
/// follows their role's country.
fn zone_choices(app: &AppState, page: &Page) -> Vec<(String, String)> {
    let now = app.now();
    let automatic = page
        .tr
        .t_args("account-time-zone-automatic", &[("zone", &web::zones::offset_label(page.tr.zone(), now))]);
    let mut choices = vec![(String::new(), automatic), ("UTC".into(), "UTC".into())];
    for (zone, country) in web::zones::choices() {
        let country_name = kernel::CountryCode::parse(country)
            .and_then(|c| app.reference.country(&c).map(|c| c.name.get(page.lang).to_string()))
            .unwrap_or_else(|| country.to_string());
        let label = format!("{country_name} — {} ({})", zone.name(), web::zones::offset_label(zone, now));
        choices.push((zone.name().to_string(), label));
    }
    choices
}

async fn describe_grants(app: &AppState, page: &Page, viewer: &web::Viewer) -> Vec<String> {
    let mut described = Vec::with_capacity(viewer.grants.len());
    for g in &viewer.grants {
        let role = crate::service::role_label(page.tr, g.role);
        let scope = crate::service::scope_label(app, page.tr, &g.scope).await;
        described.push(format!("{role} · {scope}"));
    }
    described
}

async fn show(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
) -> AppResult<Response> {
    let form = ProfileForm {
        display_name: viewer.display_name.clone(),
        lang: viewer.lang.clone(),
        time_zone: viewer.chosen_zone.clone().unwrap_or_default(),
    };
    let grants = describe_grants(&app, &page, &viewer).await;
    let zones = zone_choices(&app, &page);
    render(&AccountPage {
        page,
        form,
        errors: FieldErrors::default(),
        email: viewer.email,
        email_verified: viewer.email_verified,
        two_factor: viewer.two_factor,
        grants,
        zones,
    })
}

async fn update(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
    Form(form): Form<ProfileForm>,
) -> AppResult<Response> {
    let mut errors = FieldErrors::default();
    let name = validate::display_name(&form.display_name).map_err(|k| errors.add("display_name", k)).ok();
    let lang = validate::language(&form.lang);
    if lang.is_none() {
        errors.add("lang", "error-unknown-language");
    }
    let time_zone = match form.time_zone.trim() {
        "" => Some(None),
        chosen => web::zones::parse(chosen).map(|z| Some(z.name())),
    };
    if time_zone.is_none() {
        errors.add("time_zone", "error-unknown-time-zone");
    }
    let (Some(name), Some(lang), Some(time_zone)) = (name, lang, time_zone) else {
        let grants = describe_grants(&app, &page, &viewer).await;
        let zones = zone_choices(&app, &page);
        return Ok(unprocessable(render(&AccountPage {
            page,
            form,
            errors,
            email: viewer.email,
            email_verified: viewer.email_verified,
            two_factor: viewer.two_factor,
            grants,
            zones,
        })?));
    };
    let w = Write::begin(&app, Some(viewer.id)).await?;
    store::update_profile(w.tx(), viewer.id.0, &name, lang, time_zone, app.now()).await?;
    w.audit(
        "user.update_profile",
        "user",
        viewer.id,
        Some(serde_json::json!({
            "display_name": viewer.display_name, "lang": viewer.lang, "time_zone": viewer.chosen_zone,
        })),
        Some(serde_json::json!({ "display_name": name, "lang": lang, "time_zone": time_zone })),
    )
    .await?;
    w.done("/account", "flash-profile-saved").await
}

#[derive(Default, serde::Deserialize)]
#[serde(default)]
pub struct PasswordForm {
    pub current_password: String,
    pub new_password: String,
}

#[derive(Template)]
#[template(path = "account_password.html")]
struct PasswordPage {
    page: Page,
    errors: FieldErrors,
}

async fn show_password(page: Page, CurrentUser(_): CurrentUser) -> AppResult<Response> {
    render(&PasswordPage { page, errors: FieldErrors::default() })
}

async fn change_password(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
    Form(form): Form<PasswordForm>,
) -> AppResult<Response> {
    let mut errors = FieldErrors::default();
    if let Err(key) = validate::password(&form.new_password) {
        errors.add("new_password", key);
    }
    let user = current_password_ok(&app, viewer.id, &form.current_password).await?;
    if user.is_none() {
        errors.add("current_password", "error-password-wrong");
    }
    let (Some(user), true) = (user, errors.is_empty()) else {
        return Ok(unprocessable(render(&PasswordPage { page, errors })?));
    };
    let hash = hash_password(form.new_password).await?;
    let w = Write::begin(&app, Some(viewer.id)).await?;
    store::set_password(w.tx(), user.id, &hash, app.now()).await?;
    let keep = match viewer.auth {
        Auth::Session(id) => Some(id),
        Auth::Token { .. } => None,
    };
    store::delete_sessions(w.tx(), user.id, keep).await?;
    // Tokens were made under the old password: whoever took one with it loses it too.
    store::revoke_api_tokens(w.tx(), user.id, app.now()).await?;
    mail::enqueue(w.tx(), &app, &user.email, &user.lang, Mail::PasswordChanged { name: &user.display_name })
        .await?;
    w.audit("user.change_password", "user", user.id, None, None).await?;
    w.done("/account", "flash-password-changed").await
}

#[derive(Default, serde::Deserialize)]
#[serde(default)]
pub struct EmailForm {
    pub new_email: String,
    pub current_password: String,
}

#[derive(Template)]
#[template(path = "account_email.html")]
struct EmailPage {
    page: Page,
    form: EmailForm,
    errors: FieldErrors,
    current: String,
}

async fn show_email(page: Page, CurrentUser(viewer): CurrentUser) -> AppResult<Response> {
    render(&EmailPage {
        page,
        form: EmailForm::default(),
        errors: FieldErrors::default(),
        current: viewer.email,
    })
}

/// Sends a confirmation link to the new address; the change happens when it is followed.
async fn change_email(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
    Form(mut form): Form<EmailForm>,
) -> AppResult<Response> {
    let mut errors = FieldErrors::default();
    let email = validate::Email::parse(&form.new_email).map_err(|k| errors.add("new_email", k)).ok();
    if let Some(email) = &email
        && store::email_key(email.as_str()) == store::email_key(&viewer.email)
    {
        errors.add("new_email", "error-email-same");
    }
    let user = current_password_ok(&app, viewer.id, &form.current_password).await?;
    if user.is_none() {
        errors.add("current_password", "error-password-wrong");
    }
    let (Some(email), Some(user), true) = (email, user, errors.is_empty()) else {
        form.current_password.clear();
        return Ok(unprocessable(render(&EmailPage { page, form, errors, current: viewer.email })?));
    };
    let tx = app.db.begin().await?;
    let token = issue_token(&tx, &app, Some(user.id), Purpose::ChangeEmail, Some(email.as_str())).await?;
    let confirm = link(&app, &format!("/account/email/confirm/{token}"));
    mail::enqueue(
        &tx,
        &app,
        email.as_str(),
        &user.lang,
        Mail::ConfirmNewEmail { name: &user.display_name, link: &confirm },
    )
    .await?;
    tx.commit().await?;
    render(&MessagePage::keys(
        page,
        "email-sent-title",
        "email-sent-text",
        Some(("/account", "account-title")),
    ))
}

async fn confirm_email(
    State(app): State<AppState>,
    Path(token): Path<String>,
    page: Page,
) -> AppResult<Response> {
    let row = match check_token(&app, &token, Purpose::ChangeEmail).await? {
        Ok(row) => row,
        Err(problem) => {
            return token_problem_page(page, problem, Some(("/account/email", "email-title")));
        }
    };
    let (Some(user_id), Some(new_email)) = (row.user_id, row.payload.clone()) else {
        return token_problem_page(page, super::TokenProblem::Unknown, None);
    };
    let user = store::find_user(&app.db, user_id).await?.ok_or(AppError::NotFound)?;
    let w = Write::begin(&app, Some(UserId(user_id))).await?;
    if store::find_user_by_email(w.tx(), &new_email).await?.is_some() {
        return render(&MessagePage::keys(
            page,
            "email-title",
            "error-email-taken",
            Some(("/account/email", "email-title")),
        ));
    }
    if !store::use_token(w.tx(), row.id, app.now()).await? {
        return token_problem_page(page, super::TokenProblem::Used, None);
    }
    store::set_email(w.tx(), user_id, &new_email, app.now()).await?;
    mail::enqueue(
        w.tx(),
        &app,
        &user.email,
        &user.lang,
        Mail::EmailChanged { name: &user.display_name, new_email: &new_email },
    )
    .await?;
    w.audit(
        "user.change_email",
        "user",
        user_id,
        Some(serde_json::json!({ "email": user.email })),
        Some(serde_json::json!({ "email": new_email })),
    )
    .await?;
    w.commit().await?;
    render(&MessagePage::keys(
        page,
        "email-changed-title",
        "email-changed-text",
        Some(("/account", "account-title")),
    ))
}

pub struct SessionView {
    pub id: i64,
    pub user_agent: String,
    pub client_ip: String,
    pub created: String,
    pub last_seen: String,
    pub current: bool,
}

#[derive(Template)]
#[template(path = "account_sessions.html")]
struct SessionsPage {
    page: Page,
    sessions: Vec<SessionView>,
}

async fn sessions(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
) -> AppResult<Response> {
    let current = match viewer.auth {
        Auth::Session(id) => Some(id),
        Auth::Token { .. } => None,
    };
    let sessions = store::list_sessions(&app.db, viewer.id.0, app.now())
        .await?
        .into_iter()
        .map(|s| SessionView {
            id: s.id,
            user_agent: s.user_agent,
            client_ip: s.client_ip,
            created: page.tr.datetime(s.created_at),
            last_seen: page.tr.datetime(s.last_seen_at),
            current: Some(s.id) == current,
        })
        .collect();
    render(&SessionsPage { page, sessions })
}

async fn end_session(
    State(app): State<AppState>,
    CurrentUser(viewer): CurrentUser,
    Path(id): Path<i64>,
    Form(_): Form<NoFields>,
) -> AppResult<Response> {
    let w = Write::begin(&app, Some(viewer.id)).await?;
    if !store::delete_session(w.tx(), id, viewer.id.0).await? {
        return Err(AppError::NotFound);
    }
    w.audit("session.end", "session", id, None, None).await?;
    let to = if viewer.auth == Auth::Session(id) { "/" } else { "/account/sessions" };
    w.done(to, "flash-session-ended").await
}

async fn end_other_sessions(
    State(app): State<AppState>,
    CurrentUser(viewer): CurrentUser,
    Form(_): Form<NoFields>,
) -> AppResult<Response> {
    let keep = match viewer.auth {
        Auth::Session(id) => Some(id),
        Auth::Token { .. } => None,
    };
    let w = Write::begin(&app, Some(viewer.id)).await?;
    let ended = store::delete_sessions(w.tx(), viewer.id.0, keep).await?;
    w.audit("session.end_others", "user", viewer.id, None, Some(serde_json::json!({ "ended": ended })))
        .await?;
    w.done("/account/sessions", "flash-sessions-ended").await
}
