//! `/admin/password`: an organizer changes their own password.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect};
use serde::Deserialize;

use crate::error::AppError;
use crate::services::sessions::{self, PasswordError};
use crate::state::AppState;
use crate::web::CsrfForm;

use super::super::PageCtx;
use super::super::pages::{Layout, render};
use super::auth::{AdminUser, ClientAddr};
use super::view::{Nav, PageResult, done_notice, frame, lang};

#[derive(Template)]
#[template(path = "admin/password.html")]
struct PasswordPage {
    l: Layout,
    nav: Nav,
    csrf_token: String,
    done: Option<&'static str>,
    /// (field, message key)
    problem: Option<(&'static str, &'static str)>,
    /// Minutes to wait, when throttled.
    wait_minutes: u64,
}

fn page(state: &AppState, ctx: &PageCtx, user: &AdminUser) -> PasswordPage {
    let title = crate::i18n::t(lang(ctx), "admin-password");
    let (l, nav) = frame(state, ctx, user, title, "password");
    PasswordPage {
        l,
        nav,
        csrf_token: ctx.csrf_token(state),
        done: None,
        problem: None,
        wait_minutes: 0,
    }
}

#[derive(Deserialize)]
pub struct DoneQuery {
    done: Option<String>,
}

pub async fn show_password(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: AdminUser,
    Query(q): Query<DoneQuery>,
) -> PageResult {
    let mut page = page(&state, &ctx, &user);
    page.done = done_notice(q.done.as_deref());
    Ok(render(&page))
}

#[derive(Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    current: String,
    #[serde(default)]
    new: String,
    #[serde(default)]
    repeat: String,
}

pub async fn change_password(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: AdminUser,
    ClientAddr(client): ClientAddr,
    CsrfForm(form): CsrfForm<PasswordForm>,
) -> PageResult {
    let refuse = |field, key| {
        let mut page = page(&state, &ctx, &user);
        page.problem = Some((field, key));
        Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
    };
    if form.new != form.repeat {
        return refuse("repeat", "admin-error-password-mismatch");
    }
    let result = sessions::change_password(
        &state,
        &user.user,
        user.session_id,
        &client,
        &form.current,
        &form.new,
    )
    .await;
    match result {
        Ok(()) => Ok(Redirect::to("/admin/password?done=password").into_response()),
        Err(PasswordError::WrongCurrent) => refuse("current", "admin-error-password-wrong"),
        Err(PasswordError::TooShort) => refuse("new", "admin-error-password-short"),
        Err(PasswordError::Throttled { retry_after }) => {
            tracing::warn!(client = %client, "password check throttled");
            let mut page = page(&state, &ctx, &user);
            page.problem = Some(("current", "admin-login-throttled"));
            page.wait_minutes = retry_after.div_ceil(60);
            let mut response = (StatusCode::TOO_MANY_REQUESTS, render(&page)).into_response();
            if let Ok(value) = HeaderValue::from_str(&retry_after.to_string()) {
                response.headers_mut().insert(header::RETRY_AFTER, value);
            }
            Ok(response)
        }
        Err(PasswordError::Internal(e)) => Err(AppError::Internal(e)),
    }
}
