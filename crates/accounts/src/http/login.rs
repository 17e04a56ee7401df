//! Sign-in with email and password, then the second factor for those who turned it on; and
//! sign-out. Wrong email and wrong password get the same answer.

use super::unprocessable;
use super::{check_token, issue_token, password_matches, start_session};
use crate::domain::{self, Purpose};
use crate::service::rate_limit;
use crate::store;
use askama::Template;
use axum::Router;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use web::form::NoFields;
use web::{
    AppResult, AppState, Auth, ClientIp, FieldErrors, Form, MaybeUser, Page, cookies, redirect_with_flash,
    render, safe_next,
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/login", get(show).post(submit))
        .route("/login/two-factor", get(show_second).post(submit_second))
        .route("/logout", post(logout))
}

#[derive(Default, serde::Deserialize)]
#[serde(default)]
pub struct LoginForm {
    pub email: String,
    pub password: String,
    pub next: String,
}

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    page: Page,
    form: LoginForm,
    errors: FieldErrors,
    failed: bool,
}

#[derive(serde::Deserialize)]
struct NextQuery {
    next: Option<String>,
}

async fn show(
    State(app): State<AppState>,
    page: Page,
    MaybeUser(viewer): MaybeUser,
    Query(q): Query<NextQuery>,
) -> AppResult<Response> {
    let next = safe_next(app.config.base_url(), q.next.as_deref());
    if viewer.is_some() {
        return Ok(Redirect::to(&next).into_response());
    }
    let form = LoginForm { next, ..Default::default() };
    render(&LoginPage { page, form, errors: FieldErrors::default(), failed: false })
}

async fn submit(
    State(app): State<AppState>,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    page: Page,
    Form(mut form): Form<LoginForm>,
) -> AppResult<Response> {
    rate_limit(&app, domain::LOGIN_PER_IP, &ip).await?;
    let email_key = store::email_key(&form.email);
    if !email_key.is_empty() {
        rate_limit(&app, domain::LOGIN_PER_ACCOUNT, &email_key).await?;
    }
    let mut errors = FieldErrors::default();
    if form.email.trim().is_empty() {
        errors.add("email", "error-email-required");
    }
    if form.password.is_empty() {
        errors.add("password", "error-password-required");
    }
    let user = if errors.is_empty() { store::find_user_by_email(&app.db, &form.email).await? } else { None };
    let matches = errors.is_empty()
        && password_matches(form.password.clone(), user.as_ref().and_then(|u| u.password_hash.clone())).await;
    let user = match user {
        Some(user) if matches && user.disabled_at.is_none() => user,
        _ => {
            let failed = errors.is_empty();
            form.password.clear();
            return Ok(unprocessable(render(&LoginPage { page, form, errors, failed })?));
        }
    };
    let next = safe_next(app.config.base_url(), Some(&form.next));
    if user.two_factor() {
        let token =
            issue_token(&app.db, &app, Some(user.id), Purpose::LoginSecondFactor, Some(&next)).await?;
        let mut response = Redirect::to("/login/two-factor").into_response();
        let cookie = cookies::set(cookies::PENDING_2FA, &token, Some(600), app.config.secure_cookies());
        response
            .headers_mut()
            .append(header::SET_COOKIE, HeaderValue::from_str(&cookie).expect("ascii cookie"));
        return Ok(response);
    }
    finish_login(&app, user.id, false, &headers, &ip, &next).await
}

async fn finish_login(
    app: &AppState,
    user_id: i64,
    second_factor: bool,
    headers: &HeaderMap,
    ip: &str,
    next: &str,
) -> AppResult<Response> {
    let mut response = redirect_with_flash(next, "success", "flash-signed-in");
    start_session(app, user_id, second_factor, headers, ip, &mut response).await?;
    Ok(response)
}

#[derive(Default, serde::Deserialize)]
#[serde(default)]
pub struct SecondFactorForm {
    pub code: String,
}

#[derive(Template)]
#[template(path = "login_two_factor.html")]
struct SecondFactorPage {
    page: Page,
    errors: FieldErrors,
}

async fn show_second(page: Page) -> AppResult<Response> {
    render(&SecondFactorPage { page, errors: FieldErrors::default() })
}

async fn submit_second(
    State(app): State<AppState>,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    page: Page,
    Form(form): Form<SecondFactorForm>,
) -> AppResult<Response> {
    let secure = app.config.secure_cookies();
    let jar = cookies::parse(&headers);
    let pending = match jar.get(cookies::PENDING_2FA) {
        Some(token) => check_token(&app, token, Purpose::LoginSecondFactor).await?.ok(),
        None => None,
    };
    let Some(pending) = pending else {
        return Ok(redirect_with_flash("/login", "error", "flash-two-factor-expired"));
    };
    let user_id = pending.user_id.unwrap_or_default();
    rate_limit(&app, domain::SECOND_FACTOR_PER_ACCOUNT, &user_id.to_string()).await?;
    let Some(user) = store::find_user(&app.db, user_id).await?.filter(|u| u.disabled_at.is_none()) else {
        return Ok(redirect_with_flash("/login", "error", "flash-two-factor-expired"));
    };
    if !crate::http::two_factor::second_factor_ok(&app, &user, &form.code).await? {
        let mut errors = FieldErrors::default();
        errors.add("code", "error-code-wrong");
        return Ok(unprocessable(render(&SecondFactorPage { page, errors })?));
    }
    if !store::use_token(&app.db, pending.id, app.now()).await? {
        return Ok(redirect_with_flash("/login", "error", "flash-two-factor-expired"));
    }
    let next = safe_next(app.config.base_url(), pending.payload.as_deref());
    let mut response = finish_login(&app, user.id, true, &headers, &ip, &next).await?;
    let clear = cookies::clear(cookies::PENDING_2FA, secure);
    response.headers_mut().append(header::SET_COOKIE, HeaderValue::from_str(&clear).expect("ascii cookie"));
    Ok(response)
}

async fn logout(
    State(app): State<AppState>,
    MaybeUser(viewer): MaybeUser,
    Form(_): Form<NoFields>,
) -> AppResult<Response> {
    let secure = app.config.secure_cookies();
    if let Some(viewer) = viewer
        && let Auth::Session(id) = viewer.auth
    {
        store::delete_session(&app.db, id, viewer.id.0).await?;
    }
    let mut response = redirect_with_flash("/", "success", "flash-signed-out");
    // The next page mints a new anonymous CSRF token: nothing of the session's carries over.
    for name in [cookies::SESSION, cookies::CSRF] {
        let clear = cookies::clear(name, secure);
        response
            .headers_mut()
            .append(header::SET_COOKIE, HeaderValue::from_str(&clear).expect("ascii cookie"));
    }
    Ok(response)
}
