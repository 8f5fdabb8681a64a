//! The buttons of the messages page that act on messages: send now, withdraw, and, once the
//! event ended, the follow-ups in one step.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use serde::Deserialize;

use crate::error::AppError;
use crate::services::messages::{self, FollowUpLinks, MessageError};
use crate::state::AppState;
use crate::web::{CsrfForm, TokenOnly};

use super::super::PageCtx;
use super::super::pages::render;
use super::messages::{draft_of, page};
use super::view::{ManagedEvent, PageResult};

pub async fn send_message(
    State(state): State<AppState>,
    ManagedEvent { user, ev }: ManagedEvent,
    Path((_, id)): Path<(String, i64)>,
    CsrfForm(_): CsrfForm<TokenOnly>,
) -> PageResult {
    let sent = messages::send_now(&state, &ev, id, &user.actor()).await;
    let done = sent.map(|m| format!("sent&n={}", m.recipients.unwrap_or(0)));
    back_to_messages(&ev.slug, done)
}

pub async fn withdraw_message(
    State(state): State<AppState>,
    ManagedEvent { user, ev }: ManagedEvent,
    Path((_, id)): Path<(String, i64)>,
    CsrfForm(_): CsrfForm<TokenOnly>,
) -> PageResult {
    let withdrawn = messages::withdraw(&state, &ev, id, &user.actor()).await;
    back_to_messages(&ev.slug, withdrawn.map(|_| "withdrawn".to_string()))
}

/// Back to the messages with what became of the button: a message that another click sent
/// or withdrew meanwhile is "settled", not an error.
fn back_to_messages(slug: &str, done: Result<String, MessageError>) -> PageResult {
    let done = match done {
        Ok(done) => done,
        Err(MessageError::App(e)) => return Err(e),
        Err(_) => "settled".into(),
    };
    Ok(Redirect::to(&format!("/admin/events/{slug}/messages?done={done}")).into_response())
}

#[derive(Deserialize)]
pub struct FollowUpForm {
    #[serde(default)]
    pub recording: String,
    #[serde(default)]
    pub materials: String,
}

pub async fn follow_up(
    State(state): State<AppState>,
    ctx: PageCtx,
    ManagedEvent { user, ev }: ManagedEvent,
    CsrfForm(form): CsrfForm<FollowUpForm>,
) -> PageResult {
    let links = FollowUpLinks {
        recording: Some(form.recording).filter(|s| !s.trim().is_empty()),
        materials: Some(form.materials).filter(|s| !s.trim().is_empty()),
    };
    match messages::create_follow_ups(&state, &ev, links, &user.actor()).await {
        Ok(_) => Ok(
            Redirect::to(&format!("/admin/events/{}/messages?done=followup", ev.slug))
                .into_response(),
        ),
        Err(MessageError::Invalid(fields)) => {
            let mut page = page(&state, &ctx, &user, &ev, draft_of(&ev, None)).await?;
            let tr = page.l.tr;
            page.errors = fields.into_iter().map(|(f, k)| (f, tr.t(k))).collect();
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
        }
        Err(MessageError::Settled) => Err(AppError::Conflict("settled".into())),
        Err(MessageError::App(e)) => Err(e),
    }
}
