//! Registering receivers, seeing their deliveries, sending one again, and disabling a
//! receiver that keeps failing (its owner is told by email).

use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, EntityTrait, Set};

use crate::db::{event, organizer, outbox, webhook, webhook_delivery};
use crate::domain::Lang;
use crate::error::AppError;
use crate::i18n::{Arg, t, t_args};
use crate::state::AppState;

use super::guard::check_url;
use super::sign::new_secret;
use super::{EventType, RETRY_FOR};

/// A receiver as asked for: its URL, the event types, and optionally one event.
#[derive(Debug, Clone, Default)]
pub struct NewWebhook {
    pub url: String,
    pub events: Vec<String>,
    /// An event slug; none: every event the owner manages.
    pub event: Option<String>,
}

/// The new receiver's id and its secret, which is shown this once.
#[derive(Debug, Clone)]
pub struct Created {
    pub id: i64,
    pub secret: String,
}

#[derive(Debug)]
pub enum CreateError {
    /// (field, Fluent key of the message) for each wrong field.
    Invalid(Vec<(&'static str, &'static str)>),
    App(AppError),
}

impl<E: Into<AppError>> From<E> for CreateError {
    fn from(e: E) -> Self {
        CreateError::App(e.into())
    }
}

pub async fn create(
    state: &AppState,
    owner: &organizer::Model,
    input: NewWebhook,
) -> Result<Created, CreateError> {
    let mut wrong = Vec::new();
    let url = match check_url(&input.url, state.settings.allow_private_webhooks).await {
        Ok(url) => Some(url),
        Err(problem) => {
            wrong.push(("url", problem.message_key()));
            None
        }
    };
    let mut types: Vec<EventType> = Vec::new();
    for name in &input.events {
        match EventType::parse(name.trim()) {
            Some(t) if !types.contains(&t) => types.push(t),
            Some(_) => {}
            None => {
                wrong.push(("events", "webhook-events-invalid"));
                break;
            }
        }
    }
    if input.events.is_empty() {
        wrong.push(("events", "webhook-events-invalid"));
    }
    let event_id = match input
        .event
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        None => None,
        Some(slug) => match event::find_by_slug(&state.db, slug).await? {
            Some(ev) if owner.may_manage(&ev) => Some(ev.id),
            _ => {
                wrong.push(("event", "webhook-event-unknown"));
                None
            }
        },
    };
    let Some(url) = url.filter(|_| wrong.is_empty()) else {
        return Err(CreateError::Invalid(wrong));
    };
    let secret = new_secret();
    let txn = state.write().await?;
    let hook = webhook::ActiveModel {
        owner_id: Set(owner.id),
        event_id: Set(event_id),
        url: Set(url.to_string()),
        secret: Set(secret.clone()),
        event_types: Set(types
            .iter()
            .map(|t| t.as_str())
            .collect::<Vec<_>>()
            .join(",")),
        active: Set(true),
        disabled_at: Set(None),
        disabled_reason: Set(None),
        created_at: Set(state.now()),
        ..Default::default()
    }
    .insert(&*txn)
    .await?;
    txn.commit().await?;
    Ok(Created {
        id: hook.id,
        secret,
    })
}

/// The receivers `user` may see: an admin all of them; an organizer those they registered
/// and those on events they own.
pub async fn visible(
    state: &AppState,
    user: &organizer::Model,
) -> Result<Vec<webhook::Model>, DbErr> {
    let all = webhook::list_all(&state.db).await?;
    if user.is_admin() {
        return Ok(all);
    }
    let owned: Vec<i64> = event::list_all(&state.db)
        .await?
        .into_iter()
        .filter(|ev| user.may_manage(ev))
        .map(|ev| ev.id)
        .collect();
    Ok(all
        .into_iter()
        .filter(|h| h.owner_id == user.id || h.event_id.is_some_and(|id| owned.contains(&id)))
        .collect())
}

/// One receiver, when `user` may see it; otherwise not found (its existence stays hidden).
pub async fn find_visible(
    state: &AppState,
    user: &organizer::Model,
    id: i64,
) -> Result<webhook::Model, AppError> {
    visible(state, user)
        .await?
        .into_iter()
        .find(|h| h.id == id)
        .ok_or(AppError::NotFound)
}

/// A delivery and every attempt at it, oldest attempt first.
pub struct DeliveryView {
    pub delivery: webhook_delivery::Model,
    pub attempts: Vec<webhook_delivery::attempt::Model>,
}

/// The newest deliveries of a receiver, with their attempts.
pub async fn deliveries(
    state: &AppState,
    hook: &webhook::Model,
    limit: u64,
) -> Result<Vec<DeliveryView>, DbErr> {
    let rows = webhook_delivery::for_webhook(&state.db, hook.id, limit).await?;
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut attempts = webhook_delivery::attempts_of(&state.db, &ids).await?;
    Ok(rows
        .into_iter()
        .map(|delivery| {
            let (mine, rest): (Vec<_>, Vec<_>) = std::mem::take(&mut attempts)
                .into_iter()
                .partition(|a| a.delivery_id == delivery.id);
            attempts = rest;
            DeliveryView {
                delivery,
                attempts: mine,
            }
        })
        .collect())
}

/// Queues a delivery of `hook` again with a fresh day of retries ("send again"); the
/// receiver is switched back on, since someone is asking for it to receive.
pub async fn send_again(
    state: &AppState,
    hook: &webhook::Model,
    delivery_id: i64,
) -> Result<(), AppError> {
    let delivery = webhook_delivery::Entity::find_by_id(delivery_id)
        .one(&state.db)
        .await?
        .filter(|d| d.webhook_id == hook.id)
        .ok_or(AppError::NotFound)?;
    let now = state.now();
    let txn = state.write().await?;
    if !hook.active {
        webhook::enable(&*txn, hook.id).await?;
    }
    webhook_delivery::requeue(&*txn, delivery.id, now, now + RETRY_FOR).await?;
    txn.commit().await?;
    Ok(())
}

/// Switches a disabled receiver on again; deliveries that failed stay failed until sent again.
pub async fn enable(state: &AppState, hook: &webhook::Model) -> Result<(), AppError> {
    let txn = state.write().await?;
    webhook::enable(&*txn, hook.id).await?;
    txn.commit().await?;
    Ok(())
}

/// After a delivery failed for a whole day: the receiver is disabled (nothing more is queued
/// for it) and its owner gets an email saying so and why, in the same transaction.
pub async fn disable_after_failure(
    db: &impl ConnectionTrait,
    state: &AppState,
    row: &webhook_delivery::Model,
    error: Option<&str>,
) -> anyhow::Result<()> {
    let Some(hook) = webhook::find(db, row.webhook_id).await? else {
        return Ok(());
    };
    if !hook.active {
        return Ok(());
    }
    let reason = error.unwrap_or("no answer").to_string();
    webhook::disable(db, hook.id, &reason, state.now()).await?;
    let Some(owner) = organizer::Entity::find_by_id(hook.owner_id).one(db).await? else {
        return Ok(());
    };
    queue_note(db, state, &owner, &hook, &reason).await
}

/// The note to the owner, written whole into the outbox (it is about no registration).
async fn queue_note(
    db: &impl ConnectionTrait,
    state: &AppState,
    owner: &organizer::Model,
    hook: &webhook::Model,
    reason: &str,
) -> anyhow::Result<()> {
    // Organizers have no language of their own; the site's interface language is English.
    let lang = Lang::En;
    let page = format!("{}/admin/webhooks/{}", state.settings.base_url(), hook.id);
    let body = t_args(
        lang,
        "webhook-disabled-email",
        &[
            ("url", Arg::Text(hook.url.clone())),
            ("reason", Arg::Text(reason.to_string())),
            ("page", Arg::Text(page)),
        ],
    );
    let message_id = format!("<{}@{}>", uuid::Uuid::new_v4(), state.host());
    let to: lettre::message::Mailbox = owner.email.parse()?;
    let bytes = lettre::Message::builder()
        .from(state.mail_from.clone())
        .to(to)
        .subject(t(lang, "webhook-disabled-subject"))
        .message_id(Some(message_id.clone()))
        .header(crate::mail::compose::AutoSubmitted)
        .header(lettre::message::header::ContentType::TEXT_PLAIN)
        .body(body)?
        .formatted();
    let now = state.now();
    outbox::queue_rendered(
        db,
        outbox::Rendered {
            message_id,
            event_id: hook.event_id,
            kind: "webhook_disabled",
            sender: state.mail_from.email.to_string(),
            recipient: owner.email.clone(),
            bytes: &bytes,
        },
        now,
    )
    .await?;
    Ok(())
}
