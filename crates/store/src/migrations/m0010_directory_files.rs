//! Project photos in the file store (owned by `directory`): a photo is a file id with its
//! caption; the old `project_photos` rows with their bytes are moved into the store by
//! `asec files migrate` (and at start) and deleted, so the database keeps no blobs.

pub const SQL: &str = r#"
CREATE TABLE project_photo_files (
    id {id},
    project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    file_id BIGINT NOT NULL REFERENCES files(id),
    caption TEXT NOT NULL,
    created_at {ts} NOT NULL
);
CREATE INDEX project_photo_files_project ON project_photo_files(project_id, id);
"#;
