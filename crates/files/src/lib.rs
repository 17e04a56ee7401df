//! One file store for every capability: logos, project photos, attachments, evidence.
//!
//! Bytes live in an object store (a local folder by default, or any S3-compatible service)
//! under the SHA-256 of their content, so the same bytes are stored once; the database keeps a
//! row per file (`files`), the resized images of each (`file_variants`) and a lease per object
//! (`file_blobs`). Only this crate touches those tables.
//!
//! A capability stores a file in two steps, so no transaction stays open while bytes arrive:
//!
//! 1. [`receive`] streams the upload to a temporary file while hashing it, checks its size and
//!    its type (from the bytes), turns an image into metadata-free variants, and writes the
//!    objects. Nothing is in the database yet.
//! 2. [`put`] adds the row inside the capability's own transaction, beside the capability's
//!    reference to the returned [`FileId`]. When it stops referring to a file, the capability
//!    calls [`release`] in its transaction.
//!
//! [`spawn_collector`] (every instance runs one) deletes released rows and rows never
//! attached, then the objects no row names, once their grace period is over; see
//! `collect.rs` for why this is safe with uploads under way and several collectors.
//!
//! Serving: [`serve`] answers with the file's bytes streamed from the store, after the
//! capability's handler has checked permission; [`router`] serves the variants of public
//! images by hash, to anyone, with year-long caching.

mod blob;
mod collect;
mod domain;
mod images;
mod receive;
mod serve;
mod store;

pub use collect::{Collected, collect, spawn_collector};
pub use domain::{Caching, Disposition, MediaType, Size, clean_name};
pub use receive::{Received, receive};
pub use serve::{router, serve, serve_variant};

use chrono::{DateTime, Utc};
use kernel::{Clock, UserId};
use sea_orm::{ConnectionTrait, DatabaseConnection, DbErr};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

/// Where the files go. The binary builds this from its configuration (`files_dir`,
/// `files_s3_*`).
#[derive(Clone)]
pub struct Settings {
    /// The folder of the local store, created when missing (unused with S3).
    pub dir: PathBuf,
    /// An S3-compatible bucket instead of the folder.
    pub s3: Option<S3Settings>,
}

/// An S3-compatible bucket. With an endpoint (MinIO, Garage, Ceph, a hosting company's
/// object storage) requests use path-style addresses (`https://host/bucket/key`); without one,
/// Amazon S3 in `region` with virtual-hosted addresses. Plain `http://` is allowed only for
/// an endpoint on this machine.
#[derive(Clone)]
pub struct S3Settings {
    pub endpoint: Option<String>,
    pub bucket: String,
    pub region: String,
    pub access_key_id: String,
    pub secret_access_key: String,
}

impl std::fmt::Debug for Settings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Settings").field("dir", &self.dir).field("s3", &self.s3).finish()
    }
}

impl std::fmt::Debug for S3Settings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("S3Settings")
            .field("endpoint", &self.endpoint)
            .field("bucket", &self.bucket)
            .field("region", &self.region)
            .field("access_key_id", &self.access_key_id)
            .field("secret_access_key", &"********")
            .finish()
    }
}

/// Settings that cannot work, with the setting to fix in the message.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct BadSettings(pub(crate) String);

/// The file store: the object store, and the database and clock its leases use. Cheap to
/// clone; `web::AppState` holds one.
#[derive(Clone)]
pub struct FileStore {
    pub(crate) inner: Arc<Inner>,
}

pub(crate) struct Inner {
    pub objects: Arc<dyn object_store::ObjectStore>,
    pub backend: blob::Backend,
    pub db: DatabaseConnection,
    pub clock: Arc<dyn Clock>,
    /// Decoding a photo takes up to a few hundred MB for a moment; a few at a time keep the
    /// instance's memory bounded whatever arrives at once.
    pub images: tokio::sync::Semaphore,
}

impl std::fmt::Debug for FileStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "FileStore({})", self.inner.objects)
    }
}

impl FileStore {
    /// Opens the store the settings name. Nothing is sent to S3 yet: [`check`] tells whether
    /// it answers.
    pub fn open(
        settings: &Settings,
        db: DatabaseConnection,
        clock: Arc<dyn Clock>,
    ) -> Result<FileStore, BadSettings> {
        let (objects, backend) = blob::open(settings)?;
        let parallel = std::thread::available_parallelism().map_or(1, |n| n.get());
        Ok(FileStore {
            inner: Arc::new(Inner {
                objects,
                backend,
                db,
                clock,
                images: tokio::sync::Semaphore::new((parallel / 2).max(1)),
            }),
        })
    }

    pub(crate) fn now(&self) -> DateTime<Utc> {
        self.inner.clock.now()
    }
}

/// Whether the store answers, for `/readyz`: a write and a delete in the folder, a listing of
/// a small prefix on S3 (which fails on a wrong key or a missing bucket as it fails when the
/// service is down).
pub async fn check(store: &FileStore) -> Result<(), Error> {
    blob::probe(store).await
}

/// A stored file, as other crates refer to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FileId(pub i64);

impl std::fmt::Display for FileId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// What a capability stores: who owns such files, what they are, how large they may be, which
/// types are accepted, and whether their images may be served by hash to anyone.
#[derive(Debug, Clone, Copy)]
pub struct Kind {
    /// The capability, such as `membership`.
    pub owner: &'static str,
    /// Such as `logo`, `project_photo`, `attachment`, `evidence`.
    pub name: &'static str,
    pub max_bytes: u64,
    /// Images among these are decoded, checked and stored as variants without metadata.
    pub accepts: &'static [MediaType],
    /// Whether the variants may be served by [`router`] (the capability shows the image on
    /// public pages). Files of a kind that is not public are served only by the capability.
    pub public: bool,
}

/// PNG, JPEG and WebP.
pub const IMAGES: &[MediaType] = &[MediaType::Png, MediaType::Jpeg, MediaType::Webp];
/// PDF documents and the images.
pub const DOCUMENTS: &[MediaType] = &[MediaType::Pdf, MediaType::Png, MediaType::Jpeg, MediaType::Webp];

/// A stored file. For an image, the file itself is its largest variant in the fallback format
/// (JPEG, or PNG when it has transparency): the uploaded bytes, with their metadata, are not
/// kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileMeta {
    pub id: FileId,
    pub owner: String,
    pub kind: String,
    pub media_type: MediaType,
    pub size: u64,
    pub sha256: String,
    /// The original name, cleaned by [`clean_name`], with the extension of what is stored.
    pub name: String,
    pub public: bool,
    pub uploaded_by: Option<UserId>,
    pub created_at: DateTime<Utc>,
    /// The resized images, empty for documents.
    pub variants: Vec<Variant>,
}

/// One resized image of a file, in one format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variant {
    pub size: Size,
    pub media_type: MediaType,
    pub width: u32,
    pub height: u32,
    pub bytes: u64,
    pub sha256: String,
}

impl Variant {
    /// The address [`router`] serves it at (for files of a public kind).
    pub fn url(&self) -> String {
        format!("/files/{}/{}.{}", self.sha256, self.size.as_str(), self.media_type.extension())
    }
}

/// What an `<img>` (inside a `<picture>` with a WebP `<source>`) needs: addresses with their
/// widths for `srcset`, the `sizes` the page gives, and `width`/`height` so the layout does not
/// jump while the image loads.
///
/// ```html
/// <picture>
///   <source type="image/webp" srcset="{{ p.webp_srcset }}" sizes="{{ p.sizes }}">
///   <img src="{{ p.src }}" srcset="{{ p.srcset }}" sizes="{{ p.sizes }}"
///        width="{{ p.width }}" height="{{ p.height }}" loading="lazy" alt="…">
/// </picture>
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picture {
    pub src: String,
    pub srcset: String,
    pub webp_srcset: String,
    pub sizes: String,
    pub width: u32,
    pub height: u32,
}

impl FileMeta {
    pub fn variant(&self, size: Size, media_type: MediaType) -> Option<&Variant> {
        self.variants.iter().find(|v| v.size == size && v.media_type == media_type)
    }

    /// The variant in the fallback format (JPEG or PNG) of this size.
    pub fn fallback(&self, size: Size) -> Option<&Variant> {
        self.variants.iter().find(|v| v.size == size && v.media_type != MediaType::Webp)
    }

    /// A picture of the variants up to `largest` (a card: [`Size::Thumb`] with
    /// `sizes = "96px"`; a page: [`Size::Page`] with `"(max-width: 800px) 100vw, 800px"`),
    /// addressed through [`router`]. `None` for a file that is not an image.
    pub fn picture(&self, largest: Size, sizes: &str) -> Option<Picture> {
        let fallback = self.fallback(largest)?;
        let set = |webp: bool| {
            domain::srcset(
                self.variants
                    .iter()
                    .filter(|v| v.size <= largest && (v.media_type == MediaType::Webp) == webp)
                    .map(|v| (v.url(), v.width)),
            )
        };
        Some(Picture {
            src: fallback.url(),
            srcset: set(false),
            webp_srcset: set(true),
            sizes: sizes.to_string(),
            width: fallback.width,
            height: fallback.height,
        })
    }
}

/// Adds the file's row, referred to from now on, inside the caller's transaction (where the
/// caller also stores the returned id). The upload must have been received within the last
/// half hour.
pub async fn put(
    conn: &impl ConnectionTrait,
    received: &Received,
    uploaded_by: Option<UserId>,
    now: DateTime<Utc>,
) -> Result<FileMeta, Error> {
    receive::insert(conn, received, uploaded_by, now, true).await
}

/// Like [`put`], for a file uploaded before the form that will refer to it is saved (an
/// image dropped into a text being written): the collector deletes it a day later unless
/// [`attach`] marked it as referred to.
pub async fn hold(
    conn: &impl ConnectionTrait,
    received: &Received,
    uploaded_by: Option<UserId>,
    now: DateTime<Utc>,
) -> Result<FileMeta, Error> {
    receive::insert(conn, received, uploaded_by, now, false).await
}

/// Marks a held file as referred to, in the transaction that stores the reference; `false`
/// when it is released or already collected.
pub async fn attach(conn: &impl ConnectionTrait, id: FileId) -> Result<bool, DbErr> {
    store::attach(conn, id.0).await
}

/// Says the caller no longer refers to the file, in the caller's transaction; the collector
/// deletes it after the grace period (an hour) unless the same bytes are stored again.
/// `false` when it was released already or does not exist.
pub async fn release(conn: &impl ConnectionTrait, id: FileId, now: DateTime<Utc>) -> Result<bool, DbErr> {
    store::release(conn, id.0, now).await
}

/// A file still in use (not released), with its variants.
pub async fn get(conn: &impl ConnectionTrait, id: FileId) -> Result<Option<FileMeta>, DbErr> {
    Ok(get_many(conn, &[id]).await?.remove(&id))
}

/// The files among `ids` still in use, with their variants, in two queries (for lists of
/// cards).
pub async fn get_many(
    conn: &impl ConnectionTrait,
    ids: &[FileId],
) -> Result<HashMap<FileId, FileMeta>, DbErr> {
    let ids: Vec<i64> = ids.iter().map(|id| id.0).collect();
    let rows = store::live_files(conn, &ids).await?;
    let live: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut variants: HashMap<i64, Vec<Variant>> = HashMap::new();
    for v in store::variants(conn, &live).await? {
        if let Some(variant) = receive::variant_of_row(&v) {
            variants.entry(v.file_id).or_default().push(variant);
        }
    }
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            let mut vs = variants.remove(&r.id).unwrap_or_default();
            vs.sort_by_key(|v| (v.size, v.media_type.as_str()));
            Some((
                FileId(r.id),
                FileMeta {
                    id: FileId(r.id),
                    media_type: MediaType::parse(&r.media_type)?,
                    size: r.size as u64,
                    owner: r.owner,
                    kind: r.kind,
                    sha256: r.sha256,
                    name: r.name,
                    public: r.public,
                    uploaded_by: r.uploaded_by.map(UserId),
                    created_at: r.created_at,
                    variants: vs,
                },
            ))
        })
        .collect())
}

/// What can go wrong with a file. The first variants are the person's to fix and are told
/// them ([`Error::key`] names the message); the store and database ones are the operator's,
/// with details in [`std::error::Error::source`] for the log.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("the file is larger than {limit} bytes")]
    TooLarge { limit: u64 },
    #[error("the file is empty")]
    Empty,
    #[error("files of this type are not accepted here")]
    NotAllowedType,
    #[error("the file is not a readable image")]
    NotAnImage(#[source] image::ImageError),
    #[error("the image has {width}×{height} pixels, more than allowed")]
    ImageTooLarge { width: u32, height: u32 },
    #[error("the upload was cut off before its end")]
    Truncated(#[source] Box<dyn std::error::Error + Send + Sync>),
    #[error("the upload took too long to be saved; send it again")]
    Expired,
    #[error("the file store is unavailable")]
    StoreUnavailable(#[source] Box<dyn std::error::Error + Send + Sync>),
    #[error("database: {0}")]
    Database(#[from] DbErr),
    #[error("temporary file: {0}")]
    TemporaryFile(#[source] std::io::Error),
}

impl Error {
    /// The Fluent key of the message a person is shown.
    pub fn key(&self) -> &'static str {
        match self {
            Error::TooLarge { .. } => "files-error-too-large",
            Error::Empty => "files-error-empty",
            Error::NotAllowedType => "files-error-type",
            Error::NotAnImage(_) => "files-error-not-image",
            Error::ImageTooLarge { .. } => "files-error-image-too-large",
            Error::Truncated(_) => "files-error-truncated",
            Error::Expired => "files-error-expired",
            Error::StoreUnavailable(_) => "files-error-store-unavailable",
            Error::Database(_) | Error::TemporaryFile(_) => "files-error-internal",
        }
    }

    /// The HTTP status that fits: the person's mistakes are 4xx, a store that does not answer
    /// is 503.
    pub fn status(&self) -> axum::http::StatusCode {
        use axum::http::StatusCode;
        match self {
            Error::TooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            Error::NotAllowedType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Error::Empty
            | Error::NotAnImage(_)
            | Error::ImageTooLarge { .. }
            | Error::Truncated(_)
            | Error::Expired => StatusCode::UNPROCESSABLE_ENTITY,
            Error::StoreUnavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            Error::Database(_) | Error::TemporaryFile(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    pub(crate) fn store(e: impl std::error::Error + Send + Sync + 'static) -> Error {
        Error::StoreUnavailable(Box::new(e))
    }
}
