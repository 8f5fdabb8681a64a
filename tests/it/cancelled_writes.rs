//! A write whose request goes away half-way (the visitor closed the connection, axum dropped
//! the handler) must not hand its connection back to the pool inside a transaction: the next
//! user of that connection, the outbox worker for one, would run in a transaction nobody
//! commits, and every later write to the same rows would wait on it for ever.

use std::future::Future;
use std::pin::pin;
use std::task::Poll;
use std::time::Duration;

use sea_orm::{ConnectionTrait, DatabaseConnection, Statement};
use serde_json::json;

use super::helpers::{person, spawn_app};

async fn count(db: &DatabaseConnection, sql: &str) -> i64 {
    let row = db
        .query_one_raw(Statement::from_string(db.get_database_backend(), sql))
        .await
        .expect("query")
        .expect("row");
    row.try_get("", "n").expect("count")
}

/// Other connections of this database that the server has seen BEGIN on, and that wait
/// inside that transaction with nothing running.
const IDLE_AFTER_BEGIN: &str = "SELECT count(*) AS n FROM pg_stat_activity \
     WHERE datname = current_database() AND pid <> pg_backend_pid() \
     AND state LIKE 'idle in transaction%' AND query = 'BEGIN'";
const IDLE_IN_TRANSACTION: &str = "SELECT count(*) AS n FROM pg_stat_activity \
     WHERE datname = current_database() AND pid <> pg_backend_pid() \
     AND state LIKE 'idle in transaction%'";

/// Polls `write` one step at a time and drops it as soon as the server has opened its
/// transaction, before the answer to BEGIN is read: a request cancelled at that moment.
/// Returns whether that moment was caught (the write may finish first on a fast turn).
async fn cancel_while_begin_is_answered<F: Future>(write: F, watcher: &DatabaseConnection) -> bool {
    let mut write = pin!(write);
    for _ in 0..200 {
        let ready =
            std::future::poll_fn(|cx| Poll::Ready(write.as_mut().poll(cx).is_ready())).await;
        if ready {
            return false;
        }
        if count(watcher, IDLE_AFTER_BEGIN).await > 0 {
            return true;
        }
    }
    false
}

#[tokio::test]
async fn a_write_cancelled_while_begin_is_answered_leaves_no_transaction_open() {
    let app = spawn_app().await;
    let url = app.state.settings.database_url.clone();
    if !url.starts_with("postgres") {
        eprintln!("PostgreSQL only: SQLite connections are not shared between writers");
        return;
    }
    app.create_event("webinar", json!({"require_email_confirmation": false}))
        .await;
    let watcher = sea_orm::Database::connect(&url).await.expect("connect");
    let mut caught = 0;
    for _ in 0..20 {
        if cancel_while_begin_is_answered(app.state.write(), &watcher).await {
            caught += 1;
            // The pool takes a returned connection back on a task of its own: give it time.
            let mut open = 1;
            for _ in 0..25 {
                open = count(&watcher, IDLE_IN_TRANSACTION).await;
                if open == 0 {
                    break;
                }
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
            assert_eq!(
                open, 0,
                "a cancelled write left a pooled connection inside a transaction"
            );
        }
    }
    assert!(caught > 0, "no write was caught while BEGIN was answered");
    // The outbox still claims, sends and marks sent, one registration after the other.
    for (name, address) in [("Ada", "ada@example.org"), ("Grace", "grace@example.org")] {
        app.register("webinar", &person(name, address)).await;
        app.smtp.wait_for(address, 1).await;
    }
    for _ in 0..100 {
        if count(
            &app.state.db,
            "SELECT count(*) AS n FROM outbox WHERE status <> 'sent'",
        )
        .await
            == 0
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the outbox did not mark its emails sent");
}
