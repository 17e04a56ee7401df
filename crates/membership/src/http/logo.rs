//! An entity's logo: uploaded by the people who edit its profile, checked by type (from its
//! bytes) and size, stored in the database so every instance serves it.

use super::{load, target};
use crate::domain::{LOGO_MAX_BYTES, Status};
use crate::store;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use kernel::Action;
use kernel::validate::image_type;
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

/// A logo: an image whose bytes say PNG, JPEG or WebP, at most `LOGO_MAX_BYTES`.
struct Logo;

impl UploadKind for Logo {
    const FIELD: &'static str = "logo";
    const MAX_BYTES: usize = LOGO_MAX_BYTES;
    const MISSING: &'static str = "error-logo-missing";
    const TOO_BIG: &'static str = "error-logo-too-big";
    const WRONG_TYPE: &'static str = "error-logo-type";
    fn media_type(bytes: &[u8]) -> Option<&'static str> {
        image_type(bytes)
    }
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
    let file = match upload.file {
        Ok(file) => file,
        Err(problem) => return Ok(redirect_with_flash(&back, "error", problem)),
    };
    let (content_type, bytes) = (file.media_type, file.bytes);
    let size = bytes.len();
    let w = accounts::Write::begin(&app, Some(viewer.id)).await?;
    store::set_logo(w.tx(), id, content_type, bytes, app.now()).await?;
    w.audit(
        "entity.logo",
        "entity",
        id,
        None,
        Some(serde_json::json!({ "content_type": content_type, "bytes": size })),
    )
    .await?;
    w.done(&back, "flash-logo-saved").await
}

/// Active members' logos are public; others only for the people who may read the entity.
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
    let logo = store::logo(&app.db, id).await?.ok_or(AppError::NotFound)?;
    let cache = if public { "public, max-age=3600" } else { "private, max-age=60" };
    Ok(([(header::CONTENT_TYPE, logo.content_type), (header::CACHE_CONTROL, cache.to_string())], logo.bytes)
        .into_response())
}
