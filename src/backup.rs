//! Online backup and restore of the SQLite database. A backup is taken with `VACUUM INTO`,
//! a consistent snapshot made while Convene keeps serving; PostgreSQL has its own tools.

use std::path::{Path, PathBuf};

use sea_orm::{ConnectionTrait, Statement};

use crate::config::Settings;
use crate::db::{Backend, backend};

const POSTGRES_HINT: &str = "this database is PostgreSQL: back it up with `pg_dump --format=custom --file=convene.dump DBNAME` \
                             and restore with `pg_restore --clean --dbname=DBNAME convene.dump`";

/// Writes a consistent copy of the live database to `output` (which must not exist yet).
pub async fn backup(settings: &Settings, output: &Path) -> anyhow::Result<u64> {
    if output.exists() {
        anyhow::bail!(
            "{} exists already; choose a new file name",
            output.display()
        );
    }
    let db = crate::app::connect_only(settings).await?;
    if backend(&db) == Backend::Postgres {
        anyhow::bail!("{POSTGRES_HINT}");
    }
    let target = output
        .to_str()
        .ok_or_else(|| anyhow::anyhow!("the output path must be valid UTF-8"))?;
    db.execute_raw(Statement::from_sql_and_values(
        db.get_database_backend(),
        "VACUUM INTO ?",
        [target.into()],
    ))
    .await
    .map_err(|e| anyhow::anyhow!("backup failed: {e}"))?;
    Ok(std::fs::metadata(output)?.len())
}

/// Replaces the database file with a backup. Every `convene serve` must be stopped first.
pub async fn restore(settings: &Settings, input: &Path) -> anyhow::Result<PathBuf> {
    if settings.database_url.starts_with("postgres") {
        anyhow::bail!("{POSTGRES_HINT}");
    }
    let target = sqlite_path(&settings.database_url)
        .ok_or_else(|| anyhow::anyhow!("database_url does not name a SQLite file"))?;
    if let Some(parent) = target.parent() {
        std::fs::create_dir_all(parent)?;
    }
    // Checked on a copy beside the target, so the backup file itself stays untouched.
    let staging = target.with_extension("restoring");
    std::fs::copy(input, &staging)?;
    if let Err(e) = check_backup(&staging).await {
        let _ = std::fs::remove_file(&staging);
        anyhow::bail!("{}: {e}", input.display());
    }
    // The write-ahead log belongs to the old file; left behind, SQLite would replay it.
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", target.display()));
        let _ = std::fs::remove_file(format!("{}{suffix}", staging.display()));
    }
    std::fs::rename(&staging, &target)?;
    Ok(target)
}

/// A backup must be a SQLite database that Convene's migrations have shaped.
async fn check_backup(input: &Path) -> anyhow::Result<()> {
    let url = format!("sqlite://{}?mode=rw", input.display());
    let db = crate::db::connect(&url, 1)
        .await
        .map_err(|e| anyhow::anyhow!("not a readable SQLite database: {e}"))?;
    let rows = db
        .query_all_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('seaql_migrations', 'registrations')",
        ))
        .await?;
    if rows.len() != 2 {
        anyhow::bail!("not a Convene backup");
    }
    db.close().await?;
    Ok(())
}

fn sqlite_path(url: &str) -> Option<PathBuf> {
    let path = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?
        .split('?')
        .next()?;
    (!path.is_empty() && !path.starts_with(':')).then(|| PathBuf::from(path))
}
