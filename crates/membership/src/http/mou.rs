//! The MOU on the SSE Development Roadmap 2025–2030: management publishes versions; an
//! approved applicant accepts the current one for their entity, which makes it an active
//! member and its applicant the entity's representative.

use super::load;
use crate::domain::{Status, Step};
use crate::store;
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::get;
use chrono::NaiveDate;
use kernel::{Action, EntityId, Grant, Role, Scope, Target};
use web::{AppError, AppResult, AppState, CurrentUser, FieldErrors, Form, Page, render};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/applications/{id}/mou", get(show_accept).post(accept))
        .route("/membership/mou", get(show_edit).post(publish))
}

#[derive(Default, serde::Deserialize)]
#[serde(default)]
pub struct AcceptForm {
    pub signer_name: String,
    pub signer_title: String,
    pub signed_on: String,
    pub agree: String,
    pub version: i32,
}

#[derive(Template)]
#[template(path = "mou_accept.html")]
struct AcceptPage {
    page: Page,
    id: i64,
    entity: String,
    mou: Option<store::MouRow>,
    form: AcceptForm,
    errors: FieldErrors,
}

async fn guard(app: &AppState, viewer: &web::Viewer, id: i64) -> AppResult<store::EntityRow> {
    let e = load(app, viewer, id).await?;
    if e.applicant_id != viewer.id.0 {
        return Err(AppError::Forbidden);
    }
    if e.status != Status::AwaitingMou {
        return Err(AppError::Conflict("error-changed-meanwhile"));
    }
    Ok(e)
}

async fn show_accept(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let e = guard(&app, &viewer, id).await?;
    let form = AcceptForm {
        signer_name: viewer.display_name.clone(),
        signed_on: app.now().format("%Y-%m-%d").to_string(),
        version: e.version,
        ..Default::default()
    };
    let mou = store::current_mou(&app.db).await?;
    render(&AcceptPage { page, id, entity: e.legal_name, mou, form, errors: FieldErrors::default() })
}

async fn accept(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<AcceptForm>,
) -> AppResult<Response> {
    let e = guard(&app, &viewer, id).await?;
    let mou = store::current_mou(&app.db).await?.ok_or(AppError::Conflict("mou-not-published"))?;
    let mut errors = FieldErrors::default();
    let name = form.signer_name.trim();
    let title = form.signer_title.trim();
    if name.is_empty() || name.chars().count() > 120 {
        errors.add("signer_name", "error-signer-name");
    }
    if title.is_empty() || title.chars().count() > 120 {
        errors.add("signer_title", "error-signer-title");
    }
    let signed_on = NaiveDate::parse_from_str(form.signed_on.trim(), "%Y-%m-%d")
        .ok()
        .filter(|d| *d <= app.now().date_naive());
    if signed_on.is_none() {
        errors.add("signed_on", "error-signed-on");
    }
    if form.agree != "yes" {
        errors.add("agree", "error-agree-required");
    }
    let Some(signed_on) = signed_on.filter(|_| errors.is_empty()) else {
        return Ok(web::unprocessable(render(&AcceptPage {
            page,
            id,
            entity: e.legal_name,
            mou: Some(mou),
            form,
            errors,
        })?));
    };
    let w = accounts::Write::begin(&app, Some(viewer.id)).await?;
    store::accept_mou(w.tx(), id, mou.id, name, title, &signed_on.to_string(), viewer.id.0, app.now())
        .await?;
    crate::service::take_step(&w, id, form.version, Status::AwaitingMou, Step::AcceptMou, "").await?;
    let grant = Grant { role: Role::EntityRepresentative, scope: Scope::Entity(EntityId(id)) };
    accounts::grant_in(&w, viewer.id, &grant).await?;
    w.done(&format!("/applications/{id}"), "flash-mou-accepted").await
}

#[derive(Default, serde::Deserialize)]
#[serde(default)]
pub struct MouForm {
    pub title: String,
    pub body: String,
}

#[derive(Template)]
#[template(path = "mou_edit.html")]
struct EditPage {
    page: Page,
    current: Option<store::MouRow>,
    form: MouForm,
    errors: FieldErrors,
    /// Members whose accepted MOU waits for management's countersignature, for whoever may
    /// give it; `None` for anyone else.
    to_countersign: Option<Vec<store::AwaitingCountersignRow>>,
}

/// How many members waiting for a countersignature the page lists (the oldest first).
const QUEUE_LENGTH: u64 = 200;

async fn to_countersign(
    app: &AppState,
    viewer: &web::Viewer,
) -> AppResult<Option<Vec<store::AwaitingCountersignRow>>> {
    if !viewer.may(Action::CountersignMou, &Target::network()) {
        return Ok(None);
    }
    Ok(Some(store::awaiting_countersignature(&app.db, QUEUE_LENGTH).await?))
}

async fn show_edit(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
) -> AppResult<Response> {
    viewer.require(Action::ApproveMembership, &Target::network())?;
    let current = store::current_mou(&app.db).await?;
    let form = current
        .as_ref()
        .map(|m| MouForm { title: m.title.clone(), body: m.body.clone() })
        .unwrap_or_default();
    let to_countersign = to_countersign(&app, &viewer).await?;
    render(&EditPage { page, current, form, errors: FieldErrors::default(), to_countersign })
}

async fn publish(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
    Form(form): Form<MouForm>,
) -> AppResult<Response> {
    viewer.require(Action::ApproveMembership, &Target::network())?;
    let mut errors = FieldErrors::default();
    if form.title.trim().is_empty() || form.title.chars().count() > 200 {
        errors.add("title", "error-mou-title");
    }
    if form.body.trim().is_empty() || form.body.chars().count() > 50_000 {
        errors.add("body", "error-mou-body");
    }
    if !errors.is_empty() {
        let current = store::current_mou(&app.db).await?;
        let to_countersign = to_countersign(&app, &viewer).await?;
        return Ok(web::unprocessable(render(&EditPage { page, current, form, errors, to_countersign })?));
    }
    let w = accounts::Write::begin(&app, Some(viewer.id)).await?;
    let version =
        store::add_mou_version(w.tx(), form.title.trim(), form.body.trim(), viewer.id.0, app.now()).await?;
    w.audit(
        "mou.publish",
        "mou",
        version,
        None,
        Some(serde_json::json!({ "version": version, "title": form.title.trim() })),
    )
    .await?;
    w.done("/membership/mou", "flash-mou-published").await
}
