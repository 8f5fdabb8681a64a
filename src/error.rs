//! One error type for the application, mapped to HTTP responses in one place.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use crate::domain::Lang;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("forbidden")]
    Forbidden,
    #[error("the form expired; please try again")]
    Csrf,
    #[error("bad request: {0}")]
    BadRequest(String),
    #[error("conflict: {0}")]
    Conflict(String),
    #[error("too many requests")]
    TooManyRequests { retry_after: u64 },
    #[error("database unavailable")]
    Unavailable,
    #[error(transparent)]
    Db(#[from] sea_orm::DbErr),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl AppError {
    pub fn status(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Forbidden | AppError::Csrf => StatusCode::FORBIDDEN,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            AppError::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Db(e) if is_connection_error(e) => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Db(_) | AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The message key shown to people; internal details are logged, never shown.
    pub fn message_key(&self) -> &'static str {
        match self.status() {
            StatusCode::NOT_FOUND => "error-not-found",
            StatusCode::FORBIDDEN if matches!(self, AppError::Csrf) => "error-csrf",
            StatusCode::FORBIDDEN => "error-forbidden",
            StatusCode::BAD_REQUEST | StatusCode::CONFLICT => "error-bad-request",
            StatusCode::TOO_MANY_REQUESTS => "error-too-many",
            StatusCode::SERVICE_UNAVAILABLE => "error-unavailable",
            _ => "error-internal",
        }
    }

    /// Logs server-side failures once, with their cause.
    pub fn log(&self) {
        if self.status().is_server_error() {
            tracing::error!(error = %self, "request failed");
        }
    }

    /// The HTML error page in the given language.
    pub fn into_page(self, lang: Lang) -> Response {
        self.log();
        let status = self.status();
        let retry = match self {
            AppError::TooManyRequests { retry_after } => Some(retry_after),
            _ => None,
        };
        let mut response = (
            status,
            crate::web::pages::error_page(lang, status, self.message_key()),
        )
            .into_response();
        if let Some(seconds) = retry
            && let Ok(value) = seconds.to_string().parse()
        {
            response
                .headers_mut()
                .insert(axum::http::header::RETRY_AFTER, value);
        }
        response
    }
}

fn is_connection_error(e: &sea_orm::DbErr) -> bool {
    matches!(
        e,
        sea_orm::DbErr::ConnectionAcquire(_) | sea_orm::DbErr::Conn(_)
    )
}

/// Without a known language (no page context), errors speak English.
impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        self.into_page(Lang::En)
    }
}

pub type AppResult<T> = Result<T, AppError>;
