//! Webhooks: signed JSON POSTs to receivers organizers register, one per change they asked
//! for. A delivery is a row written in the transaction of the change (as emails are), and
//! `worker` sends it with retries, so a change is never reported that did not happen, and
//! never lost when a receiver is down.

pub mod guard;
pub mod manage;
pub mod payload;
pub mod sign;
pub mod worker;

use chrono::Duration;
use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, EntityTrait, Set};
use serde_json::json;

use crate::db::{event, organizer, webhook, webhook_delivery};
use crate::state::AppState;

/// How long a delivery is retried before it is marked failed.
pub const RETRY_FOR: Duration = Duration::hours(24);

/// What happened, as receivers subscribe to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventType {
    RegistrationCreated,
    RegistrationConfirmed,
    RegistrationCancelled,
    AttendanceMarked,
    MessageSent,
}

impl EventType {
    pub const ALL: [EventType; 5] = [
        EventType::RegistrationCreated,
        EventType::RegistrationConfirmed,
        EventType::RegistrationCancelled,
        EventType::AttendanceMarked,
        EventType::MessageSent,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EventType::RegistrationCreated => "registration.created",
            EventType::RegistrationConfirmed => "registration.confirmed",
            EventType::RegistrationCancelled => "registration.cancelled",
            EventType::AttendanceMarked => "attendance.marked",
            EventType::MessageSent => "message.sent",
        }
    }

    pub fn parse(s: &str) -> Option<EventType> {
        Self::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

/// Queues one delivery of `kind` about `ev` to every active receiver that wants it, inside
/// the caller's transaction. Receivers of one event, and receivers of "all my events" whose
/// owner manages this one (an admin manages all), get it.
pub async fn enqueue(
    db: &impl ConnectionTrait,
    state: &AppState,
    ev: &event::Model,
    kind: EventType,
    data: serde_json::Value,
) -> Result<(), DbErr> {
    let receivers = crate::services::registration::memo::active_receivers(db).await?;
    if receivers.is_empty() {
        return Ok(());
    }
    let now = state.now();
    let body = json!({
        "type": kind.as_str(),
        "timestamp": now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        "data": data,
    })
    .to_string();
    for hook in receivers.iter().filter(|h| h.wants(kind.as_str())) {
        if !covers(db, hook, ev).await? {
            continue;
        }
        webhook_delivery::ActiveModel {
            webhook_id: Set(hook.id),
            message_id: Set(format!("msg_{}", uuid::Uuid::new_v4().simple())),
            event_type: Set(kind.as_str().to_string()),
            event_id: Set(Some(ev.id)),
            payload: Set(body.clone()),
            status: Set("queued".into()),
            attempts: Set(0),
            next_attempt_at: Set(now),
            claimed_until: Set(None),
            give_up_at: Set(now + RETRY_FOR),
            last_status: Set(None),
            last_error: Set(None),
            created_at: Set(now),
            delivered_at: Set(None),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

/// Whether the receiver's scope takes in this event.
async fn covers(
    db: &impl ConnectionTrait,
    hook: &webhook::Model,
    ev: &event::Model,
) -> Result<bool, DbErr> {
    Ok(match hook.event_id {
        Some(id) => id == ev.id,
        None if ev.owner_id == Some(hook.owner_id) => true,
        None => organizer::Entity::find_by_id(hook.owner_id)
            .one(db)
            .await?
            .is_some_and(|o| o.is_admin() && !o.is_disabled()),
    })
}
