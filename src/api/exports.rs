//! `GET /api/v1/events/{slug}/registrations.{csv,xlsx,json}`: the exports, streamed, with the
//! registration list's filters as query parameters.

use axum::extract::{Query, State};
use axum::response::Response;

use crate::domain::FilterQuery;
use crate::export::Export;
use crate::state::AppState;
use crate::web::download::{FileFormat, export_response};

use super::{ApiError, ApiEvent};

pub async fn export_registrations(
    State(state): State<AppState>,
    ApiEvent { ev, .. }: ApiEvent,
    FileFormat(format): FileFormat,
    Query(query): Query<FilterQuery>,
) -> Result<Response, ApiError> {
    let filter = query.parse().map_err(ApiError::validation)?;
    let export = Export {
        event: ev,
        filter,
        format,
    };
    Ok(export_response(&state, export))
}
