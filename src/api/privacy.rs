//! `POST /api/v1/erasure`: an administrator erases a person from every event.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde::Deserialize;

use crate::services::privacy::erase_person;
use crate::state::AppState;

use super::{ApiError, ApiJson, ApiUser};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ErasureRequest {
    email: String,
}

pub async fn erase(
    State(state): State<AppState>,
    user: ApiUser,
    ApiJson(request): ApiJson<ErasureRequest>,
) -> Result<Json<serde_json::Value>, ApiError> {
    if !user.0.is_admin() {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "forbidden",
            "only administrators can erase people",
        ));
    }
    let erased = erase_person(&state, &request.email).await?;
    Ok(Json(serde_json::json!({ "erased_registrations": erased })))
}
