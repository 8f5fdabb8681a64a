//! `GET /api/v1/events/{slug}/feedback`: the results of an event's feedback, optionally for one
//! language (`?language=fr`) or region (`?region=west_africa`).

use axum::Json;
use axum::extract::{Path, Query, State};

use crate::services::feedback::{self, ResultFilter, Results};
use crate::state::AppState;

use super::events::managed_event;
use super::{ApiError, ApiUser};

pub async fn event_feedback(
    State(state): State<AppState>,
    user: ApiUser,
    Path(slug): Path<String>,
    Query(filter): Query<ResultFilter>,
) -> Result<Json<Results>, ApiError> {
    let ev = managed_event(&state, &user, &slug).await?;
    let results = feedback::for_event(&state, &ev, &filter, ev.default_language).await?;
    Ok(Json(results))
}
