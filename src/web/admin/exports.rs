//! `/admin/events/{slug}/registrations.{csv,xlsx,json}`: the exports of the registrations page,
//! with its filters, streamed as the API streams them.

use axum::extract::{Query, State};

use crate::domain::FilterQuery;
use crate::error::AppError;
use crate::export::Export;
use crate::state::AppState;

use super::super::download::{FileFormat, export_response};
use super::view::{ManagedEvent, PageResult};

pub async fn export_registrations(
    State(state): State<AppState>,
    ManagedEvent { ev, .. }: ManagedEvent,
    FileFormat(format): FileFormat,
    Query(query): Query<FilterQuery>,
) -> PageResult {
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
