//! An entity's logo: uploaded by the people who edit its profile, checked by type (from its
//! bytes) and size, stored in the database so every instance serves it.

use super::{load, target};
use crate::domain::{LOGO_MAX_BYTES, Status};
use crate::store;
use axum::Router;
use axum::extract::{Multipart, Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use kernel::Action;
use kernel::validate::image_type;
use sea_orm::TransactionTrait;
use web::{
    AppError, AppResult, AppState, CurrentUser, MaybeUser, RequestContext, Viewer, redirect_with_flash,
};

pub fn router() -> Router<AppState> {
    Router::new().route("/entities/{id}/logo", get(show).post(upload))
}

/// The applicant while the application is open to edits, and whoever edits the profile after.
pub(crate) fn may_change_logo(app: &AppState, viewer: &Viewer, e: &store::EntityRow) -> bool {
    (e.applicant_id == viewer.id.0 && e.status().editable_by_applicant())
        || viewer.may(Action::EditEntityProfile, &target(app, e))
}

async fn upload(
    State(app): State<AppState>,
    context: RequestContext,
    CurrentUser(viewer): CurrentUser,
    Path(id): Path<i64>,
    mut multipart: Multipart,
) -> AppResult<Response> {
    let e = load(&app, &viewer, id).await?;
    if !may_change_logo(&app, &viewer, &e) {
        return Err(AppError::Forbidden);
    }
    let back = format!("/applications/{id}");
    let secure = app.config.secure_cookies();
    let upload = web::form::read_upload(&mut multipart, "logo", LOGO_MAX_BYTES).await?;
    if upload.too_big {
        return Ok(redirect_with_flash(&back, "error", "error-logo-too-big", secure));
    }
    if upload.csrf != context.csrf {
        return Err(AppError::Csrf);
    }
    let Some(bytes) = upload.file.filter(|b| !b.is_empty()) else {
        return Ok(redirect_with_flash(&back, "error", "error-logo-missing", secure));
    };
    let Some(content_type) = image_type(&bytes) else {
        return Ok(redirect_with_flash(&back, "error", "error-logo-type", secure));
    };
    let size = bytes.len();
    let tx = app.db.begin().await?;
    store::set_logo(&tx, id, content_type, bytes, app.now()).await?;
    accounts::audit(
        &tx,
        &app,
        accounts::AuditEntry {
            actor: Some(viewer.id),
            action: "entity.logo",
            object_type: "entity",
            object_id: id.to_string(),
            before: None,
            after: Some(serde_json::json!({ "content_type": content_type, "bytes": size })),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(redirect_with_flash(&back, "success", "flash-logo-saved", secure))
}

/// Active members' logos are public; others only for the people who may read the entity.
async fn show(
    State(app): State<AppState>,
    MaybeUser(viewer): MaybeUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let e = store::find_entity(&app.db, id).await?.ok_or(AppError::NotFound)?;
    let public = e.status() == Status::Active;
    if !public && !viewer.as_ref().is_some_and(|v| super::may_read(&app, v, &e)) {
        return Err(AppError::NotFound);
    }
    let logo = store::logo(&app.db, id).await?.ok_or(AppError::NotFound)?;
    let cache = if public { "public, max-age=3600" } else { "private, max-age=60" };
    Ok(([(header::CONTENT_TYPE, logo.content_type), (header::CACHE_CONTROL, cache.to_string())], logo.bytes)
        .into_response())
}
