//! `GET /api/v1/events/{slug}/feedback.csv`: the event's feedback answers as CSV.

use axum::extract::{Path, State};
use axum::response::Response;

use crate::state::AppState;
use crate::web::admin::feedback_export::csv_response;

use super::events::managed_event;
use super::{ApiError, ApiUser};

pub async fn feedback_csv(
    State(state): State<AppState>,
    user: ApiUser,
    Path(slug): Path<String>,
) -> Result<Response, ApiError> {
    let ev = managed_event(&state, &user, &slug).await?;
    let bytes = crate::export::feedback::csv(&state.db, &ev).await?;
    Ok(csv_response(&ev.slug, bytes))
}
