//! What participants do on their own page: confirm, cancel, change language, switch between
//! the room and online.

use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Unchanged, ColumnTrait, EntityTrait, QueryFilter, Set,
};

use crate::db::{event, registration};
use crate::domain::{AttendanceMode, EventKind, Lang, RegistrationStatus};
use crate::error::AppError;
use crate::mail::intent::Params;
use crate::mail::outbox;
use crate::state::AppState;

use super::super::notify::Notice;
use super::super::seats;

/// Finds a registration and its event by the participant's link token.
pub async fn by_token(
    state: &AppState,
    token: &str,
) -> Result<(registration::Model, event::Model), AppError> {
    if token.len() != 43 {
        return Err(AppError::NotFound);
    }
    let reg = registration::find_by_token_hash(&state.db, &crate::security::hash_token(token))
        .await?
        .ok_or(AppError::NotFound)?;
    let ev = event::Entity::find_by_id(reg.event_id)
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((reg, ev))
}

/// Confirms the address: the registration gets a seat, or a place in line.
pub async fn confirm(state: &AppState, token: &str) -> Result<registration::Model, AppError> {
    let (reg, ev) = by_token(state, token).await?;
    // Confirming gives a seat or a place in line; neither exists at a cancelled event.
    if !reg
        .status
        .can_become(RegistrationStatus::Waitlisted, ev.status)
    {
        return Ok(reg);
    }
    let txn = state.write().await?;
    let now = state.now();
    let seated =
        reg.holds_seat || event::try_take_seat(&*txn, &ev, seats::pool_of(&ev, &reg)).await?;
    let to = if seated {
        RegistrationStatus::Confirmed
    } else {
        RegistrationStatus::Waitlisted
    };
    if !registration::transition(&*txn, reg.id, RegistrationStatus::Pending, to, now).await? {
        // A double click: the first one did the work.
        txn.rollback().await?;
        return Ok(registration::find_by_token_hash(&state.db, &reg.token_hash)
            .await?
            .unwrap_or(reg));
    }
    if seated && !reg.holds_seat {
        registration::set_holds_seat(&*txn, reg.id, true).await?;
    }
    let reg = registration::Entity::find_by_id(reg.id)
        .one(&*txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let notice = if seated {
        Notice::Confirmed
    } else {
        Notice::Waitlisted
    };
    outbox::queue(&*txn, state, &ev, &reg, notice, Params::default()).await?;
    crate::webhooks::payload::status_changed(&*txn, state, &ev, &reg).await?;
    txn.commit().await?;
    Ok(reg)
}

/// Cancels a registration; a freed seat goes to the next in line.
pub async fn cancel(state: &AppState, token: &str) -> Result<registration::Model, AppError> {
    let (reg, ev) = by_token(state, token).await?;
    let from = reg.status;
    if !from.is_active() {
        return Ok(reg);
    }
    let txn = state.write().await?;
    let now = state.now();
    if !registration::transition(&*txn, reg.id, from, RegistrationStatus::Cancelled, now).await? {
        txn.rollback().await?;
        return Ok(registration::find_by_token_hash(&state.db, &reg.token_hash)
            .await?
            .unwrap_or(reg));
    }
    seats::free_seat_of(&*txn, state, &ev, &reg).await?;
    super::super::programme::leave_all(&*txn, state, &ev, reg.id).await?;
    let cancelled = registration::Entity::find_by_id(reg.id)
        .one(&*txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let had_invite = from == RegistrationStatus::Confirmed;
    let params = Params {
        had_invite,
        ..Params::default()
    };
    let notice = Notice::Cancelled { had_invite };
    outbox::queue(&*txn, state, &ev, &cancelled, notice, params).await?;
    crate::webhooks::payload::status_changed(&*txn, state, &ev, &cancelled).await?;
    txn.commit().await?;
    Ok(cancelled)
}

/// Changes the language of every later email and of the participant's page.
pub async fn change_language(
    state: &AppState,
    token: &str,
    lang: Lang,
) -> Result<registration::Model, AppError> {
    let (reg, _) = by_token(state, token).await?;
    let active = registration::ActiveModel {
        id: Unchanged(reg.id),
        language: Set(lang),
        updated_at: Set(state.now()),
        ..Default::default()
    };
    let txn = state.write().await?;
    let reg = active.update(&*txn).await?;
    txn.commit().await?;
    Ok(reg)
}

/// Moves a participant of a hybrid event to the other mode: their seat goes back to the line of
/// the mode they leave, and they take a seat in the new one, or its waiting list when it is
/// full. A full mode without a waiting list refuses the move (nothing changes). The email that
/// follows carries the invite of the new mode (join link online, venue and check-in code in the
/// room), or says they are on the waiting list.
pub async fn switch_mode(
    state: &AppState,
    token: &str,
    mode: AttendanceMode,
) -> Result<registration::Model, AppError> {
    let (reg, ev) = by_token(state, token).await?;
    let from = reg.status;
    if ev.kind != EventKind::Hybrid || !from.is_active() || reg.attendance_mode == Some(mode) {
        return Ok(reg);
    }
    let txn = state.write().await?;
    let now = state.now();
    // The guard on the old mode makes a double click move the participant once.
    let moved = registration::Entity::update_many()
        .col_expr(
            registration::Column::AttendanceMode,
            Expr::value(mode.as_str()),
        )
        .col_expr(registration::Column::UpdatedAt, Expr::value(now))
        .filter(registration::Column::Id.eq(reg.id))
        .filter(registration::Column::Status.eq(from.as_str()))
        .filter(match reg.attendance_mode {
            Some(old) => registration::Column::AttendanceMode.eq(old),
            None => registration::Column::AttendanceMode.is_null(),
        })
        .exec(&*txn)
        .await?
        .rows_affected
        == 1;
    if !moved {
        txn.rollback().await?;
        return Ok(registration::find_by_token_hash(&state.db, &reg.token_hash)
            .await?
            .unwrap_or(reg));
    }
    let new_pool = ev.pool(Some(mode));
    // Pending people keep waiting for their address; they hold a seat only if the event
    // gives one before confirmation.
    let wants_seat = from != RegistrationStatus::Pending || reg.holds_seat;
    let seated = wants_seat && event::try_take_seat(&*txn, &ev, new_pool).await?;
    let to = match from {
        RegistrationStatus::Pending => RegistrationStatus::Pending,
        _ if seated => RegistrationStatus::Confirmed,
        _ if ev.waitlist => RegistrationStatus::Waitlisted,
        _ => {
            txn.rollback().await?;
            return Err(AppError::Conflict("mode-full".into()));
        }
    };
    if to != from {
        registration::transition(&*txn, reg.id, from, to, now).await?;
    }
    registration::set_holds_seat(&*txn, reg.id, seated).await?;
    // The seat left behind goes to the first in the old mode's line.
    seats::free_seat_of(&*txn, state, &ev, &reg).await?;
    let switched = registration::Entity::find_by_id(reg.id)
        .one(&*txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let notice = match to {
        RegistrationStatus::Confirmed => Some(Notice::Confirmed),
        RegistrationStatus::Waitlisted => Some(Notice::Waitlisted),
        _ => None,
    };
    if let Some(notice) = notice {
        outbox::queue(&*txn, state, &ev, &switched, notice, Params::default()).await?;
    }
    if to != from {
        crate::webhooks::payload::status_changed(&*txn, state, &ev, &switched).await?;
    }
    txn.commit().await?;
    Ok(switched)
}
