//! The shared web layer every capability builds on.

pub mod api;
pub mod audit;
pub mod choices;
pub mod config;
pub mod confirm;
pub mod context;
pub mod cookies;
pub mod csv;
pub mod error;
pub mod form;
pub mod i18n;
pub mod markdown;
pub mod metrics;
pub mod security;
pub mod shell;
pub mod state;
pub mod viewer;
pub mod waiting;
pub mod zones;

pub use api::{ApiId, ApiQuery};
pub use config::Config;
pub use context::{Page, RequestContext, redirect_with_flash, render, safe_next};
pub use error::{AppError, AppResult};
pub use form::{Form, Upload, UploadKind};
pub use i18n::Tr;
pub use security::ClientIp;
pub use state::{AppState, NavItem};
pub use viewer::{Auth, CurrentUser, MaybeUser, Viewer, ViewerSlot};
pub use waiting::{Waiting, WaitingFuture, WaitingSource};

/// A choice in a list of checkboxes or options.
pub struct Choice {
    pub value: String,
    pub label: String,
    pub checked: bool,
}

pub use kernel::FieldErrors;

/// A page with a title, a sentence and an optional link: outcomes such as "check your email".
#[derive(askama::Template)]
#[template(path = "message.html")]
pub struct MessagePage {
    pub page: Page,
    pub title: String,
    pub text: String,
    pub link: Option<(String, String)>,
}

impl MessagePage {
    /// Builds the page from Fluent keys.
    pub fn keys(page: Page, title_key: &str, text_key: &str, link: Option<(&str, &str)>) -> MessagePage {
        let title = page.t(title_key);
        let text = page.t(text_key);
        let link = link.map(|(href, label_key)| (href.to_string(), page.t(label_key)));
        MessagePage { page, title, text, link }
    }
}

/// A form shown again with its problems answers 422, so scripts and tests can tell.
pub fn unprocessable(mut response: axum::response::Response) -> axum::response::Response {
    *response.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
    response
}

/// String equality for templates, whatever mix of `String`, `&str` and `&&str` they hold.
pub fn same(a: &str, b: &str) -> bool {
    a == b
}
