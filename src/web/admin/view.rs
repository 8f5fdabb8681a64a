//! What every admin page shares: the frame (layout and navigation), the error type of the
//! handlers, the form-token check and the short notices shown after an action.

use std::collections::HashMap;

use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};

use crate::domain::Lang;
use crate::error::AppError;
use crate::state::AppState;

use super::super::PageCtx;
use super::super::pages::Layout;
use super::auth::AdminUser;

/// The admin navigation: who is signed in, what they may open, and the sign-out form.
#[derive(Debug, Clone)]
pub struct Nav {
    pub email: String,
    pub is_admin: bool,
    pub csrf_token: String,
    /// `events`, `users`, `tokens` or `password`: the section to mark as current.
    pub section: &'static str,
    /// Warn that the demo account exists (see `convene demo --remove`).
    pub demo_account: bool,
}

/// The admin speaks the organizer's choice of the languages, English by default.
pub fn lang(ctx: &PageCtx) -> Lang {
    ctx.lang(Lang::En)
}

pub fn frame(
    state: &AppState,
    ctx: &PageCtx,
    user: &AdminUser,
    title: String,
    section: &'static str,
) -> (Layout, Nav) {
    let layout = Layout::new(
        lang(ctx),
        title,
        &state.settings.branding,
        &ctx.path,
        &Lang::ALL,
    );
    let nav = Nav {
        email: user.user.email.clone(),
        is_admin: user.is_admin(),
        csrf_token: ctx.csrf_token(state),
        section,
        demo_account: user.demo_account,
    };
    (layout, nav)
}

/// What an admin handler returns: a page, or an error drawn in the admin's language.
pub use crate::error::PageResult;

/// Refuses a form post without this visitor's form token (403).
pub fn check_csrf(state: &AppState, ctx: &PageCtx, token: &str) -> Result<(), AppError> {
    if ctx.csrf_ok(state, token) {
        Ok(())
    } else {
        Err(AppError::Csrf)
    }
}

/// The notice after a redirect (`?done=…`), from a fixed list so that a link cannot make
/// the page say anything else.
pub fn done_notice(done: Option<&str>) -> Option<&'static str> {
    Some(match done? {
        "created" => "admin-done-created",
        "saved" => "admin-done-saved",
        "published" => "admin-done-published",
        "unpublished" => "admin-done-unpublished",
        "cancelled" => "admin-done-cancelled",
        "added" => "admin-done-added",
        "status" => "admin-done-status",
        "resent" => "admin-done-resent",
        "attended" => "admin-done-attended",
        "user" => "admin-done-user",
        "revoked" => "admin-done-revoked",
        "password" => "admin-done-password",
        "user-disabled" => "admin-done-user-disabled",
        "user-enabled" => "admin-done-user-enabled",
        _ => return None,
    })
}

/// The problem after a redirect (`?problem=…`), from a fixed list too.
pub fn problem_notice(problem: Option<&str>) -> Option<&'static str> {
    Some(match problem? {
        "no-seat" => "admin-problem-no-seat",
        "not-allowed" => "admin-problem-not-allowed",
        _ => return None,
    })
}

/// Dates in the admin: the event's own zone, in the page's language.
pub fn when(t: chrono::DateTime<chrono::Utc>, tz: chrono_tz::Tz, lang: Lang) -> String {
    crate::i18n::format_date_time(t, tz, lang)
}

/// A short UTC timestamp for tables (logs, tokens), the same in every language.
pub fn stamp(t: chrono::DateTime<chrono::Utc>) -> String {
    t.format("%Y-%m-%d %H:%M UTC").to_string()
}

/// A short timestamp for an event's tables, in the event's zone like every other time of
/// the event, with the zone's abbreviation.
pub fn local_stamp(t: chrono::DateTime<chrono::Utc>, tz: chrono_tz::Tz) -> String {
    t.with_timezone(&tz).format("%Y-%m-%d %H:%M %Z").to_string()
}

/// The event of the path's `{slug}` and the organizer who asks for it, when they may manage
/// it; otherwise "not found", so that organizers do not learn which other events exist. As an
/// extractor, an event's page cannot forget to ask.
pub struct ManagedEvent {
    pub user: AdminUser,
    pub ev: crate::db::event::Model,
}

impl FromRequestParts<AppState> for ManagedEvent {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let user = AdminUser::from_request_parts(parts, state).await?;
        let Path(params) = Path::<HashMap<String, String>>::from_request_parts(parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        let slug = params.get("slug").map(String::as_str).unwrap_or_default();
        let ev = crate::db::event::find_managed(&state.db, slug, &user.user)
            .await
            .map_err(|e| AppError::from(e).into_response())?
            .ok_or_else(|| AppError::NotFound.into_response())?;
        Ok(ManagedEvent { user, ev })
    }
}
