//! Giving an event to another organizer: only admins do, and the audit log says so.

use sea_orm::{ActiveModelTrait, ActiveValue::Unchanged, EntityTrait, Set};

use crate::db::{event, organizer};
use crate::error::AppError;
use crate::state::AppState;

use super::audit::{self, Actor};

/// Makes `owner` the event's owner; an unknown organizer is a bad request.
pub async fn set_owner(
    state: &AppState,
    ev: &event::Model,
    owner: i64,
    actor: &Actor,
) -> Result<(), AppError> {
    if ev.owner_id == Some(owner) {
        return Ok(());
    }
    let new_owner = organizer::Entity::find_by_id(owner)
        .one(&state.db)
        .await?
        .ok_or_else(|| AppError::BadRequest("no such organizer".into()))?;
    let now = state.now();
    let txn = state.write().await?;
    event::ActiveModel {
        id: Unchanged(ev.id),
        owner_id: Set(Some(owner)),
        updated_at: Set(now),
        ..Default::default()
    }
    .update(&*txn)
    .await?;
    let detail = format!("→ {}", new_owner.email);
    audit::record(&*txn, actor, ev.id, "owner", &detail, now).await?;
    txn.commit().await?;
    Ok(())
}
