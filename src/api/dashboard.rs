//! `GET /api/v1/events/{slug}/dashboard` and `GET /api/v1/dashboard`: the dashboard's numbers.

use crate::db::event;
use crate::domain::{DateRange, RangeQuery};
use crate::services::dashboard::{self, Dashboard};
use crate::state::AppState;
use axum::Json;
use axum::extract::{Query, State};

use super::{ApiError, ApiEvent, ApiUser};

pub async fn event_dashboard(
    State(state): State<AppState>,
    ApiEvent { ev, .. }: ApiEvent,
) -> Result<Json<Dashboard>, ApiError> {
    Ok(Json(dashboard::for_event(&state.db, &ev).await?))
}

/// The range of a query; a day that is not `YYYY-MM-DD`, or an end before the start, is a
/// validation error naming the field.
fn range_of(q: &RangeQuery) -> Result<DateRange, ApiError> {
    DateRange::parse(q).map_err(|fields| {
        ApiError::validation(
            fields
                .into_iter()
                .map(|f| {
                    (
                        f.to_string(),
                        "expected YYYY-MM-DD, from no later than to".into(),
                    )
                })
                .collect(),
        )
    })
}

/// Across the events the token's organizer may manage (within the date range, if given);
/// days in UTC.
pub async fn overall_dashboard(
    State(state): State<AppState>,
    user: ApiUser,
    Query(query): Query<RangeQuery>,
) -> Result<Json<Dashboard>, ApiError> {
    let range = range_of(&query)?;
    let events: Vec<event::Model> = event::list_all(&state.db)
        .await?
        .into_iter()
        .filter(|ev| user.may_manage(ev) && range.covers(ev.starts_at.date_naive()))
        .collect();
    let all = user.0.is_admin() && !range.is_set();
    Ok(Json(
        dashboard::across(&state.db, &events, all, chrono_tz::UTC).await?,
    ))
}
