//! One search function over both backends: substring search in any script the network writes
//! (Latin with diacritics, Chinese, Japanese, Korean, Thai without spaces, Devanagari, Bengali,
//! Sinhala). Documents are indexed case-folded by Rust, so SQLite (FTS5 trigram) and
//! PostgreSQL (pg_trgm) find exactly the same ones. Queries under three characters, which
//! trigrams cannot serve, fall back to a plain `LIKE` on both.

use crate::{all, exec, values};
use sea_orm::{ConnectionTrait, DbBackend, DbErr, FromQueryResult};

/// The longest query searched (longer ones are cut).
pub const MAX_QUERY_CHARS: usize = 200;

/// Lower case, one space between words: the form both the index and the queries use.
pub fn fold(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// Adds or replaces a document (say `("entity", "42")`) with its searchable text.
pub async fn index(c: &impl ConnectionTrait, doc_type: &str, doc_ref: &str, text: &str) -> Result<(), DbErr> {
    exec(
        c,
        "INSERT INTO search_documents (doc_type, doc_ref, folded) VALUES (?, ?, ?)
         ON CONFLICT (doc_type, doc_ref) DO UPDATE SET folded = excluded.folded",
        values![doc_type, doc_ref, fold(text)],
    )
    .await?;
    Ok(())
}

pub async fn remove(c: &impl ConnectionTrait, doc_type: &str, doc_ref: &str) -> Result<(), DbErr> {
    exec(c, "DELETE FROM search_documents WHERE doc_type = ? AND doc_ref = ?", values![doc_type, doc_ref])
        .await?;
    Ok(())
}

#[derive(Debug, Clone, PartialEq, Eq, FromQueryResult)]
pub struct Hit {
    pub doc_type: String,
    pub doc_ref: String,
}

fn like_pattern(folded: &str) -> String {
    let escaped = folded.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
    format!("%{escaped}%")
}

/// Documents of `doc_type` whose text contains `query`, in the order they were first indexed.
/// An empty query finds nothing.
pub async fn find(
    c: &impl ConnectionTrait,
    doc_type: &str,
    query: &str,
    limit: i64,
) -> Result<Vec<Hit>, DbErr> {
    let folded: String = fold(query).chars().take(MAX_QUERY_CHARS).collect();
    if folded.is_empty() {
        return Ok(Vec::new());
    }
    let trigram_ready = folded.chars().count() >= 3;
    match c.get_database_backend() {
        DbBackend::Sqlite if trigram_ready => {
            let phrase = format!("\"{}\"", folded.replace('"', "\"\""));
            all(
                c,
                "SELECT d.doc_type, d.doc_ref FROM search_fts f JOIN search_documents d ON d.id = f.rowid
                 WHERE search_fts MATCH ? AND d.doc_type = ? ORDER BY d.id LIMIT ?",
                values![phrase, doc_type, limit],
            )
            .await
        }
        // pg_trgm's index serves LIKE with three characters or more; shorter ones scan.
        _ => all(
            c,
            "SELECT doc_type, doc_ref FROM search_documents WHERE doc_type = ? AND folded LIKE ? ESCAPE '\\'
                 ORDER BY id LIMIT ?",
            values![doc_type, like_pattern(&folded), limit],
        )
        .await,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn folding_and_patterns() {
        assert_eq!(super::fold("  Hợp TÁC   xã "), "hợp tác xã");
        assert_eq!(super::like_pattern("50%_a\\b"), "%50\\%\\_a\\\\b%");
    }
}
