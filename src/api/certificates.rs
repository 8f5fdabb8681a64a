//! `GET /api/v1/events/{slug}/certificates.zip`: every attendee's certificate, once the event
//! has ended.

use axum::extract::{Path, State};
use axum::response::Response;

use crate::state::AppState;
use crate::web::admin::certificates::zip_response;

use super::events::managed_event;
use super::{ApiError, ApiUser};

pub async fn certificates_zip(
    State(state): State<AppState>,
    user: ApiUser,
    Path(slug): Path<String>,
) -> Result<Response, ApiError> {
    let ev = managed_event(&state, &user, &slug).await?;
    let bytes = crate::certificates::zip::for_event(&state, &ev).await?;
    Ok(zip_response(&ev.slug, bytes))
}
