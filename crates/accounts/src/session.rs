//! The session layer: who is asking, from a bearer token on `/api` or the session cookie.

use crate::store;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use chrono::Duration;
use kernel::UserId;
use web::context::RequestContext;
use web::{AppError, AppState, Auth, Viewer, ViewerSlot, cookies};

const SESSION_TOUCH_EVERY: i64 = 300;

/// Resolves who is asking: a bearer token on `/api`, otherwise the session cookie. Runs inside
/// the context layer, so an invalid token is answered as a JSON error there.
pub async fn session_layer(State(app): State<AppState>, mut req: Request, next: Next) -> Response {
    let is_api = req.uri().path().starts_with("/api/");
    let (method, headers) = (req.method().clone(), req.headers().clone());
    let viewer = match resolve(&app, is_api, &method, &headers).await {
        Ok(viewer) => viewer,
        Err(error) => return error.into_response(),
    };
    if let Some(v) = &viewer
        && let Some(context) = req.extensions_mut().get_mut::<RequestContext>()
        && let Some(lang) = kernel::validate::language(&v.lang)
    {
        context.lang = lang;
    }
    let slot = ViewerSlot(viewer);
    req.extensions_mut().insert(slot.clone());
    let mut response = next.run(req).await;
    response.extensions_mut().insert(slot);
    response
}

async fn resolve(
    app: &AppState,
    is_api: bool,
    method: &axum::http::Method,
    headers: &axum::http::HeaderMap,
) -> Result<Option<Viewer>, AppError> {
    let now = app.now();
    if is_api && let Some(header) = headers.get(axum::http::header::AUTHORIZATION) {
        let token = header
            .to_str()
            .ok()
            .and_then(|h| h.strip_prefix("Bearer "))
            .map(str::trim)
            .ok_or(AppError::InvalidToken)?;
        let row = store::find_api_token(&app.db, &cookies::token_hash(token))
            .await?
            .filter(|t| t.revoked_at.is_none() && t.expires_at.is_none_or(|at| at > now))
            .ok_or(AppError::InvalidToken)?;
        let write = row.scope == "write";
        if !write && !matches!(*method, axum::http::Method::GET | axum::http::Method::HEAD) {
            return Err(AppError::Forbidden);
        }
        if row.last_used_at.is_none_or(|t| (now - t).num_seconds() > SESSION_TOUCH_EVERY) {
            store::touch_api_token(&app.db, row.id, now).await?;
        }
        let second_factor = row.second_factor_at.is_some();
        let viewer = load_viewer(app, row.user_id, Auth::Token { id: row.id, write }, second_factor).await?;
        return viewer.map(Some).ok_or(AppError::InvalidToken);
    }
    // The API reads with the browser's session, but writes only with a token: a cookie alone
    // would let another site's form act through the API, which has no CSRF token.
    if is_api && !matches!(*method, axum::http::Method::GET | axum::http::Method::HEAD) {
        return Ok(None);
    }
    let jar = cookies::parse(headers);
    let Some(token) = jar.get(cookies::SESSION) else {
        return Ok(None);
    };
    let Some(session) = store::find_session(&app.db, &cookies::token_hash(token), now).await? else {
        return Ok(None);
    };
    if (now - session.last_seen_at).num_seconds() > SESSION_TOUCH_EVERY {
        let expires = now + Duration::days(app.config.session_days);
        store::touch_session(&app.db, session.id, now, expires).await?;
    }
    load_viewer(app, session.user_id, Auth::Session(session.id), session.second_factor_at.is_some()).await
}

/// The person behind a session or token; `second_factor` says whether that sign-in passed it
/// (it counts only while the account still has two-factor on).
async fn load_viewer(
    app: &AppState,
    user_id: i64,
    auth: Auth,
    second_factor: bool,
) -> Result<Option<Viewer>, AppError> {
    let Some(user) = store::find_user(&app.db, user_id).await?.filter(|u| u.disabled_at.is_none()) else {
        return Ok(None);
    };
    let grants = store::active_grants(&app.db, user_id)
        .await?
        .iter()
        .map(store::GrantRow::grant)
        .collect::<Result<Vec<_>, _>>()?;
    let unread_notifications = store::unread_notifications(&app.db, user_id).await?;
    let role_countries = grants_countries(&grants);
    let zone = web::zones::for_person(user.time_zone.as_deref(), role_countries.iter().map(String::as_str));
    Ok(Some(Viewer {
        zone,
        chosen_zone: user.time_zone.clone(),
        id: UserId(user.id),
        two_factor: user.two_factor(),
        second_factor: second_factor && user.two_factor(),
        email_verified: user.email_verified_at.is_some(),
        email: user.email,
        display_name: user.display_name,
        lang: user.lang,
        grants,
        auth,
        unread_notifications,
    }))
}

/// The countries a person's roles are scoped to, in the order they were granted.
fn grants_countries(grants: &[kernel::Grant]) -> Vec<String> {
    grants
        .iter()
        .filter_map(|g| match &g.scope {
            kernel::Scope::Country(code) => Some(code.as_str().to_string()),
            _ => None,
        })
        .collect()
}
