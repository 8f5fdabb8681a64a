//! Jobs that run on a timer inside `serve`: expiring unconfirmed registrations, anonymising
//! old ones (retention), sending scheduled messages, reminders and, after an event, the
//! feedback link. Each job claims rows with guarded updates, so several instances can run it
//! at once without doing anything twice.

use sea_orm::EntityTrait;

use crate::db::{event, registration};
use crate::domain::RegistrationStatus;
use crate::state::AppState;

use super::seats;

/// Expires pending registrations whose time ran out; their seats go to the waiting list.
pub async fn expire_pending(state: &AppState) -> anyhow::Result<u32> {
    let mut expired = 0;
    loop {
        let due = registration::expired_pending(&state.db, state.now(), 100).await?;
        if due.is_empty() {
            return Ok(expired);
        }
        for reg in due {
            let txn = state.write().await?;
            let now = state.now();
            if registration::transition(
                &*txn,
                reg.id,
                RegistrationStatus::Pending,
                RegistrationStatus::Expired,
                now,
            )
            .await?
            {
                if let Some(ev) = event::Entity::find_by_id(reg.event_id).one(&*txn).await? {
                    seats::free_seat_of(&*txn, state, &ev, &reg).await?;
                    super::programme::leave_all(&*txn, state, &ev, reg.id).await?;
                }
                expired += 1;
            }
            txn.commit().await?;
        }
    }
}

/// Runs every job once.
pub async fn run_once(state: &AppState) -> anyhow::Result<()> {
    let expired = expire_pending(state).await?;
    if expired > 0 {
        tracing::info!(expired, "expired unconfirmed registrations");
    }
    let anonymised = super::privacy::apply_retention(state).await?;
    if anonymised > 0 {
        tracing::info!(
            anonymised,
            "registrations anonymised by the retention policy"
        );
    }
    let messages = super::messages::send_due(state).await?;
    if messages > 0 {
        tracing::info!(messages, "scheduled messages sent");
    }
    let reminded = super::reminders::send_due(state).await?;
    if reminded > 0 {
        tracing::info!(reminded, "reminders queued");
    }
    let asked = super::feedback_mail::send_due(state).await?;
    if asked > 0 {
        tracing::info!(asked, "feedback requests queued");
    }
    Ok(())
}

/// The scheduler loop started by `serve`.
pub async fn run(state: AppState, mut shutdown: tokio::sync::watch::Receiver<bool>) {
    let every = std::time::Duration::from_secs(state.settings.scheduler_interval_seconds);
    loop {
        let result = run_once(&state).await;
        state.metrics.scheduler_run(result.is_ok());
        if let Err(e) = result {
            tracing::error!(error = %e, "scheduler");
        }
        tokio::select! {
            _ = tokio::time::sleep(every) => {}
            _ = shutdown.changed() => return,
        }
    }
}
