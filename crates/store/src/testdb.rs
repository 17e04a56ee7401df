//! Fresh databases for tests: a new SQLite file always, and a new PostgreSQL database when
//! `ASEC_TEST_DATABASE_URL` names a server.

use crate::Backend;
use std::sync::atomic::{AtomicU32, Ordering};

static COUNTER: AtomicU32 = AtomicU32::new(0);

/// The backends a test should run on: SQLite always, PostgreSQL when configured.
pub fn backends() -> Vec<Backend> {
    let mut out = vec![Backend::Sqlite];
    if postgres_base().is_some() {
        out.push(Backend::Postgres);
    }
    out
}

fn postgres_base() -> Option<String> {
    std::env::var("ASEC_TEST_DATABASE_URL").ok().filter(|u| !u.is_empty())
}

fn unique_name() -> String {
    format!(
        "asec_test_{}_{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::SeqCst),
        chrono::Utc::now().timestamp_micros() % 1_000_000
    )
}

/// A URL of a new, empty database on `backend`.
pub async fn fresh_url(backend: Backend) -> anyhow::Result<String> {
    match backend {
        Backend::Sqlite => {
            let dir = std::env::temp_dir().join("asec-tests");
            std::fs::create_dir_all(&dir)?;
            Ok(format!("sqlite://{}", dir.join(format!("{}.db", unique_name())).display()))
        }
        Backend::Postgres => {
            let base = postgres_base().ok_or_else(|| anyhow::anyhow!("ASEC_TEST_DATABASE_URL is not set"))?;
            let admin = crate::connect(&base, 1).await?;
            let name = unique_name();
            sea_orm::ConnectionTrait::execute_unprepared(&admin, &format!("CREATE DATABASE {name}")).await?;
            admin.close().await?;
            Ok(replace_database_name(&base, &name))
        }
    }
}

/// The same server URL with another database name (keeps any `?options`).
pub fn replace_database_name(url: &str, name: &str) -> String {
    let (head, query) = match url.split_once('?') {
        Some((h, q)) => (h, Some(q)),
        None => (url, None),
    };
    let scheme_end = head.find("://").map(|i| i + 3).unwrap_or(0);
    let base = match head[scheme_end..].find('/') {
        Some(slash) => &head[..scheme_end + slash],
        None => head,
    };
    match query {
        Some(q) => format!("{base}/{name}?{q}"),
        None => format!("{base}/{name}"),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn database_name_is_replaced() {
        assert_eq!(
            super::replace_database_name("postgres://postgres@127.0.0.1:5432/asec_ci", "t1"),
            "postgres://postgres@127.0.0.1:5432/t1"
        );
        assert_eq!(
            super::replace_database_name("postgres://u@h/db?sslmode=disable", "t2"),
            "postgres://u@h/t2?sslmode=disable"
        );
        assert_eq!(super::replace_database_name("postgres://u@h", "t3"), "postgres://u@h/t3");
    }
}
