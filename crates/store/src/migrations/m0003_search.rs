//! One search index for every capability (entities, projects, case studies, …): substring
//! search in any script, through SQLite FTS5's trigram tokenizer or PostgreSQL's pg_trgm.
//! Texts are stored case-folded by the platform itself, so both backends match alike.

pub const SQL: &str = r#"
CREATE TABLE search_documents (
    id {id},
    doc_type TEXT NOT NULL,
    doc_ref TEXT NOT NULL,
    folded TEXT NOT NULL,
    UNIQUE (doc_type, doc_ref)
);
"#;

pub const SQLITE: &str = r#"
CREATE VIRTUAL TABLE search_fts USING fts5(folded, content='search_documents', content_rowid='id', tokenize='trigram case_sensitive 1');
CREATE TRIGGER search_documents_ai AFTER INSERT ON search_documents BEGIN INSERT INTO search_fts(rowid, folded) VALUES (new.id, new.folded); END;
CREATE TRIGGER search_documents_ad AFTER DELETE ON search_documents BEGIN INSERT INTO search_fts(search_fts, rowid, folded) VALUES ('delete', old.id, old.folded); END;
CREATE TRIGGER search_documents_au AFTER UPDATE ON search_documents BEGIN INSERT INTO search_fts(search_fts, rowid, folded) VALUES ('delete', old.id, old.folded); INSERT INTO search_fts(rowid, folded) VALUES (new.id, new.folded); END;
"#;

pub const POSTGRES: &str = r#"
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX search_documents_trgm ON search_documents USING gin (folded gin_trgm_ops);
"#;
