//! Personal API tokens for the JSON API: shown once, stored hashed, read-only or read-write,
//! with an optional expiry, revocable; they end with a password reset or change and a change of
//! second factor. A token carries the second factor only when the session that made it had
//! passed it.

use super::unprocessable;
use crate::{Write, store};
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::{get, post};
use web::form::NoFields;
use web::{AppError, AppResult, AppState, CurrentUser, FieldErrors, Form, Page, cookies, render};

/// The lifetimes a person may choose, in days; `never` is a token without expiry.
pub(crate) const LIFETIMES: [&str; 4] = ["30", "90", "365", "never"];

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/account/tokens", get(list).post(create))
        .route("/account/tokens/{id}/revoke", post(revoke))
}

pub struct TokenView {
    pub id: i64,
    pub name: String,
    pub prefix: String,
    pub write: bool,
    pub created: String,
    pub last_used: String,
    /// When it stops working, empty when never.
    pub expires: String,
    pub expired: bool,
    pub revoked: bool,
}

#[derive(Default, serde::Deserialize)]
#[serde(default)]
pub struct TokenForm {
    pub name: String,
    pub scope: String,
    /// Days until it expires (one of [`LIFETIMES`]); empty is never, as before expiry existed.
    pub expires: String,
}

impl TokenForm {
    fn blank() -> TokenForm {
        TokenForm { scope: "read".into(), expires: "90".into(), ..Default::default() }
    }
}

#[derive(Template)]
#[template(path = "tokens.html")]
struct TokensPage {
    page: Page,
    tokens: Vec<TokenView>,
    form: TokenForm,
    errors: FieldErrors,
    new_token: Option<String>,
}

async fn views(app: &AppState, tr: &web::Tr, user_id: i64) -> AppResult<Vec<TokenView>> {
    let now = app.now();
    Ok(store::list_api_tokens(&app.db, user_id)
        .await?
        .into_iter()
        .map(|t| TokenView {
            id: t.id,
            name: t.name,
            prefix: t.prefix,
            write: t.scope == "write",
            created: tr.datetime(t.created_at),
            last_used: t.last_used_at.map(|at| tr.datetime(at)).unwrap_or_default(),
            expires: t.expires_at.map(|at| tr.datetime(at)).unwrap_or_default(),
            expired: t.expires_at.is_some_and(|at| at <= now),
            revoked: t.revoked_at.is_some(),
        })
        .collect())
}

async fn list(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
) -> AppResult<Response> {
    let tokens = views(&app, &page.tr, viewer.id.0).await?;
    render(&TokensPage {
        page,
        tokens,
        form: TokenForm::blank(),
        errors: FieldErrors::default(),
        new_token: None,
    })
}

async fn create(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
    Form(form): Form<TokenForm>,
) -> AppResult<Response> {
    let mut errors = FieldErrors::default();
    let name = form.name.trim().to_string();
    if name.is_empty() || name.chars().count() > 80 {
        errors.add("name", "error-token-name");
    }
    if !matches!(form.scope.as_str(), "read" | "write") {
        errors.add("scope", "error-token-scope");
    }
    let lifetime = match form.expires.as_str() {
        "" | "never" => Some(None),
        days if LIFETIMES.contains(&days) => {
            days.parse::<i64>().ok().map(|d| Some(chrono::Duration::days(d)))
        }
        _ => None,
    };
    let Some(lifetime) = lifetime.filter(|_| errors.is_empty()) else {
        if lifetime.is_none() {
            errors.add("expires", "error-token-expires");
        }
        let tokens = views(&app, &page.tr, viewer.id.0).await?;
        return Ok(unprocessable(render(&TokensPage { page, tokens, form, errors, new_token: None })?));
    };
    let secret = format!("asec_{}", cookies::random_token());
    let prefix: String = secret.chars().take(10).collect();
    let w = Write::begin(&app, Some(viewer.id)).await?;
    let expires_at = lifetime.map(|l| app.now() + l);
    let token = store::NewApiToken {
        user_id: viewer.id.0,
        name: &name,
        hash: &cookies::token_hash(&secret),
        prefix: &prefix,
        scope: &form.scope,
        second_factor: viewer.second_factor,
        expires_at,
    };
    let id = store::create_api_token(w.tx(), token, app.now()).await?;
    let after = serde_json::json!({
        "name": name, "scope": form.scope, "prefix": prefix, "expires_at": expires_at,
        "second_factor": viewer.second_factor,
    });
    w.audit("api_token.create", "api_token", id, None, Some(after)).await?;
    w.commit().await?;
    let tokens = views(&app, &page.tr, viewer.id.0).await?;
    let form = TokenForm::blank();
    render(&TokensPage { page, tokens, form, errors: FieldErrors::default(), new_token: Some(secret) })
}

async fn revoke(
    State(app): State<AppState>,
    CurrentUser(viewer): CurrentUser,
    Path(id): Path<i64>,
    Form(_): Form<NoFields>,
) -> AppResult<Response> {
    let w = Write::begin(&app, Some(viewer.id)).await?;
    if !store::revoke_api_token(w.tx(), id, viewer.id.0, app.now()).await? {
        return Err(AppError::NotFound);
    }
    let (before, after) = (serde_json::json!({ "revoked": false }), serde_json::json!({ "revoked": true }));
    w.audit("api_token.revoke", "api_token", id, Some(before), Some(after)).await?;
    w.done("/account/tokens", "flash-token-revoked").await
}
