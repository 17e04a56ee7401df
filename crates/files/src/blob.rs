//! The objects themselves: opening the folder or the bucket, and writing, reading and deleting
//! the object of a hash.

use crate::domain::blob_key;
use crate::{BadSettings, Error, FileStore, S3Settings, Settings, store};
use bytes::Bytes;
use futures_util::StreamExt;
use futures_util::stream::BoxStream;
use object_store::aws::AmazonS3Builder;
use object_store::buffered::BufWriter;
use object_store::local::LocalFileSystem;
use object_store::path::Path;
use object_store::{
    BackoffConfig, ClientOptions, GetOptions, GetRange, ObjectStore, ObjectStoreExt, RetryConfig,
};
use std::sync::Arc;
use std::time::Duration;
use tokio::io::{AsyncSeekExt, AsyncWriteExt};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Backend {
    Local,
    S3,
}

impl Backend {
    /// Bytes buffered before each part of a large upload: S3 refuses parts under 5 MiB; a
    /// folder needs no large parts.
    fn part_size(self) -> usize {
        match self {
            Backend::Local => 1024 * 1024,
            Backend::S3 => 5 * 1024 * 1024,
        }
    }
}

pub(crate) fn open(settings: &Settings) -> Result<(Arc<dyn ObjectStore>, Backend), BadSettings> {
    match &settings.s3 {
        None => {
            let dir = &settings.dir;
            std::fs::create_dir_all(dir)
                .map_err(|e| BadSettings(format!("files_dir {}: {e}", dir.display())))?;
            let local = LocalFileSystem::new_with_prefix(dir)
                .map_err(|e| BadSettings(format!("files_dir {}: {e}", dir.display())))?
                .with_automatic_cleanup(true)
                // A row that names an object is committed after the object is written: the
                // object must survive a power cut as the row does.
                .with_fsync(true);
            Ok((Arc::new(local), Backend::Local))
        }
        Some(s3) => Ok((Arc::new(open_s3(s3)?), Backend::S3)),
    }
}

fn open_s3(s3: &S3Settings) -> Result<object_store::aws::AmazonS3, BadSettings> {
    let missing = |name: &str| BadSettings(format!("{name} is needed with files_s3_bucket"));
    if s3.bucket.trim().is_empty() {
        return Err(missing("files_s3_bucket"));
    }
    if s3.region.trim().is_empty() {
        return Err(missing("files_s3_region"));
    }
    if s3.access_key_id.is_empty() {
        return Err(missing("files_s3_access_key_id"));
    }
    if s3.secret_access_key.is_empty() {
        return Err(missing("files_s3_secret_access_key"));
    }
    let plain_http = match s3.endpoint.as_deref() {
        None => false,
        Some(url) if url.starts_with("https://") => false,
        Some(url) if url.starts_with("http://") && is_loopback(url) => true,
        Some(_) => {
            return Err(BadSettings(
                "files_s3_endpoint must start with https:// (plain http:// only for localhost)".into(),
            ));
        }
    };
    // reqwest builds its TLS client from the process's default rustls provider; the tree has
    // ring only (see the workspace Cargo.toml). Installing twice is refused, harmlessly.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let client = ClientOptions::new()
        .with_allow_http(plain_http)
        .with_connect_timeout(Duration::from_secs(5))
        // A download streams to a person on a slow line for as long as it takes: no limit on
        // the whole request, only on silence.
        .with_timeout_disabled()
        .with_read_timeout(Duration::from_secs(30));
    let retry = RetryConfig {
        backoff: BackoffConfig {
            init_backoff: Duration::from_millis(100),
            max_backoff: Duration::from_secs(2),
            base: 2.0,
        },
        max_retries: 3,
        retry_timeout: Duration::from_secs(15),
    };
    let mut builder = AmazonS3Builder::new()
        .with_bucket_name(&s3.bucket)
        .with_region(&s3.region)
        .with_access_key_id(&s3.access_key_id)
        .with_secret_access_key(&s3.secret_access_key)
        .with_client_options(client)
        .with_retry(retry);
    if let Some(endpoint) = &s3.endpoint {
        builder = builder.with_endpoint(endpoint).with_virtual_hosted_style_request(false);
    }
    builder.build().map_err(|e| BadSettings(format!("files_s3_*: {e}")))
}

fn is_loopback(url: &str) -> bool {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let authority = rest.split('/').next().unwrap_or_default();
    let host = match authority.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or_default(),
        None => authority.split(':').next().unwrap_or_default(),
    };
    host == "localhost"
        || host == "::1"
        || host.parse::<std::net::Ipv4Addr>().is_ok_and(|ip| ip.is_loopback())
}

fn path_of(sha256: &str) -> Path {
    Path::from(blob_key(sha256))
}

/// What to write for a hash: bytes in memory (image variants) or the spooled upload.
pub(crate) enum Content<'a> {
    Bytes(Bytes),
    File(&'a mut tokio::fs::File),
}

impl FileStore {
    /// Makes sure the object of `sha256` is in the store and leased to this upload, writing it
    /// unless it is there already (the same bytes are stored once). The lease is taken again
    /// once the object is written: a write slower than the grace period may have let a
    /// collector delete it meanwhile, and then it is written again.
    pub(crate) async fn keep(&self, sha256: &str, size: u64, mut content: Content<'_>) -> Result<(), Error> {
        for _ in 0..3 {
            self.lease(sha256, size).await?;
            if self.exists(sha256).await? {
                return Ok(());
            }
            self.write(sha256, &mut content).await?;
        }
        Err(Error::StoreUnavailable(format!("blob {sha256} kept disappearing while it was written").into()))
    }

    async fn write(&self, sha256: &str, content: &mut Content<'_>) -> Result<(), Error> {
        let path = path_of(sha256);
        match content {
            Content::Bytes(bytes) => {
                self.inner.objects.put(&path, bytes.clone().into()).await.map_err(Error::store)?;
            }
            Content::File(file) => {
                file.rewind().await.map_err(Error::TemporaryFile)?;
                let mut writer = BufWriter::with_capacity(
                    self.inner.objects.clone(),
                    path,
                    self.inner.backend.part_size(),
                )
                .with_max_concurrency(2);
                if let Err(e) = tokio::io::copy(file, &mut writer).await {
                    let _ = writer.abort().await;
                    return Err(Error::store(e));
                }
                // A failed completion cleans up its parts itself.
                writer.shutdown().await.map_err(Error::store)?;
            }
        }
        Ok(())
    }

    /// Leases the blob, waiting while a collector finishes deleting it (a moment: it claimed
    /// the blob before the upload's lease, and deletes one object).
    async fn lease(&self, sha256: &str, size: u64) -> Result<(), Error> {
        for _ in 0..50 {
            if store::lease_blob(&self.inner.db, sha256, size, self.now()).await? {
                return Ok(());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Err(Error::StoreUnavailable(format!("blob {sha256} stayed claimed by a collector").into()))
    }

    async fn exists(&self, sha256: &str) -> Result<bool, Error> {
        match self.inner.objects.head(&path_of(sha256)).await {
            Ok(_) => Ok(true),
            Err(object_store::Error::NotFound { .. }) => Ok(false),
            Err(e) => Err(Error::store(e)),
        }
    }

    /// The bytes of `sha256` in `range` (the whole object when `None`), as they arrive.
    pub(crate) async fn read(
        &self,
        sha256: &str,
        range: Option<std::ops::Range<u64>>,
    ) -> Result<BoxStream<'static, object_store::Result<Bytes>>, object_store::Error> {
        let options = GetOptions { range: range.map(GetRange::Bounded), ..GetOptions::default() };
        Ok(self.inner.objects.get_opts(&path_of(sha256), options).await?.into_stream())
    }

    /// Deletes the object; one already gone counts as deleted.
    pub(crate) async fn delete(&self, sha256: &str) -> Result<(), Error> {
        // Bounded, so a delete still in flight never outlives the claim that allowed it.
        let deleted =
            tokio::time::timeout(Duration::from_secs(60), self.inner.objects.delete(&path_of(sha256))).await;
        match deleted {
            Ok(Ok(())) | Ok(Err(object_store::Error::NotFound { .. })) => Ok(()),
            Ok(Err(e)) => Err(Error::store(e)),
            Err(elapsed) => Err(Error::store(elapsed)),
        }
    }

    /// Every object, with its size and time of writing. The folder or bucket is this store's
    /// alone, so no prefix is needed (and a prefix's "/" in the query trips up some
    /// S3-compatible servers' signature checks).
    pub(crate) fn list(&self) -> BoxStream<'static, object_store::Result<object_store::ObjectMeta>> {
        self.inner.objects.list(None)
    }
}

pub(crate) async fn probe(store: &FileStore) -> Result<(), Error> {
    let probe = Path::from("health/probe");
    let objects = &store.inner.objects;
    match store.inner.backend {
        Backend::Local => {
            objects.put(&probe, Bytes::from_static(b"ok").into()).await.map_err(Error::store)?;
            // Another instance on the same folder may have deleted it first.
            match objects.delete(&probe).await {
                Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
                Err(e) => Err(Error::store(e)),
            }
        }
        // A listing of the keys after "~", which sorts after every key the store writes: one
        // small answer that still needs the bucket and a valid key (a HEAD of a missing object
        // answers 404 whether or not the bucket exists).
        Backend::S3 => match objects.list_with_offset(None, &Path::from("~")).next().await {
            None | Some(Ok(_)) => Ok(()),
            Some(Err(e)) => Err(Error::store(e)),
        },
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn plain_http_only_on_this_machine() {
        for url in
            ["http://localhost:9000", "http://127.0.0.1:9000/", "http://[::1]:9000", "http://127.0.0.2"]
        {
            assert!(super::is_loopback(url), "{url}");
        }
        for url in
            ["http://minio:9000", "http://10.0.0.5:9000", "http://localhost.example.org", "http://[::2]:1"]
        {
            assert!(!super::is_loopback(url), "{url}");
        }
    }
}
