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
    match (before.status(), after.status()) {
        (a, b) if a == b => "updated",
        (_, EventStatus::Published) => "published",
        (_, EventStatus::Cancelled) => "cancelled",
        (EventStatus::Published, EventStatus::Draft) => "unpublished",
        _ => "updated",
    }
}

/// The fields that differ, with old and new values where they are short and not secret.
pub fn describe_change(before: &event::Model, after: &event::Model) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut value = |name: &str, old: String, new: String| {
        if old != new {
            parts.push(format!("{name}: {old} → {new}"));
        }
    };
    let opt = |v: Option<String>| v.unwrap_or_else(|| "–".into());
    let time = |t: Option<chrono::DateTime<chrono::Utc>>| opt(t.map(|t| t.to_rfc3339()));
    value("kind", before.kind.clone(), after.kind.clone());
    value("status", before.status.clone(), after.status.clone());
    value("timezone", before.timezone.clone(), after.timezone.clone());
    value(
        "starts_at",
        time(Some(before.starts_at)),
        time(Some(after.starts_at)),
    );
    value(
        "ends_at",
        time(Some(before.ends_at)),
        time(Some(after.ends_at)),
    );
    let number = |n: Option<i32>| opt(n.map(|n| n.to_string()));
    value("capacity", number(before.capacity), number(after.capacity));
    value(
        "registration_opens_at",
        time(before.registration_opens_at),
        time(after.registration_opens_at),
    );
    value(
        "registration_closes_at",
        time(before.registration_closes_at),
        time(after.registration_closes_at),
    );
    value(
        "default_language",
        before.default_language.clone(),
        after.default_language.clone(),
    );
    value(
        "languages",
        before.languages.clone(),
        after.languages.clone(),
    );
    value("venue", opt(before.venue.clone()), opt(after.venue.clone()));
    for (name, old, new) in [
        (
            "require_email_confirmation",
            before.require_email_confirmation,
            after.require_email_confirmation,
        ),
        ("waitlist", before.waitlist, after.waitlist),
        (
            "pending_holds_seat",
            before.pending_holds_seat,
            after.pending_holds_seat,
        ),
    ] {
        value(name, old.to_string(), new.to_string());
    }
    value(
        "reminders",
        before.reminders.clone(),
        after.reminders.clone(),
    );
    value(
        "capacity_in_person",
        number(before.capacity_in_person),
        number(after.capacity_in_person),
    );
    value(
        "capacity_online",
        number(before.capacity_online),
        number(after.capacity_online),
    );
    value(
        "interpretation",
        codes(&before.interpretation()),
        codes(&after.interpretation()),
    );
    value(
        "retention_months",
        number(before.retention_months),
        number(after.retention_months),
    );
    value(
        "visibility",
        before.visibility.clone(),
        after.visibility.clone(),
    );
    value(
        "owner",
        number_id(before.owner_id),
        number_id(after.owner_id),
    );
    // Long or secret values: only that they changed.
    if before.join_url != after.join_url {
        parts.push("join_url".into());
    }
    if before.join_urls() != after.join_urls() {
        parts.push("join_urls".into());
    }
    if before.questions() != after.questions() {
        parts.push("questions".into());
    }
    let (old_texts, new_texts) = (before.translations(), after.translations());
    let changed: Vec<&str> = Lang::ALL
        .iter()
        .filter(|l| old_texts.get(l) != new_texts.get(l))
        .map(|l| l.code())
        .collect();
    if !changed.is_empty() {
        parts.push(format!("translations ({})", changed.join(", ")));
    }
    parts.join("; ")
}

fn codes(langs: &[Lang]) -> String {
    if langs.is_empty() {
        return "–".into();
    }
    langs
        .iter()
        .map(|l| l.code())
        .collect::<Vec<_>>()
        .join(", ")
}

fn number_id(id: Option<i64>) -> String {
    id.map(|i| format!("#{i}")).unwrap_or_else(|| "–".into())
}

/// What a new event looks like in the log.
pub fn describe_new(ev: &event::Model) -> String {
    format!(
        "{} ({}, {}, {})",
        ev.slug,
        ev.kind,
        ev.status,
        ev.starts_at.to_rfc3339()
    )
}
