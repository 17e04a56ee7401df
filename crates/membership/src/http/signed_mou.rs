//! The accepted MOU as a document to print (or save as PDF from the browser): its text, the
//! organisation, the version, who accepted it and when, and management's countersignature or
//! that it is not countersigned yet. Management countersigns it here, after a confirmation
//! page, since a countersignature cannot be undone.

use super::{load, target};
use crate::{service, store};
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::get;
use kernel::{Action, UserId};
use web::{AppError, AppResult, AppState, CurrentUser, FieldErrors, Form, Page, Viewer, render};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/entities/{id}/mou", get(print))
        .route("/entities/{id}/mou/countersign", get(confirm).post(countersign))
}

#[derive(Template)]
#[template(path = "mou_print.html")]
struct PrintPage {
    page: Page,
    id: i64,
    entity: String,
    mou: store::SignedMouRow,
    accepted: String,
    recorded: String,
    countersigned: Option<String>,
    can_countersign: bool,
}

/// Whether `viewer` may countersign `mou` of `e` now: management, a member bound by it, and
/// not countersigned yet.
fn may_countersign(app: &AppState, viewer: &Viewer, e: &store::EntityRow, mou: &store::SignedMouRow) -> bool {
    mou.countersigned_at.is_none()
        && e.status.bound_by_mou()
        && viewer.may(Action::CountersignMou, &target(app, e))
}

async fn print(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let e = load(&app, &viewer, id).await?;
    let mou = store::signed_mou(&app.db, id).await?.ok_or(AppError::NotFound)?;
    let people: Vec<UserId> =
        [Some(mou.accepted_by), mou.countersigned_by].into_iter().flatten().map(UserId).collect();
    let names = accounts::display_names(&app.db, &people).await?;
    let name = |id: i64| names.get(&UserId(id)).cloned().unwrap_or_default();
    let accepted = page.tr.t_args(
        "mou-print-accepted",
        &[("signer", &mou.signer_name), ("title", &mou.signer_title), ("date", &mou.signed_on)],
    );
    let recorded = page.tr.t_args(
        "mou-print-recorded",
        &[("by", &name(mou.accepted_by)), ("at", &page.tr.datetime(mou.accepted_at))],
    );
    let countersigned = match (mou.countersigned_by, mou.countersigned_at) {
        (Some(by), Some(at)) => Some(
            page.tr.t_args("mou-print-countersigned", &[("by", &name(by)), ("at", &page.tr.datetime(at))]),
        ),
        _ => None,
    };
    let can_countersign = may_countersign(&app, &viewer, &e, &mou);
    render(&PrintPage {
        page,
        id,
        entity: e.legal_name,
        mou,
        accepted,
        recorded,
        countersigned,
        can_countersign,
    })
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CountersignForm {
    #[serde(deserialize_with = "kernel::form::checkbox")]
    pub confirm: bool,
}

#[derive(Template)]
#[template(path = "mou_countersign.html")]
struct ConfirmPage {
    page: Page,
    id: i64,
    intro: String,
    title: String,
    mou: store::SignedMouRow,
    errors: FieldErrors,
}

/// The entity and its MOU when `viewer` may countersign it now: 404 for who may not read the
/// entity or when it accepted none, 403 for who may read but not countersign, 409 when it is
/// countersigned already (or no longer binds the member).
async fn countersignable(
    app: &AppState,
    viewer: &Viewer,
    id: i64,
) -> AppResult<(store::EntityRow, store::SignedMouRow)> {
    let e = load(app, viewer, id).await?;
    viewer.require(Action::CountersignMou, &target(app, &e))?;
    let mou = store::signed_mou(&app.db, id).await?.ok_or(AppError::NotFound)?;
    if mou.countersigned_at.is_some() {
        return Err(AppError::Conflict("error-mou-already-countersigned"));
    }
    if !e.status.bound_by_mou() {
        return Err(AppError::Conflict("error-changed-meanwhile"));
    }
    Ok((e, mou))
}

fn confirm_page(
    page: Page,
    e: &store::EntityRow,
    mou: store::SignedMouRow,
    errors: FieldErrors,
) -> ConfirmPage {
    let version = mou.version.to_string();
    let intro = page.tr.t_args(
        "mou-countersign-intro",
        &[
            ("version", version.as_str()),
            ("signer", mou.signer_name.as_str()),
            ("entity", e.legal_name.as_str()),
            ("date", mou.signed_on.as_str()),
        ],
    );
    let title = page.tr.t_args("mou-countersign-title", &[("entity", e.legal_name.as_str())]);
    ConfirmPage { page, id: e.id, intro, title, mou, errors }
}

async fn confirm(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let (e, mou) = countersignable(&app, &viewer, id).await?;
    render(&confirm_page(page, &e, mou, FieldErrors::default()))
}

async fn countersign(
    State(app): State<AppState>,
    page: Page,
    CurrentUser(viewer): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<CountersignForm>,
) -> AppResult<Response> {
    let (e, mou) = countersignable(&app, &viewer, id).await?;
    if !form.confirm {
        let mut errors = FieldErrors::default();
        errors.add("confirm", "error-countersign-confirm");
        return Ok(web::unprocessable(render(&confirm_page(page, &e, mou, errors))?));
    }
    let w = accounts::Write::begin(&app, Some(viewer.id)).await?;
    service::countersign_mou(&w, &e, &mou).await?;
    w.done(&format!("/entities/{id}/mou"), "flash-mou-countersigned").await
}
