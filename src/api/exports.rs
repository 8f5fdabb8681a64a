//! `GET /api/v1/events/{slug}/registrations.{csv,xlsx,json}`: the exports, streamed, with the
//! registration list's filters as query parameters.

use axum::body::{Body, Bytes};
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use futures_util::stream;

use crate::domain::FilterQuery;
use crate::export::{self, Export, Format};
use crate::state::AppState;

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
    let disposition = format!("attachment; filename=\"{}\"", export.file_name());
    let slug = export.event.slug.clone();
    let chunks = export::spawn(state.db.clone(), export, None);
    // An error half-way ends the stream with an error, which aborts the response: the client
    // sees a broken download rather than a file that looks complete.
    let body = stream::unfold(chunks, move |mut chunks| {
        let slug = slug.clone();
        async move {
            let chunk = chunks.recv().await?;
            if let Err(e) = &chunk {
                tracing::error!(error = %e, event = %slug, "export failed");
            }
            Some((chunk.map(Bytes::from), chunks))
        }
    });
    let mut response = Body::from_stream(body).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(format.content_type()),
    );
    if let Ok(value) = HeaderValue::from_str(&disposition) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    // Personal data: no cache along the way keeps a copy.
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}
