//! The `data` of each event type. Payloads carry ids and states; only
//! `registration.created` carries personal data (name, email, organization, country,
//! language), because a contact tool needs them once; later types name the registration
//! by id. docs/webhooks.md lists every field.

use sea_orm::{ConnectionTrait, DbErr};
use serde_json::{Value, json};

use crate::db::{event, registration};
use crate::domain::RegistrationStatus;
use crate::state::AppState;

use super::{EventType, enqueue};

fn event_ref(ev: &event::Model) -> Value {
    json!({"id": ev.id, "slug": ev.slug})
}

/// `registration.created`: someone registered (or came back after cancelling).
pub async fn registration_created(
    db: &impl ConnectionTrait,
    state: &AppState,
    ev: &event::Model,
    reg: &registration::Model,
) -> Result<(), DbErr> {
    let data = json!({
        "event": event_ref(ev),
        "registration": {
            "id": reg.id,
            "status": reg.status,
            "name": reg.name,
            "email": reg.email,
            "organization": reg.organization,
            "country": reg.country,
            "language": reg.language,
            "registered_at": reg.registered_at.to_rfc3339(),
        },
    });
    enqueue(db, state, ev, EventType::RegistrationCreated, data).await
}

/// `registration.confirmed` or `registration.cancelled`: ids and the new state only.
pub async fn registration_changed(
    db: &impl ConnectionTrait,
    state: &AppState,
    ev: &event::Model,
    reg: &registration::Model,
    kind: EventType,
) -> Result<(), DbErr> {
    let data = json!({
        "event": event_ref(ev),
        "registration": {"id": reg.id, "status": reg.status},
    });
    enqueue(db, state, ev, kind, data).await
}

/// `attendance.marked`: one delivery per marking, listing the registrations it touched.
pub async fn attendance_marked(
    db: &impl ConnectionTrait,
    state: &AppState,
    ev: &event::Model,
    marked: &[(i64, bool, Option<i32>)],
) -> Result<(), DbErr> {
    if marked.is_empty() {
        return Ok(());
    }
    let attendance: Vec<Value> = marked
        .iter()
        .map(|(id, attended, minutes)| {
            json!({"registration_id": id, "attended": attended, "attended_minutes": minutes})
        })
        .collect();
    let data = json!({"event": event_ref(ev), "attendance": attendance});
    enqueue(db, state, ev, EventType::AttendanceMarked, data).await
}

/// `message.sent`: a message to registrants went out; who got it stays out of the payload.
/// Called by the messages service in the transaction that records the sending.
pub async fn message_sent(
    db: &impl ConnectionTrait,
    state: &AppState,
    ev: &event::Model,
    message_id: i64,
    audience: &str,
    recipients: u64,
) -> Result<(), DbErr> {
    let data = json!({
        "event": event_ref(ev),
        "message": {"id": message_id, "audience": audience, "recipients": recipients},
    });
    enqueue(db, state, ev, EventType::MessageSent, data).await
}

/// A registration just written: `registration.created`, and `registration.confirmed` too
/// when it is confirmed at once (an event that asks no address check).
pub async fn registration_stored(
    db: &impl ConnectionTrait,
    state: &AppState,
    ev: &event::Model,
    reg: &registration::Model,
) -> Result<(), DbErr> {
    registration_created(db, state, ev, reg).await?;
    status_changed(db, state, ev, reg).await
}

/// A registration that moved: `registration.confirmed` when it is now confirmed,
/// `registration.cancelled` when it is now cancelled; other states send nothing.
pub async fn status_changed(
    db: &impl ConnectionTrait,
    state: &AppState,
    ev: &event::Model,
    reg: &registration::Model,
) -> Result<(), DbErr> {
    let kind = match reg.status {
        RegistrationStatus::Confirmed => EventType::RegistrationConfirmed,
        RegistrationStatus::Cancelled => EventType::RegistrationCancelled,
        _ => return Ok(()),
    };
    registration_changed(db, state, ev, reg, kind).await
}
