//! The organizers' pages under `/admin`: sign-in, events, registrations, accounts, tokens.
//!
//! Every page needs a live session (the [`auth::AdminUser`] extractor) and every form post
//! its form token; organizers see only the events they own, admins everything.

mod after_sections;
mod attendance;
mod auth;
pub mod certificates;
mod checkin;
mod dashboard;
mod event_edit;
mod event_form;
mod event_show;
mod event_status;
mod events;
mod exports;
pub mod feedback_export;
mod feedback_form;
mod invitations;
mod login;
mod members;
mod message_actions;
mod messages;
mod next_meeting;
mod password;
mod questions;
mod registration_actions;
mod registrations;
mod targets;
mod tokens;
mod two_factor;
mod users;
mod view;
mod webhooks;

use axum::Router;
use axum::http::{HeaderValue, header};
use axum::response::IntoResponse;
use axum::routing::{get, post};
use tower_http::set_header::SetResponseHeaderLayer;

use crate::state::AppState;

pub use auth::SESSION_COOKIE;

pub fn router() -> Router<AppState> {
    let pages = Router::new()
        .route("/admin", get(events::home))
        .route("/admin/login", get(login::show_login).post(login::sign_in))
        .route("/admin/logout", post(login::sign_out))
        .route("/admin/login/code", post(login::sign_in_code))
        .route("/admin/two-factor", get(two_factor::show))
        .route("/admin/two-factor/start", post(two_factor::start))
        .route("/admin/two-factor/confirm", post(two_factor::confirm))
        .route("/admin/users/two-factor", post(two_factor::set_required))
        .route(
            "/admin/password",
            get(password::show_password).post(password::change_password),
        )
        .route("/admin/events", get(events::list_events))
        .route(
            "/admin/members",
            get(members::list_members).post(members::add_member),
        )
        .route(
            "/admin/members/{id}",
            get(members::show_member).post(members::update_member),
        )
        .route(
            "/admin/webhooks",
            get(webhooks::list_webhooks).post(webhooks::create_webhook),
        )
        .route("/admin/webhooks/{id}", get(webhooks::show_webhook))
        .route(
            "/admin/webhooks/{id}/enable",
            post(webhooks::enable_webhook),
        )
        .route(
            "/admin/webhooks/{id}/deliveries/{delivery}/resend",
            post(webhooks::send_again),
        )
        .route(
            "/admin/events/new",
            get(event_edit::new_event).post(event_edit::create_event),
        )
        .route("/admin/events/{slug}", get(event_show::show_event))
        .route(
            "/admin/events/{slug}/edit",
            get(event_edit::edit_event).post(event_edit::update_event),
        )
        .route(
            "/admin/events/{slug}/preview",
            get(event_show::preview_event),
        )
        .route("/admin/events/{slug}/audit", get(event_show::show_audit))
        .route(
            "/admin/events/{slug}/publish",
            post(event_status::publish_event),
        )
        .route(
            "/admin/events/{slug}/unpublish",
            post(event_status::unpublish_event),
        )
        .route(
            "/admin/events/{slug}/next",
            get(next_meeting::new_next).post(next_meeting::create_next),
        )
        .route(
            "/admin/events/{slug}/cancel",
            get(event_status::confirm_cancel).post(event_status::cancel_event),
        )
        .route(
            "/admin/events/{slug}/registrations",
            get(registrations::list_registrations),
        )
        .route(
            "/admin/events/{slug}/registrations/new",
            get(registration_actions::new_registration)
                .post(registration_actions::add_registration),
        )
        .route(
            "/admin/events/{slug}/registrations/{id}/status",
            post(registration_actions::change_status),
        )
        .route(
            "/admin/events/{slug}/registrations/{id}/resend",
            post(registration_actions::resend_email),
        )
        .route(
            "/admin/events/{slug}/registrations/{id}/attended",
            post(attendance::toggle_attended),
        )
        .route(
            "/admin/events/{slug}/attendance/emails",
            post(attendance::mark_emails),
        )
        .route(
            "/admin/events/{slug}/attendance/report",
            post(attendance::upload_report).layer(axum::extract::DefaultBodyLimit::max(
                attendance::UPLOAD_LIMIT,
            )),
        )
        .route(
            "/admin/events/{slug}/registrations.csv",
            get(exports::export_registrations),
        )
        .route(
            "/admin/events/{slug}/registrations.xlsx",
            get(exports::export_registrations),
        )
        .route(
            "/admin/events/{slug}/registrations.json",
            get(exports::export_registrations),
        )
        .route(
            "/admin/events/{slug}/invitations",
            get(invitations::show_invitations).post(invitations::invite),
        )
        .route(
            "/admin/events/{slug}/invitations/remind",
            post(invitations::remind),
        )
        .route(
            "/admin/events/{slug}/messages",
            get(messages::show_messages).post(messages::post_message),
        )
        .route(
            "/admin/events/{slug}/messages/follow-up",
            post(message_actions::follow_up),
        )
        .route(
            "/admin/events/{slug}/messages/{id}/send",
            post(message_actions::send_message),
        )
        .route(
            "/admin/events/{slug}/messages/{id}/withdraw",
            post(message_actions::withdraw_message),
        )
        .route("/admin/events/{slug}/checkin", get(checkin::show_checkin))
        .route("/admin/events/{slug}/checkin/{id}", post(checkin::check_in))
        .route(
            "/admin/checkin/{id}/{signature}",
            get(checkin::open_checkin),
        )
        .route(
            "/admin/events/{slug}/dashboard",
            get(dashboard::event_dashboard),
        )
        .route("/admin/dashboard", get(dashboard::overall_dashboard))
        .route(
            "/admin/events/{slug}/certificates.zip",
            get(certificates::certificates_zip),
        )
        .route(
            "/admin/events/{slug}/feedback.csv",
            get(feedback_export::feedback_csv),
        )
        .route(
            "/admin/targets",
            get(targets::show_targets).post(targets::save_targets),
        )
        .route(
            "/admin/users",
            get(users::list_users).post(users::create_user),
        )
        .route("/admin/users/{id}/disable", post(users::disable_user))
        .route("/admin/users/{id}/enable", post(users::enable_user))
        .route(
            "/admin/tokens",
            get(tokens::list_tokens).post(tokens::create_token),
        )
        .route("/admin/tokens/{id}/revoke", post(tokens::revoke_token))
        // Pages with personal data and fresh tokens stay out of every cache.
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ));
    pages.route("/static/admin.css", get(stylesheet))
}

const STYLESHEET: &str = include_str!("../../../templates/admin/admin.css");

async fn stylesheet() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        STYLESHEET,
    )
}
