//! The collector: deletes the rows of released files and of held files never attached, then
//! the objects no row names.
//!
//! Why no object is deleted while something may still refer to it:
//! - An upload leases each object (`file_blobs.seen_at`, committed at once) *before* it looks
//!   for it or writes it, and again once it is written (rewriting it if a collector took it
//!   during a very slow write); `put` renews the lease in the transaction that adds the row,
//!   and refuses an upload received longer ago than half the grace period.
//! - The collector deletes an object only after claiming it (`doomed_at`) in one statement
//!   that checks, again, that no row names it and that its lease is older than the grace
//!   period. On PostgreSQL that statement waits for a transaction renewing the lease and then
//!   sees the renewed lease; on SQLite writes are one at a time.
//! - An upload that meets a claimed object waits until the collector has deleted it and
//!   forgotten the claim, then writes it again.
//! - Two collectors race for the same claim; one wins, the other skips the object.
//! - Objects the table does not know (a restored database, a copied folder) are claimed by
//!   inserting the claim, so an upload arriving at that moment waits as above, and only once
//!   the object is older than the grace period.

use crate::domain::sha_of_key;
use crate::{Error, FileStore, store};
use chrono::Duration;
use futures_util::StreamExt;
use std::collections::HashSet;

/// How long an object no row names is kept after its last upload: longer than any upload
/// takes between writing its objects and committing its row.
pub(crate) const GRACE: Duration = Duration::hours(1);
/// How long a held file waits for [`crate::attach`].
pub(crate) const HOLD: Duration = Duration::hours(24);
/// After this, a claim whose collector never finished is taken over.
const CLAIM_LEASE: Duration = Duration::minutes(10);
const BATCH: u64 = 500;
const EVERY: std::time::Duration = std::time::Duration::from_secs(30 * 60);
const FIRST_AFTER: std::time::Duration = std::time::Duration::from_secs(60);

/// What one round deleted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Collected {
    /// Rows of released or never attached files.
    pub files: u64,
    /// Objects in the store.
    pub blobs: u64,
}

/// Runs [`collect`] every half hour in this instance (a minute after start first), logging
/// what it deleted and any failure; several instances may run it at once.
pub fn spawn_collector(store: FileStore) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        tokio::time::sleep(FIRST_AFTER).await;
        loop {
            match collect(&store).await {
                Ok(c) if c != Collected::default() => {
                    tracing::info!(files = c.files, blobs = c.blobs, "deleted files nothing refers to")
                }
                Ok(_) => {}
                Err(e) => {
                    tracing::warn!(error = %e, source = ?std::error::Error::source(&e), "collecting files")
                }
            }
            tokio::time::sleep(EVERY).await;
        }
    })
}

/// One round of the collector.
pub async fn collect(store: &FileStore) -> Result<Collected, Error> {
    let db = &store.inner.db;
    let now = store.now();
    let (released_before, unattached_before, seen_before) = (now - GRACE, now - HOLD, now - GRACE);
    let mut done = Collected::default();

    loop {
        let ids = store::collectable_files(db, released_before, unattached_before, BATCH).await?;
        for id in &ids {
            if store::delete_file(db, *id, released_before, unattached_before).await? {
                done.files += 1;
            }
        }
        if (ids.len() as u64) < BATCH {
            break;
        }
    }

    for sha256 in store::stale_dooms(db, now - CLAIM_LEASE, BATCH).await? {
        if store::redoom(db, &sha256, now - CLAIM_LEASE, now).await? {
            store.delete(&sha256).await?;
            store::forget_blob(db, &sha256).await?;
            done.blobs += 1;
        }
    }

    let mut listing = store.list();
    let mut page = Vec::with_capacity(BATCH as usize);
    loop {
        let next = listing.next().await.transpose().map_err(Error::store)?;
        if let Some(meta) = &next
            && meta.last_modified < seen_before
            && let Some(sha256) = sha_of_key(meta.location.as_ref())
        {
            page.push((sha256.to_string(), meta.size, meta.last_modified));
        }
        if page.len() as u64 >= BATCH || (next.is_none() && !page.is_empty()) {
            done.blobs += collect_unknown(store, std::mem::take(&mut page)).await?;
        }
        if next.is_none() {
            break;
        }
    }

    let mut skipped: HashSet<String> = HashSet::new();
    loop {
        let shas = store::unreferenced_blobs(db, seen_before, BATCH).await?;
        let fresh: Vec<String> = shas.iter().filter(|s| !skipped.contains(*s)).cloned().collect();
        if fresh.is_empty() {
            break;
        }
        for sha256 in fresh {
            if store::doom(db, &sha256, seen_before, now).await? {
                store.delete(&sha256).await?;
                store::forget_blob(db, &sha256).await?;
                done.blobs += 1;
            } else {
                // Leased again or claimed by another collector meanwhile.
                skipped.insert(sha256);
            }
        }
    }
    Ok(done)
}

/// Deletes the listed old objects the table has no row for.
async fn collect_unknown(
    store: &FileStore,
    page: Vec<(String, u64, chrono::DateTime<chrono::Utc>)>,
) -> Result<u64, Error> {
    let db = &store.inner.db;
    let shas: Vec<&str> = page.iter().map(|(s, _, _)| s.as_str()).collect();
    let known = store::known_blobs(db, &shas).await?;
    let mut deleted = 0;
    for (sha256, size, modified) in page.iter().filter(|(s, _, _)| !known.contains(s)) {
        if store::doom_unknown(db, sha256, *size, *modified, store.now()).await? {
            store.delete(sha256).await?;
            store::forget_blob(db, sha256).await?;
            deleted += 1;
        }
    }
    Ok(deleted)
}
