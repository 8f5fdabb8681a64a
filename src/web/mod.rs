//! The web server: public pages, participant pages, calendar files, health and the API.

pub mod admin;
mod calendar_files;
mod ctx;
mod event_page;
mod form;
mod health;
mod home;
mod layers;
mod markdown;
pub mod pages;
mod participant;

use axum::Router;
use axum::routing::{get, post};

use crate::state::AppState;

pub use ctx::PageCtx;
pub use markdown::render_markdown;

pub fn router(state: AppState) -> Router {
    let pages = Router::new()
        .route("/", get(home::list_events))
        .route("/events/{slug}", get(event_page::show_event))
        .route("/events/{slug}/register", post(event_page::register))
        .route("/events/{slug}/thanks", get(event_page::thanks))
        .route(
            "/events/{slug}/calendar.ics",
            get(calendar_files::event_file),
        )
        .route("/calendar.ics", get(calendar_files::feed))
        .route("/r/{token}", get(participant::show_registration))
        .route(
            "/r/{token}/confirm",
            post(participant::confirm_registration),
        )
        .route("/r/{token}/cancel", post(participant::cancel_registration))
        .route("/r/{token}/language", post(participant::change_language))
        .route("/r/{token}/invite.ics", get(participant::invite_file))
        .route("/static/convene.css", get(pages::stylesheet))
        .route("/static/convene.js", get(pages::script))
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz));
    let api = crate::api::router();
    let pages = pages.merge(admin::router());
    layers::apply(pages.merge(api).fallback(pages::not_found), state.clone()).with_state(state)
}
