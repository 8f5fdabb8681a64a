//! What organizers do to one registration: change its status, send its email again. Each
//! action keeps the seat counter right, tells the participant, and lands in the audit log.

use sea_orm::{ActiveModelTrait, ActiveValue::Unchanged, EntityTrait, Set};

use crate::db::{event, registration};
use crate::domain::{EventStatus, RegistrationStatus};
use crate::mail::intent::Params;
use crate::mail::outbox;
use crate::state::AppState;

use super::audit::{self, Actor};
use super::notify::Notice;
use super::seats;

#[derive(Debug)]
pub enum ActionError {
    NotFound,
    /// Confirming needs a free seat; raise the capacity first.
    NoSeat,
    /// This change is not one an organizer can make (e.g. to `pending`).
    NotAllowed,
    Internal(anyhow::Error),
}

impl<E: Into<anyhow::Error>> From<E> for ActionError {
    fn from(e: E) -> Self {
        ActionError::Internal(e.into())
    }
}

/// The statuses an organizer may set by hand.
pub const SETTABLE: [RegistrationStatus; 2] =
    [RegistrationStatus::Confirmed, RegistrationStatus::Cancelled];

async fn find(
    state: &AppState,
    ev: &event::Model,
    id: i64,
) -> Result<registration::Model, ActionError> {
    registration::Entity::find_by_id(id)
        .one(&state.db)
        .await?
        .filter(|r| r.event_id == ev.id)
        .ok_or(ActionError::NotFound)
}

/// Moves a registration to `to`: confirming takes a seat (and fails when none is free),
/// cancelling frees one for the next in line. The participant gets the matching email.
pub async fn set_status(
    state: &AppState,
    ev: &event::Model,
    id: i64,
    to: RegistrationStatus,
    actor: &Actor,
) -> Result<registration::Model, ActionError> {
    let reg = find(state, ev, id).await?;
    let from = reg.status;
    if from == to {
        return Ok(reg);
    }
    // The domain's one rule: e.g. a cancelled event admits no one.
    if !SETTABLE.contains(&to) || !from.can_become(to, ev.status) {
        return Err(ActionError::NotAllowed);
    }
    let now = state.now();
    let txn = state.write().await?;
    let took_seat = to == RegistrationStatus::Confirmed && !reg.holds_seat;
    if took_seat && !event::try_take_seat(&*txn, ev, seats::pool_of(ev, &reg)).await? {
        return Err(ActionError::NoSeat);
    }
    if !registration::transition(&*txn, reg.id, from, to, now).await? {
        // Someone else changed it meanwhile; the transaction's seat goes back with it.
        return Err(ActionError::NotAllowed);
    }
    let notice = match to {
        RegistrationStatus::Confirmed => {
            let revived = registration::ActiveModel {
                id: Unchanged(reg.id),
                holds_seat: Set(true),
                cancelled_at: Set(None),
                expires_at: Set(None),
                ..Default::default()
            };
            revived.update(&*txn).await?;
            if from == RegistrationStatus::Waitlisted {
                Notice::Promoted
            } else {
                Notice::Confirmed
            }
        }
        _ => {
            seats::free_seat_of(&*txn, state, ev, &reg).await?;
            super::programme::leave_all(&*txn, state, ev, reg.id).await?;
            Notice::Cancelled {
                had_invite: from == RegistrationStatus::Confirmed,
            }
        }
    };
    let changed = registration::Entity::find_by_id(reg.id)
        .one(&*txn)
        .await?
        .ok_or(ActionError::NotFound)?;
    let params = Params {
        had_invite: notice == (Notice::Cancelled { had_invite: true }),
        ..Params::default()
    };
    outbox::queue(&*txn, state, ev, &changed, notice, params).await?;
    crate::webhooks::payload::status_changed(&*txn, state, ev, &changed).await?;
    let detail = format!("#{}: {from} → {to}", reg.id);
    audit::record(&*txn, actor, ev.id, "registration_status", &detail, now).await?;
    txn.commit().await?;
    Ok(changed)
}

/// Sends the email that fits the registration's status once more: the address check for a
/// pending one, the confirmation with its invite, or the waiting-list notice.
pub async fn resend(
    state: &AppState,
    ev: &event::Model,
    id: i64,
    actor: &Actor,
) -> Result<registration::Model, ActionError> {
    let reg = find(state, ev, id).await?;
    if ev.status == EventStatus::Cancelled {
        return Err(ActionError::NotAllowed);
    }
    let notice = match reg.status {
        RegistrationStatus::Pending => Notice::ConfirmAddress,
        RegistrationStatus::Confirmed => Notice::Confirmed,
        RegistrationStatus::Waitlisted => Notice::Waitlisted,
        _ => return Err(ActionError::NotAllowed),
    };
    let now = state.now();
    let txn = state.write().await?;
    outbox::queue(&*txn, state, ev, &reg, notice, Params::default()).await?;
    let touched = registration::ActiveModel {
        id: Unchanged(reg.id),
        last_mail_at: Set(Some(now)),
        ..Default::default()
    }
    .update(&*txn)
    .await?;
    let detail = format!("#{} ({})", reg.id, reg.status);
    audit::record(&*txn, actor, ev.id, "email_resent", &detail, now).await?;
    txn.commit().await?;
    Ok(touched)
}
