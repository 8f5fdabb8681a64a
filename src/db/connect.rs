//! Opening the database with the settings each engine needs, and telling the engines apart.

use std::time::Duration;

use sea_orm::{ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DbBackend, DbErr};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

pub fn backend(db: &impl ConnectionTrait) -> Backend {
    match db.get_database_backend() {
        DbBackend::Postgres => Backend::Postgres,
        _ => Backend::Sqlite,
    }
}

/// Connects, creating the SQLite file's folder when needed.
///
/// SQLite gets WAL (readers never wait for the writer), foreign keys, a busy timeout (a writer
/// waits for the lock instead of failing) and `synchronous=NORMAL`, which in WAL mode still
/// survives a process crash: only a power loss can drop the last transactions.
pub async fn connect(url: &str, max_connections: u32) -> Result<DatabaseConnection, DbErr> {
    let is_sqlite = url.starts_with("sqlite:");
    if is_sqlite {
        create_sqlite_folder(url);
    }
    let mut options = ConnectOptions::new(url.to_string());
    options
        .max_connections(max_connections)
        .min_connections(1)
        .connect_timeout(Duration::from_secs(5))
        .acquire_timeout(Duration::from_secs(10))
        .sqlx_logging(false);
    // A connection that comes back still counted inside a transaction (its owner was
    // dropped while the transaction was busy, so the rollback could not be queued) is closed,
    // which ends the transaction on the server, rather than lent to the next caller.
    options.map_sqlx_postgres_pool_opts(|o| {
        o.after_release(|conn, _| {
            Box::pin(async move { Ok(!sea_orm::sqlx::Connection::is_in_transaction(conn)) })
        })
    });
    if is_sqlite {
        options.map_sqlx_sqlite_opts(|o| {
            o.journal_mode(sea_orm::sqlx::sqlite::SqliteJournalMode::Wal)
                .synchronous(sea_orm::sqlx::sqlite::SqliteSynchronous::Normal)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(10))
        });
    }
    let db = Database::connect(options).await?;
    // Fail now, with the driver's reason, rather than on the first request.
    db.ping().await?;
    Ok(db)
}

/// Ends every connection after a graceful stop. SQLite first copies the write-ahead log into
/// the database file and empties it (`wal_checkpoint(TRUNCATE)`), so the `.db` file alone, as
/// a file copy or a backup tool sees it, holds every row; the process exiting with open
/// connections would leave the rows in the `-wal` file.
pub async fn close(db: &DatabaseConnection) -> Result<(), DbErr> {
    if backend(db) == Backend::Sqlite {
        db.execute_unprepared("PRAGMA wal_checkpoint(TRUNCATE)")
            .await?;
    }
    db.close_by_ref().await
}

fn create_sqlite_folder(url: &str) {
    let path = url
        .trim_start_matches("sqlite://")
        .trim_start_matches("sqlite:")
        .split('?')
        .next()
        .unwrap_or_default();
    if path.is_empty() || path.starts_with(':') {
        return;
    }
    let path = std::path::Path::new(path);
    if let Some(parent) = path.parent()
        && !parent.as_os_str().is_empty()
    {
        let _ = crate::security::create_private_dir(parent);
    }
    // SQLite would create the file with the umask's mode (often world-readable); created
    // here first, it is the owner's alone, and SQLite gives its -wal and -shm files the same.
    if url.contains("mode=rwc") {
        let _ = crate::security::create_private_file(path);
    }
}

/// A unique index said no. Both engines report it differently; callers need not care.
pub fn is_unique_violation(err: &DbErr) -> bool {
    matches!(
        err.sql_err(),
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_))
    )
}
