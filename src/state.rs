//! The one cloneable state every handler, worker and command shares.

use std::ops::Deref;
use std::sync::{Arc, OnceLock, Weak};

use lettre::message::Mailbox;
use sea_orm::{DatabaseConnection, DatabaseTransaction, DbErr, TransactionTrait};
use tokio::sync::{Mutex, MutexGuard, Notify};

use crate::clock::Clock;
use crate::config::Settings;
use crate::db::{Backend, backend};
use crate::mail::Transport;
use crate::security::Secret;

#[derive(Clone)]
pub struct AppState(Arc<Inner>);

pub struct Inner {
    pub db: DatabaseConnection,
    pub settings: Settings,
    pub clock: Arc<dyn Clock>,
    pub transport: Transport,
    pub mail_from: Mailbox,
    pub secret: Secret,
    pub metrics: crate::metrics::Metrics,
    /// Per-address budgets of form posts.
    pub rate_limiter: crate::web::rate_limit::RateLimiter,
    /// Woken after a transaction that queued emails commits, so they go out at once.
    pub outbox_wake: Notify,
    /// Woken after a transaction commits, so webhook deliveries queued inside go out at once.
    pub webhook_wake: Notify,
    /// The domain of calendar UIDs and Message-IDs, settled from the database at start.
    pub uid_domain: std::sync::OnceLock<String>,
    /// SQLite allows one writer at a time. Taking turns here, rather than letting
    /// transactions collide on the file lock and retry, keeps latency flat under load.
    write_turn: Mutex<()>,
    /// The queue of the SQLite registration writer (group commit), started on first use.
    pub registration_queue: OnceLock<crate::services::registration::batch::Queue>,
    /// Short-lived copies of what the public pages read about an event.
    pub public_events: crate::web::public_event::PublicEvents,
}

impl Deref for AppState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}

impl AppState {
    pub fn new(
        db: DatabaseConnection,
        settings: Settings,
        clock: Arc<dyn Clock>,
        transport: Transport,
        secret: Secret,
    ) -> anyhow::Result<Self> {
        let mail_from: Mailbox = settings
            .mail_from
            .parse()
            .map_err(|e| anyhow::anyhow!("configuration: mail_from: {e}"))?;
        let rate_limiter = crate::web::rate_limit::RateLimiter::new(settings.rate_limit);
        Ok(AppState(Arc::new(Inner {
            db,
            settings,
            clock,
            transport,
            mail_from,
            secret,
            rate_limiter,
            metrics: crate::metrics::Metrics::default(),
            outbox_wake: Notify::new(),
            webhook_wake: Notify::new(),
            uid_domain: std::sync::OnceLock::new(),
            write_turn: Mutex::new(()),
            registration_queue: OnceLock::new(),
            public_events: Default::default(),
        })))
    }

    /// A reference that does not keep the state alive, for background tasks that should end
    /// with it.
    pub fn downgrade(&self) -> Weak<Inner> {
        Arc::downgrade(&self.0)
    }

    pub fn upgrade(weak: &Weak<Inner>) -> Option<AppState> {
        weak.upgrade().map(AppState)
    }

    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.clock.now()
    }

    /// Starts a write: waits for the write turn (SQLite), opens the transaction, and on
    /// commit wakes the outbox and the webhook worker. Every service that changes data goes
    /// through here, so the turn, the transaction and the wake-up cannot be forgotten or taken
    /// in the wrong order.
    pub async fn write(&self) -> Result<Write<'_>, DbErr> {
        let turn = self.write_turn().await;
        let txn = begin_on_own_task(&self.db).await?;
        Ok(Write {
            txn,
            _turn: turn,
            wake: &self.outbox_wake,
            webhook_wake: &self.webhook_wake,
            public_events: &self.public_events,
        })
    }

    /// Waits for this process's turn to write. PostgreSQL handles concurrent writers itself,
    /// so there the turn is free.
    pub async fn write_turn(&self) -> Option<MutexGuard<'_, ()>> {
        match backend(&self.db) {
            Backend::Sqlite => Some(self.write_turn.lock().await),
            Backend::Postgres => None,
        }
    }

    /// The domain Message-IDs and calendar UIDs are scoped by: the stored `uid_domain`
    /// (see `services::uid_domain`), which a later change of the public URL leaves alone.
    pub fn host(&self) -> String {
        match self.uid_domain.get() {
            Some(domain) => domain.clone(),
            None => crate::services::uid_domain::public_host(&self.settings),
        }
    }

    pub fn participant_url(&self, token: &str) -> String {
        format!("{}/r/{token}", self.settings.base_url())
    }
}

/// Opens a transaction on a task of its own, so that a caller cancelled while BEGIN is on the
/// wire (a visitor who closed the connection: axum drops the handler) cannot hand the
/// connection back to the pool inside a transaction. The driver counts a transaction only
/// once BEGIN's answer has arrived, and cleans up only the ones it counted; a connection left
/// in between went back to the pool "idle in transaction", and the next claim of the outbox
/// that ran on it was never committed. The task always reads the answer; when nobody waits for
/// the transaction any more, dropping it there rolls it back.
async fn begin_on_own_task(db: &DatabaseConnection) -> Result<DatabaseTransaction, DbErr> {
    let db = db.clone();
    tokio::spawn(async move { db.begin().await })
        .await
        .map_err(|e| DbErr::Custom(format!("opening a transaction: {e}")))?
}

/// An open write: the transaction, holding the write turn until it ends. Dropping it without
/// `commit` rolls the transaction back.
pub struct Write<'a> {
    txn: DatabaseTransaction,
    _turn: Option<MutexGuard<'a, ()>>,
    wake: &'a Notify,
    webhook_wake: &'a Notify,
    public_events: &'a crate::web::public_event::PublicEvents,
}

impl Write<'_> {
    /// Commits, gives up the turn, wakes the outbox for any email queued inside, and makes
    /// the public pages read afresh.
    pub async fn commit(self) -> Result<(), DbErr> {
        self.txn.commit().await?;
        self.public_events.written();
        self.wake.notify_one();
        self.webhook_wake.notify_one();
        Ok(())
    }

    pub async fn rollback(self) -> Result<(), DbErr> {
        self.txn.rollback().await
    }
}

impl Deref for Write<'_> {
    type Target = DatabaseTransaction;
    fn deref(&self) -> &DatabaseTransaction {
        &self.txn
    }
}
