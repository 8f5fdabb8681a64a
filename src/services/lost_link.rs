//! "Send me my link again": every active registration of an address for an event still to
//! come gets its email once more. The caller learns nothing about what was found, so the
//! page cannot reveal who is registered.

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::db::{event, registration};
use crate::domain::{EmailAddress, EventStatus, RegistrationStatus};
use crate::error::AppError;
use crate::state::AppState;

use super::registration::{RegisterError, resend_current};

/// Queues the links of `email`'s registrations; each goes out at most every few minutes, so
/// this cannot be used to flood someone's mailbox.
pub async fn resend_links(state: &AppState, email: &EmailAddress) -> Result<(), AppError> {
    let active = [
        RegistrationStatus::Pending,
        RegistrationStatus::Confirmed,
        RegistrationStatus::Waitlisted,
    ]
    .map(|s| s.as_str());
    let found = registration::Entity::find()
        .filter(registration::Column::EmailKey.eq(email.key()))
        .filter(registration::Column::Status.is_in(active))
        .all(&state.db)
        .await?;
    let now = state.now();
    for reg in found {
        let Some(ev) = event::Entity::find_by_id(reg.event_id)
            .one(&state.db)
            .await?
        else {
            continue;
        };
        if ev.ends_at < now || ev.status == EventStatus::Cancelled {
            continue;
        }
        let txn = state.write().await?;
        resend_current(&txn, state, &ev, reg)
            .await
            .map_err(|e| match e {
                RegisterError::App(e) => e,
                RegisterError::Closed(_) => AppError::Conflict("closed".into()),
            })?;
        txn.commit().await?;
    }
    Ok(())
}
