//! Seats and the waiting list: who holds a seat, and who gets the next free one. A hybrid
//! event has two of each, one in the room and one online, that never lend each other seats.

use sea_orm::ConnectionTrait;

use crate::db::event::{self, Pool};
use crate::db::registration;
use crate::domain::{AttendanceMode, EventKind, RegistrationStatus};
use crate::mail::intent::Params;
use crate::mail::outbox;
use crate::state::AppState;

use super::notify::Notice;

/// The seat pools of an event: both modes of a hybrid event, else the event's one.
pub fn pools(ev: &event::Model) -> Vec<Pool> {
    match ev.kind {
        EventKind::Hybrid => AttendanceMode::ALL.into_iter().map(Pool::Mode).collect(),
        _ => vec![Pool::Event],
    }
}

/// The pool a registration's seat belongs to.
pub fn pool_of(ev: &event::Model, reg: &registration::Model) -> Pool {
    ev.pool(reg.attendance_mode)
}

/// Gives freed seats to the people waiting longest, in every pool of the event, in the
/// caller's transaction, and queues their emails with an invite. Returns how many were promoted.
pub async fn promote_waiting(
    db: &impl ConnectionTrait,
    state: &AppState,
    ev: &event::Model,
) -> anyhow::Result<u32> {
    let mut promoted = 0;
    for pool in pools(ev) {
        promoted += promote_in(db, state, ev, pool).await?;
    }
    Ok(promoted)
}

/// `promote_waiting` for one pool: only the people in that pool's line.
pub async fn promote_in(
    db: &impl ConnectionTrait,
    state: &AppState,
    ev: &event::Model,
    pool: Pool,
) -> anyhow::Result<u32> {
    let mut promoted = 0;
    while let Some(next) = registration::first_waitlisted(db, ev.id, pool.mode()).await? {
        if !event::try_take_seat(db, ev, pool).await? {
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
            event::release_seat(db, ev, pool).await?;
            continue;
        }
        registration::set_holds_seat(db, next.id, true).await?;
        super::programme::seat_waiting(db, state, next.id).await?;
        let mut reg = next;
        reg.status = RegistrationStatus::Confirmed;
        reg.holds_seat = true;
        reg.confirmed_at = Some(now);
        outbox::queue(db, state, ev, &reg, Notice::Promoted, Params::default()).await?;
        crate::webhooks::payload::status_changed(db, state, ev, &reg).await?;
        promoted += 1;
    }
    Ok(promoted)
}

/// Releases `reg`'s seat (as it was before the change), if it held one, and promotes the next
/// in line of the same pool.
pub async fn free_seat_of(
    db: &impl ConnectionTrait,
    state: &AppState,
    ev: &event::Model,
    reg: &registration::Model,
) -> anyhow::Result<()> {
    let pool = pool_of(ev, reg);
    if reg.holds_seat {
        event::release_seat(db, ev, pool).await?;
    }
    if ev.waitlist {
        promote_in(db, state, ev, pool).await?;
    }
    Ok(())
}
