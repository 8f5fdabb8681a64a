//! The audit log: who did what to an event. Entries are written in the transaction of the
//! change they describe, so the log never claims a change that did not happen, or misses one.

use sea_orm::ConnectionTrait;

use crate::db::{audit, event, organizer};
use crate::domain::{EventStatus, Lang};

/// Who acts: an organizer (through the pages or an API token), or Convene itself.
#[derive(Debug, Clone)]
pub struct Actor {
    pub organizer_id: Option<i64>,
    pub label: String,
}

impl Actor {
    pub fn organizer(who: &organizer::Model) -> Actor {
        Actor {
            organizer_id: Some(who.id),
            label: who.email.clone(),
        }
    }

    /// The command line and the demo loader.
    pub fn system() -> Actor {
        Actor {
            organizer_id: None,
            label: "system".into(),
        }
    }
}

pub async fn record(
    db: &impl ConnectionTrait,
    actor: &Actor,
    event_id: i64,
    action: &str,
    detail: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), sea_orm::DbErr> {
    audit::insert(
        db,
        Some(event_id),
        actor.organizer_id,
        &actor.label,
        action,
        detail,
        now,
    )
    .await
}

/// The name of a change: a status change has its own, anything else is an update.
pub fn change_action(before: &event::Model, after: &event::Model) -> &'static str {
    match (before.status, after.status) {
        (a, b) if a == b => "updated",
        (_, EventStatus::Published) => "published",
        (_, EventStatus::Cancelled) => "cancelled",
        (EventStatus::Published, EventStatus::Draft) => "unpublished",
        _ => "updated",
    }
}

/// Fields the log leaves out: counters, and the texts (logged by language below).
const UNLOGGED: [&str; 5] = [
    "sequence",
    "seats_taken",
    "seats_taken_in_person",
    "seats_taken_online",
    "translations",
];

/// Fields too long or too secret for the log: only that they changed.
const NAMED_ONLY: [&str; 3] = ["join_url", "join_urls", "questions"];

/// The fields that differ, with old and new values where they are short and not secret.
///
/// Worked out from the serialised event, so a field added to the event is logged without
/// being listed here.
pub fn describe_change(before: &event::Model, after: &event::Model) -> String {
    let (old, new) = (fields(before), fields(after));
    let mut parts: Vec<String> = Vec::new();
    for (name, old_value) in &old {
        let new_value = &new[name];
        if old_value == new_value || UNLOGGED.contains(&name.as_str()) {
            continue;
        }
        if NAMED_ONLY.contains(&name.as_str()) {
            parts.push(name.clone());
        } else {
            parts.push(format!(
                "{name}: {} → {}",
                shown(old_value),
                shown(new_value)
            ));
        }
    }
    let changed: Vec<&str> = Lang::ALL
        .iter()
        .filter(|l| before.translations.get(l) != after.translations.get(l))
        .map(|l| l.code())
        .collect();
    if !changed.is_empty() {
        parts.push(format!("translations ({})", changed.join(", ")));
    }
    // The owner is the row's bookkeeping, not part of the event's serialised form.
    if before.owner_id != after.owner_id {
        parts.push(format!(
            "owner: {} → {}",
            id(before.owner_id),
            id(after.owner_id)
        ));
    }
    parts.join("; ")
}

/// The event's fields by name, as the event serialises.
fn fields(ev: &event::Model) -> serde_json::Map<String, serde_json::Value> {
    match serde_json::to_value(ev) {
        Ok(serde_json::Value::Object(map)) => map,
        _ => serde_json::Map::new(),
    }
}

/// A value as the log shows it: text as it is, a list joined by commas, nothing as "–".
fn shown(value: &serde_json::Value) -> String {
    use serde_json::Value;
    match value {
        Value::Null => "–".into(),
        Value::String(s) => s.clone(),
        Value::Array(items) if items.is_empty() => "–".into(),
        Value::Array(items) => items.iter().map(shown).collect::<Vec<_>>().join(", "),
        other => other.to_string(),
    }
}

fn id(value: Option<i64>) -> String {
    value.map(|i| format!("#{i}")).unwrap_or_else(|| "–".into())
}

/// What a new event looks like in the log.
pub fn describe_new(ev: &event::Model) -> String {
    format!(
        "{} ({}, {}, {})",
        ev.slug,
        ev.kind.as_str(),
        ev.status.as_str(),
        ev.starts_at.to_rfc3339()
    )
}
