//! Management chooses the open data licence every download and feed carries.

use super::LICENCE_SETTING;
use crate::domain::{self, LICENCES};
use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::response::Response;
use axum::routing::get;
use kernel::{Action, Target};
use serde::Deserialize;
use web::{AppError, AppResult, AppState, Choice, CurrentUser, Form, Page, render};

pub fn router() -> Router<AppState> {
    Router::new().route("/directory/settings", get(show).post(save))
}

#[derive(Template)]
#[template(path = "settings.html")]
struct SettingsPage {
    page: Page,
    licences: Vec<(Choice, String)>,
}

async fn show(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
) -> AppResult<Response> {
    viewer.require(Action::PublishContent, &Target::network())?;
    let current = super::current_licence(&app).await?;
    let licences = LICENCES
        .iter()
        .map(|l| {
            (
                Choice { value: l.id.into(), label: l.name.into(), checked: l.id == current.id },
                l.url.to_string(),
            )
        })
        .collect();
    render(&SettingsPage { page, licences })
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LicenceForm {
    #[serde(default)]
    licence: String,
}

async fn save(
    State(app): State<AppState>,
    CurrentUser(viewer): CurrentUser,
    Form(form): Form<LicenceForm>,
) -> AppResult<Response> {
    viewer.require(Action::PublishContent, &Target::network())?;
    let licence = domain::licence(&form.licence).ok_or(AppError::Invalid("error-licence-unknown"))?;
    let before = super::current_licence(&app).await?;
    let w = accounts::Write::begin(&app, Some(viewer.id)).await?;
    accounts::set_setting(&w, "directory", LICENCE_SETTING, licence.id).await?;
    let (was, is) =
        (serde_json::json!({ "licence": before.id }), serde_json::json!({ "licence": licence.id }));
    w.audit("directory.licence", "setting", "directory.licence", Some(was), Some(is)).await?;
    w.done("/directory/settings", "flash-licence-saved").await
}
