//! Management chooses the open data licence every download and feed carries.

use crate::domain::{self, LICENCES};
use crate::store;
use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::response::Response;
use axum::routing::get;
use kernel::{Action, Target};
use sea_orm::TransactionTrait;
use serde::Deserialize;
use web::{AppError, AppResult, AppState, Choice, CurrentUser, Form, Page, redirect_with_flash, render};

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
    let tx = app.db.begin().await?;
    store::set_licence(&tx, licence.id).await?;
    accounts::audit(
        &tx,
        &app,
        accounts::AuditEntry {
            actor: Some(viewer.id),
            action: "directory.licence",
            object_type: "setting",
            object_id: "directory.licence".into(),
            before: Some(serde_json::json!({ "licence": before.id })),
            after: Some(serde_json::json!({ "licence": licence.id })),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(redirect_with_flash(
        "/directory/settings",
        "success",
        "flash-licence-saved",
        app.config.secure_cookies(),
    ))
}
