//! Proposal attachments in the file store (owned by `governance`): an attachment is a file id
//! with its name; the old `proposal_attachments` rows with their bytes are moved into the store
//! by `asec files migrate` (and at start) and deleted, so the database keeps no blobs.

pub const SQL: &str = r#"
CREATE TABLE proposal_attachment_files (
    id {id},
    proposal_id BIGINT NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
    file_id BIGINT NOT NULL REFERENCES files(id),
    name TEXT NOT NULL,
    created_at {ts} NOT NULL
);
CREATE INDEX proposal_attachment_files_proposal ON proposal_attachment_files(proposal_id, id);
"#;
