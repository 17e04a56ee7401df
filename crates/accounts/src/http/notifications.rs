//! In-platform notifications: what the platform told a person by email, also kept here.

use crate::store;
use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::response::Response;
use axum::routing::{get, post};
use web::form::NoFields;
use web::{AppResult, AppState, CurrentUser, Form, Page, redirect_with_flash, render};

pub fn router() -> Router<AppState> {
    Router::new().route("/notifications", get(list)).route("/notifications/read", post(read_all))
}

pub struct NotificationView {
    pub at: String,
    pub text: String,
    pub link: String,
    pub unread: bool,
}

#[derive(Template)]
#[template(path = "notifications.html")]
struct NotificationsPage {
    page: Page,
    items: Vec<NotificationView>,
}

async fn list(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
) -> AppResult<Response> {
    let items = store::notifications(&app.db, viewer.id.0, 200)
        .await?
        .into_iter()
        .map(|n| NotificationView {
            at: page.tr.datetime(n.at),
            text: n.text,
            // Only paths on this site are linked (no open redirects through stored links).
            link: if n.link.starts_with('/') && !n.link.starts_with("//") { n.link } else { String::new() },
            unread: n.read_at.is_none(),
        })
        .collect();
    render(&NotificationsPage { page, items })
}

async fn read_all(
    State(app): State<AppState>,
    CurrentUser(viewer): CurrentUser,
    Form(_): Form<NoFields>,
) -> AppResult<Response> {
    store::mark_notifications_read(&app.db, viewer.id.0, app.now()).await?;
    Ok(redirect_with_flash("/notifications", "success", "flash-notifications-read"))
}
