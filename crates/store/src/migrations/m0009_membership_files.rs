//! Logos in the file store (owned by `membership`): an entity's logo is a file id; the old
//! `entity_logos` rows with their bytes are moved into the store by `asec files migrate` (and
//! at start) and deleted, so the database keeps no blobs.

pub const SQL: &str = r#"
CREATE TABLE entity_logo_files (
    entity_id BIGINT PRIMARY KEY REFERENCES entities(id) ON DELETE CASCADE,
    file_id BIGINT NOT NULL REFERENCES files(id),
    updated_at {ts} NOT NULL
);
"#;
