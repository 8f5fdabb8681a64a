//! Publishing, unpublishing and cancelling an event. Cancelling asks first, because it
//! tells every participant at once and cannot be taken back.

use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect};

use crate::domain::EventStatus;
use crate::error::AppError;
use crate::services::event_admin::{self, EventInput};
use crate::state::AppState;
use crate::web::{CsrfForm, TokenOnly};

use super::super::PageCtx;
use super::super::pages::{Layout, render};
use super::events::{Counts, counts};
use super::view::{ManagedEvent, Nav, PageResult, frame, lang};

/// Moves the event to `to` through the same service as the API; a cancelled event stays
/// cancelled, since its participants were told so.
async fn set_status(
    state: &AppState,
    managed: ManagedEvent,
    to: EventStatus,
    done: &str,
) -> PageResult {
    let ManagedEvent { user, ev } = managed;
    let input = EventInput {
        status: Some(to),
        ..Default::default()
    };
    match event_admin::update_by(state, &ev, input, &user.actor()).await {
        Ok(saved) => {
            Ok(Redirect::to(&format!("/admin/events/{}?done={done}", saved.slug)).into_response())
        }
        // A cancelled event stays cancelled (409, from the service's own rule); an event that
        // cannot be saved as it stands is published only after its form is put right.
        Err(e) => match super::event_edit::save_errors(e, &Default::default()) {
            Err(refused) => Err(refused),
            Ok(_) => Err(AppError::BadRequest("status".into())),
        },
    }
}

pub async fn publish_event(
    State(state): State<AppState>,
    managed: ManagedEvent,
    CsrfForm(_): CsrfForm<TokenOnly>,
) -> PageResult {
    set_status(&state, managed, EventStatus::Published, "published").await
}

pub async fn unpublish_event(
    State(state): State<AppState>,
    managed: ManagedEvent,
    CsrfForm(_): CsrfForm<TokenOnly>,
) -> PageResult {
    set_status(&state, managed, EventStatus::Draft, "unpublished").await
}

#[derive(Template)]
#[template(path = "admin/cancel.html")]
struct CancelPage {
    l: Layout,
    nav: Nav,
    slug: String,
    title: String,
    counts: Counts,
    csrf_token: String,
}

/// The confirmation step: who will be told, and a button that says what it does.
pub async fn confirm_cancel(
    State(state): State<AppState>,
    ctx: PageCtx,
    ManagedEvent { user, ev }: ManagedEvent,
) -> PageResult {
    let lang = lang(&ctx);
    if ev.status == EventStatus::Cancelled {
        return Ok(Redirect::to(&format!("/admin/events/{}", ev.slug)).into_response());
    }
    let title = ev.title_in(lang);
    let (l, nav) = frame(&state, &ctx, &user, title.clone(), "events");
    Ok(render(&CancelPage {
        l,
        nav,
        slug: ev.slug.clone(),
        title,
        counts: counts(&state, &ev).await?,
        csrf_token: ctx.csrf_token(&state),
    }))
}

pub async fn cancel_event(
    State(state): State<AppState>,
    managed: ManagedEvent,
    CsrfForm(_): CsrfForm<TokenOnly>,
) -> PageResult {
    set_status(&state, managed, EventStatus::Cancelled, "cancelled").await
}
