//! The streamed download of an export, shared by the API and the admin pages.

use axum::body::{Body, Bytes};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use futures_util::stream;

use crate::error::AppError;
use crate::export::{self, Export, Format};
use crate::state::AppState;

/// The format of an export, from the extension of the file asked for (`registrations.csv`),
/// so that one handler serves the three files.
pub struct FileFormat(pub Format);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for FileFormat {
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _state: &S,
    ) -> Result<Self, AppError> {
        let extension = parts.uri.path().rsplit_once('.').map(|(_, e)| e);
        [Format::Csv, Format::Xlsx, Format::Json]
            .into_iter()
            .find(|f| Some(f.extension()) == extension)
            .map(FileFormat)
            .ok_or(AppError::NotFound)
    }
}

/// Starts the export and answers with its bytes as they come, as an attachment.
pub fn export_response(state: &AppState, export: Export) -> Response {
    let format = export.format;
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
    response
}
