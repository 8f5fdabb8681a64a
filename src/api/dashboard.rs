//! `GET /api/v1/events/{slug}/dashboard` and `GET /api/v1/dashboard`: the dashboard's numbers.

use axum::Json;
use axum::extract::{Path, Query, State};
use chrono::NaiveDate;
use serde::Deserialize;

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

/// `?from=2026-01-01&to=2026-12-31`: events starting on those days (UTC), both included.
#[derive(Debug, Default, Deserialize)]
pub struct RangeQuery {
    #[serde(default)]
    pub from: String,
    #[serde(default)]
    pub to: String,
}

#[derive(Debug, Default)]
pub struct DateRange {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

impl DateRange {
    /// The range of a query; a day that is not `YYYY-MM-DD` is a validation error naming it.
    pub fn parse(q: &RangeQuery) -> Result<DateRange, ApiError> {
        let day = |field: &str, value: &str| -> Result<Option<NaiveDate>, ApiError> {
            if value.is_empty() {
                return Ok(None);
            }
            NaiveDate::parse_from_str(value, "%Y-%m-%d")
                .map(Some)
                .map_err(|_| {
                    ApiError::validation(vec![(field.to_string(), "expected YYYY-MM-DD".into())])
                })
        };
        Ok(DateRange {
            from: day("from", &q.from)?,
            to: day("to", &q.to)?,
        })
    }

    pub fn is_set(&self) -> bool {
        self.from.is_some() || self.to.is_some()
    }

    pub fn covers(&self, ev: &event::Model) -> bool {
        let day = ev.starts_at.date_naive();
        self.from.is_none_or(|from| day >= from) && self.to.is_none_or(|to| day <= to)
    }
}

/// Across the events the token's organizer may manage (within the date range, if given);
/// days in UTC.
pub async fn overall_dashboard(
    State(state): State<AppState>,
    user: ApiUser,
    Query(query): Query<RangeQuery>,
) -> Result<Json<Dashboard>, ApiError> {
    let range = DateRange::parse(&query)?;
    let events: Vec<event::Model> = event::list_all(&state.db)
        .await?
        .into_iter()
        .filter(|ev| user.may_manage(ev) && range.covers(ev))
        .collect();
    let all = user.0.is_admin() && !range.is_set();
    Ok(Json(
        dashboard::across(&state.db, &events, all, chrono_tz::UTC).await?,
    ))
}
