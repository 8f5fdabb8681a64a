//! The feedback link by email: `feedback_after_hours` after an event ends, each attendee gets
//! one email with their own `/r/{token}/feedback` link, in their language, once; those who
//! already answered from their page are not asked again.

use chrono::Duration;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::db::{event, feedback_request, followup, registration};
use crate::mail::intent::Params;
use crate::mail::outbox;
use crate::state::AppState;

use super::feedback;
use super::notify::Notice;

/// How long after it falls due a request is still sent. An event that ended long ago (an
/// imported past, a scheduler that was off for months) does not email its attendees out of
/// the blue; someone marked as attended within this time still gets the link.
pub const LATE_LIMIT_DAYS: i64 = 14;

/// Queues the feedback requests that are due now; returns how many were queued.
pub async fn send_due(state: &AppState) -> anyhow::Result<u32> {
    let now = state.now();
    let rows = followup::Entity::find()
        .filter(followup::Column::FeedbackAfterHours.is_not_null())
        .all(&state.db)
        .await?;
    let mut queued = 0;
    for row in rows {
        let Some(hours) = row.feedback_after_hours else {
            continue;
        };
        if row.feedback.is_empty() {
            continue;
        }
        let Some(ev) = event::Entity::find_by_id(row.event_id)
            .one(&state.db)
            .await?
        else {
            continue;
        };
        let due = ev.ends_at + Duration::hours(i64::from(hours));
        if now < due || now > due + Duration::days(LATE_LIMIT_DAYS) {
            continue;
        }
        let attendees = registration::Entity::find()
            .filter(registration::Column::EventId.eq(ev.id))
            .filter(registration::Column::Attended.eq(true))
            .filter(registration::Column::AnonymisedAt.is_null())
            .all(&state.db)
            .await?;
        let ids: Vec<i64> = attendees.iter().map(|r| r.id).collect();
        let asked = feedback_request::claimed_among(&state.db, &ids).await?;
        for reg in attendees.iter().filter(|r| !asked.contains(&r.id)) {
            if feedback::open_for(reg, &ev, &row, now).is_ok() {
                queued += request(state, &ev, reg).await?;
            }
        }
    }
    if queued > 0 {
        state.outbox_wake.notify_one();
    }
    Ok(queued)
}

/// Whether the attendee already gave feedback (from their page, before the email was due).
async fn answered(state: &AppState, reg: &registration::Model) -> Result<bool, sea_orm::DbErr> {
    let key = feedback::respondent_key(state, reg);
    Ok(crate::db::feedback::find_by_respondent(&state.db, &key)
        .await?
        .is_some())
}

/// One attendee: claims their request and queues the email in the same transaction, so a
/// restart between the two can neither lose it nor send it twice. Someone who answered
/// already is claimed without an email, so later runs pass them by.
async fn request(
    state: &AppState,
    ev: &event::Model,
    reg: &registration::Model,
) -> anyhow::Result<u32> {
    let send = !answered(state, reg).await?;
    let txn = state.write().await?;
    let claimed = feedback_request::claim(&*txn, reg.id, state.now()).await?;
    if claimed && send {
        outbox::queue(
            &*txn,
            state,
            ev,
            reg,
            Notice::FeedbackRequest,
            Params::default(),
        )
        .await?;
    }
    txn.commit().await?;
    Ok(u32::from(claimed && send))
}
