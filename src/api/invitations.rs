//! `POST/GET /api/v1/events/{slug}/invitations` and `POST …/invitations/remind`.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde_json::{Value, json};

use crate::services::invitations::{self, InviteRequest};
use crate::state::AppState;

use super::{ApiError, ApiEvent, ApiJson};

/// 201 with what was sent; 422 listing the invalid addresses (nothing sent) unless `confirm`.
pub async fn create_invitations(
    State(state): State<AppState>,
    ApiEvent { user, ev }: ApiEvent,
    ApiJson(req): ApiJson<InviteRequest>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let outcome = invitations::invite(&state, &ev, req, &user.actor()).await?;
    if outcome.held {
        return Err(ApiError::validation(
            outcome
                .invalid
                .into_iter()
                .map(|(email, reason)| (format!("emails: {email}"), reason))
                .collect(),
        ));
    }
    let invalid: Vec<Value> = outcome
        .invalid
        .iter()
        .map(|(email, reason)| json!({"email": email, "reason": reason}))
        .collect();
    Ok((
        StatusCode::CREATED,
        Json(json!({"invited": outcome.invited, "already": outcome.already, "invalid": invalid})),
    ))
}

pub async fn list_invitations(
    State(state): State<AppState>,
    ApiEvent { ev, .. }: ApiEvent,
) -> Result<Json<Value>, ApiError> {
    let items: Vec<Value> = invitations::list(&state, &ev)
        .await?
        .into_iter()
        .map(|v| {
            let i = v.invitation;
            json!({
                "id": i.id, "email": i.email, "name": i.name, "organization": i.organization,
                "country": i.country, "language": i.language, "invited_at": i.invited_at,
                "reminded_at": i.reminded_at, "opened_at": i.opened_at,
                "registered": v.registered,
            })
        })
        .collect();
    Ok(Json(json!({ "items": items })))
}

pub async fn remind_invitations(
    State(state): State<AppState>,
    ApiEvent { user, ev }: ApiEvent,
) -> Result<Json<Value>, ApiError> {
    let sent = invitations::remind(&state, &ev, &user.actor()).await?;
    Ok(Json(json!({ "reminded": sent })))
}
