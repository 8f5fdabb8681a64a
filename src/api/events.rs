//! `/api/v1/events`: list, create, read, change and cancel events.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use crate::db::event;
use crate::domain::EventStatus;
use crate::error::AppError;
use crate::services::event_admin::{self, EventInput, EventOut, SaveError};
use crate::services::followups;
use crate::state::AppState;

use super::{ApiError, ApiEvent, ApiJson, ApiLang, ApiUser};

fn save_error(e: SaveError, lang: ApiLang) -> ApiError {
    match e {
        SaveError::Invalid(fields) => ApiError::problems(lang.0, &fields),
        SaveError::SlugTaken => ApiError::new(
            StatusCode::CONFLICT,
            "slug_taken",
            "an event with this slug exists already",
        ),
        SaveError::Transition { from, to } => ApiError::new(
            StatusCode::CONFLICT,
            "invalid_transition",
            format!("a {} event cannot become {}", from.as_str(), to.as_str()),
        ),
        SaveError::Internal(e) => AppError::Internal(e).into(),
    }
}

pub async fn list_events(
    State(state): State<AppState>,
    user: ApiUser,
) -> Result<Json<Vec<EventOut>>, ApiError> {
    let events: Vec<event::Model> = event::list_all(&state.db)
        .await?
        .into_iter()
        .filter(|ev| user.may_manage(ev))
        .collect();
    Ok(Json(event_admin::describe_all(&state, &events).await?))
}

pub async fn create_event(
    State(state): State<AppState>,
    user: ApiUser,
    lang: ApiLang,
    ApiJson(mut input): ApiJson<EventInput>,
) -> Result<Response, ApiError> {
    let after = followups::take(&mut input).map_err(|p| ApiError::problems(lang.0, &p))?;
    let ev = event_admin::create_by(&state, input, Some(user.0.id), &user.actor())
        .await
        .map_err(|e| save_error(e, lang))?;
    followups::save(&state, ev.id, after).await?;
    Ok((
        StatusCode::CREATED,
        Json(event_admin::describe(&state, &ev).await?),
    )
        .into_response())
}

pub async fn get_event(
    State(state): State<AppState>,
    ApiEvent { ev, .. }: ApiEvent,
) -> Result<Json<EventOut>, ApiError> {
    Ok(Json(event_admin::describe(&state, &ev).await?))
}

pub async fn update_event(
    State(state): State<AppState>,
    ApiEvent { user, ev }: ApiEvent,
    lang: ApiLang,
    ApiJson(mut input): ApiJson<EventInput>,
) -> Result<Json<EventOut>, ApiError> {
    let after = followups::take(&mut input).map_err(|p| ApiError::problems(lang.0, &p))?;
    let saved = event_admin::update_by(&state, &ev, input, &user.actor())
        .await
        .map_err(|e| save_error(e, lang))?;
    followups::save(&state, saved.id, after).await?;
    Ok(Json(event_admin::describe(&state, &saved).await?))
}

/// The new meeting's own fields; the rest is copied from the previous one.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NextMeeting {
    slug: String,
    starts_at: chrono::DateTime<chrono::FixedOffset>,
    ends_at: chrono::DateTime<chrono::FixedOffset>,
}

/// `POST /api/v1/events/{slug}/next`: the next meeting of the event's series, as a draft with
/// the previous meeting's texts and questions.
pub async fn create_next(
    State(state): State<AppState>,
    ApiEvent { user, ev }: ApiEvent,
    lang: ApiLang,
    ApiJson(next): ApiJson<NextMeeting>,
) -> Result<Response, ApiError> {
    let actor = user.actor();
    let created =
        event_admin::create_next(&state, &ev, next.slug, next.starts_at, next.ends_at, &actor)
            .await
            .map_err(|e| save_error(e, lang))?;
    Ok((
        StatusCode::CREATED,
        Json(event_admin::describe(&state, &created).await?),
    )
        .into_response())
}

pub async fn cancel_event(
    State(state): State<AppState>,
    ApiEvent { user, ev }: ApiEvent,
    lang: ApiLang,
) -> Result<Json<EventOut>, ApiError> {
    let input = EventInput {
        status: Some(EventStatus::Cancelled),
        ..Default::default()
    };
    let saved = event_admin::update_by(&state, &ev, input, &user.actor())
        .await
        .map_err(|e| save_error(e, lang))?;
    Ok(Json(event_admin::describe(&state, &saved).await?))
}
