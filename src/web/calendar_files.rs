//! Public calendar files: one event, and the feed of all public events.

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};

use crate::calendar;
use crate::db::event;
use crate::domain::Lang;
use crate::error::AppError;
use crate::services::invites::public_entry;
use crate::state::AppState;

use super::PageCtx;

pub fn ics_response(body: String, filename: &str, max_age: u32) -> Response {
    (
        [
            (
                header::CONTENT_TYPE,
                "text/calendar; charset=utf-8".to_string(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!("inline; filename=\"{filename}\""),
            ),
            (header::CACHE_CONTROL, format!("public, max-age={max_age}")),
        ],
        body,
    )
        .into_response()
}

pub async fn event_file(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    ctx: PageCtx,
) -> Result<Response, AppError> {
    let ev = event::find_public(&state.db, &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let lang = ctx.lang(ev.default_language);
    let entry = public_entry(&state, &ev, lang);
    let body = calendar::publish(&[entry], &ev.title_in(lang), state.now());
    Ok(ics_response(body, &format!("{slug}.ics"), 300))
}

pub async fn feed(State(state): State<AppState>, ctx: PageCtx) -> Result<Response, AppError> {
    let lang = ctx.lang(Lang::En);
    let events = event::list_published(&state.db).await?;
    let entries: Vec<_> = events
        .iter()
        .map(|ev| public_entry(&state, ev, lang))
        .collect();
    let body = calendar::publish(&entries, &state.settings.branding.site_name, state.now());
    Ok(ics_response(body, "calendar.ics", 900))
}
