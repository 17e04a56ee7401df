//! Online backups of a SQLite database and their restore. PostgreSQL has its own tools
//! (`pg_dump` / `pg_restore`); the CLI explains that route instead.

use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, FromQueryResult};
use std::path::Path;

/// Writes a consistent copy of the live database to `target` with `VACUUM INTO`, which reads
/// one snapshot while the server keeps serving. Refuses to overwrite an existing file.
pub async fn backup_sqlite(db: &DatabaseConnection, target: &Path) -> anyhow::Result<()> {
    anyhow::ensure!(db.get_database_backend() == DbBackend::Sqlite, "not a SQLite database");
    anyhow::ensure!(!target.exists(), "{} already exists; choose a new file name", target.display());
    if let Some(dir) = target.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let literal = target.to_string_lossy().replace('\'', "''");
    db.execute_unprepared(&format!("VACUUM INTO '{literal}'")).await?;
    Ok(())
}

/// Puts a backup file in place of the database at `live`. The server must be stopped. The
/// file is checked first (it must open as a platform database); the replaced database is kept
/// beside it as `<name>.before-restore-<time>` so nothing is lost by a mistaken restore.
pub async fn restore_sqlite(backup: &Path, live: &Path) -> anyhow::Result<Option<std::path::PathBuf>> {
    anyhow::ensure!(backup.is_file(), "{} is not a file", backup.display());
    let check_url = format!("sqlite://{}?mode=ro", backup.display());
    let check = crate::connect(&check_url, 1).await?;
    let migrations: Option<i64> = crate::scalar(&check, "SELECT COUNT(*) FROM seaql_migrations", vec![])
        .await
        .map_err(|_| anyhow::anyhow!("{} is not a backup of this platform's database", backup.display()))?;
    anyhow::ensure!(migrations.unwrap_or(0) > 0, "{} holds no migrated database", backup.display());
    check.close().await?;

    let kept = if live.exists() {
        let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S");
        let aside = live.with_file_name(format!(
            "{}.before-restore-{stamp}",
            live.file_name().and_then(|n| n.to_str()).unwrap_or("asec.db")
        ));
        std::fs::rename(live, &aside)?;
        Some(aside)
    } else {
        if let Some(dir) = live.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)?;
        }
        None
    };
    for suffix in ["-wal", "-shm"] {
        let side = live.with_file_name(format!(
            "{}{suffix}",
            live.file_name().and_then(|n| n.to_str()).unwrap_or_default()
        ));
        if side.exists() {
            std::fs::remove_file(side)?;
        }
    }
    let staging = live.with_extension("restoring");
    std::fs::copy(backup, &staging)?;
    std::fs::rename(&staging, live)?;
    Ok(kept)
}

/// Copies every file under `from` that `to` lacks, keeping the paths; returns how many. The
/// file store's objects are named by their content and never change, so a file present at the
/// target is the same file, and a repeated copy only adds what is new.
pub fn copy_new_files(from: &Path, to: &Path) -> std::io::Result<u64> {
    let mut copied = 0;
    if !from.is_dir() {
        return Ok(0);
    }
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copied += copy_new_files(&entry.path(), &target)?;
        } else if !target.exists() {
            // Written beside and renamed, so an interrupted copy leaves no half file.
            let staging = target.with_extension("copying");
            std::fs::copy(entry.path(), &staging)?;
            std::fs::rename(&staging, &target)?;
            copied += 1;
        }
    }
    Ok(copied)
}

#[derive(FromQueryResult)]
struct TableName {
    name: String,
}

/// Every table and its number of rows, to compare a database with its backup.
pub async fn row_counts(db: &DatabaseConnection) -> anyhow::Result<Vec<(String, i64)>> {
    let sql = match db.get_database_backend() {
        DbBackend::Postgres => {
            "SELECT table_name AS name FROM information_schema.tables
             WHERE table_schema = current_schema() ORDER BY table_name"
        }
        _ => "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    };
    let mut counts = Vec::new();
    for table in crate::all::<TableName>(db, sql, vec![]).await? {
        let n: Option<i64> =
            crate::scalar(db, &format!("SELECT COUNT(*) FROM \"{}\"", table.name), vec![]).await?;
        counts.push((table.name, n.unwrap_or(0)));
    }
    Ok(counts)
}
