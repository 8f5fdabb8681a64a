//! `/admin/events/{slug}/feedback.csv`: the event's feedback answers, linked from its
//! dashboard and its page.

use axum::extract::State;

use crate::state::AppState;

use super::view::{ManagedEvent, PageResult};

pub async fn feedback_csv(
    State(state): State<AppState>,
    ManagedEvent { ev, .. }: ManagedEvent,
) -> PageResult {
    let bytes = crate::export::feedback::csv(&state.db, &ev).await?;
    Ok(csv_response(&ev.slug, bytes))
}

/// The CSV as a download named after the event.
pub fn csv_response(slug: &str, bytes: Vec<u8>) -> axum::response::Response {
    use axum::http::{HeaderValue, header};
    use axum::response::IntoResponse;
    let mut response = bytes.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    // Slugs are lower-case letters, digits and dashes: safe in a header as they are.
    if let Ok(value) =
        HeaderValue::from_str(&format!("attachment; filename=\"feedback-{slug}.csv\""))
    {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    response
}
