//! Claiming due rows of a work queue (the email outbox, the webhook deliveries) for a lease.

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbErr, EntityTrait, IdenStatic, Iterable, Statement};

use super::{Backend, backend};

/// Claims up to `limit` due rows of `table` for this worker until `lease_until`.
///
/// A row is due when it waits (queued or retrying) and its time has come, or when a worker
/// claimed it and then vanished (its lease ran out): that is how a crash mid-send recovers.
/// PostgreSQL skips rows that another instance is claiming right now; SQLite has a single
/// writer, so its UPDATE … RETURNING is already exclusive. The table needs the columns
/// `id`, `status`, `next_attempt_at`, `claimed_until` and `attempts`. Rows come in no order.
pub async fn claim_due<E: EntityTrait>(
    db: &impl ConnectionTrait,
    table: &str,
    now: DateTime<Utc>,
    lease_until: DateTime<Utc>,
    limit: u32,
) -> Result<Vec<E::Model>, DbErr> {
    let (lock, p) = match backend(db) {
        Backend::Postgres => ("FOR UPDATE SKIP LOCKED", ["$1", "$2", "$3"]),
        Backend::Sqlite => ("", ["?", "?", "?"]),
    };
    let [lease, due, lim] = p;
    // The columns by name, not `*`: a connection that read the schema before a migration
    // added columns would describe `*` with the old count, and the driver would misread
    // the rows.
    let columns = E::Column::iter()
        .map(|c| format!("\"{}\"", c.as_str()))
        .collect::<Vec<_>>()
        .join(", ");
    let sql = format!(
        "UPDATE {table} SET status = 'sending', claimed_until = {lease}, attempts = attempts + 1 \
         WHERE id IN (SELECT id FROM {table} \
           WHERE (status IN ('queued', 'retrying') AND next_attempt_at <= {due}) \
              OR (status = 'sending' AND claimed_until < {due}) \
           ORDER BY id LIMIT {lim} {lock}) \
         RETURNING {columns}"
    );
    let values: Vec<sea_orm::Value> = match backend(db) {
        Backend::Postgres => vec![lease_until.into(), now.into(), i64::from(limit).into()],
        // SQLite binds `?` in order of appearance, and `due` appears twice.
        Backend::Sqlite => vec![
            lease_until.into(),
            now.into(),
            now.into(),
            i64::from(limit).into(),
        ],
    };
    E::find()
        .from_raw_sql(Statement::from_sql_and_values(
            db.get_database_backend(),
            sql,
            values,
        ))
        .all(db)
        .await
}
