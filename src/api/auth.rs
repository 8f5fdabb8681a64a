//! Bearer-token authentication and the rule of who may see which event.

use axum::extract::FromRequestParts;
use axum::http::StatusCode;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;

use crate::db::{event, organizer};
use crate::error::AppError;
use crate::services::accounts::organizer_for_token;
use crate::state::AppState;

use super::ApiError;

/// The organizer behind the request's token.
pub struct ApiUser(pub organizer::Model);

impl ApiUser {
    /// Admins manage every event; organizers the events they own.
    pub fn may_manage(&self, ev: &event::Model) -> bool {
        self.0.is_admin() || ev.owner_id == Some(self.0.id)
    }
}

impl FromRequestParts<AppState> for ApiUser {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let unauthorized = || {
            ApiError::new(
                StatusCode::UNAUTHORIZED,
                "unauthorized",
                "a valid Bearer token is required",
            )
        };
        let token = parts
            .headers
            .get(AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim)
            .filter(|t| !t.is_empty() && t.len() < 200)
            .ok_or_else(unauthorized)?;
        // A database that cannot answer is 503, as everywhere (`AppError::status`).
        organizer_for_token(&state.db, token, state.now())
            .await
            .map_err(AppError::from)?
            .map(ApiUser)
            .ok_or_else(unauthorized)
    }
}
