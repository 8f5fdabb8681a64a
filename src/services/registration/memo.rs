//! Reads that every registration of one group commit would repeat, done once per batch.
//!
//! A batch of a hundred registrations for an event without sessions would otherwise ask a
//! hundred times whether the event has sessions and which webhook receivers are active: two
//! of the five statements of each registration, each a hand-off to the database driver. The
//! answers cannot change under the batch's own transaction in a way that matters: an event's
//! sessions and the receivers are edited in transactions of their own, which on SQLite wait
//! for the batch's write turn. Only "no sessions" is remembered; an event's sessions carry
//! seat counts that the batch itself changes, so those are read each time.
//!
//! The memo lives in the writer task (a task-local value set around each batch); outside a
//! batch every read goes to the database as before.

use std::collections::HashSet;
use std::future::Future;
use std::sync::Mutex;

use sea_orm::{ConnectionTrait, DbErr};

use crate::db::{programme, webhook};

#[derive(Default)]
pub struct BatchMemo {
    without_sessions: Mutex<HashSet<i64>>,
    receivers: Mutex<Option<Vec<webhook::Model>>>,
}

tokio::task_local! {
    static MEMO: BatchMemo;
}

/// Runs one batch with a fresh memo.
pub async fn within<F: Future>(batch: F) -> F::Output {
    MEMO.scope(BatchMemo::default(), batch).await
}

/// The event's sessions; inside a batch, an event found without any is not asked again.
pub async fn sessions_of(
    db: &impl ConnectionTrait,
    event_id: i64,
) -> Result<Vec<programme::Session>, DbErr> {
    let known_empty = MEMO
        .try_with(|m| lock(&m.without_sessions).contains(&event_id))
        .unwrap_or(false);
    if known_empty {
        return Ok(Vec::new());
    }
    let sessions = programme::sessions_of(db, event_id).await?;
    if sessions.is_empty() {
        let _ = MEMO.try_with(|m| lock(&m.without_sessions).insert(event_id));
    }
    Ok(sessions)
}

/// The active webhook receivers; inside a batch, read once.
pub async fn active_receivers(db: &impl ConnectionTrait) -> Result<Vec<webhook::Model>, DbErr> {
    if let Ok(Some(known)) = MEMO.try_with(|m| lock(&m.receivers).clone()) {
        return Ok(known);
    }
    let receivers = webhook::active(db).await?;
    let _ = MEMO.try_with(|m| *lock(&m.receivers) = Some(receivers.clone()));
    Ok(receivers)
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}
