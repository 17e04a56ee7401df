//! The decisions register keeps how the positions counted (owned by `governance`): a JSON
//! object (`domain::Count`) from which each reader's page, download and email says the summary
//! in their own language. Empty for decisions recorded in meetings and for those recorded
//! before, whose stored summary is shown as it was written. The register's search finds
//! decisions by their title and summary: the ones already recorded are indexed here (folded by
//! the database's `LOWER`, which on SQLite folds ASCII only; each is indexed again by the
//! platform's own folding when it changes).

pub const SQL: &str = r#"
ALTER TABLE decisions ADD COLUMN counts TEXT NOT NULL DEFAULT '';
INSERT INTO search_documents (doc_type, doc_ref, folded)
    SELECT 'decision', CAST(id AS TEXT), LOWER(title || ' ' || summary) FROM decisions;
"#;
