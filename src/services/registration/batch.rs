//! Group commit: writer tasks take the registrations waiting in a queue and commit them
//! together in one transaction, so a burst costs one commit (on SQLite, one turn of the
//! database's single writer) instead of one per person. SQLite has one writer task; PostgreSQL
//! has a few, so that one batch's round trips overlap another's commit.
//!
//! Registrations run in arrival order, so seats are taken one after the other and capacity
//! stays exact. A batch first runs straight in the transaction; if one registration fails (a
//! full event, a database error), the batch is rolled back and runs again with each
//! registration in its own savepoint, so that the failing one is rolled back alone and does
//! not sink the others. Every request is answered only after
//! the shared commit: nothing is acknowledged that a crash could lose.

use std::sync::Weak;
use std::sync::atomic::{AtomicUsize, Ordering};

use sea_orm::TransactionTrait;
use tokio::sync::{Mutex, mpsc, oneshot};

use crate::db::{self, event, registration};
use crate::error::AppError;
use crate::state::{AppState, Inner};

use super::{NewRegistration, RegisterError, register_in};

/// At most this many registrations share a commit: enough to amortise it, few enough that
/// the first in a batch does not wait long for the last.
const MAX_BATCH: usize = 128;
/// Requests waiting for the writer; beyond this, callers wait to join the queue.
const QUEUE_DEPTH: usize = 1024;
/// Writer tasks on PostgreSQL. Each holds one pooled connection while it commits; four keep
/// the server busy while leaving the pool to the pages, the outbox and the admin.
const POSTGRES_WRITERS: usize = 4;

type Answer = Result<registration::Model, RegisterError>;

struct Job {
    ev: event::Model,
    new: NewRegistration,
    reply: oneshot::Sender<Answer>,
}

/// The queue in front of the writer task, started on first use.
pub struct Queue {
    tx: mpsc::Sender<Job>,
    largest: AtomicUsize,
}

impl Queue {
    fn start(state: &AppState) -> Queue {
        let (tx, rx) = mpsc::channel(QUEUE_DEPTH);
        let rx = std::sync::Arc::new(Mutex::new(rx));
        let writers = match db::backend(&state.db) {
            // SQLite takes one writer at a time anyway: a second task would only wait.
            db::Backend::Sqlite => 1,
            db::Backend::Postgres => POSTGRES_WRITERS,
        };
        for _ in 0..writers {
            // A weak reference: the task ends with the state instead of keeping it alive.
            tokio::spawn(writer(state.downgrade(), rx.clone()));
        }
        Queue {
            tx,
            largest: AtomicUsize::new(0),
        }
    }

    /// Registrations waiting for the writer right now.
    pub fn waiting(&self) -> usize {
        self.tx.max_capacity() - self.tx.capacity()
    }

    /// The most registrations committed together so far (for tests and metrics).
    pub fn largest_batch(&self) -> usize {
        self.largest.load(Ordering::Relaxed)
    }
}

/// Registers through the writer task; answers after the batch's commit.
pub async fn register(state: &AppState, ev: &event::Model, new: NewRegistration) -> Answer {
    let queue = state.registration_queue.get_or_init(|| Queue::start(state));
    let (reply, answer) = oneshot::channel();
    let job = Job {
        ev: ev.clone(),
        new,
        reply,
    };
    let stopped = || {
        RegisterError::App(AppError::Internal(anyhow::anyhow!(
            "registration writer stopped"
        )))
    };
    queue.tx.send(job).await.map_err(|_| stopped())?;
    answer.await.map_err(|_| stopped())?
}

/// One writer: takes what waits in the queue (up to a batch), lets go of the queue for the
/// next writer, and commits.
async fn writer(state: Weak<Inner>, rx: std::sync::Arc<Mutex<mpsc::Receiver<Job>>>) {
    loop {
        let jobs = {
            let mut rx = rx.lock().await;
            let Some(first) = rx.recv().await else {
                return;
            };
            let mut jobs = vec![first];
            while jobs.len() < MAX_BATCH
                && let Ok(job) = rx.try_recv()
            {
                jobs.push(job);
            }
            jobs
        };
        let Some(state) = AppState::upgrade(&state) else {
            return;
        };
        let queue = state.registration_queue.get();
        if let Some(queue) = queue {
            queue.largest.fetch_max(jobs.len(), Ordering::Relaxed);
        }
        super::memo::within(commit_together(&state, jobs)).await;
    }
}

/// Commits the jobs together, then answers them all: first straight in one transaction,
/// and when one of them fails, again with a savepoint for each.
async fn commit_together(state: &AppState, jobs: Vec<Job>) {
    match without_savepoints(state, &jobs).await {
        Ok(Some(registrations)) => {
            for (job, reg) in jobs.into_iter().zip(registrations) {
                let _ = job.reply.send(Ok(reg));
            }
        }
        Ok(None) => with_savepoints(state, jobs).await,
        Err(e) => {
            // Nothing was stored: no one is told otherwise.
            tracing::error!(error = %e, "registration batch");
            for job in jobs {
                let _ = job
                    .reply
                    .send(Err(RegisterError::App(AppError::Unavailable)));
            }
        }
    }
}

/// Every job straight in the shared transaction, in order: two statements fewer per
/// registration than a savepoint each, for the usual batch in which all succeed. `None` when
/// one failed or met a duplicate the database refused: its writes (a seat taken) cannot be
/// undone alone, so everything is rolled back and the batch goes round again with savepoints.
async fn without_savepoints(
    state: &AppState,
    jobs: &[Job],
) -> Result<Option<Vec<registration::Model>>, sea_orm::DbErr> {
    let txn = state.write().await?;
    let mut registrations = Vec::with_capacity(jobs.len());
    for job in jobs {
        let email_key = job.new.email.key();
        match register_in(&txn, state, &job.ev, &job.new, &email_key).await {
            Ok(Some(reg)) => registrations.push(reg),
            Ok(None) | Err(_) => {
                txn.rollback().await?;
                return Ok(None);
            }
        }
    }
    txn.commit().await?;
    Ok(Some(registrations))
}

/// Runs every job in its own savepoint of one transaction, commits, then answers them all.
async fn with_savepoints(state: &AppState, jobs: Vec<Job>) {
    let mut answered = Vec::with_capacity(jobs.len());
    let txn = match state.write().await {
        Ok(txn) => txn,
        Err(e) => {
            tracing::error!(error = %e, "registration batch: no transaction");
            for job in jobs {
                let _ = job
                    .reply
                    .send(Err(RegisterError::App(AppError::Unavailable)));
            }
            return;
        }
    };
    for job in jobs {
        let answer = one(state, &txn, &job.ev, &job.new).await;
        answered.push((job.reply, answer));
    }
    if let Err(e) = txn.commit().await {
        // Nothing was stored: no one is told otherwise.
        tracing::error!(error = %e, "registration batch: commit failed");
        for (reply, _) in answered {
            let _ = reply.send(Err(RegisterError::App(AppError::Unavailable)));
        }
        return;
    }
    for (reply, answer) in answered {
        let _ = reply.send(answer);
    }
}

/// One registration inside a savepoint of the shared transaction.
async fn one(
    state: &AppState,
    txn: &sea_orm::DatabaseTransaction,
    ev: &event::Model,
    new: &NewRegistration,
) -> Answer {
    let email_key = new.email.key();
    let savepoint = txn.begin().await?;
    match register_in(&savepoint, state, ev, new, &email_key).await {
        Ok(Some(reg)) => {
            savepoint.commit().await?;
            Ok(reg)
        }
        Ok(None) => {
            // Another process inserted the same address: that registration stands.
            savepoint.rollback().await?;
            registration::find_by_event_and_email(txn, ev.id, &email_key)
                .await?
                .ok_or(RegisterError::App(AppError::Conflict("duplicate".into())))
        }
        Err(e) => {
            savepoint.rollback().await?;
            Err(e)
        }
    }
}
