//! One error type for the application, turned into a response in one place.
//!
//! A handler returns `Result<_, AppError>` and uses `?`. The response it makes carries only
//! the status and a [`PendingErrorPage`]; the `branded_errors` middleware, which sees the
//! request, then draws it as JSON under `/api/` or as an HTML page in the visitor's language,
//! or in the language the handler chose with [`AppError::in_lang`].

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use crate::domain::Lang;
use crate::web::pages::PendingErrorPage;

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
    /// A form or body that does not have the expected shape.
    #[error("invalid input: {0}")]
    Invalid(String),
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
    /// An error to draw in a language the handler knows better than the request does (a
    /// public page speaks its event's language); made by [`AppError::in_lang`], never nested.
    #[error("{0}")]
    InLang(Box<AppError>, Lang),
}

impl AppError {
    /// The same error, drawn as a page in `lang` rather than in the visitor's language.
    pub fn in_lang(self, lang: Lang) -> AppError {
        match self {
            AppError::InLang(e, _) => AppError::InLang(e, lang),
            e => AppError::InLang(Box::new(e), lang),
        }
    }

    /// The error itself, without the language a handler chose for its page.
    fn cause(&self) -> &AppError {
        match self {
            AppError::InLang(e, _) => e,
            e => e,
        }
    }

    pub fn status(&self) -> StatusCode {
        match self {
            AppError::InLang(e, _) => e.status(),
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Forbidden | AppError::Csrf => StatusCode::FORBIDDEN,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            AppError::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Db(e) if is_connection_error(e) => StatusCode::SERVICE_UNAVAILABLE,
            // Services that still speak anyhow keep the database error inside: find it.
            AppError::Internal(e)
                if e.chain()
                    .filter_map(|c| c.downcast_ref::<sea_orm::DbErr>())
                    .any(is_connection_error) =>
            {
                StatusCode::SERVICE_UNAVAILABLE
            }
            AppError::Db(_) | AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The message key shown to people; internal details are logged, never shown.
    pub fn message_key(&self) -> &'static str {
        match self.status() {
            StatusCode::NOT_FOUND => "error-not-found",
            StatusCode::FORBIDDEN if matches!(self.cause(), AppError::Csrf) => "error-csrf",
            StatusCode::FORBIDDEN => "error-forbidden",
            StatusCode::BAD_REQUEST | StatusCode::CONFLICT | StatusCode::UNPROCESSABLE_ENTITY => {
                "error-bad-request"
            }
            StatusCode::TOO_MANY_REQUESTS => "error-too-many",
            StatusCode::SERVICE_UNAVAILABLE => "error-unavailable",
            _ => "error-internal",
        }
    }

    /// The API's machine-readable code for this error.
    pub fn code(&self) -> &'static str {
        match self.status() {
            StatusCode::NOT_FOUND => "not_found",
            StatusCode::FORBIDDEN if matches!(self.cause(), AppError::Csrf) => "csrf",
            StatusCode::FORBIDDEN => "forbidden",
            StatusCode::BAD_REQUEST => "bad_request",
            StatusCode::CONFLICT => "conflict",
            StatusCode::UNPROCESSABLE_ENTITY => "validation_failed",
            StatusCode::TOO_MANY_REQUESTS => "too_many_requests",
            StatusCode::SERVICE_UNAVAILABLE => "unavailable",
            _ => "internal",
        }
    }

    /// The API's message: the error itself for the client's mistakes, nothing internal.
    pub fn public_message(&self) -> String {
        match self.status() {
            StatusCode::SERVICE_UNAVAILABLE => "database unavailable".to_string(),
            s if s.is_server_error() => "internal error".to_string(),
            _ => self.to_string(),
        }
    }

    /// Logs server-side failures once, with their cause.
    pub fn log(&self) {
        if self.status().is_server_error() {
            tracing::error!(error = %self, "request failed");
        }
    }
}

fn is_connection_error(e: &sea_orm::DbErr) -> bool {
    matches!(
        e,
        sea_orm::DbErr::ConnectionAcquire(_) | sea_orm::DbErr::Conn(_)
    )
}

/// The format (HTML or JSON) and, unless the handler chose one, the language come from the
/// request, in `branded_errors`.
impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        self.log();
        let status = self.status();
        let lang = match &self {
            AppError::InLang(_, lang) => Some(*lang),
            _ => None,
        };
        let retry = match self.cause() {
            AppError::TooManyRequests { retry_after } => Some(*retry_after),
            _ => None,
        };
        let mut response = status.into_response();
        response.extensions_mut().insert(PendingErrorPage {
            lang,
            message_key: self.message_key(),
            code: self.code(),
            message: self.public_message(),
        });
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

pub type AppResult<T> = Result<T, AppError>;

/// What a handler that answers with a page (or a file, or a redirect) returns.
pub type PageResult = AppResult<Response>;

/// `step.await.in_lang(lang)?`: a failed step of a page that speaks `lang` (the event's).
pub trait InLang<T> {
    fn in_lang(self, lang: Lang) -> AppResult<T>;
}

impl<T, E: Into<AppError>> InLang<T> for Result<T, E> {
    fn in_lang(self, lang: Lang) -> AppResult<T> {
        self.map_err(|e| e.into().in_lang(lang))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_error_in_a_chosen_language_keeps_what_it_says_and_is_drawn_in_that_language() {
        let e = AppError::TooManyRequests { retry_after: 7 }
            .in_lang(Lang::Nl)
            .in_lang(Lang::Fr);
        assert!(
            matches!(&e, AppError::InLang(inner, Lang::Fr) if matches!(**inner, AppError::TooManyRequests { .. })),
            "never nested: {e:?}"
        );
        assert_eq!(e.status(), StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(e.code(), "too_many_requests");
        let response = e.into_response();
        assert_eq!(response.headers()[axum::http::header::RETRY_AFTER], "7");
        let pending = response
            .extensions()
            .get::<PendingErrorPage>()
            .expect("pending page");
        assert_eq!(pending.lang, Some(Lang::Fr));
        assert_eq!(AppError::Csrf.in_lang(Lang::Nl).message_key(), "error-csrf");
        assert_eq!(
            AppError::Csrf
                .into_response()
                .extensions()
                .get::<PendingErrorPage>()
                .expect("page")
                .lang,
            None
        );
    }
}
