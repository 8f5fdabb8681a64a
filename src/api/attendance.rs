//! `POST /api/v1/events/{slug}/attendance`: marks attendance from a JSON list of addresses,
//! a raw CSV report, or a report uploaded as `multipart/form-data` (field `file`).

use axum::Json;
use axum::body::Bytes;
use axum::extract::{FromRequest, Multipart, Path, Request, State};
use axum::http::{StatusCode, header};
use serde::Deserialize;

use crate::services::attendance::{self, AttendanceError, Summary};
use crate::services::session_attendance::{self, SessionMarkError, SessionMarked};
use crate::state::AppState;

use super::{ApiError, ApiEvent, ApiJson};

/// Reports are larger than forms: a Zoom report of a big webinar runs to megabytes.
pub const UPLOAD_LIMIT: usize = 10 * 1024 * 1024;

#[derive(Deserialize)]
pub struct EmailList {
    emails: Vec<String>,
}

pub async fn mark_attendance(
    State(state): State<AppState>,
    ApiEvent { ev, .. }: ApiEvent,
    request: Request,
) -> Result<Json<Summary>, ApiError> {
    let content_type = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    let result = if content_type.starts_with("application/json") {
        let ApiJson(list) = ApiJson::<EmailList>::from_request(request, &state).await?;
        attendance::mark_emails(&state, &ev, &list.emails).await
    } else if content_type.starts_with("multipart/form-data") {
        let bytes = uploaded_file(request, &state).await?;
        attendance::import_report(&state, &ev, &bytes).await
    } else {
        // text/csv, or whatever a script's HTTP library calls a file it reads.
        let bytes = Bytes::from_request(request, &state)
            .await
            .map_err(|e| body_error(e.status(), e.body_text()))?;
        attendance::import_report(&state, &ev, &bytes).await
    };
    result.map(Json).map_err(attendance_error)
}

/// The bytes of the `file` field.
async fn uploaded_file(request: Request, state: &AppState) -> Result<Bytes, ApiError> {
    let mut form = Multipart::from_request(request, state)
        .await
        .map_err(|e| body_error(e.status(), e.body_text()))?;
    while let Some(field) = form
        .next_field()
        .await
        .map_err(|e| body_error(e.status(), e.body_text()))?
    {
        if field.name() == Some("file") {
            return field
                .bytes()
                .await
                .map_err(|e| body_error(e.status(), e.body_text()));
        }
    }
    Err(ApiError::validation(vec![(
        "file".into(),
        "upload the attendance report in a field named file".into(),
    )]))
}

fn body_error(status: StatusCode, text: String) -> ApiError {
    if status == StatusCode::PAYLOAD_TOO_LARGE {
        ApiError::new(
            status,
            "payload_too_large",
            format!(
                "the upload may be at most {} MiB",
                UPLOAD_LIMIT / (1024 * 1024)
            ),
        )
    } else {
        ApiError::new(StatusCode::BAD_REQUEST, "bad_request", text)
    }
}

fn attendance_error(e: AttendanceError) -> ApiError {
    match e {
        AttendanceError::Report(report) => ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_report",
            report.to_string(),
        ),
        AttendanceError::TooManyAddresses { .. } => {
            ApiError::validation(vec![("emails".into(), e.to_string())])
        }
        AttendanceError::App(app) => app.into(),
    }
}

/// `POST /api/v1/events/{slug}/sessions/{key}/attendance`: marks the people with these
/// addresses as attending one session of the programme (and so the event).
pub async fn mark_session_attendance(
    State(state): State<AppState>,
    ApiEvent { ev, .. }: ApiEvent,
    Path((_, key)): Path<(String, String)>,
    ApiJson(list): ApiJson<EmailList>,
) -> Result<Json<SessionMarked>, ApiError> {
    session_attendance::mark_emails(&state, &ev, &key, &list.emails)
        .await
        .map(Json)
        .map_err(|e| match e {
            SessionMarkError::UnknownSession(_) => {
                ApiError::validation(vec![("key".into(), e.to_string())])
            }
            SessionMarkError::TooManyAddresses { .. } => {
                ApiError::validation(vec![("emails".into(), e.to_string())])
            }
            SessionMarkError::App(app) => app.into(),
        })
}
