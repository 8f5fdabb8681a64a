//! Messages to registrants: an organizer writes a subject and a Markdown body per language for
//! an audience, and sends it now or at `send_at`. When it goes, the audience is worked out
//! from the registrations as they are then, and one outbox intent per recipient is written in
//! the same transaction as the message's new state, its change-log entry and its webhook.

mod email;
mod followup;
mod queue;

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

use crate::db::column::Json;
use crate::db::{event, message};
use crate::domain::{Audience, Lang, MessageStatus};
use crate::error::AppError;
use crate::state::AppState;

use super::audit::{self, Actor};

pub use email::{compose, test_email};
pub use followup::{FollowUpLinks, create_follow_ups};
pub use queue::{audience_sample, audience_size, send_due};

/// The longest subject and body accepted, in characters.
pub const MAX_SUBJECT: usize = 200;
pub const MAX_BODY: usize = 20_000;

/// A message as written: texts keyed by language code, as the API and the form give them.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct MessageInput {
    pub audience: String,
    #[serde(default)]
    pub subject: BTreeMap<String, String>,
    #[serde(default)]
    pub body: BTreeMap<String, String>,
    #[serde(default)]
    pub send_at: Option<DateTime<Utc>>,
}

/// A message that passed the checks.
#[derive(Debug, Clone)]
pub struct Checked {
    pub audience: Audience,
    pub subject: BTreeMap<Lang, String>,
    pub body: BTreeMap<Lang, String>,
    pub send_at: Option<DateTime<Utc>>,
}

/// Why a message was refused or could not be changed.
#[derive(Debug)]
pub enum MessageError {
    /// Field and translation key of each problem.
    Invalid(Vec<(String, &'static str)>),
    /// Sent or withdrawn already: it can no longer change.
    Settled,
    App(AppError),
}

impl<E: Into<AppError>> From<E> for MessageError {
    fn from(e: E) -> Self {
        MessageError::App(e.into())
    }
}

/// Checks a message: a known audience, texts in known languages, each language with both a
/// subject and a body, at least one such language, and a sending time not in the past.
pub fn check(input: MessageInput, now: DateTime<Utc>) -> Result<Checked, MessageError> {
    let mut errors: Vec<(String, &'static str)> = Vec::new();
    let audience = Audience::parse(input.audience.trim());
    if audience.is_none() {
        errors.push(("audience".into(), "message-error-audience"));
    }
    let mut texts = |field: &str, given: BTreeMap<String, String>, max: usize| {
        let mut out = BTreeMap::new();
        for (code, text) in given {
            let text = text.trim().replace('\r', "");
            if text.is_empty() {
                continue;
            }
            match code.parse::<Lang>() {
                Err(_) => errors.push((format!("{field}.{code}"), "message-error-language")),
                Ok(_) if text.chars().count() > max => {
                    errors.push((format!("{field}.{code}"), "message-error-too-long"))
                }
                Ok(lang) => {
                    out.insert(lang, text);
                }
            }
        }
        out
    };
    let subject = texts("subject", input.subject, MAX_SUBJECT);
    let body = texts("body", input.body, MAX_BODY);
    for lang in subject.keys().filter(|l| !body.contains_key(l)) {
        errors.push((
            format!("body.{}", lang.code()),
            "message-error-body-missing",
        ));
    }
    for lang in body.keys().filter(|l| !subject.contains_key(l)) {
        errors.push((
            format!("subject.{}", lang.code()),
            "message-error-subject-missing",
        ));
    }
    if subject.is_empty() && body.is_empty() {
        errors.push(("subject".into(), "message-error-empty"));
    }
    if input
        .send_at
        .is_some_and(|at| at < now - chrono::Duration::minutes(1))
    {
        errors.push(("send_at".into(), "message-error-past"));
    }
    match audience {
        Some(audience) if errors.is_empty() => Ok(Checked {
            audience,
            subject,
            body,
            send_at: input.send_at,
        }),
        _ => Err(MessageError::Invalid(errors)),
    }
}

/// The event's offered languages that have no text in this message: their readers get the
/// event's default language (or, without it, the first written one).
pub fn missing_languages(ev: &event::Model, msg: &message::Model) -> Vec<Lang> {
    let written = msg.subjects();
    ev.langs()
        .into_iter()
        .filter(|l| !written.contains_key(l))
        .collect()
}

/// How a new message starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Start {
    /// Now, or at its `send_at`.
    Send,
    /// Kept as a draft to edit (the follow-ups after an event).
    Draft,
}

/// Writes a new message; without `send_at` (and not a draft) it goes out in the same
/// transaction, so the answer tells how many it reached.
pub async fn create(
    state: &AppState,
    ev: &event::Model,
    checked: Checked,
    actor: &Actor,
    start: Start,
) -> Result<message::Model, MessageError> {
    let now = state.now();
    let status = match (start, checked.send_at) {
        (Start::Draft, _) => MessageStatus::Draft,
        (Start::Send, Some(_)) => MessageStatus::Scheduled,
        (Start::Send, None) => MessageStatus::Draft,
    };
    let txn = state.write().await?;
    let msg = message::ActiveModel {
        event_id: Set(ev.id),
        audience: Set(checked.audience),
        subject: Set(Json(checked.subject.clone())),
        body: Set(Json(checked.body.clone())),
        status: Set(status),
        send_at: Set(checked.send_at),
        created_by: Set(actor.organizer_id),
        created_by_label: Set(actor.label.clone()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&*txn)
    .await?;
    let action = match status {
        MessageStatus::Scheduled => "message_scheduled",
        _ => "message_written",
    };
    audit::record(&*txn, actor, ev.id, action, &describe(&msg), now).await?;
    let msg = if start == Start::Send && checked.send_at.is_none() {
        queue::go_out(&*txn, state, ev, msg, MessageStatus::Draft, actor).await?
    } else {
        msg
    };
    txn.commit().await?;
    Ok(msg)
}

/// Changes a message that has not gone yet; `send_at` None keeps it as it is (a draft stays a
/// draft, a scheduled one keeps its time), Some reschedules it.
pub async fn update(
    state: &AppState,
    ev: &event::Model,
    id: i64,
    checked: Checked,
    actor: &Actor,
) -> Result<message::Model, MessageError> {
    let now = state.now();
    let mut change = message::Entity::update_many()
        .col_expr(message::Column::Audience, Expr::value(checked.audience))
        .col_expr(
            message::Column::Subject,
            Expr::value(Json(checked.subject.clone())),
        )
        .col_expr(
            message::Column::Body,
            Expr::value(Json(checked.body.clone())),
        )
        .col_expr(message::Column::UpdatedAt, Expr::value(now));
    if let Some(at) = checked.send_at {
        change = change
            .col_expr(message::Column::SendAt, Expr::value(at))
            .col_expr(
                message::Column::Status,
                Expr::value(MessageStatus::Scheduled),
            );
    }
    change_open(state, ev, id, change, "message_changed", actor, now).await
}

/// Withdraws a message that has not gone yet.
pub async fn withdraw(
    state: &AppState,
    ev: &event::Model,
    id: i64,
    actor: &Actor,
) -> Result<message::Model, MessageError> {
    let now = state.now();
    let change = message::Entity::update_many()
        .col_expr(
            message::Column::Status,
            Expr::value(MessageStatus::Withdrawn),
        )
        .col_expr(message::Column::UpdatedAt, Expr::value(now));
    change_open(state, ev, id, change, "message_withdrawn", actor, now).await
}

/// Applies `change` to the message if it has not gone yet (draft or scheduled), notes
/// `action` in the change log, all in one write; a message that went meanwhile is refused.
async fn change_open(
    state: &AppState,
    ev: &event::Model,
    id: i64,
    change: sea_orm::UpdateMany<message::Entity>,
    action: &str,
    actor: &Actor,
    now: DateTime<Utc>,
) -> Result<message::Model, MessageError> {
    let txn = state.write().await?;
    let done = change
        .filter(message::Column::Id.eq(id))
        .filter(message::Column::EventId.eq(ev.id))
        .filter(message::Column::Status.is_in([MessageStatus::Draft, MessageStatus::Scheduled]))
        .exec(&*txn)
        .await?;
    if done.rows_affected != 1 {
        return Err(settled_or_missing(&*txn, ev, id).await);
    }
    let msg = find(&*txn, ev, id).await?;
    audit::record(&*txn, actor, ev.id, action, &describe(&msg), now).await?;
    txn.commit().await?;
    Ok(msg)
}

/// Sends a draft or a scheduled message now.
pub async fn send_now(
    state: &AppState,
    ev: &event::Model,
    id: i64,
    actor: &Actor,
) -> Result<message::Model, MessageError> {
    let txn = state.write().await?;
    let msg = find(&*txn, ev, id).await?;
    let from = msg.status;
    if !from.is_open() {
        return Err(MessageError::Settled);
    }
    let msg = queue::go_out(&*txn, state, ev, msg, from, actor).await?;
    txn.commit().await?;
    Ok(msg)
}

async fn find(
    db: &impl sea_orm::ConnectionTrait,
    ev: &event::Model,
    id: i64,
) -> Result<message::Model, MessageError> {
    message::Entity::find_by_id(id)
        .one(db)
        .await?
        .filter(|m| m.event_id == ev.id)
        .ok_or(MessageError::App(AppError::NotFound))
}

async fn settled_or_missing(
    db: &impl sea_orm::ConnectionTrait,
    ev: &event::Model,
    id: i64,
) -> MessageError {
    match find(db, ev, id).await {
        Ok(_) => MessageError::Settled,
        Err(e) => e,
    }
}

/// The change log's line about a message: audience, languages and the first subject.
fn describe(msg: &message::Model) -> String {
    let subjects = msg.subjects();
    let langs: Vec<&str> = subjects.keys().map(|l| l.code()).collect();
    let first = subjects.values().next().cloned().unwrap_or_default();
    let mut line = format!(
        "#{} · {} · {} · {first}",
        msg.id,
        msg.audience,
        langs.join(", ")
    );
    if let Some(at) = msg
        .send_at
        .filter(|_| msg.status == MessageStatus::Scheduled)
    {
        line.push_str(&format!(" · {}", at.to_rfc3339()));
    }
    if let Some(n) = msg.recipients {
        line.push_str(&format!(" · {n}"));
    }
    line
}

/// A message as written in a form, not stored: what a preview or a test shows.
pub fn unsaved(ev: &event::Model, checked: &Checked) -> message::Model {
    let now = Utc::now();
    message::Model {
        id: 0,
        event_id: ev.id,
        audience: checked.audience,
        subject: Json(checked.subject.clone()),
        body: Json(checked.body.clone()),
        status: MessageStatus::Draft,
        send_at: checked.send_at,
        sent_at: None,
        recipients: None,
        created_by: None,
        created_by_label: String::new(),
        created_at: now,
        updated_at: now,
    }
}

/// Sends `msg` in `lang` to its author alone, through the outbox like every email, with an
/// example link in place of a participant's.
pub async fn send_test(
    state: &AppState,
    ev: &event::Model,
    msg: &message::Model,
    lang: Lang,
    to: &str,
) -> Result<(), AppError> {
    use crate::db::outbox;
    let email = test_email(state, ev, msg, lang, to);
    let message_id = format!("<{}@{}>", uuid::Uuid::new_v4(), state.host());
    let bytes = crate::mail::compose::render(&email, &state.mail_from, &message_id)
        .map_err(AppError::Internal)?;
    let now = state.now();
    let txn = state.write().await?;
    outbox::queue_rendered(
        &*txn,
        outbox::Rendered {
            message_id,
            event_id: Some(ev.id),
            kind: "message_test",
            sender: state.mail_from.email.to_string(),
            recipient: to.to_string(),
            bytes: &bytes,
        },
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
