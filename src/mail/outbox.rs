//! The outbox: emails are rows first, written with the change that causes them, and a worker
//! delivers them with retries. A crash or an SMTP outage delays an email; it never loses it.

use std::sync::Arc;
use std::time::Duration as StdDuration;

use chrono::{DateTime, Duration, Utc};
use futures_util::StreamExt;
use rand::Rng;
use sea_orm::{ActiveModelTrait, ConnectionTrait, Set};

use crate::db::{event, outbox, registration};
use crate::domain::mask;
use crate::services::notify::Notice;
use crate::state::AppState;

use super::intent::{Params, Subjects};

/// After this many attempts an email is marked failed, for an organizer to look at.
pub const MAX_ATTEMPTS: i32 = 10;
const BATCH: u32 = 256;
/// SMTP sessions in flight at once; the transport's pool keeps as many connections open.
pub const PARALLEL_SENDS: usize = 16;

/// Queues `notice` for `reg` inside the caller's transaction. The row holds the intent only
/// (which notice, the invite's SEQUENCE, `params`); the email is rendered when it is sent.
pub async fn queue(
    db: &impl ConnectionTrait,
    state: &AppState,
    ev: &event::Model,
    reg: &registration::Model,
    notice: Notice,
    params: Params,
) -> anyhow::Result<()> {
    let now = state.now();
    outbox::ActiveModel {
        message_id: Set(format!("<{}@{}>", uuid::Uuid::new_v4(), state.host())),
        event_id: Set(Some(ev.id)),
        registration_id: Set(Some(reg.id)),
        kind: Set(notice.kind().to_string()),
        sender: Set(state.mail_from.email.to_string()),
        recipient: Set(reg.email.clone()),
        payload: Set(String::new()),
        status: Set("queued".into()),
        attempts: Set(0),
        next_attempt_at: Set(now),
        created_at: Set(now),
        sequence: Set(Some(ev.sequence)),
        params: Set((params != Params::default())
            .then(|| serde_json::to_string(&params))
            .transpose()?),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// When to try again after `attempts` failed tries: 5 s, 15 s, 45 s, … capped at 15 minutes,
/// with ±20 % jitter so that a recovering server is not hit by every email at once.
pub fn retry_delay(attempts: i32) -> Duration {
    let base = 5.0 * 3f64.powi(attempts.saturating_sub(1).min(10));
    let capped = base.min(15.0 * 60.0);
    let jitter = rand::rng().random_range(0.8..1.2);
    Duration::milliseconds((capped * jitter * 1000.0) as i64)
}

/// Claims and delivers every email that is due now; returns how many were attempted.
pub async fn deliver_due(state: &AppState) -> anyhow::Result<usize> {
    let mut total = 0;
    loop {
        yield_to_registrations(state).await;
        let now = state.now();
        let batch = {
            let _turn = state.write_turn().await;
            outbox::claim_due(
                &state.db,
                now,
                now + Duration::seconds(i64::from(state.settings.outbox_lease_seconds)),
                BATCH,
            )
            .await?
        };
        if batch.is_empty() {
            return Ok(total);
        }
        total += batch.len();
        let subjects = Arc::new(Subjects::load(&state.db, &batch).await?);
        let results: Vec<_> = futures_util::stream::iter(batch)
            .map(|row| {
                let subjects = subjects.clone();
                async move {
                    let started = std::time::Instant::now();
                    let (row, rendered) = render_apart(state, subjects, row).await;
                    let outcome = match rendered {
                        Ok(bytes) => {
                            state
                                .transport
                                .send(&row.sender, &row.recipient, &row.message_id, &bytes)
                                .await
                        }
                        Err(message) => Err(super::SendError {
                            permanent: true,
                            message,
                        }),
                    };
                    match &outcome {
                        Ok(()) => state.metrics.email_sent(started.elapsed()),
                        Err(_) => state.metrics.email_attempt_failed(),
                    }
                    (row, outcome)
                }
            })
            .buffer_unordered(PARALLEL_SENDS)
            .collect()
            .await;
        let now = state.now();
        let _turn = state.write_turn().await;
        let mut sent = Vec::new();
        for (row, outcome) in results {
            match outcome {
                Ok(()) => {
                    tracing::info!(kind = %row.kind, to = %mask(&row.recipient), transport = %state.transport.describe(), "email sent");
                    sent.push(row.id);
                }
                Err(e) => record_failure(state, &row, e).await?,
            }
        }
        outbox::mark_sent(&state.db, &sent, now).await?;
    }
}

/// Lets registrations that wait for the SQLite writer go first, for a moment: a claim takes
/// the one write turn, and rendering takes the cores the requests need. Bounded, so that a
/// steady stream of registrations delays emails by a fraction of a second per batch rather
/// than stopping them.
async fn yield_to_registrations(state: &AppState) {
    const PATIENCE: StdDuration = StdDuration::from_millis(200);
    const STEP: StdDuration = StdDuration::from_millis(10);
    let Some(queue) = state.registration_queue.get() else {
        return;
    };
    let started = std::time::Instant::now();
    while queue.waiting() > 0 && started.elapsed() < PATIENCE {
        tokio::time::sleep(STEP).await;
    }
}

/// Renders `row` on the blocking pool, so that emails are written on the other cores while
/// this task keeps the SMTP sessions busy: rendering (text, HTML, calendar with VTIMEZONE,
/// check-in code) costs more than handing bytes to a local server.
async fn render_apart(
    state: &AppState,
    subjects: Arc<Subjects>,
    row: outbox::Model,
) -> (outbox::Model, Result<Vec<u8>, String>) {
    let state = state.clone();
    let id = row.id;
    let kept = row.clone();
    match tokio::task::spawn_blocking(move || {
        let rendered = subjects.render(&state, &row);
        (row, rendered)
    })
    .await
    {
        Ok(done) => done,
        Err(e) => {
            tracing::error!(outbox_id = id, error = %e, "rendering an email stopped");
            (kept, Err(format!("rendering stopped: {e}")))
        }
    }
}

async fn record_failure(
    state: &AppState,
    row: &outbox::Model,
    e: super::SendError,
) -> anyhow::Result<()> {
    let give_up = e.permanent || row.attempts >= MAX_ATTEMPTS;
    let retry_at = (!give_up).then(|| state.now() + retry_delay(row.attempts));
    outbox::mark_failed_attempt(&state.db, row.id, &e.message, retry_at).await?;
    tracing::warn!(kind = %row.kind, to = %mask(&row.recipient), attempt = row.attempts, permanent = e.permanent, error = %e.message, "email not delivered");
    Ok(())
}

/// The worker started by `serve`: delivers what is due, then sleeps until woken by a new
/// email, until the next retry is due, or for at most a second (other instances may have
/// written rows this one was not told about).
pub async fn run(state: AppState, mut shutdown: tokio::sync::watch::Receiver<bool>) {
    loop {
        if let Err(e) = deliver_due(&state).await {
            tracing::error!(error = %e, "outbox worker");
        }
        let wait = match outbox::next_due_at(&state.db).await {
            Ok(Some(at)) => until(at, state.now()).min(StdDuration::from_secs(1)),
            _ => StdDuration::from_secs(1),
        };
        tokio::select! {
            _ = state.outbox_wake.notified() => {}
            _ = tokio::time::sleep(wait) => {}
            _ = shutdown.changed() => return,
        }
    }
}

fn until(at: DateTime<Utc>, now: DateTime<Utc>) -> StdDuration {
    (at - now)
        .to_std()
        .unwrap_or(StdDuration::ZERO)
        .max(StdDuration::from_millis(50))
}
