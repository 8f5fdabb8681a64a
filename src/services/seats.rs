//! Seats and the waiting list: who holds a seat, and who gets the next free one.

use sea_orm::ConnectionTrait;

use crate::db::{event, registration};
use crate::domain::RegistrationStatus;
use crate::mail::intent::Params;
use crate::mail::outbox;
use crate::state::AppState;

use super::notify::Notice;

/// Gives freed seats to the people waiting longest, in the caller's transaction, and queues
/// their emails with an invite. Returns how many were promoted.
pub async fn promote_waiting(
    db: &impl ConnectionTrait,
    state: &AppState,
    ev: &event::Model,
) -> anyhow::Result<u32> {
    let mut promoted = 0;
    while let Some(next) = registration::first_waitlisted(db, ev.id).await? {
        if !event::try_take_seat(db, ev).await? {
            break;
        }
        let now = state.now();
        if !registration::transition(
            db,
            next.id,
            RegistrationStatus::Waitlisted,
            RegistrationStatus::Confirmed,
            now,
        )
        .await?
        {
            // Someone else moved this person meanwhile; give the seat back and look again.
            event::release_seat(db, ev).await?;
            continue;
        }
        registration::set_holds_seat(db, next.id, true).await?;
        super::programme::seat_waiting(db, state, next.id).await?;
        let mut reg = next;
        reg.status = RegistrationStatus::Confirmed.as_str().into();
        reg.holds_seat = true;
        reg.confirmed_at = Some(now);
        outbox::queue(db, state, ev, &reg, Notice::Promoted, Params::default()).await?;
        promoted += 1;
    }
    Ok(promoted)
}

/// Releases a registration's seat, if it held one, and promotes the next in line.
pub async fn free_seat_of(
    db: &impl ConnectionTrait,
    state: &AppState,
    ev: &event::Model,
    held_seat: bool,
) -> anyhow::Result<()> {
    if held_seat {
        event::release_seat(db, ev).await?;
    }
    if ev.waitlist {
        promote_waiting(db, state, ev).await?;
    }
    Ok(())
}
