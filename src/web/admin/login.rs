//! `/admin/login`, `POST /admin/logout`: signing in and out, with the guessing throttle.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use crate::domain::Lang;
use crate::error::AppError;
use crate::services::sessions::{self, SignInError};
use crate::state::AppState;
use crate::web::{CsrfForm, TokenOnly};

use super::super::PageCtx;
use super::super::pages::{Layout, render};
use super::auth::{ClientAddr, SessionCookie, cleared_cookie, safe_next, session_cookie};
use super::view::{PageResult, lang};

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
    /// The second step of a two-factor sign-in: (organizer id, expiry, signature).
    code_step: Option<(i64, i64, String)>,
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
        code_step: None,
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
) -> PageResult {
    let next = safe_next(q.next.as_deref().unwrap_or_default()).to_string();
    let mut page = login_page(&state, &ctx, String::new(), next);
    page.no_account = crate::db::organizer::list_all(&state.db).await?.is_empty();
    Ok(render(&page))
}

#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: String,
}

pub async fn sign_in(
    State(state): State<AppState>,
    ctx: PageCtx,
    ClientAddr(client): ClientAddr,
    CsrfForm(form): CsrfForm<LoginForm>,
) -> PageResult {
    let next = safe_next(&form.next).to_string();
    let mut page = login_page(&state, &ctx, form.email.clone(), next.clone());
    let result = sessions::sign_in(&state, &form.email, &form.password, &client).await;
    answer(&state, &client, &mut page, next, result)
}

/// How long the code step of a sign-in stays open after the password.
const CODE_STEP_SECONDS: i64 = 300;

/// The signature that lets the code step trust the password step it follows.
fn code_step_signature(state: &AppState, user_id: i64, expires: i64) -> String {
    state
        .secret
        .sign(&["sign-in-code", &user_id.to_string(), &expires.to_string()])
}

#[derive(Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    user: i64,
    #[serde(default)]
    expires: i64,
    #[serde(default)]
    signature: String,
    #[serde(default)]
    code: String,
    #[serde(default)]
    next: String,
}

/// `POST /admin/login/code`: the code from the authenticator app, or a recovery code.
pub async fn sign_in_code(
    State(state): State<AppState>,
    ctx: PageCtx,
    ClientAddr(client): ClientAddr,
    CsrfForm(form): CsrfForm<CodeForm>,
) -> PageResult {
    let next = safe_next(&form.next).to_string();
    let genuine = state.secret.verify(
        &[
            "sign-in-code",
            &form.user.to_string(),
            &form.expires.to_string(),
        ],
        &form.signature,
    );
    if !genuine || form.expires < state.now().timestamp() {
        // Too late, or not from our own password step: start again.
        return Ok(Redirect::to("/admin/login").into_response());
    }
    let mut page = login_page(&state, &ctx, String::new(), next.clone());
    page.code_step = Some((form.user, form.expires, form.signature.clone()));
    let result = sessions::sign_in_with_code(&state, form.user, &form.code, &client).await;
    if matches!(result, Err(SignInError::Wrong)) {
        page.problem = Some("admin-login-code-wrong");
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response());
    }
    answer(&state, &client, &mut page, next, result)
}

fn answer(
    state: &AppState,
    client: &str,
    page: &mut LoginPage,
    next: String,
    result: Result<(String, crate::db::organizer::Model), SignInError>,
) -> PageResult {
    match result {
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
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&*page)).into_response())
        }
        Err(SignInError::NeedsCode(user)) => {
            let expires = state.now().timestamp() + CODE_STEP_SECONDS;
            let signature = code_step_signature(state, user.id, expires);
            page.code_step = Some((user.id, expires, signature));
            Ok(render(&*page))
        }
        Err(SignInError::Throttled { retry_after }) => {
            tracing::warn!(client = %client, "sign-in throttled");
            page.problem = Some("admin-login-throttled");
            page.wait_minutes = retry_after.div_ceil(60);
            let mut response = (StatusCode::TOO_MANY_REQUESTS, render(&*page)).into_response();
            if let Ok(value) = HeaderValue::from_str(&retry_after.to_string()) {
                response.headers_mut().insert(header::RETRY_AFTER, value);
            }
            Ok(response)
        }
        Err(SignInError::Internal(e)) => Err(AppError::Internal(e)),
    }
}

/// Ends the session in the database, not only in this browser.
pub async fn sign_out(
    State(state): State<AppState>,
    _ctx: PageCtx,
    SessionCookie(value): SessionCookie,
    CsrfForm(_form): CsrfForm<TokenOnly>,
) -> PageResult {
    if !value.is_empty() {
        sessions::sign_out(&state, &value).await?;
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
