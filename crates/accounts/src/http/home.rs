//! A signed-in person's home: what waits for them, gathered from every capability.

use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::response::Response;
use axum::routing::get;
use web::{AppResult, AppState, CurrentUser, Page, Waiting, render};

pub fn router() -> Router<AppState> {
    Router::new().route("/me", get(home))
}

#[derive(Template)]
#[template(path = "me.html")]
struct HomePage {
    page: Page,
    items: Vec<Waiting>,
}

async fn home(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
) -> AppResult<Response> {
    let mut items = Vec::new();
    for source in app.waiting.iter() {
        items.extend(source(&app, &viewer, page.tr).await?);
    }
    render(&HomePage { page, items })
}
