//! Optional TOTP two-factor sign-in with recovery codes. Management, treasurer and
//! administrator grants count only for a sign-in that passed it (see `kernel::permission` and
//! `Viewer::second_factor`): at sign-in, or on the session that turned it on. Turning it on or
//! off ends the person's other sessions and API tokens; turning it off, or new recovery codes,
//! take a current code (or a recovery code), so a session stolen with the password alone can
//! neither remove the second factor nor enrol its own.

use super::unprocessable;
use crate::domain;
use crate::mail::{self, Mail};
use crate::service::rate_limit;
use crate::{Write, store};
use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::response::Response;
use axum::routing::{get, post};
use web::{
    AppError, AppResult, AppState, Auth, CurrentUser, FieldErrors, Form, Page, Viewer, cookies,
    redirect_with_flash, render,
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/account/two-factor", get(show))
        .route("/account/two-factor/enable", post(enable))
        .route("/account/two-factor/disable", post(disable))
        .route("/account/two-factor/recovery-codes", post(regenerate))
}

/// Accepts a current TOTP code (once) or an unused recovery code (once).
pub(crate) async fn second_factor_ok(app: &AppState, user: &store::UserRow, code: &str) -> AppResult<bool> {
    let Some(secret) = user.totp_secret.as_deref().filter(|_| user.two_factor()) else {
        return Ok(false);
    };
    let now = app.now();
    if let Some(step) = domain::check_totp(secret, code, now.timestamp(), user.totp_last_step) {
        return Ok(store::use_totp_step(&app.db, user.id, step).await?);
    }
    let normalised = domain::normalise_recovery_code(code);
    if normalised.len() == 8 {
        return Ok(store::use_recovery_code(&app.db, user.id, &cookies::token_hash(&normalised), now).await?);
    }
    Ok(false)
}

#[derive(Template)]
#[template(path = "two_factor.html")]
struct TwoFactorPage {
    page: Page,
    enabled: bool,
    secret: String,
    qr_svg: String,
    recovery_left: i64,
    errors: FieldErrors,
}

#[derive(Template)]
#[template(path = "recovery_codes.html")]
struct RecoveryCodesPage {
    page: Page,
    codes: Vec<String>,
}

fn qr_svg(uri: &str) -> String {
    let Ok(code) = qrcode::QrCode::new(uri.as_bytes()) else {
        return String::new();
    };
    let svg = code.render::<qrcode::render::svg::Color>().min_dimensions(200, 200).build();
    // Inline in the page, so without the XML prolog.
    svg.find("<svg").map(|i| svg[i..].to_string()).unwrap_or_default()
}

async fn page_for(
    app: &AppState,
    page: Page,
    user: &store::UserRow,
    errors: FieldErrors,
) -> AppResult<TwoFactorPage> {
    let enabled = user.two_factor();
    let secret = if enabled {
        String::new()
    } else {
        match &user.totp_secret {
            Some(secret) => secret.clone(),
            None => {
                // A pending secret, kept until it is confirmed with a code.
                let secret = domain::new_totp_secret();
                store::set_totp(&app.db, user.id, Some(&secret), None, app.now()).await?;
                secret
            }
        }
    };
    let qr = if enabled {
        String::new()
    } else {
        qr_svg(&domain::otpauth_uri(&app.reference.network.short_name, &user.email, &secret))
    };
    let recovery_left = store::unused_recovery_codes(&app.db, user.id).await?;
    Ok(TwoFactorPage { page, enabled, secret, qr_svg: qr, recovery_left, errors })
}

async fn show(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
) -> AppResult<Response> {
    let user = store::find_user(&app.db, viewer.id.0).await?.ok_or(AppError::Unauthenticated)?;
    render(&page_for(&app, page, &user, FieldErrors::default()).await?)
}

#[derive(Default, serde::Deserialize)]
#[serde(default)]
pub struct CodeForm {
    pub code: String,
    pub current_password: String,
}

async fn new_codes(tx: &impl sea_orm::ConnectionTrait, user_id: i64) -> AppResult<Vec<String>> {
    let codes = domain::new_recovery_codes();
    let hashes: Vec<String> =
        codes.iter().map(|c| cookies::token_hash(&domain::normalise_recovery_code(c))).collect();
    store::replace_recovery_codes(tx, user_id, &hashes).await?;
    Ok(codes)
}

async fn enable(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
    Form(form): Form<CodeForm>,
) -> AppResult<Response> {
    let user = store::find_user(&app.db, viewer.id.0).await?.ok_or(AppError::Unauthenticated)?;
    if user.two_factor() {
        return Ok(redirect_with_flash("/account/two-factor", "info", "flash-two-factor-already-on"));
    }
    let step = user
        .totp_secret
        .as_deref()
        .and_then(|secret| domain::check_totp(secret, &form.code, app.now().timestamp(), None));
    let Some(step) = step else {
        let mut errors = FieldErrors::default();
        errors.add("code", "error-code-wrong");
        return Ok(unprocessable(render(&page_for(&app, page, &user, errors).await?)?));
    };
    let w = Write::begin(&app, Some(viewer.id)).await?;
    store::set_totp(w.tx(), user.id, user.totp_secret.as_deref(), Some(app.now()), app.now()).await?;
    store::use_totp_step(w.tx(), user.id, step).await?;
    changed_second_factor(&w, &app, &viewer, true).await?;
    let codes = new_codes(w.tx(), user.id).await?;
    mail::enqueue(
        w.tx(),
        &app,
        &user.email,
        &user.lang,
        Mail::TwoFactorChanged { name: &user.display_name, enabled: true },
    )
    .await?;
    w.audit(
        "user.enable_two_factor",
        "user",
        user.id,
        Some(serde_json::json!({ "two_factor": false })),
        Some(serde_json::json!({ "two_factor": true })),
    )
    .await?;
    w.commit().await?;
    render(&RecoveryCodesPage { page, codes })
}

/// After the second factor is turned on (`on`) or off: this sign-in holds it (or not), and every
/// other session and API token of the person ends.
async fn changed_second_factor(w: &Write<'_>, app: &AppState, viewer: &Viewer, on: bool) -> AppResult<()> {
    let keep = match viewer.auth {
        Auth::Session(id) => {
            store::set_session_second_factor(w.tx(), id, on.then(|| app.now())).await?;
            Some(id)
        }
        Auth::Token { .. } => None,
    };
    store::delete_sessions(w.tx(), viewer.id.0, keep).await?;
    store::revoke_api_tokens(w.tx(), viewer.id.0, app.now()).await?;
    Ok(())
}

/// A current code (or a recovery code), counted against guessing.
async fn code_ok(app: &AppState, user: &store::UserRow, code: &str) -> AppResult<bool> {
    rate_limit(app, domain::SECOND_FACTOR_PER_ACCOUNT, &user.id.to_string()).await?;
    second_factor_ok(app, user, code).await
}

async fn disable(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
    Form(form): Form<CodeForm>,
) -> AppResult<Response> {
    let user = store::find_user(&app.db, viewer.id.0).await?.ok_or(AppError::Unauthenticated)?;
    if !user.two_factor() {
        return Ok(redirect_with_flash("/account/two-factor", "info", "flash-two-factor-already-off"));
    }
    let mut errors = FieldErrors::default();
    if super::current_password_ok(&app, viewer.id, &form.current_password).await?.is_none() {
        errors.add("current_password", "error-password-wrong");
    }
    // The code is tried only with the right password, so a wrong password spends no code.
    if errors.is_empty() && !code_ok(&app, &user, &form.code).await? {
        errors.add("disable_code", "error-code-wrong");
    }
    if !errors.is_empty() {
        return Ok(unprocessable(render(&page_for(&app, page, &user, errors).await?)?));
    }
    let w = Write::begin(&app, Some(viewer.id)).await?;
    store::set_totp(w.tx(), user.id, None, None, app.now()).await?;
    store::replace_recovery_codes(w.tx(), user.id, &[]).await?;
    changed_second_factor(&w, &app, &viewer, false).await?;
    mail::enqueue(
        w.tx(),
        &app,
        &user.email,
        &user.lang,
        Mail::TwoFactorChanged { name: &user.display_name, enabled: false },
    )
    .await?;
    w.audit(
        "user.disable_two_factor",
        "user",
        user.id,
        Some(serde_json::json!({ "two_factor": true })),
        Some(serde_json::json!({ "two_factor": false })),
    )
    .await?;
    w.done("/account/two-factor", "flash-two-factor-off").await
}

async fn regenerate(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
    Form(form): Form<CodeForm>,
) -> AppResult<Response> {
    let user = store::find_user(&app.db, viewer.id.0).await?.ok_or(AppError::Unauthenticated)?;
    if !code_ok(&app, &user, &form.code).await? {
        let mut errors = FieldErrors::default();
        errors.add("code", "error-code-wrong");
        return Ok(unprocessable(render(&page_for(&app, page, &user, errors).await?)?));
    }
    let w = Write::begin(&app, Some(viewer.id)).await?;
    let codes = new_codes(w.tx(), user.id).await?;
    w.audit("user.regenerate_recovery_codes", "user", user.id, None, None).await?;
    w.commit().await?;
    render(&RecoveryCodesPage { page, codes })
}
