//! `GET /api/v1/events/{slug}/registrations.{csv,xlsx,json}`: the exports, streamed, with the
//! registration list's filters as query parameters.

use axum::extract::{Path, Query, State};
use axum::response::Response;

use crate::domain::FilterQuery;
use crate::export::{Export, Format};
use crate::state::AppState;
use crate::web::download::export_response;

use super::events::managed_event;
use super::{ApiError, ApiUser};

pub async fn export_csv(
    state: State<AppState>,
    user: ApiUser,
    slug: Path<String>,
    query: Query<FilterQuery>,
) -> Result<Response, ApiError> {
    download(state, user, slug, query, Format::Csv).await
}

pub async fn export_xlsx(
    state: State<AppState>,
    user: ApiUser,
    slug: Path<String>,
    query: Query<FilterQuery>,
) -> Result<Response, ApiError> {
    download(state, user, slug, query, Format::Xlsx).await
}

pub async fn export_json(
    state: State<AppState>,
    user: ApiUser,
    slug: Path<String>,
    query: Query<FilterQuery>,
) -> Result<Response, ApiError> {
    download(state, user, slug, query, Format::Json).await
}

async fn download(
    State(state): State<AppState>,
    user: ApiUser,
    Path(slug): Path<String>,
    Query(query): Query<FilterQuery>,
    format: Format,
) -> Result<Response, ApiError> {
    let ev = managed_event(&state, &user, &slug).await?;
    let filter = query.parse().map_err(ApiError::validation)?;
    let export = Export {
        event: ev,
        filter,
        format,
    };
    Ok(export_response(&state, export))
}
