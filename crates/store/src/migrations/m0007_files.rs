//! The file store's tables (owned by the `files` crate): one row per stored file, the image
//! variants of each, and the blobs (content-addressed objects) with the leases that let the
//! collector delete an object only when no upload may still refer to it.

pub const SQL: &str = r#"
CREATE TABLE file_blobs (
    sha256 TEXT PRIMARY KEY,
    size BIGINT NOT NULL,
    seen_at {ts} NOT NULL,
    doomed_at {ts}
);
CREATE INDEX file_blobs_seen ON file_blobs(seen_at);
CREATE TABLE files (
    id {id},
    owner TEXT NOT NULL,
    kind TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    name TEXT NOT NULL,
    public BOOLEAN NOT NULL,
    uploaded_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at {ts} NOT NULL,
    attached BOOLEAN NOT NULL,
    released_at {ts}
);
CREATE INDEX files_sha256 ON files(sha256);
CREATE INDEX files_released ON files(released_at);
CREATE INDEX files_unattached ON files(attached, created_at);
CREATE TABLE file_variants (
    file_id BIGINT NOT NULL REFERENCES files(id) ON DELETE CASCADE,
    variant TEXT NOT NULL,
    media_type TEXT NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    size BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    PRIMARY KEY (file_id, variant, media_type)
);
CREATE INDEX file_variants_sha256 ON file_variants(sha256);
"#;
