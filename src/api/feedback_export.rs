//! `GET /api/v1/events/{slug}/feedback.csv`: the event's feedback answers as CSV.

use axum::extract::State;
use axum::response::Response;

use crate::state::AppState;
use crate::web::admin::feedback_export::csv_response;

use super::{ApiError, ApiEvent};

pub async fn feedback_csv(
    State(state): State<AppState>,
    ApiEvent { ev, .. }: ApiEvent,
) -> Result<Response, ApiError> {
    let bytes = crate::export::feedback::csv(&state.db, &ev).await?;
    Ok(csv_response(&ev.slug, bytes))
}
