//! The web server: public pages, participant pages, calendar files, health and the API.

pub mod admin;
mod calendar_files;
mod certificate;
pub mod charts;
pub mod checkin_link;
mod csrf_form;
mod ctx;
mod delegation_form;
pub mod download;
mod embed;
mod event_page;
mod event_register;
mod feedback;
mod fill_timer;
pub(crate) mod follow_fields;
pub mod form;
mod health;
mod home;
mod join;
mod layers;
mod lost_link;
pub mod markdown;
mod observe;
mod options;
pub mod pages;
pub(crate) mod pairs;
mod participant;
mod participant_programme;
mod programme_view;
pub mod public_event;
pub mod rate_limit;
mod reporting_fields;
mod series;
mod thanks;
pub mod visitor_zone;

use axum::Router;
use axum::routing::{get, post};

use crate::state::AppState;

pub use csrf_form::{CsrfForm, TokenOnly};
pub use ctx::PageCtx;
pub use markdown::{render_markdown, render_markdown_cached};

pub fn router(state: AppState) -> Router {
    let pages = Router::new()
        .route("/", get(home::list_events))
        .route("/events/{slug}", get(event_page::show_event))
        .route("/events/{slug}/register", post(event_register::register))
        .route("/events/{slug}/thanks", get(thanks::thanks))
        .route("/embed", get(embed::list_events))
        .route(
            "/events/{slug}/embed",
            get(embed::show_form).post(embed::register),
        )
        .route("/events/{slug}/embed/thanks", get(embed::thanks))
        .route("/static/embed.js", get(embed::script))
        .route(
            "/events/{slug}/calendar.ics",
            get(calendar_files::event_file),
        )
        .route("/calendar.ics", get(calendar_files::feed))
        .route("/series/{series}", get(series::show))
        .route("/series/{series}/calendar.ics", get(series::feed))
        .route("/r/{token}", get(participant::show_registration))
        .route(
            "/r/{token}/confirm",
            post(participant::confirm_registration),
        )
        .route("/r/{token}/cancel", post(participant::cancel_registration))
        .route("/r/{token}/language", post(participant::change_language))
        .route("/r/{token}/mode", post(participant::switch_mode))
        .route("/r/{token}/invite.ics", get(participant::invite_file))
        .route(
            "/r/{token}/programme",
            get(participant_programme::show).post(participant_programme::post),
        )
        .route("/r/{token}/qr.svg", get(checkin_link::qr_image))
        .route("/r/{token}/join", get(join::join_webinar))
        .route("/r/{token}/delete", post(participant::delete_registration))
        .route("/r/{token}/data.json", get(participant::download_data))
        .route("/resend", get(lost_link::show).post(lost_link::send))
        .route(
            "/r/{token}/certificate.pdf",
            get(certificate::certificate_pdf),
        )
        .route("/certificates/{code}", get(certificate::verify_page))
        .route(
            "/r/{token}/feedback",
            get(feedback::show_form).post(feedback::submit),
        )
        .route("/static/convene.css", get(pages::stylesheet))
        .route("/static/convene.js", get(pages::script))
        .route("/static/lists/{file}", get(pages::list_script))
        .route("/static/brand.css", get(pages::brand_stylesheet))
        .route("/static/logo", get(pages::logo))
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .route("/metrics", get(observe::metrics));
    let api = crate::api::router();
    let pages = pages.merge(admin::router());
    let app = pages.merge(api).fallback(pages::not_found);
    // Measuring sits inside routing, where the matched route template is known.
    let app = app.route_layer(axum::middleware::from_fn_with_state(
        state.clone(),
        observe::observe,
    ));
    layers::apply(app, state.clone()).with_state(state)
}
