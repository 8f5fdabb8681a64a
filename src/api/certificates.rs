//! `GET /api/v1/events/{slug}/certificates.zip`: every attendee's certificate, once the event
//! has ended.

use axum::extract::State;
use axum::response::Response;

use crate::state::AppState;
use crate::web::admin::certificates::zip_response;

use super::{ApiError, ApiEvent};

pub async fn certificates_zip(
    State(state): State<AppState>,
    ApiEvent { ev, .. }: ApiEvent,
) -> Result<Response, ApiError> {
    let bytes = crate::certificates::zip::for_event(&state, &ev).await?;
    Ok(zip_response(&ev.slug, bytes))
}
