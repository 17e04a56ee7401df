//! The platform shell: home page, health and readiness, metrics, static assets.

use crate::context::{Page, render};
use crate::error::AppResult;
use crate::state::AppState;
use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(home))
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics))
        .route("/static/app.css", get(css))
        .route("/static/app.js", get(js))
}

#[derive(Template)]
#[template(path = "home.html")]
struct Home {
    page: Page,
    subregions: Vec<(String, Vec<String>)>,
    sdg_count: i64,
    country_count: i64,
}

async fn home(State(app): State<AppState>, page: Page) -> AppResult<Response> {
    let lang = page.lang;
    let subregions = app
        .reference
        .subregions
        .iter()
        .map(|s| {
            let countries = app
                .reference
                .countries
                .iter()
                .filter(|c| c.subregion == s.code)
                .map(|c| c.name.get(lang).to_string())
                .collect();
            (s.name.get(lang).to_string(), countries)
        })
        .collect();
    render(&Home {
        page,
        subregions,
        sdg_count: app.reference.sdgs.len() as i64,
        country_count: app.reference.countries.len() as i64,
    })
}

/// The process is up.
async fn healthz() -> &'static str {
    "ok"
}

/// The database and the file store answer.
async fn readyz(State(app): State<AppState>) -> Response {
    // Probes read the words as they are: no error page around them.
    let unavailable = |what: &'static str| {
        let mut r = (StatusCode::SERVICE_UNAVAILABLE, what).into_response();
        r.extensions_mut().insert(crate::error::AsIs);
        r
    };
    if !matches!(store::scalar::<i32>(&app.db, "SELECT 1", vec![]).await, Ok(Some(1))) {
        return unavailable("database unavailable");
    }
    if let Err(e) = files::check(&app.files).await {
        tracing::error!(error = %e, source = ?std::error::Error::source(&e), "file store unreachable");
        return unavailable("file store unreachable");
    }
    "ready".into_response()
}

/// `/metrics` on the platform's address: only with `Authorization: Bearer <metrics_token>`, and
/// not at all (404) without a configured token; `metrics_bind` serves it elsewhere instead.
async fn metrics(State(app): State<AppState>, headers: HeaderMap) -> Response {
    let Some(token) = app.config.metrics_token.as_deref() else {
        return crate::AppError::NotFound.into_response();
    };
    let sent = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or("");
    if !crate::form::constant_time_eq(sent.trim().as_bytes(), token.as_bytes()) {
        let mut r = (StatusCode::UNAUTHORIZED, [(header::WWW_AUTHENTICATE, "Bearer")], "token required")
            .into_response();
        r.extensions_mut().insert(crate::error::AsIs);
        return r;
    }
    metrics_text(&app)
}

fn metrics_text(app: &AppState) -> Response {
    let (size, idle) = store::pool_stats(&app.db);
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")], app.metrics.render(size, idle))
        .into_response()
}

/// What `metrics_bind` serves: `/metrics` without a token (an address only the monitoring
/// system reaches), nothing else.
pub fn metrics_router(app: AppState) -> Router {
    Router::new()
        .route("/metrics", get(|State(app): State<AppState>| async move { metrics_text(&app) }))
        .with_state(app)
}

const CSS: &str = include_str!("../static/app.css");
const JS: &str = include_str!("../static/app.js");

async fn css() -> Response {
    (
        [(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=3600")],
        CSS,
    )
        .into_response()
}

async fn js() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        JS,
    )
        .into_response()
}
