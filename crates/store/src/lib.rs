//! The database: one connection type for SQLite and PostgreSQL, the one migration tree, the
//! reference data and its seeding, backups, and helpers that run plain SQL on both backends.

pub mod backup;
pub mod migrations;
pub mod reference;
pub mod search;
pub mod sql;
pub mod testdb;

pub use sea_orm::{
    self, ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbBackend, DbErr, FromQueryResult,
    TransactionTrait, Value,
};
pub use sql::{
    MapCluster, all, exec, in_order, insert_id, map_clusters, names_by_id, one, page_of_ids, scalar,
};

use sea_orm::{ConnectOptions, Database};
use std::time::Duration;

/// Where a database URL points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn of_url(url: &str) -> Option<Backend> {
        if url.starts_with("sqlite:") {
            Some(Backend::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Some(Backend::Postgres)
        } else {
            None
        }
    }
}

/// The file behind a `sqlite:` URL, if it names one.
pub fn sqlite_path(url: &str) -> Option<std::path::PathBuf> {
    let rest = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next().unwrap_or_default();
    (!path.is_empty() && path != ":memory:").then(|| path.into())
}

/// Opens a pool. SQLite files (and their folder) are created when missing and run in WAL mode
/// with a busy timeout, so readers never wait for the one writer.
pub async fn connect(url: &str, max_connections: u32) -> anyhow::Result<DatabaseConnection> {
    let backend = Backend::of_url(url)
        .ok_or_else(|| anyhow::anyhow!("database URL must start with sqlite: or postgres://"))?;
    let mut url = url.to_string();
    if backend == Backend::Sqlite {
        if let Some(dir) = sqlite_path(&url).as_deref().and_then(std::path::Path::parent)
            && !dir.as_os_str().is_empty()
        {
            std::fs::create_dir_all(dir)?;
        }
        if !url.contains("mode=") {
            url.push(if url.contains('?') { '&' } else { '?' });
            url.push_str("mode=rwc");
        }
    }
    let read_only = url.contains("mode=ro");
    let mut options = ConnectOptions::new(url);
    options
        .max_connections(max_connections)
        .min_connections(1)
        .connect_timeout(Duration::from_secs(10))
        .acquire_timeout(Duration::from_secs(10))
        .sqlx_logging(false);
    // A read-only check of a backup file must not switch its journal mode.
    if backend == Backend::Sqlite && !read_only {
        // Reads through a memory map skip a system call per page (the directory reads many).
        options.map_sqlx_sqlite_opts(|o| {
            o.pragma("mmap_size", "268435456")
                .journal_mode(sea_orm::sqlx::sqlite::SqliteJournalMode::Wal)
                .synchronous(sea_orm::sqlx::sqlite::SqliteSynchronous::Normal)
                .busy_timeout(Duration::from_secs(10))
                .foreign_keys(true)
        });
    }
    Ok(Database::connect(options).await?)
}

/// Connects, migrates and seeds the reference data: what every start does.
pub async fn open(
    url: &str,
    max_connections: u32,
    reference: &kernel::ReferenceData,
) -> anyhow::Result<DatabaseConnection> {
    let db = connect(url, max_connections).await?;
    migrations::run(&db).await?;
    reference::seed(&db, reference).await?;
    Ok(db)
}

/// Pool figures for `/metrics`.
pub fn pool_stats(db: &DatabaseConnection) -> (u32, usize) {
    match db.get_database_backend() {
        DbBackend::Sqlite => {
            let pool = db.get_sqlite_connection_pool();
            (pool.size(), pool.num_idle())
        }
        DbBackend::Postgres => {
            let pool = db.get_postgres_connection_pool();
            (pool.size(), pool.num_idle())
        }
        _ => (0, 0),
    }
}
