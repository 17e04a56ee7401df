//! Accounts and access: sign-up, verification, sign-in with optional TOTP, password reset,
//! sessions, role grants, the audit log, personal API tokens, rate limits and the email
//! outbox. Other capabilities use the functions here; none touches these tables.

pub mod domain;
mod http;
pub mod mail;
pub mod store;

use axum::Router;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use chrono::Duration;
use kernel::UserId;
use sea_orm::ConnectionTrait;
use web::context::RequestContext;
use web::{AppError, AppState, Auth, Viewer, ViewerSlot, cookies};

pub use http::api::api_router;
pub use store::AuditEntry;

/// Every page of this capability.
pub fn router() -> Router<AppState> {
    http::router()
}

/// Records a change in the audit log; call it in the same transaction as the change.
pub async fn audit(
    c: &impl ConnectionTrait,
    app: &AppState,
    entry: AuditEntry<'_>,
) -> Result<(), sea_orm::DbErr> {
    store::record_audit(c, entry, app.now()).await
}

/// Counts an attempt against a limit for `key`; refuses with HTTP 429 once the window's budget
/// is spent.
pub async fn rate_limit(app: &AppState, limit: domain::Limit, key: &str) -> Result<(), AppError> {
    let now = app.now().timestamp();
    let hits = store::rate_hit(&app.db, limit.bucket, key, limit.window_start(now)).await?;
    if hits > limit.max {
        return Err(AppError::RateLimited { retry_after_secs: limit.retry_after(now) });
    }
    Ok(())
}

/// Makes a one-time link that creates an administrator (for `email`, when given). Older unused
/// links of the same kind stop working.
pub async fn admin_setup_link(app: &AppState, email: Option<&str>) -> Result<String, sea_orm::DbErr> {
    let now = app.now();
    let token = cookies::random_token();
    store::retire_tokens(&app.db, None, domain::Purpose::AdminSetup.as_str(), now).await?;
    store::create_token(
        &app.db,
        None,
        domain::Purpose::AdminSetup.as_str(),
        &cookies::token_hash(&token),
        email,
        now,
        now + domain::Purpose::AdminSetup.lifetime(),
    )
    .await?;
    Ok(format!("{}/setup/{token}", app.config.base_url()))
}

/// Whether any administrator exists yet (an empty platform prints a setup link).
pub async fn has_administrator(app: &AppState) -> Result<bool, sea_orm::DbErr> {
    Ok(store::count_administrators(&app.db).await? > 0)
}

/// Grants a role from the CLI (no acting user), recorded in the audit log. `None` when no
/// account has that address.
pub async fn grant_role_from_cli(
    app: &AppState,
    email: &str,
    grant: kernel::Grant,
) -> Result<Option<store::Added>, sea_orm::DbErr> {
    let Some(user) = store::find_user_by_email(&app.db, email).await? else {
        return Ok(None);
    };
    grant_in(&app.db, app, None, UserId(user.id), &grant).await.map(Some)
}

/// A person as other capabilities see them: enough to show a name and send mail.
#[derive(Debug, Clone)]
pub struct Person {
    pub id: UserId,
    pub display_name: String,
    pub email: String,
    pub lang: String,
}

/// Everyone holding `role` with exactly `scope` (the focal points of a country, say).
pub async fn holders(
    c: &impl ConnectionTrait,
    role: kernel::Role,
    scope: &kernel::Scope,
) -> Result<Vec<Person>, sea_orm::DbErr> {
    Ok(store::holders(c, role.as_str(), scope.kind().as_str(), &scope.reference())
        .await?
        .into_iter()
        .map(|u| Person { id: UserId(u.id), display_name: u.display_name, email: u.email, lang: u.lang })
        .collect())
}

/// Tells a person something by email and in the platform, in their language: the email is
/// the Fluent message `{key}-subject`/`{key}-body`, the notification its subject, linking to
/// `link` (a path on this site).
pub async fn notify(
    c: &impl ConnectionTrait,
    app: &AppState,
    person: &Person,
    key: &str,
    args: &[(&str, &str)],
    link: &str,
) -> Result<(), sea_orm::DbErr> {
    let subject = mail::enqueue_message(c, app, &person.email, &person.lang, key, args).await?;
    store::add_notification(c, person.id.0, &subject, link, app.now()).await
}

/// Every holder of `role` with the reference of the scope they hold it in (country code,
/// sub-region code, entity id).
pub async fn holders_of_role(
    c: &impl ConnectionTrait,
    role: kernel::Role,
) -> Result<Vec<(String, Person)>, sea_orm::DbErr> {
    Ok(store::holders_of_role(c, role.as_str())
        .await?
        .into_iter()
        .map(|h| {
            (
                h.scope_ref,
                Person { id: UserId(h.id), display_name: h.display_name, email: h.email, lang: h.lang },
            )
        })
        .collect())
}

/// Creates an account whose address needs no confirmation (demo data, imports by the
/// operator), or returns the existing one with that address.
pub async fn create_confirmed_account(
    c: &impl ConnectionTrait,
    app: &AppState,
    email: &str,
    display_name: &str,
    lang: &str,
    password: &str,
) -> Result<Person, sea_orm::DbErr> {
    if let Some(existing) = person_by_email(c, email).await? {
        return Ok(existing);
    }
    let hash = domain::hash_password(password);
    let new = store::NewUser {
        email,
        display_name,
        lang,
        password_hash: Some(&hash),
        verified_at: Some(app.now()),
    };
    let id = store::create_user(c, new, app.now()).await?.expect("the address was free");
    audit(
        c,
        app,
        AuditEntry {
            actor: None,
            action: "user.create",
            object_type: "user",
            object_id: id.to_string(),
            before: None,
            after: Some(serde_json::json!({ "email": email, "display_name": display_name, "lang": lang })),
        },
    )
    .await?;
    Ok(Person { id: UserId(id), display_name: display_name.into(), email: email.into(), lang: lang.into() })
}

/// People by id (for names next to records other capabilities keep).
pub async fn person(c: &impl ConnectionTrait, id: UserId) -> Result<Option<Person>, sea_orm::DbErr> {
    Ok(store::find_user(c, id.0).await?.map(|u| Person {
        id: UserId(u.id),
        display_name: u.display_name,
        email: u.email,
        lang: u.lang,
    }))
}

/// The person with this email address, if they have an account.
pub async fn person_by_email(
    c: &impl ConnectionTrait,
    email: &str,
) -> Result<Option<Person>, sea_orm::DbErr> {
    Ok(store::find_user_by_email(c, email).await?.filter(|u| u.disabled_at.is_none()).map(|u| Person {
        id: UserId(u.id),
        display_name: u.display_name,
        email: u.email,
        lang: u.lang,
    }))
}

/// Takes a grant away from `user` inside the caller's transaction; false if they did not hold it.
pub async fn revoke_in(
    c: &impl ConnectionTrait,
    app: &AppState,
    actor: UserId,
    user: UserId,
    grant: &kernel::Grant,
) -> Result<bool, sea_orm::DbErr> {
    let Some(id) = store::active_grant_id(c, user.0, grant).await? else {
        return Ok(false);
    };
    store::revoke_grant(c, id, actor.0, app.now()).await?;
    audit(
        c,
        app,
        AuditEntry {
            actor: Some(actor),
            action: "grant.revoke",
            object_type: "role_grant",
            object_id: id.to_string(),
            before: Some(http::admin::grant_json(user.0, grant)),
            after: None,
        },
    )
    .await?;
    Ok(true)
}

/// Gives `user` a grant inside the caller's transaction, audited as done by `actor`. A role
/// with a limit per scope (focal points) answers `Added::Full` and changes nothing.
pub async fn grant_in(
    c: &impl ConnectionTrait,
    app: &AppState,
    actor: Option<UserId>,
    user: UserId,
    grant: &kernel::Grant,
) -> Result<store::Added, sea_orm::DbErr> {
    let added = store::add_grant(c, user.0, grant, actor.map(|a| a.0), app.now()).await?;
    if let store::Added::New(id) = added {
        audit(
            c,
            app,
            AuditEntry {
                actor,
                action: "grant.create",
                object_type: "role_grant",
                object_id: id.to_string(),
                before: None,
                after: Some(http::admin::grant_json(user.0, grant)),
            },
        )
        .await?;
    }
    Ok(added)
}

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
            .filter(|t| t.revoked_at.is_none())
            .ok_or(AppError::InvalidToken)?;
        let write = row.scope == "write";
        if !write && !matches!(*method, axum::http::Method::GET | axum::http::Method::HEAD) {
            return Err(AppError::Forbidden);
        }
        if row.last_used_at.is_none_or(|t| (now - t).num_seconds() > SESSION_TOUCH_EVERY) {
            store::touch_api_token(&app.db, row.id, now).await?;
        }
        let viewer = load_viewer(app, row.user_id, Auth::Token { id: row.id, write }).await?;
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
    load_viewer(app, session.user_id, Auth::Session(session.id)).await
}

async fn load_viewer(app: &AppState, user_id: i64, auth: Auth) -> Result<Option<Viewer>, AppError> {
    let Some(user) = store::find_user(&app.db, user_id).await?.filter(|u| u.disabled_at.is_none()) else {
        return Ok(None);
    };
    let grants =
        store::active_grants(&app.db, user_id).await?.iter().filter_map(store::GrantRow::grant).collect();
    let unread_notifications = store::unread_notifications(&app.db, user_id).await?;
    Ok(Some(Viewer {
        id: UserId(user.id),
        two_factor: user.two_factor(),
        email_verified: user.email_verified_at.is_some(),
        email: user.email,
        display_name: user.display_name,
        lang: user.lang,
        grants,
        auth,
        unread_notifications,
    }))
}
