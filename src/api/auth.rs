//! Bearer-token authentication and the rule of who may see which event.

use std::collections::HashMap;

use axum::extract::{FromRequestParts, Path};
use axum::http::StatusCode;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;

use crate::db::{event, organizer};
use crate::error::AppError;
use crate::services::accounts::organizer_for_token;
use crate::services::audit::Actor;
use crate::state::AppState;

use super::ApiError;

/// The organizer behind the request's token.
pub struct ApiUser(pub organizer::Model);

impl ApiUser {
    /// Admins manage every event; organizers the events they own.
    pub fn may_manage(&self, ev: &event::Model) -> bool {
        self.0.may_manage(ev)
    }

    /// Who the audit log names for a change made with this token.
    pub fn actor(&self) -> Actor {
        Actor::organizer(&self.0)
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

/// The event of the path's `{slug}` and the token's organizer, when they may manage it;
/// otherwise 404, so that strangers do not learn which slugs exist. As an extractor, an
/// event's route cannot forget to ask.
pub struct ApiEvent {
    pub user: ApiUser,
    pub ev: event::Model,
}

impl FromRequestParts<AppState> for ApiEvent {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let user = ApiUser::from_request_parts(parts, state).await?;
        let not_found = || ApiError::new(StatusCode::NOT_FOUND, "not_found", "no such event");
        let Path(params) = Path::<HashMap<String, String>>::from_request_parts(parts, state)
            .await
            .map_err(|_| not_found())?;
        let slug = params.get("slug").map(String::as_str).unwrap_or_default();
        let ev = event::find_managed(&state.db, slug, &user.0)
            .await?
            .ok_or_else(not_found)?;
        Ok(ApiEvent { user, ev })
    }
}
