//! `/admin/events/{slug}/certificates.zip`: every attendee's certificate in one download.

use axum::extract::State;

use crate::state::AppState;

use super::view::{ManagedEvent, PageResult};

pub async fn certificates_zip(
    State(state): State<AppState>,
    ManagedEvent { ev, .. }: ManagedEvent,
) -> PageResult {
    let bytes = crate::certificates::zip::for_event(&state, &ev).await?;
    Ok(zip_response(&ev.slug, bytes))
}

/// The ZIP as a download named after the event.
pub fn zip_response(slug: &str, bytes: Vec<u8>) -> axum::response::Response {
    use axum::http::{HeaderValue, header};
    use axum::response::IntoResponse;
    let mut response = bytes.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/zip"),
    );
    // Slugs are lower-case letters, digits and dashes: safe in a header as they are.
    if let Ok(value) =
        HeaderValue::from_str(&format!("attachment; filename=\"certificates-{slug}.zip\""))
    {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    response
}
