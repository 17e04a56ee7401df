//! Receiving an upload: spooled to a temporary file while it is hashed and counted (never
//! whole in memory), checked, turned into variants when it is an image, written to the store;
//! then the row, in the caller's transaction.

use crate::blob::Content;
use crate::domain::{self, MediaType, SNIFF_BYTES, Size, clean_name};
use crate::store::{self, NewFile, VariantRow};
use crate::{Error, FileId, FileMeta, FileStore, Kind, Variant, images};
use bytes::Bytes;
use chrono::{DateTime, Duration, Utc};
use futures_util::{Stream, StreamExt};
use kernel::UserId;
use sea_orm::ConnectionTrait;
use sha2::{Digest, Sha256};
use tokio::io::{AsyncReadExt, AsyncSeekExt, AsyncWriteExt};

/// How long after [`receive`] the row may still be added: well inside the collector's grace
/// period for objects no row names.
pub(crate) const RECEIVED_VALID_FOR: Duration = Duration::minutes(30);

/// An upload whose bytes are in the store, waiting for its row ([`crate::put`]).
#[derive(Debug, Clone)]
pub struct Received {
    kind: Kind,
    name: String,
    media_type: MediaType,
    size: u64,
    sha256: String,
    variants: Vec<Variant>,
    received_at: DateTime<Utc>,
}

impl Received {
    /// The type of what is stored (for an image, its largest variant's fallback format).
    pub fn media_type(&self) -> MediaType {
        self.media_type
    }

    pub fn size(&self) -> u64 {
        self.size
    }

    /// The cleaned name.
    pub fn name(&self) -> &str {
        &self.name
    }
}

/// Streams an upload of `kind` into the store. `raw_name` is what the browser sent (it is
/// cleaned); `body` is the file's bytes as they arrive, such as an axum multipart field. The
/// type is read from the bytes; images are decoded and kept only as variants.
///
/// On an error nothing refers to what may have been written: the collector removes it.
pub async fn receive<S, E>(store: &FileStore, kind: &Kind, raw_name: &str, body: S) -> Result<Received, Error>
where
    S: Stream<Item = Result<Bytes, E>> + Send,
    E: std::error::Error + Send + Sync + 'static,
{
    let mut spooled = spool(body, kind.max_bytes).await?;
    if spooled.size == 0 {
        return Err(Error::Empty);
    }
    let media_type =
        MediaType::sniff(&spooled.head).filter(|t| kind.accepts.contains(t)).ok_or(Error::NotAllowedType)?;
    if !media_type.is_image() {
        store.keep(&spooled.sha256, spooled.size, Content::File(&mut spooled.file)).await?;
        return Ok(Received {
            kind: *kind,
            name: domain::with_extension(&clean_name(raw_name), media_type),
            media_type,
            size: spooled.size,
            sha256: spooled.sha256,
            variants: Vec::new(),
            received_at: store.now(),
        });
    }

    // Images are small by their kind's limit: decoded in memory, one or two at a time.
    let mut bytes = Vec::with_capacity(spooled.size as usize);
    spooled.file.rewind().await.map_err(Error::TemporaryFile)?;
    spooled.file.read_to_end(&mut bytes).await.map_err(Error::TemporaryFile)?;
    drop(spooled);
    let encoded = {
        let _permit = store.inner.images.acquire().await.expect("the image semaphore is never closed");
        // A decoder that panics on crafted bytes has met no image it can read.
        tokio::task::spawn_blocking(move || images::variants(&bytes, media_type)).await.unwrap_or_else(
            |panic| {
                Err(Error::NotAnImage(image::ImageError::IoError(std::io::Error::other(format!(
                    "decoder stopped: {panic}"
                )))))
            },
        )?
    };
    let mut variants = Vec::with_capacity(encoded.len());
    for e in encoded {
        let sha256 = hex::encode(Sha256::digest(&e.bytes));
        let size = e.bytes.len() as u64;
        store.keep(&sha256, size, Content::Bytes(Bytes::from(e.bytes))).await?;
        variants.push(Variant {
            size: e.size,
            media_type: e.media_type,
            width: e.width,
            height: e.height,
            bytes: size,
            sha256,
        });
    }
    variants.sort_by_key(|v| (v.size, v.media_type.as_str()));
    let main = variants
        .iter()
        .find(|v| v.size == Size::Full && v.media_type != MediaType::Webp)
        .expect("every image has a full-size fallback")
        .clone();
    Ok(Received {
        kind: *kind,
        name: domain::with_extension(&clean_name(raw_name), main.media_type),
        media_type: main.media_type,
        size: main.bytes,
        sha256: main.sha256,
        variants,
        received_at: store.now(),
    })
}

struct Spooled {
    file: tokio::fs::File,
    size: u64,
    sha256: String,
    head: Vec<u8>,
}

/// Copies the stream to an unnamed temporary file (gone when dropped), hashing and counting
/// it, and stops at the first byte over `max_bytes`.
async fn spool<S, E>(body: S, max_bytes: u64) -> Result<Spooled, Error>
where
    S: Stream<Item = Result<Bytes, E>> + Send,
    E: std::error::Error + Send + Sync + 'static,
{
    let file = tempfile::tempfile().map_err(Error::TemporaryFile)?;
    let mut file = tokio::fs::File::from_std(file);
    let mut hasher = Sha256::new();
    let mut size: u64 = 0;
    let mut head = Vec::with_capacity(SNIFF_BYTES);
    let mut body = std::pin::pin!(body);
    while let Some(chunk) = body.next().await {
        let chunk = chunk.map_err(|e| Error::Truncated(Box::new(e)))?;
        size += chunk.len() as u64;
        if size > max_bytes {
            return Err(Error::TooLarge { limit: max_bytes });
        }
        if head.len() < SNIFF_BYTES {
            let take = (SNIFF_BYTES - head.len()).min(chunk.len());
            head.extend_from_slice(&chunk[..take]);
        }
        hasher.update(&chunk);
        file.write_all(&chunk).await.map_err(Error::TemporaryFile)?;
    }
    file.flush().await.map_err(Error::TemporaryFile)?;
    Ok(Spooled { file, size, sha256: hex::encode(hasher.finalize()), head })
}

/// The row of a received file (and of its variants), in the caller's transaction.
pub(crate) async fn insert(
    conn: &impl ConnectionTrait,
    received: &Received,
    uploaded_by: Option<UserId>,
    now: DateTime<Utc>,
    attached: bool,
) -> Result<FileMeta, Error> {
    if now - received.received_at > RECEIVED_VALID_FOR {
        return Err(Error::Expired);
    }
    // Renewed in this transaction: a collector about to delete one of these objects waits for
    // it to end, then finds the lease fresh. In one order, so two uploads never deadlock.
    let mut hashes: Vec<&str> = std::iter::once(received.sha256.as_str())
        .chain(received.variants.iter().map(|v| v.sha256.as_str()))
        .collect();
    hashes.sort_unstable();
    hashes.dedup();
    for sha256 in hashes {
        if !store::renew_lease(conn, sha256, now).await? {
            return Err(Error::Expired);
        }
    }
    let id = store::insert_file(
        conn,
        &NewFile {
            owner: received.kind.owner,
            kind: received.kind.name,
            media_type: received.media_type.as_str(),
            size: received.size,
            sha256: &received.sha256,
            name: &received.name,
            public: received.kind.public,
            uploaded_by: uploaded_by.map(|u| u.0),
            attached,
        },
        now,
    )
    .await?;
    for v in &received.variants {
        store::insert_variant(
            conn,
            &VariantRow {
                file_id: id,
                variant: v.size.as_str().to_string(),
                media_type: v.media_type.as_str().to_string(),
                width: v.width as i32,
                height: v.height as i32,
                size: v.bytes as i64,
                sha256: v.sha256.clone(),
            },
        )
        .await?;
    }
    Ok(FileMeta {
        id: FileId(id),
        owner: received.kind.owner.to_string(),
        kind: received.kind.name.to_string(),
        media_type: received.media_type,
        size: received.size,
        sha256: received.sha256.clone(),
        name: received.name.clone(),
        public: received.kind.public,
        uploaded_by,
        created_at: now,
        variants: received.variants.clone(),
    })
}

pub(crate) fn variant_of_row(v: &VariantRow) -> Option<Variant> {
    Some(Variant {
        size: Size::parse(&v.variant)?,
        media_type: MediaType::parse(&v.media_type)?,
        width: v.width as u32,
        height: v.height as u32,
        bytes: v.size as u64,
        sha256: v.sha256.clone(),
    })
}
