//! `GET /api/v1/events/{slug}/dashboard` and `GET /api/v1/dashboard`: the dashboard's numbers.

use axum::Json;
use axum::extract::{Path, State};

use crate::db::event;
use crate::services::dashboard::{self, Dashboard};
use crate::state::AppState;

use super::events::managed_event;
use super::{ApiError, ApiUser};

pub async fn event_dashboard(
    State(state): State<AppState>,
    user: ApiUser,
    Path(slug): Path<String>,
) -> Result<Json<Dashboard>, ApiError> {
    let ev = managed_event(&state, &user, &slug).await?;
    Ok(Json(dashboard::for_event(&state.db, &ev).await?))
}

/// Across the events the token's organizer may manage; days in UTC.
pub async fn overall_dashboard(
    State(state): State<AppState>,
    user: ApiUser,
) -> Result<Json<Dashboard>, ApiError> {
    let events: Vec<event::Model> = event::list_all(&state.db)
        .await?
        .into_iter()
        .filter(|ev| user.may_manage(ev))
        .collect();
    let all = user.0.is_admin();
    Ok(Json(
        dashboard::across(&state.db, &events, all, chrono_tz::UTC).await?,
    ))
}
