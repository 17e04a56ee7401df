//! A member's profile after admission: its representatives (or management) keep it current,
//! and every change is kept in a history anyone who may read the entity can follow.

use super::apply::{checked, profile_page};
use super::{load, target};
use crate::domain::{ProfileForm, Status};
use crate::{service, store};
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::get;
use kernel::Action;
use web::{
    AppError, AppResult, AppState, CurrentUser, FieldErrors, Form, Page, Viewer, redirect_with_flash, render,
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/entities/{id}/edit", get(edit).post(save))
        .route("/entities/{id}/history", get(history))
}

/// Representatives and management edit the profile once the application is decided.
async fn editable(app: &AppState, viewer: &Viewer, id: i64) -> AppResult<store::EntityRow> {
    let e = load(app, viewer, id).await?;
    viewer.require(Action::EditEntityProfile, &target(app, &e))?;
    if !matches!(e.status, Status::AwaitingMou | Status::Active | Status::Suspended | Status::Lapsed) {
        return Err(AppError::Conflict("error-changed-meanwhile"));
    }
    Ok(e)
}

async fn edit(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let e = editable(&app, &viewer, id).await?;
    let form = ProfileForm::from_profile(&store::load_profile(&app.db, &e).await?);
    let mut p =
        profile_page(&app, page, format!("/entities/{id}/edit"), form, FieldErrors::default(), e.version);
    p.member_edit = true;
    render(&p)
}

async fn save(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<ProfileForm>,
) -> AppResult<Response> {
    let e = editable(&app, &viewer, id).await?;
    let version = form.version;
    let form_again = form.clone();
    let page_again = page.clone();
    let profile =
        match checked(&app, page, format!("/entities/{id}/edit"), form, true, Some(id), version).await? {
            Ok(profile) => profile,
            Err(response) => return Ok(response),
        };
    let page = page_again;
    let before = store::load_profile(&app.db, &e).await?;
    // Another country network is another endorsement: representatives cannot move an admitted
    // member there by editing its country; management may (and the history shows it).
    let moves =
        profile.country_code != before.country_code || profile.network_country != before.network_country;
    if moves && !viewer.may(Action::MoveEntityCountry, &target(&app, &e)) {
        let mut errors = FieldErrors::default();
        errors.add("country", "error-country-move");
        let mut p = profile_page(&app, page, format!("/entities/{id}/edit"), form_again, errors, e.version);
        p.member_edit = true;
        return Ok(web::unprocessable(render(&p)?));
    }
    let w = accounts::Write::begin(&app, Some(viewer.id)).await?;
    if !service::save_profile(&w, id, version, &before, &profile).await? {
        return Ok(redirect_with_flash(&format!("/applications/{id}"), "error", "flash-changed-meanwhile"));
    }
    w.done(&format!("/applications/{id}"), "flash-profile-updated").await
}

pub struct ChangeView {
    pub at: String,
    pub who: String,
    pub field: String,
    pub before: String,
    pub after: String,
}

#[derive(Template)]
#[template(path = "history.html")]
struct HistoryPage {
    page: Page,
    id: i64,
    name: String,
    changes: Vec<ChangeView>,
}

/// The Fluent key naming a profile field in the history.
fn field_label_key(field: &str) -> String {
    match field {
        "constituencies" => "field-constituencies".into(),
        "sdgs" => "field-sdgs".into(),
        "commitments" => "apply-section-commitments".into(),
        other => format!("field-{}", other.replace('_', "-")),
    }
}

async fn history(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let e = load(&app, &viewer, id).await?;
    let rows = store::changes(&app.db, id).await?;
    let actors: Vec<kernel::UserId> = rows.iter().filter_map(|c| c.actor_id.map(kernel::UserId)).collect();
    let names = accounts::display_names(&app.db, &actors).await?;
    let changes = rows
        .into_iter()
        .map(|c| ChangeView {
            at: page.tr.datetime(c.at),
            who: c.actor_id.and_then(|a| names.get(&kernel::UserId(a)).cloned()).unwrap_or_default(),
            field: page.t(&field_label_key(&c.field)),
            before: c.before_value,
            after: c.after_value,
        })
        .collect();
    render(&HistoryPage { page, id, name: e.legal_name, changes })
}
