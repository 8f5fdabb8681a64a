//! A form post that carries this visitor's form token: the check runs before the handler, so
//! a new POST handler that takes its form as `CsrfForm<T>` cannot forget it.

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request};
use serde::de::DeserializeOwned;

use crate::error::AppError;
use crate::state::AppState;

use super::PageCtx;

/// The form's fields as `T`, once its `csrf_token` matched the visitor's cookie (403 if not).
pub struct CsrfForm<T>(pub T);

/// A form with nothing but its token: a button whose post `CsrfForm` checks.
#[derive(serde::Deserialize)]
pub struct TokenOnly {}

#[derive(serde::Deserialize)]
struct TokenField {
    #[serde(default)]
    csrf_token: String,
}

impl<T: DeserializeOwned> FromRequest<AppState> for CsrfForm<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, AppError> {
        let (mut parts, body) = req.into_parts();
        let ctx = match PageCtx::from_request_parts(&mut parts, state).await {
            Ok(ctx) => ctx,
            Err(never) => match never {},
        };
        let bytes = Bytes::from_request(Request::from_parts(parts, body), state)
            .await
            .map_err(|e| AppError::BadRequest(e.body_text()))?;
        let token: TokenField = serde_urlencoded::from_bytes(&bytes).unwrap_or(TokenField {
            csrf_token: String::new(),
        });
        if !ctx.csrf_ok(state, &token.csrf_token) {
            return Err(AppError::Csrf);
        }
        serde_urlencoded::from_bytes(&bytes)
            .map(CsrfForm)
            .map_err(|e| AppError::Invalid(e.to_string()))
    }
}
