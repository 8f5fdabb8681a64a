//! `POST /api/v1/webhooks`, `GET /api/v1/webhooks`, `GET /api/v1/webhooks/{id}/deliveries`
//! and `POST /api/v1/webhooks/{id}/deliveries/{delivery}/resend`.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use serde::Deserialize;
use serde_json::{Value, json};

use crate::db::webhook;
use crate::domain::Lang;
use crate::i18n::t;
use crate::state::AppState;
use crate::webhooks::manage::{self, CreateError, DeliveryView, NewWebhook};

use super::{ApiError, ApiJson, ApiUser};

#[derive(Debug, Deserialize)]
pub struct WebhookInput {
    pub url: String,
    pub events: Vec<String>,
    /// An event slug: only that event. Absent: every event the token's organizer manages.
    #[serde(default)]
    pub event: Option<String>,
}

pub async fn create_webhook(
    State(state): State<AppState>,
    user: ApiUser,
    ApiJson(input): ApiJson<WebhookInput>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let new = NewWebhook {
        url: input.url,
        events: input.events,
        event: input.event,
    };
    match manage::create(&state, &user.0, new).await {
        Ok(created) => Ok((
            StatusCode::CREATED,
            Json(json!({"id": created.id, "secret": created.secret})),
        )),
        Err(CreateError::Invalid(fields)) => Err(ApiError::validation(
            fields
                .into_iter()
                .map(|(field, key)| (field.to_string(), t(Lang::En, key)))
                .collect(),
        )),
        Err(CreateError::App(e)) => Err(e.into()),
    }
}

pub async fn list_webhooks(
    State(state): State<AppState>,
    user: ApiUser,
) -> Result<Json<Value>, ApiError> {
    let hooks = manage::visible(&state, &user.0).await?;
    Ok(Json(
        json!({"items": hooks.iter().map(webhook_json).collect::<Vec<_>>()}),
    ))
}

pub async fn list_deliveries(
    State(state): State<AppState>,
    user: ApiUser,
    Path(id): Path<i64>,
) -> Result<Json<Value>, ApiError> {
    let hook = manage::find_visible(&state, &user.0, id).await?;
    let deliveries = manage::deliveries(&state, &hook, 200).await?;
    Ok(Json(json!({
        "webhook": webhook_json(&hook),
        "items": deliveries.iter().map(delivery_json).collect::<Vec<_>>(),
    })))
}

pub async fn resend_delivery(
    State(state): State<AppState>,
    user: ApiUser,
    Path((id, delivery)): Path<(i64, i64)>,
) -> Result<StatusCode, ApiError> {
    let hook = manage::find_visible(&state, &user.0, id).await?;
    manage::send_again(&state, &hook, delivery).await?;
    Ok(StatusCode::ACCEPTED)
}

/// A receiver without its secret, which is shown only when it is created.
fn webhook_json(hook: &webhook::Model) -> Value {
    json!({
        "id": hook.id,
        "url": hook.url,
        "events": hook.types(),
        "event_id": hook.event_id,
        "active": hook.active,
        "disabled_at": hook.disabled_at.map(|t| t.to_rfc3339()),
        "disabled_reason": hook.disabled_reason,
        "created_at": hook.created_at.to_rfc3339(),
    })
}

fn delivery_json(view: &DeliveryView) -> Value {
    let d = &view.delivery;
    json!({
        "id": d.id,
        "message_id": d.message_id,
        "type": d.event_type,
        "status": d.status,
        "created_at": d.created_at.to_rfc3339(),
        "delivered_at": d.delivered_at.map(|t| t.to_rfc3339()),
        "next_attempt_at": (d.status == "retrying" || d.status == "queued").then(|| d.next_attempt_at.to_rfc3339()),
        "body": d.payload,
        "attempts": view.attempts.iter().map(|a| json!({
            "attempted_at": a.attempted_at.to_rfc3339(),
            "status_code": a.status_code,
            "error": a.error,
            "duration_ms": a.duration_ms,
        })).collect::<Vec<_>>(),
    })
}
