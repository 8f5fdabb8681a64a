//! Messages to an event's registrants: `GET/POST /api/v1/events/{slug}/messages`, one message
//! (`GET/PATCH …/messages/{message}`), sending or withdrawing it, and the follow-ups after
//! the event (`POST /api/v1/events/{slug}/follow-ups`).

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use serde_json::{Value, json};

use crate::db::{event, message};
use crate::domain::Lang;
use crate::i18n::t;
use crate::services::messages::{
    self, FollowUpLinks, MessageError, MessageInput, Start, audience_size,
};
use crate::state::AppState;

use super::{ApiError, ApiEvent, ApiJson};

impl From<MessageError> for ApiError {
    fn from(e: MessageError) -> Self {
        match e {
            MessageError::Invalid(fields) => ApiError::validation(
                fields
                    .into_iter()
                    .map(|(field, key)| (field, t(Lang::En, key)))
                    .collect(),
            ),
            MessageError::Settled => ApiError::new(
                StatusCode::CONFLICT,
                "message_settled",
                "the message was sent or withdrawn already",
            ),
            MessageError::App(e) => e.into(),
        }
    }
}

/// The message as the API shows it; `recipients` of a message not sent yet is how many it
/// would reach now.
async fn describe(
    state: &AppState,
    ev: &event::Model,
    msg: &message::Model,
    counts: Option<&std::collections::BTreeMap<String, i64>>,
) -> Result<Value, ApiError> {
    let recipients = match msg.recipients {
        Some(n) => i64::from(n),
        None => audience_size(&state.db, ev, msg.audience).await? as i64,
    };
    let texts = |m: std::collections::BTreeMap<Lang, String>| -> Value {
        m.into_iter()
            .map(|(l, t)| (l.code().to_string(), Value::String(t)))
            .collect::<serde_json::Map<_, _>>()
            .into()
    };
    let missing: Vec<&str> = messages::missing_languages(ev, msg)
        .into_iter()
        .map(|l| l.code())
        .collect();
    Ok(json!({
        "id": msg.id,
        "audience": msg.audience,
        "status": msg.status,
        "recipients": recipients,
        "subject": texts(msg.subjects()),
        "body": texts(msg.bodies()),
        "missing_languages": missing,
        "send_at": msg.send_at,
        "sent_at": msg.sent_at,
        "delivery": counts.cloned().unwrap_or_default(),
        "created_at": msg.created_at,
        "created_by": msg.created_by_label,
    }))
}

pub async fn list_messages(
    State(state): State<AppState>,
    ApiEvent { ev, .. }: ApiEvent,
) -> Result<Json<Value>, ApiError> {
    let all = message::for_event(&state.db, ev.id).await?;
    let ids: Vec<i64> = all.iter().map(|m| m.id).collect();
    let counts = message::delivery_counts(&state.db, &ids).await?;
    let mut items = Vec::new();
    for msg in &all {
        items.push(describe(&state, &ev, msg, counts.get(&msg.id)).await?);
    }
    Ok(Json(json!({ "items": items })))
}

pub async fn create_message(
    State(state): State<AppState>,
    ApiEvent { user, ev }: ApiEvent,
    ApiJson(input): ApiJson<MessageInput>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let checked = messages::check(input, state.now())?;
    let msg = messages::create(&state, &ev, checked, &user.actor(), Start::Send).await?;
    Ok((
        StatusCode::CREATED,
        Json(describe(&state, &ev, &msg, None).await?),
    ))
}

async fn one(state: &AppState, ev: &event::Model, id: i64) -> Result<message::Model, ApiError> {
    use sea_orm::EntityTrait;
    message::Entity::find_by_id(id)
        .one(&state.db)
        .await?
        .filter(|m| m.event_id == ev.id)
        .ok_or_else(|| ApiError::new(StatusCode::NOT_FOUND, "not_found", "no such message"))
}

pub async fn get_message(
    State(state): State<AppState>,
    ApiEvent { ev, .. }: ApiEvent,
    Path((_, id)): Path<(String, i64)>,
) -> Result<Json<Value>, ApiError> {
    let msg = one(&state, &ev, id).await?;
    let counts = message::delivery_counts(&state.db, &[id]).await?;
    Ok(Json(describe(&state, &ev, &msg, counts.get(&id)).await?))
}

pub async fn update_message(
    State(state): State<AppState>,
    ApiEvent { user, ev }: ApiEvent,
    Path((_, id)): Path<(String, i64)>,
    ApiJson(input): ApiJson<MessageInput>,
) -> Result<Json<Value>, ApiError> {
    let checked = messages::check(input, state.now())?;
    let msg = messages::update(&state, &ev, id, checked, &user.actor()).await?;
    Ok(Json(describe(&state, &ev, &msg, None).await?))
}

pub async fn send_message(
    State(state): State<AppState>,
    ApiEvent { user, ev }: ApiEvent,
    Path((_, id)): Path<(String, i64)>,
) -> Result<Json<Value>, ApiError> {
    let msg = messages::send_now(&state, &ev, id, &user.actor()).await?;
    Ok(Json(describe(&state, &ev, &msg, None).await?))
}

pub async fn withdraw_message(
    State(state): State<AppState>,
    ApiEvent { user, ev }: ApiEvent,
    Path((_, id)): Path<(String, i64)>,
) -> Result<Json<Value>, ApiError> {
    let msg = messages::withdraw(&state, &ev, id, &user.actor()).await?;
    Ok(Json(describe(&state, &ev, &msg, None).await?))
}

pub async fn create_follow_ups(
    State(state): State<AppState>,
    ApiEvent { user, ev }: ApiEvent,
    ApiJson(links): ApiJson<FollowUpLinks>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let made = messages::create_follow_ups(&state, &ev, links, &user.actor()).await?;
    let mut items = Vec::new();
    for msg in &made {
        items.push(describe(&state, &ev, msg, None).await?);
    }
    Ok((StatusCode::CREATED, Json(json!({ "items": items }))))
}
