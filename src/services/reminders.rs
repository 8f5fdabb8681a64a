//! Reminders before an event: to confirmed participants, in their language, once each.

use chrono::Duration;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::db::{event, registration, reminder};
use crate::domain::{EventStatus, RegistrationStatus};
use crate::mail::intent::Params;
use crate::mail::outbox;
use crate::state::AppState;

use super::notify::Notice;

/// Sends the reminders that are due now; returns how many were queued.
///
/// Only the nearest due reminder goes out: someone who registers two hours before the start
/// gets the one-hour reminder, not yesterday's 24-hour one. The earlier offsets are claimed
/// at the same time, so they never follow.
pub async fn send_due(state: &AppState) -> anyhow::Result<u32> {
    let now = state.now();
    let horizon = now + Duration::days(8);
    let events = event::Entity::find()
        .filter(event::Column::Status.eq(EventStatus::Published.as_str()))
        .filter(event::Column::StartsAt.gt(now))
        .filter(event::Column::StartsAt.lte(horizon))
        .all(&state.db)
        .await?;
    let mut queued = 0;
    for ev in events {
        let mut due: Vec<i64> = ev
            .reminders
            .iter()
            .copied()
            .filter(|m| *m > 0 && now >= ev.starts_at - Duration::minutes(*m))
            .collect();
        if due.is_empty() {
            continue;
        }
        due.sort_unstable();
        let people = registration::Entity::find()
            .filter(registration::Column::EventId.eq(ev.id))
            .filter(registration::Column::Status.eq(RegistrationStatus::Confirmed.as_str()))
            .all(&state.db)
            .await?;
        for reg in people {
            queued += remind(state, &ev, &reg, &due).await?;
        }
    }
    if queued > 0 {
        state.outbox_wake.notify_one();
    }
    Ok(queued)
}

/// One registration: claims every due offset, and queues an email if the nearest was new.
async fn remind(
    state: &AppState,
    ev: &event::Model,
    reg: &registration::Model,
    due: &[i64],
) -> anyhow::Result<u32> {
    let txn = state.write().await?;
    let now = state.now();
    let mut nearest_is_new = false;
    for (i, minutes) in due.iter().enumerate() {
        let claimed = reminder::claim(
            &*txn,
            reg.id,
            i32::try_from(*minutes).unwrap_or(i32::MAX),
            now,
        )
        .await?;
        if i == 0 {
            nearest_is_new = claimed;
        }
    }
    let mut queued = 0;
    if nearest_is_new {
        outbox::queue(&*txn, state, ev, reg, Notice::Reminder, Params::default()).await?;
        queued = 1;
    }
    txn.commit().await?;
    Ok(queued)
}
