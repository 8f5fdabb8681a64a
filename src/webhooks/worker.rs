//! The delivery worker: claims due deliveries, POSTs them signed, keeps each attempt, and
//! retries with exponential backoff and jitter for a day. A receiver whose delivery fails
//! for good is disabled, and its owner is told by email.
//!
//! A receiver cannot hold a worker: the whole exchange has a timeout, redirects are not
//! followed, and at most `MAX_BODY` bytes of its answer are read.

use std::sync::Arc;
use std::time::{Duration as StdDuration, Instant};

use chrono::{DateTime, Duration, Utc};
use futures_util::StreamExt;
use rand::Rng;

use crate::db::webhook_delivery::Outcome;
use crate::db::{webhook, webhook_delivery};
use crate::state::AppState;

use super::guard::{CheckedResolver, check_url};
use super::sign::signature;

const BATCH: u32 = 64;
const PARALLEL: usize = 8;
/// The most of a receiver's answer that is read (and kept as the error, when it failed).
const MAX_BODY: usize = 16 * 1024;

/// The HTTP client of deliveries: checked resolution, no proxy, no redirects, a timeout.
pub fn client(state: &AppState) -> anyhow::Result<reqwest::Client> {
    Ok(reqwest::Client::builder()
        .dns_resolver(Arc::new(CheckedResolver {
            allow_private: state.settings.allow_private_webhooks,
        }))
        .no_proxy()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(StdDuration::from_secs(
            state.settings.webhook_timeout_seconds,
        ))
        .connect_timeout(StdDuration::from_secs(
            state.settings.webhook_timeout_seconds,
        ))
        .user_agent("Convene-Webhooks/1")
        .build()?)
}

/// When to try again after `attempts` failed tries: 5 s, 25 s, 2 min, 10 min, 52 min, 4 h,
/// then every 8 hours, each ±20 % so that a recovering receiver is not hit all at once.
pub fn retry_delay(attempts: i32) -> Duration {
    let base = 5.0 * 5f64.powi(attempts.saturating_sub(1).clamp(0, 8));
    let capped = base.min(8.0 * 3600.0);
    let jitter = rand::rng().random_range(0.8..1.2);
    Duration::milliseconds((capped * jitter * 1000.0) as i64)
}

/// Claims and delivers every due delivery; returns how many were attempted.
pub async fn deliver_due(state: &AppState, client: &reqwest::Client) -> anyhow::Result<usize> {
    let mut total = 0;
    loop {
        let now = state.now();
        let lease = Duration::seconds(state.settings.webhook_timeout_seconds as i64 * 3 + 30);
        let batch = {
            let _turn = state.write_turn().await;
            webhook_delivery::claim_due(&state.db, now, now + lease, BATCH).await?
        };
        if batch.is_empty() {
            return Ok(total);
        }
        total += batch.len();
        let results: Vec<_> = futures_util::stream::iter(batch)
            .map(|row| async move {
                let hook = webhook::find(&state.db, row.webhook_id).await;
                let started = Instant::now();
                let result = match hook {
                    Ok(Some(hook)) if hook.active => send(state, client, &hook, &row).await,
                    Ok(_) => Err((None, "the webhook is disabled or removed".to_string())),
                    Err(e) => Err((None, format!("database: {e}"))),
                };
                (row, result, started.elapsed().as_millis() as i64)
            })
            .buffer_unordered(PARALLEL)
            .collect()
            .await;
        for (row, result, ms) in results {
            record(state, &row, result, ms).await?;
        }
    }
}

type Answer = Result<i32, (Option<i32>, String)>;

/// One signed POST; Ok with the status for a 2xx, otherwise the status (if any) and why.
async fn send(
    state: &AppState,
    client: &reqwest::Client,
    hook: &webhook::Model,
    row: &webhook_delivery::Model,
) -> Answer {
    let allow_private = state.settings.allow_private_webhooks;
    // Checked again at each attempt: the rules or the name's addresses may have changed.
    let url = check_url(&hook.url, allow_private)
        .await
        .map_err(|e| (None, e.to_string()))?;
    let timestamp = state.now().timestamp();
    let response = client
        .post(url)
        .header("content-type", "application/json")
        .header("webhook-id", &row.message_id)
        .header("webhook-timestamp", timestamp.to_string())
        .header(
            "webhook-signature",
            signature(&hook.secret, &row.message_id, timestamp, &row.payload),
        )
        .body(row.payload.clone())
        .send()
        .await
        .map_err(|e| (None, describe(&e)))?;
    let status = i32::from(response.status().as_u16());
    let body = read_capped(response).await;
    if (200..300).contains(&status) {
        Ok(status)
    } else {
        let answer = body.unwrap_or_else(|e| describe(&e));
        Err((Some(status), format!("HTTP {status}: {answer}")))
    }
}

/// At most `MAX_BODY` bytes of the answer, as text; the rest is never read.
async fn read_capped(mut response: reqwest::Response) -> Result<String, reqwest::Error> {
    let mut kept = Vec::new();
    while let Some(chunk) = response.chunk().await? {
        let room = MAX_BODY - kept.len();
        kept.extend_from_slice(&chunk[..chunk.len().min(room)]);
        if kept.len() >= MAX_BODY {
            break;
        }
    }
    Ok(String::from_utf8_lossy(&kept).into_owned())
}

fn describe(e: &reqwest::Error) -> String {
    use std::error::Error;
    let mut text = if e.is_timeout() {
        "timed out".to_string()
    } else if e.is_connect() {
        "could not connect".to_string()
    } else {
        "request failed".to_string()
    };
    let mut source = e.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

async fn record(
    state: &AppState,
    row: &webhook_delivery::Model,
    result: Answer,
    ms: i64,
) -> anyhow::Result<()> {
    let now = state.now();
    let (status, error, outcome) = match result {
        Ok(status) => (Some(status), None, Outcome::Delivered),
        Err((status, error)) => {
            let next = now + retry_delay(row.attempts);
            let outcome = if next > row.give_up_at {
                Outcome::Failed
            } else {
                Outcome::Retry(next)
            };
            (status, Some(error), outcome)
        }
    };
    let failed = matches!(outcome, Outcome::Failed);
    let txn = state.write().await?;
    webhook_delivery::record(&*txn, row, now, status, error.clone(), ms, outcome).await?;
    if failed {
        super::manage::disable_after_failure(&*txn, state, row, error.as_deref()).await?;
    }
    txn.commit().await?;
    match (&error, failed) {
        (None, _) => {
            tracing::info!(webhook = row.webhook_id, kind = %row.event_type, "webhook delivered")
        }
        (Some(e), false) => {
            tracing::info!(webhook = row.webhook_id, attempt = row.attempts, error = %e, "webhook not delivered, will retry")
        }
        (Some(e), true) => {
            tracing::warn!(webhook = row.webhook_id, error = %e, "webhook delivery failed for good; receiver disabled")
        }
    }
    Ok(())
}

/// The worker started by `serve`: delivers what is due, then sleeps until woken by a new
/// delivery, until the next retry is due, or for at most a second (other instances may have
/// written rows this one was not told about).
pub async fn run(state: AppState, mut shutdown: tokio::sync::watch::Receiver<bool>) {
    let client = match client(&state) {
        Ok(client) => client,
        Err(e) => {
            tracing::error!(error = %e, "webhook worker: no HTTP client");
            return;
        }
    };
    loop {
        if let Err(e) = deliver_due(&state, &client).await {
            tracing::error!(error = %e, "webhook worker");
        }
        let wait = match webhook_delivery::next_due_at(&state.db).await {
            Ok(Some(at)) => until(at, state.now()).min(StdDuration::from_secs(1)),
            _ => StdDuration::from_secs(1),
        };
        tokio::select! {
            _ = state.webhook_wake.notified() => {}
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
