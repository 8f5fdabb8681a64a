//! `GET /api/v1/events/{slug}/feedback`: the results of an event's feedback, optionally for one
//! language (`?language=fr`) or region (`?region=west_africa`).

use axum::Json;
use axum::extract::{Query, State};

use crate::services::feedback::{self, ResultFilter, Results};
use crate::state::AppState;

use super::{ApiError, ApiEvent};

pub async fn event_feedback(
    State(state): State<AppState>,
    ApiEvent { ev, .. }: ApiEvent,
    Query(filter): Query<ResultFilter>,
) -> Result<Json<Results>, ApiError> {
    let results = feedback::for_event(&state, &ev, &filter, ev.default_language).await?;
    Ok(Json(results))
}
