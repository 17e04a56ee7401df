//! An entity's logo: uploaded by the people who edit its profile, checked by type (from its
//! bytes) and size, stored in the database so every instance serves it.

use super::{load, target};
use crate::domain::Status;
use crate::store;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use kernel::Action;
use web::{
    AppError, AppResult, AppState, CurrentUser, MaybeUser, Upload, UploadKind, Viewer, redirect_with_flash,
};

pub fn router() -> Router<AppState> {
    Router::new().route("/entities/{id}/logo", get(show).post(upload))
}

/// The applicant while the application is open to edits, and whoever edits the profile after.
pub(crate) fn may_change_logo(app: &AppState, viewer: &Viewer, e: &store::EntityRow) -> bool {
    (e.applicant_id == viewer.id.0 && e.status.editable_by_applicant())
        || viewer.may(Action::EditEntityProfile, &target(app, e))
}

/// A logo: a PNG, JPEG or WebP image of at most `LOGO_MAX_BYTES`, kept in sizes for cards
/// and pages.
struct Logo;

impl UploadKind for Logo {
    const FIELD: &'static str = "logo";
    const KIND: files::Kind = crate::service::LOGO;
    const MISSING: &'static str = "error-logo-missing";
    const TOO_BIG: &'static str = "error-logo-too-big";
    const WRONG_TYPE: &'static str = "error-logo-type";
}

async fn upload(
    State(app): State<AppState>,
    CurrentUser(viewer): CurrentUser,
    Path(id): Path<i64>,
    upload: Upload<Logo>,
) -> AppResult<Response> {
    let e = load(&app, &viewer, id).await?;
    if !may_change_logo(&app, &viewer, &e) {
        return Err(AppError::Forbidden);
    }
    let back = format!("/applications/{id}");
    let received = match upload.received()? {
        Ok(received) => received,
        Err(problem) => return Ok(redirect_with_flash(&back, "error", problem)),
    };
    let w = accounts::Write::begin(&app, Some(viewer.id)).await?;
    crate::service::set_logo(&w, id, received).await?;
    w.done(&back, "flash-logo-saved").await
}

/// The logo at a page's width, for the people who may read the entity (anyone, for an active
/// member): a redirect to its stored image, whose address changes with its content.
async fn show(
    State(app): State<AppState>,
    MaybeUser(viewer): MaybeUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let e = store::find_entity(&app.db, id).await?.ok_or(AppError::NotFound)?;
    let public = e.status == Status::Active;
    if !public && !viewer.as_ref().is_some_and(|v| super::may_read(&app, v, &e)) {
        return Err(AppError::NotFound);
    }
    let file = store::logo_file(&app.db, id).await?.ok_or(AppError::NotFound)?;
    let meta = files::get(&app.db, files::FileId(file)).await?.ok_or(AppError::NotFound)?;
    let image = meta.fallback(files::Size::Page).ok_or(AppError::NotFound)?;
    Ok((
        axum::http::StatusCode::SEE_OTHER,
        [(header::LOCATION, image.url()), (header::CACHE_CONTROL, "no-store".to_string())],
    )
        .into_response())
}
