//! Irreversible steps ask first (closing a proposal early, declining an application …). Without JavaScript this is a page of its own: the first POST
//! shows "… ? This cannot be undone" with a Confirm button (the same form again, with
//! `confirm=yes`, the CSRF token and the fields the step needs) and a Cancel link; only the
//! confirmed POST acts.

use crate::{AppResult, Page, render};
use askama::Template;
use axum::response::Response;
use serde::Deserialize;

/// The fields of a step that needs nothing but the confirmation.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fields {
    #[serde(default)]
    pub confirm: String,
}

impl Fields {
    pub fn given(&self) -> bool {
        given(&self.confirm)
    }
}

/// Whether the person confirmed: the confirmation page's button sends `confirm=yes`.
pub fn given(confirm: &str) -> bool {
    confirm == "yes"
}

#[derive(Template)]
#[template(path = "confirm.html")]
struct ConfirmPage {
    page: Page,
    question: String,
    subject: String,
    action: String,
    fields: Vec<(&'static str, String)>,
    cancel: String,
}

/// The confirmation page for the step posted to `action`, about `subject` (a title), asking
/// the question `key`; `fields` go along with the confirmation, `cancel` is where Cancel leads.
pub fn page(
    page: Page,
    key: &str,
    subject: &str,
    action: &str,
    fields: Vec<(&'static str, String)>,
    cancel: &str,
) -> AppResult<Response> {
    render(&ConfirmPage {
        question: page.t(key),
        page,
        subject: subject.to_string(),
        action: action.to_string(),
        fields,
        cancel: cancel.to_string(),
    })
}
