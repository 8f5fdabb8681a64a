//! What participants do on their own page: confirm, cancel, change language.

use sea_orm::{ActiveModelTrait, ActiveValue::Unchanged, EntityTrait, Set};

use crate::db::{event, registration};
use crate::domain::{Lang, RegistrationStatus};
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
        .status()
        .can_become(RegistrationStatus::Waitlisted, ev.status())
    {
        return Ok(reg);
    }
    let txn = state.write().await?;
    let now = state.now();
    let seated = reg.holds_seat || event::try_take_seat(&*txn, &ev).await?;
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
    txn.commit().await?;
    Ok(reg)
}

/// Cancels a registration; a freed seat goes to the next in line.
pub async fn cancel(state: &AppState, token: &str) -> Result<registration::Model, AppError> {
    let (reg, ev) = by_token(state, token).await?;
    let from = reg.status();
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
    seats::free_seat_of(&*txn, state, &ev, reg.holds_seat).await?;
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
        language: Set(lang.code().to_string()),
        updated_at: Set(state.now()),
        ..Default::default()
    };
    let txn = state.write().await?;
    let reg = active.update(&*txn).await?;
    txn.commit().await?;
    Ok(reg)
}
