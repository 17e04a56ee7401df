//! The file store's own tables: `files` (one row per stored file), `file_variants` (the
//! resized images of a file) and `file_blobs` (one row per object in the store, with the lease
//! that keeps the collector away while an upload may still refer to it). No other crate
//! touches them.

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbErr, FromQueryResult, Value};
use store::{all, exec, insert_id, one, values};

pub(crate) type Ts = DateTime<Utc>;

#[derive(Debug, Clone, FromQueryResult)]
pub(crate) struct FileRow {
    pub id: i64,
    pub owner: String,
    pub kind: String,
    pub media_type: String,
    pub size: i64,
    pub sha256: String,
    pub name: String,
    pub public: bool,
    pub uploaded_by: Option<i64>,
    pub created_at: Ts,
}

const FILE_COLUMNS: &str = "id, owner, kind, media_type, size, sha256, name, public, uploaded_by, created_at";

#[derive(Debug, Clone, FromQueryResult)]
pub(crate) struct VariantRow {
    pub file_id: i64,
    pub variant: String,
    pub media_type: String,
    pub width: i32,
    pub height: i32,
    pub size: i64,
    pub sha256: String,
}

const VARIANT_COLUMNS: &str = "file_id, variant, media_type, width, height, size, sha256";

fn marks(n: usize) -> String {
    vec!["?"; n].join(", ")
}

/// Takes the lease on a blob an upload is about to write or reuse: the collector leaves a
/// blob alone for the grace period after `seen_at`. `false` while a collector is deleting it
/// (the upload waits and tries again).
pub(crate) async fn lease_blob(
    c: &impl ConnectionTrait,
    sha256: &str,
    size: u64,
    now: Ts,
) -> Result<bool, DbErr> {
    let changed = exec(
        c,
        "INSERT INTO file_blobs (sha256, size, seen_at) VALUES (?, ?, ?)
         ON CONFLICT (sha256) DO UPDATE SET seen_at = excluded.seen_at WHERE file_blobs.doomed_at IS NULL",
        values![sha256, size as i64, now],
    )
    .await?;
    Ok(changed == 1)
}

/// Renews the lease inside the transaction that adds a row naming the blob, so a collector
/// that would delete it waits for that transaction and then sees the renewed lease. `false`
/// when the blob has been claimed by a collector or is gone.
pub(crate) async fn renew_lease(c: &impl ConnectionTrait, sha256: &str, now: Ts) -> Result<bool, DbErr> {
    let changed = exec(
        c,
        "UPDATE file_blobs SET seen_at = ? WHERE sha256 = ? AND doomed_at IS NULL",
        values![now, sha256],
    )
    .await?;
    Ok(changed == 1)
}

pub(crate) struct NewFile<'a> {
    pub owner: &'a str,
    pub kind: &'a str,
    pub media_type: &'a str,
    pub size: u64,
    pub sha256: &'a str,
    pub name: &'a str,
    pub public: bool,
    pub uploaded_by: Option<i64>,
    pub attached: bool,
}

pub(crate) async fn insert_file(c: &impl ConnectionTrait, f: &NewFile<'_>, now: Ts) -> Result<i64, DbErr> {
    insert_id(
        c,
        "INSERT INTO files (owner, kind, media_type, size, sha256, name, public, uploaded_by, created_at, attached)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        values![
            f.owner,
            f.kind,
            f.media_type,
            f.size as i64,
            f.sha256,
            f.name,
            f.public,
            f.uploaded_by,
            now,
            f.attached
        ],
    )
    .await
}

pub(crate) async fn insert_variant(c: &impl ConnectionTrait, v: &VariantRow) -> Result<(), DbErr> {
    exec(
        c,
        "INSERT INTO file_variants (file_id, variant, media_type, width, height, size, sha256)
         VALUES (?, ?, ?, ?, ?, ?, ?)",
        values![
            v.file_id,
            v.variant.clone(),
            v.media_type.clone(),
            v.width,
            v.height,
            v.size,
            v.sha256.clone()
        ],
    )
    .await?;
    Ok(())
}

/// Marks a held file as referred to; `false` when it is released or gone.
pub(crate) async fn attach(c: &impl ConnectionTrait, id: i64) -> Result<bool, DbErr> {
    let changed =
        exec(c, "UPDATE files SET attached = ? WHERE id = ? AND released_at IS NULL", values![true, id])
            .await?;
    Ok(changed == 1)
}

/// `false` when the file was released already or does not exist.
pub(crate) async fn release(c: &impl ConnectionTrait, id: i64, now: Ts) -> Result<bool, DbErr> {
    let changed =
        exec(c, "UPDATE files SET released_at = ? WHERE id = ? AND released_at IS NULL", values![now, id])
            .await?;
    Ok(changed == 1)
}

/// The files among `ids` not released.
pub(crate) async fn live_files(c: &impl ConnectionTrait, ids: &[i64]) -> Result<Vec<FileRow>, DbErr> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    all(
        c,
        &format!(
            "SELECT {FILE_COLUMNS} FROM files WHERE released_at IS NULL AND id IN ({})",
            marks(ids.len())
        ),
        ids.iter().map(|id| Value::from(*id)).collect(),
    )
    .await
}

pub(crate) async fn variants(c: &impl ConnectionTrait, ids: &[i64]) -> Result<Vec<VariantRow>, DbErr> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    all(
        c,
        &format!("SELECT {VARIANT_COLUMNS} FROM file_variants WHERE file_id IN ({})", marks(ids.len())),
        ids.iter().map(|id| Value::from(*id)).collect(),
    )
    .await
}

/// A variant with this hash, name and type of a public file still in use, if any.
pub(crate) async fn public_variant(
    c: &impl ConnectionTrait,
    sha256: &str,
    variant: &str,
    media_type: &str,
) -> Result<Option<VariantRow>, DbErr> {
    one(
        c,
        "SELECT v.file_id, v.variant, v.media_type, v.width, v.height, v.size, v.sha256
         FROM file_variants v JOIN files f ON f.id = v.file_id
         WHERE v.sha256 = ? AND v.variant = ? AND v.media_type = ? AND f.public = ? AND f.released_at IS NULL
         LIMIT 1",
        values![sha256, variant, media_type, true],
    )
    .await
}

#[derive(Debug, FromQueryResult)]
struct IdRow {
    id: i64,
}

/// Rows the collector may delete: released before `released_before`, or never attached and
/// created before `unattached_before`.
pub(crate) async fn collectable_files(
    c: &impl ConnectionTrait,
    released_before: Ts,
    unattached_before: Ts,
    limit: u64,
) -> Result<Vec<i64>, DbErr> {
    let rows: Vec<IdRow> = all(
        c,
        &format!(
            "SELECT id FROM files WHERE released_at < ? OR (attached = ? AND created_at < ?) ORDER BY id LIMIT {limit}"
        ),
        values![released_before, false, unattached_before],
    )
    .await?;
    Ok(rows.into_iter().map(|r| r.id).collect())
}

/// Deletes one collectable row (its variants go with it); `false` when another collector
/// took it, or it was attached meanwhile.
pub(crate) async fn delete_file(
    c: &impl ConnectionTrait,
    id: i64,
    released_before: Ts,
    unattached_before: Ts,
) -> Result<bool, DbErr> {
    let changed = exec(
        c,
        "DELETE FROM files WHERE id = ? AND (released_at < ? OR (attached = ? AND created_at < ?))",
        values![id, released_before, false, unattached_before],
    )
    .await?;
    Ok(changed == 1)
}

const UNREFERENCED: &str = "NOT EXISTS (SELECT 1 FROM files f WHERE f.sha256 = file_blobs.sha256)
     AND NOT EXISTS (SELECT 1 FROM file_variants v WHERE v.sha256 = file_blobs.sha256)";

#[derive(Debug, FromQueryResult)]
struct ShaRow {
    sha256: String,
}

/// Blobs no row names whose lease ran out before `seen_before`.
pub(crate) async fn unreferenced_blobs(
    c: &impl ConnectionTrait,
    seen_before: Ts,
    limit: u64,
) -> Result<Vec<String>, DbErr> {
    let rows: Vec<ShaRow> = all(
        c,
        &format!(
            "SELECT sha256 FROM file_blobs WHERE doomed_at IS NULL AND seen_at < ? AND {UNREFERENCED}
             ORDER BY sha256 LIMIT {limit}"
        ),
        values![seen_before],
    )
    .await?;
    Ok(rows.into_iter().map(|r| r.sha256).collect())
}

/// Claims an unreferenced blob for deletion, with the same conditions as
/// [`unreferenced_blobs`] checked again in the one statement; `true` when this collector
/// holds the claim and may delete the object.
pub(crate) async fn doom(
    c: &impl ConnectionTrait,
    sha256: &str,
    seen_before: Ts,
    now: Ts,
) -> Result<bool, DbErr> {
    let changed = exec(
        c,
        &format!(
            "UPDATE file_blobs SET doomed_at = ? WHERE sha256 = ? AND doomed_at IS NULL AND seen_at < ? AND {UNREFERENCED}"
        ),
        values![now, sha256, seen_before],
    )
    .await?;
    Ok(changed == 1)
}

/// Claims an object the table does not know (an upload that crashed between its object and
/// its lease cannot happen, but a restored database or a copied folder can leave such objects).
pub(crate) async fn doom_unknown(
    c: &impl ConnectionTrait,
    sha256: &str,
    size: u64,
    modified: Ts,
    now: Ts,
) -> Result<bool, DbErr> {
    let changed = exec(
        c,
        "INSERT INTO file_blobs (sha256, size, seen_at, doomed_at) VALUES (?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING",
        values![sha256, size as i64, modified, now],
    )
    .await?;
    Ok(changed == 1)
}

/// Blobs a collector claimed and did not finish (it stopped, or the store failed).
pub(crate) async fn stale_dooms(
    c: &impl ConnectionTrait,
    doomed_before: Ts,
    limit: u64,
) -> Result<Vec<String>, DbErr> {
    let rows: Vec<ShaRow> = all(
        c,
        &format!("SELECT sha256 FROM file_blobs WHERE doomed_at < ? ORDER BY sha256 LIMIT {limit}"),
        values![doomed_before],
    )
    .await?;
    Ok(rows.into_iter().map(|r| r.sha256).collect())
}

/// Takes over a stale claim; `true` when this collector now holds it.
pub(crate) async fn redoom(
    c: &impl ConnectionTrait,
    sha256: &str,
    doomed_before: Ts,
    now: Ts,
) -> Result<bool, DbErr> {
    let changed = exec(
        c,
        "UPDATE file_blobs SET doomed_at = ? WHERE sha256 = ? AND doomed_at < ?",
        values![now, sha256, doomed_before],
    )
    .await?;
    Ok(changed == 1)
}

/// Forgets a claimed blob once its object is deleted.
pub(crate) async fn forget_blob(c: &impl ConnectionTrait, sha256: &str) -> Result<(), DbErr> {
    exec(c, "DELETE FROM file_blobs WHERE sha256 = ? AND doomed_at IS NOT NULL", values![sha256]).await?;
    Ok(())
}

/// Which of these hashes the table has a row for.
pub(crate) async fn known_blobs(
    c: &impl ConnectionTrait,
    shas: &[&str],
) -> Result<std::collections::HashSet<String>, DbErr> {
    if shas.is_empty() {
        return Ok(Default::default());
    }
    let rows: Vec<ShaRow> = all(
        c,
        &format!("SELECT sha256 FROM file_blobs WHERE sha256 IN ({})", marks(shas.len())),
        shas.iter().map(|s| Value::from(*s)).collect(),
    )
    .await?;
    Ok(rows.into_iter().map(|r| r.sha256).collect())
}
