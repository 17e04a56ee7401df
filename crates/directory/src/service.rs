//! What the command line shares with the pages: the kind of file a project photo is, and moving
//! photos kept in the database before the file store into it.

use crate::domain::PHOTO_MAX_BYTES;
use crate::store;
use accounts::Write;
use web::{AppError, AppState};

/// A project photo: a PNG, JPEG or WebP image of at most `PHOTO_MAX_BYTES`, shown on public
/// pages in sizes for cards and pages (served by its content's hash).
pub(crate) const PHOTO: files::Kind = files::Kind {
    owner: "directory",
    name: "project_photo",
    max_bytes: PHOTO_MAX_BYTES as u64,
    accepts: files::IMAGES,
    public: true,
};

/// Moves photos kept as bytes in the database into the file store, a few at a time, each in
/// its own write; `progress` is told how many are done of how many.
pub async fn move_legacy_photos(
    app: &AppState,
    progress: &(dyn Fn(u64, u64) + Sync),
) -> Result<u64, AppError> {
    let total = store::legacy_photo_count(&app.db).await?.max(0) as u64;
    let mut done = 0;
    loop {
        let batch = store::legacy_photos(&app.db, 8).await?;
        if batch.is_empty() {
            return Ok(done);
        }
        for photo in batch {
            let body = futures_util::stream::iter([Ok::<_, std::io::Error>(bytes::Bytes::from(photo.bytes))]);
            let received = files::receive(&app.files, &PHOTO, "photo", body).await?;
            let w = Write::begin(app, None).await?;
            let file = files::put(w.tx(), &received, None, photo.created_at).await?;
            let id = store::add_photo(w.tx(), photo.project_id, file.id.0, &photo.caption, photo.created_at)
                .await?;
            store::forget_legacy_photo(w.tx(), photo.id).await?;
            let after = serde_json::json!({ "photo": id, "file": file.id.0, "bytes": file.size });
            w.audit("project.photo_moved", "project", photo.project_id, None, Some(after)).await?;
            w.commit().await?;
            done += 1;
            progress(done, total);
        }
    }
}
