//! `/api/v1/events/{slug}/registrations`: an event's registrations, page by page.

use axum::Json;
use axum::extract::{Query, State};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::db::{outbox, registration};
use crate::domain::{AttendanceMode, Lang, RegistrationStatus};
use crate::state::AppState;

use super::{ApiError, ApiEvent};

#[derive(Deserialize)]
pub struct PageQuery {
    page: Option<u64>,
    per_page: Option<u64>,
}

#[derive(Serialize)]
pub struct RegistrationOut {
    id: i64,
    name: String,
    email: String,
    organization: String,
    country: String,
    language: Lang,
    status: RegistrationStatus,
    registered_at: DateTime<Utc>,
    confirmed_at: Option<DateTime<Utc>>,
    attended: bool,
    attended_minutes: Option<i32>,
    /// A hybrid event: `in_person` or `online`.
    attendance_mode: Option<AttendanceMode>,
    /// An event with interpretation: the language listened in.
    interpretation_language: Option<Lang>,
    answers: std::collections::BTreeMap<String, String>,
    time_zone: Option<String>,
    /// The delivery state of the newest email to this person: queued, sending, sent,
    /// retrying or failed.
    email_delivery: Option<String>,
    /// The chosen sessions of the programme, each with its own status.
    sessions: Vec<crate::services::programme::SessionStatus>,
}

#[derive(Serialize)]
pub struct RegistrationPage {
    page: u64,
    per_page: u64,
    total: u64,
    items: Vec<RegistrationOut>,
}

pub async fn list_registrations(
    State(state): State<AppState>,
    ApiEvent { ev, .. }: ApiEvent,
    Query(q): Query<PageQuery>,
) -> Result<Json<RegistrationPage>, ApiError> {
    let page = q.page.unwrap_or(1).max(1);
    let per_page = q.per_page.unwrap_or(100).clamp(1, 1000);
    let (rows, total) = registration::page_for_event(&state.db, ev.id, page, per_page).await?;
    let mut items = Vec::with_capacity(rows.len());
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut delivery = outbox::delivery_states(&state.db, &ids).await?;
    let mut sessions =
        crate::services::programme::statuses_of_page(&state.db, ev.id, &rows).await?;
    for reg in rows {
        let delivery = delivery.remove(&reg.id);
        let chosen = sessions.remove(&reg.id).unwrap_or_default();
        items.push(RegistrationOut {
            id: reg.id,
            answers: reg.answers.0,
            name: reg.name,
            email: reg.email,
            organization: reg.organization,
            country: reg.country,
            language: reg.language,
            status: reg.status,
            registered_at: reg.registered_at,
            confirmed_at: reg.confirmed_at,
            attended: reg.attended,
            attended_minutes: reg.attended_minutes,
            attendance_mode: reg.attendance_mode,
            interpretation_language: reg.interpretation_language,
            time_zone: reg.time_zone,
            email_delivery: delivery,
            sessions: chosen,
        });
    }
    Ok(Json(RegistrationPage {
        page,
        per_page,
        total,
        items,
    }))
}
