//! One search function over both backends: substring search in any script the network writes
//! (Latin with diacritics, Chinese, Japanese, Korean, Thai without spaces, Devanagari, Bengali,
//! Sinhala). Documents are indexed case-folded by Rust, so SQLite (FTS5 trigram) and
//! PostgreSQL (pg_trgm) find exactly the same ones. Queries under three characters, which
//! trigrams cannot serve, fall back to a plain `LIKE` on both.

use crate::{all, exec, values};
use sea_orm::{ConnectionTrait, DbBackend, DbErr, FromQueryResult, Value};

/// The longest query searched (longer ones are cut).
pub const MAX_QUERY_CHARS: usize = kernel::validate::MAX_SEARCH_CHARS;

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

/// The query folded and cut as the index stores texts; `None` when nothing is left to find.
fn folded_query(query: &str) -> Option<String> {
    let folded: String = fold(query).chars().take(MAX_QUERY_CHARS).collect();
    (!folded.is_empty()).then_some(folded)
}

/// `SELECT {columns}` of the `doc_type` documents (alias `d`) containing the folded query.
fn matching(backend: DbBackend, columns: &str, doc_type: &str, folded: &str) -> (String, Vec<Value>) {
    match backend {
        // The full-text match runs once, as a subquery: joined, SQLite may run it once per
        // document of the type (seconds on 60 000 documents).
        DbBackend::Sqlite if folded.chars().count() >= 3 => (
            format!(
                "SELECT {columns} FROM search_documents d
                 WHERE d.doc_type = ? AND d.id IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ?)"
            ),
            values![doc_type, format!("\"{}\"", folded.replace('"', "\"\""))],
        ),
        // pg_trgm's index serves LIKE with three characters or more; shorter ones scan.
        _ => (
            format!(
                "SELECT {columns} FROM search_documents d WHERE d.doc_type = ? AND d.folded LIKE ? ESCAPE '\\'"
            ),
            values![doc_type, like_pattern(folded)],
        ),
    }
}

/// A subquery selecting, as integers, the refs of `doc_type` documents containing `query`, for
/// a capability to filter its own rows with `id IN (…)` alongside its other filters. `None`
/// for an empty query.
pub fn refs_matching(backend: DbBackend, doc_type: &str, query: &str) -> Option<(String, Vec<Value>)> {
    Some(matching(backend, "CAST(d.doc_ref AS BIGINT)", doc_type, &folded_query(query)?))
}

/// Documents of `doc_type` whose text contains `query`, in the order they were first indexed.
/// An empty query finds nothing.
pub async fn find(
    c: &impl ConnectionTrait,
    doc_type: &str,
    query: &str,
    limit: i64,
) -> Result<Vec<Hit>, DbErr> {
    let Some(folded) = folded_query(query) else {
        return Ok(Vec::new());
    };
    let (mut sql, mut vals) = matching(c.get_database_backend(), "d.doc_type, d.doc_ref", doc_type, &folded);
    sql.push_str(" ORDER BY d.id LIMIT ?");
    vals.push(limit.into());
    all(c, &sql, vals).await
}

#[cfg(test)]
mod tests {
    #[test]
    fn folding_and_patterns() {
        assert_eq!(super::fold("  Hợp TÁC   xã "), "hợp tác xã");
        assert_eq!(super::like_pattern("50%_a\\b"), "%50\\%\\_a\\\\b%");
    }
}
