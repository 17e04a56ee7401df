//! What the integration tests need of projects that no page offers: putting projects in place
//! at once, and reading those that pages hide. Compiled only with the `testing` feature, which
//! only the test binary enables.

use crate::{index, store};
use sea_orm::ConnectionTrait;
use web::AppState;

pub use crate::domain::{Project, ProjectStatus, Translation};

/// Records a project of `entity`, indexed for search, as `by` would.
pub async fn add_project(app: &AppState, entity: i64, by: kernel::UserId, p: &Project) -> i64 {
    let w = accounts::Write::begin(app, Some(by)).await.expect("a transaction");
    let id = store::create(w.tx(), entity, p, by.0, w.now()).await.expect("project created");
    index::reindex(w.tx(), id, p).await.expect("indexed");
    w.audit("project.create", "project", id, None, None).await.expect("audited");
    w.commit().await.expect("committed");
    id
}

/// The ids and titles of an entity's projects, public or not.
pub async fn projects_of(c: &impl ConnectionTrait, entity: i64) -> Vec<(i64, String)> {
    store::of_entity(c, entity)
        .await
        .expect("projects readable")
        .into_iter()
        .map(|p| (p.id, p.title))
        .collect()
}

/// The ids of a project's photos, in order.
pub async fn photo_ids(c: &impl ConnectionTrait, project: i64) -> Vec<i64> {
    store::photos(c, project).await.expect("photos readable").into_iter().map(|p| p.id).collect()
}

/// A photo kept as bytes in the database, as versions before the file store kept it.
pub async fn insert_legacy_photo(c: &impl ConnectionTrait, project: i64, bytes: Vec<u8>) {
    ::store::exec(
        c,
        "INSERT INTO project_photos (project_id, content_type, caption, bytes, created_at) VALUES (?, 'image/jpeg', 'Before', ?, ?)",
        ::store::values![project, bytes, chrono::Utc::now()],
    )
    .await
    .expect("legacy photo kept");
}

/// How many photos are still kept as bytes in the database.
pub async fn legacy_photo_count(c: &impl ConnectionTrait) -> i64 {
    store::legacy_photo_count(c).await.expect("countable")
}
