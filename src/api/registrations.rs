//! `/api/v1/events/{slug}/registrations`: an event's registrations, page by page.

use axum::Json;
use axum::extract::{Query, State};
use serde::{Deserialize, Serialize};

use crate::db::{outbox, registration};
use crate::state::AppState;

use super::{ApiError, ApiEvent};

#[derive(Deserialize)]
pub struct PageQuery {
    page: Option<u64>,
    per_page: Option<u64>,
}

/// A registration as the API returns it: the stored registration's fields, the delivery state
/// of the newest email to this person (queued, sending, sent, retrying or failed) and the
/// chosen sessions of the programme, each with its own status.
#[derive(Debug, Serialize)]
pub struct RegistrationOut {
    #[serde(flatten)]
    pub registration: registration::Model,
    pub email_delivery: Option<String>,
    pub sessions: Vec<crate::services::programme::SessionStatus>,
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
            registration: reg,
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
