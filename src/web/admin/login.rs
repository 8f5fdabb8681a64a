//! `/admin/login`, `POST /admin/logout`: signing in and out, with the guessing throttle.

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use crate::domain::Lang;
use crate::error::AppError;
use crate::services::sessions::{self, SignInError};
use crate::state::AppState;

use super::super::PageCtx;
use super::super::pages::{Layout, render};
use super::auth::{ClientAddr, SessionCookie, cleared_cookie, safe_next, session_cookie};
use super::view::{OrPage, PageResult, check_csrf, lang};

#[derive(Template)]
#[template(path = "admin/login.html")]
struct LoginPage {
    l: Layout,
    email: String,
    next: String,
    csrf_token: String,
    /// A message key for what went wrong.
    problem: Option<&'static str>,
    /// Minutes to wait, when throttled.
    wait_minutes: u64,
    /// No account exists yet: the page says how to create the first one.
    no_account: bool,
}

fn login_page(state: &AppState, ctx: &PageCtx, email: String, next: String) -> LoginPage {
    let lang = lang(ctx);
    LoginPage {
        l: Layout::new(
            lang,
            crate::i18n::t(lang, "admin-sign-in"),
            &state.settings.branding,
            &ctx.path,
            &Lang::ALL,
        ),
        email,
        next,
        csrf_token: ctx.csrf_token(state),
        problem: None,
        wait_minutes: 0,
        no_account: false,
    }
}

#[derive(Deserialize)]
pub struct NextQuery {
    next: Option<String>,
}

pub async fn show_login(
    State(state): State<AppState>,
    ctx: PageCtx,
    Query(q): Query<NextQuery>,
) -> Response {
    let next = safe_next(q.next.as_deref().unwrap_or_default()).to_string();
    let mut page = login_page(&state, &ctx, String::new(), next);
    page.no_account = crate::db::organizer::list_all(&state.db)
        .await
        .is_ok_and(|accounts| accounts.is_empty());
    render(&page)
}

#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: String,
    #[serde(default)]
    csrf_token: String,
}

pub async fn sign_in(
    State(state): State<AppState>,
    ctx: PageCtx,
    ClientAddr(client): ClientAddr,
    Form(form): Form<LoginForm>,
) -> PageResult {
    check_csrf(&state, &ctx, &form.csrf_token)?;
    let next = safe_next(&form.next).to_string();
    let mut page = login_page(&state, &ctx, form.email.clone(), next.clone());
    match sessions::sign_in(&state, &form.email, &form.password, &client).await {
        Ok((token, user)) => {
            tracing::info!(organizer = user.id, "signed in");
            let mut response = Redirect::to(&next).into_response();
            set_cookie(
                &mut response,
                &session_cookie(&token, state.settings.is_https()),
            );
            Ok(response)
        }
        Err(SignInError::Wrong) => {
            page.problem = Some("admin-login-wrong");
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
        }
        Err(SignInError::Throttled { retry_after }) => {
            tracing::warn!(client = %client, "sign-in throttled");
            page.problem = Some("admin-login-throttled");
            page.wait_minutes = retry_after.div_ceil(60);
            let mut response = (StatusCode::TOO_MANY_REQUESTS, render(&page)).into_response();
            if let Ok(value) = HeaderValue::from_str(&retry_after.to_string()) {
                response.headers_mut().insert(header::RETRY_AFTER, value);
            }
            Ok(response)
        }
        Err(SignInError::Internal(e)) => Err(AppError::Internal(e)).or_page(lang(&ctx)),
    }
}

#[derive(Deserialize)]
pub struct TokenOnly {
    #[serde(default)]
    pub csrf_token: String,
}

/// Ends the session in the database, not only in this browser.
pub async fn sign_out(
    State(state): State<AppState>,
    ctx: PageCtx,
    SessionCookie(value): SessionCookie,
    Form(form): Form<TokenOnly>,
) -> PageResult {
    check_csrf(&state, &ctx, &form.csrf_token)?;
    if !value.is_empty() {
        sessions::sign_out(&state, &value)
            .await
            .or_page(lang(&ctx))?;
    }
    let mut response = Redirect::to("/admin/login").into_response();
    set_cookie(&mut response, &cleared_cookie(state.settings.is_https()));
    Ok(response)
}

fn set_cookie(response: &mut Response, value: &str) {
    if let Ok(v) = HeaderValue::from_str(value) {
        response.headers_mut().append(header::SET_COOKIE, v);
    }
}
