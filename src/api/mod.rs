//! The JSON API under `/api/v1`, for organizers' scripts: Bearer tokens, JSON errors.

mod attendance;
mod auth;
mod certificates;
mod dashboard;
mod docs;
mod events;
mod exports;
mod feedback;
mod feedback_export;
mod invitations;
mod lang;
mod members;
mod messages;
pub mod openapi;
mod privacy;
mod registrations;
mod webhooks;

use axum::Json;
use axum::Router;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde_json::json;

use crate::error::AppError;
use crate::state::AppState;

pub use attendance::UPLOAD_LIMIT;
pub use auth::{ApiEvent, ApiUser};
pub use lang::ApiLang;

pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/api/v1/events",
            get(events::list_events).post(events::create_event),
        )
        .route(
            "/api/v1/events/{slug}",
            get(events::get_event).patch(events::update_event),
        )
        .route(
            "/api/v1/events/{slug}/cancel",
            axum::routing::post(events::cancel_event),
        )
        .route(
            "/api/v1/events/{slug}/next",
            axum::routing::post(events::create_next),
        )
        .route(
            "/api/v1/events/{slug}/registrations",
            get(registrations::list_registrations),
        )
        .route("/api/openapi.json", get(docs::openapi_json))
        .route("/api/docs", get(docs::docs_page))
        .route("/api/v1/erasure", axum::routing::post(privacy::erase))
        .route(
            "/api/v1/events/{slug}/registrations.csv",
            get(exports::export_registrations),
        )
        .route(
            "/api/v1/events/{slug}/registrations.xlsx",
            get(exports::export_registrations),
        )
        .route(
            "/api/v1/events/{slug}/registrations.json",
            get(exports::export_registrations),
        )
        .route(
            "/api/v1/events/{slug}/attendance",
            axum::routing::post(attendance::mark_attendance).layer(
                axum::extract::DefaultBodyLimit::max(attendance::UPLOAD_LIMIT),
            ),
        )
        .route(
            "/api/v1/events/{slug}/sessions/{key}/attendance",
            axum::routing::post(attendance::mark_session_attendance),
        )
        .route(
            "/api/v1/events/{slug}/dashboard",
            get(dashboard::event_dashboard),
        )
        .route("/api/v1/dashboard", get(dashboard::overall_dashboard))
        .route(
            "/api/v1/webhooks",
            get(webhooks::list_webhooks).post(webhooks::create_webhook),
        )
        .route(
            "/api/v1/webhooks/{id}/deliveries",
            get(webhooks::list_deliveries),
        )
        .route(
            "/api/v1/webhooks/{id}/deliveries/{delivery}/resend",
            axum::routing::post(webhooks::resend_delivery),
        )
        .route(
            "/api/v1/events/{slug}/feedback",
            get(feedback::event_feedback),
        )
        .route(
            "/api/v1/events/{slug}/feedback.csv",
            get(feedback_export::feedback_csv),
        )
        .route(
            "/api/v1/events/{slug}/certificates.zip",
            get(certificates::certificates_zip),
        )
        .route("/api/v1/members", get(members::list_members))
        .route(
            "/api/v1/events/{slug}/invitations",
            get(invitations::list_invitations).post(invitations::create_invitations),
        )
        .route(
            "/api/v1/events/{slug}/invitations/remind",
            axum::routing::post(invitations::remind_invitations),
        )
        .route(
            "/api/v1/events/{slug}/messages",
            get(messages::list_messages).post(messages::create_message),
        )
        .route(
            "/api/v1/events/{slug}/follow-ups",
            axum::routing::post(messages::create_follow_ups),
        )
        .route(
            "/api/v1/events/{slug}/messages/{message}",
            get(messages::get_message).patch(messages::update_message),
        )
        .route(
            "/api/v1/events/{slug}/messages/{message}/send",
            axum::routing::post(messages::send_message),
        )
        .route(
            "/api/v1/events/{slug}/messages/{message}/withdraw",
            axum::routing::post(messages::withdraw_message),
        )
        .fallback(|| async {
            ApiError::new(StatusCode::NOT_FOUND, "not_found", "no such API route")
        })
}

/// `{"error": {"code": "...", "message": "..."}}` with a fitting status.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    code: &'static str,
    message: String,
    details: Option<serde_json::Value>,
}

impl ApiError {
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        ApiError {
            status,
            code,
            message: message.into(),
            details: None,
        }
    }

    pub fn validation(fields: Vec<(String, String)>) -> Self {
        let message = fields
            .iter()
            .map(|(f, m)| format!("{f}: {m}"))
            .collect::<Vec<_>>()
            .join("; ");
        let details = fields
            .into_iter()
            .map(|(f, m)| json!({"field": f, "message": m}))
            .collect();
        ApiError {
            status: StatusCode::UNPROCESSABLE_ENTITY,
            code: "validation_failed",
            message,
            details: Some(details),
        }
    }
}

impl ApiError {
    /// A 422 naming each refused field, with its message rendered in `lang`.
    pub fn problems(lang: crate::domain::Lang, problems: &[crate::domain::FieldProblem]) -> Self {
        ApiError::validation(
            problems
                .iter()
                .map(|p| (p.field.clone(), crate::i18n::problem(lang, &p.problem)))
                .collect(),
        )
    }
}

impl From<AppError> for ApiError {
    fn from(e: AppError) -> Self {
        e.log();
        ApiError::new(e.status(), e.code(), e.public_message())
    }
}

impl From<sea_orm::DbErr> for ApiError {
    fn from(e: sea_orm::DbErr) -> Self {
        AppError::from(e).into()
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut error = json!({"code": self.code, "message": self.message});
        if let Some(details) = self.details {
            error["fields"] = details;
        }
        (self.status, Json(json!({ "error": error }))).into_response()
    }
}

/// A JSON body that failed to parse is a 400 in the API's own format, not axum's plain text.
pub struct ApiJson<T>(pub T);

impl<T: serde::de::DeserializeOwned, S: Send + Sync> axum::extract::FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: axum::extract::Request, state: &S) -> Result<Self, Self::Rejection> {
        match Json::<T>::from_request(req, state).await {
            Ok(Json(value)) => Ok(ApiJson(value)),
            Err(rejection) => Err(ApiError::new(
                StatusCode::BAD_REQUEST,
                "invalid_json",
                rejection.body_text(),
            )),
        }
    }
}
