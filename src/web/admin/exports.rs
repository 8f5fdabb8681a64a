//! `/admin/events/{slug}/registrations.{csv,xlsx,json}`: the exports of the registrations page,
//! with its filters, streamed as the API streams them.

use axum::extract::{Path, Query, State};

use crate::domain::FilterQuery;
use crate::error::AppError;
use crate::export::{Export, Format};
use crate::state::AppState;

use super::super::download::export_response;
use super::auth::AdminUser;
use super::view::{PageResult, managed_event};

pub async fn export_csv(
    state: State<AppState>,
    user: AdminUser,
    slug: Path<String>,
    query: Query<FilterQuery>,
) -> PageResult {
    download(state, user, slug, query, Format::Csv).await
}

pub async fn export_xlsx(
    state: State<AppState>,
    user: AdminUser,
    slug: Path<String>,
    query: Query<FilterQuery>,
) -> PageResult {
    download(state, user, slug, query, Format::Xlsx).await
}

pub async fn export_json(
    state: State<AppState>,
    user: AdminUser,
    slug: Path<String>,
    query: Query<FilterQuery>,
) -> PageResult {
    download(state, user, slug, query, Format::Json).await
}

async fn download(
    State(state): State<AppState>,
    user: AdminUser,
    Path(slug): Path<String>,
    Query(query): Query<FilterQuery>,
    format: Format,
) -> PageResult {
    let ev = managed_event(&state, &user, &slug).await?;
    let filter = query.parse().map_err(|fields| {
        let names: Vec<String> = fields.into_iter().map(|(f, _)| f).collect();
        AppError::BadRequest(names.join(", "))
    })?;
    let export = Export {
        event: ev,
        filter,
        format,
    };
    Ok(export_response(&state, export))
}
