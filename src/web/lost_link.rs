//! Lost or broken participant links: `GET/POST /resend` ("send me my link again") and the
//! page a mistyped, cut or over-punctuated `/r/…` link gets instead of a bare 404.

use askama::Template;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use crate::domain::{EmailAddress, Lang};
use crate::error::PageResult;
use crate::i18n::Tr;
use crate::services::lost_link::resend_links;
use crate::state::AppState;

use super::pages::{Layout, render};
use super::{CsrfForm, PageCtx};

/// The length of a participant token (32 random bytes, base64url without padding).
const TOKEN_LEN: usize = 43;

#[derive(Template)]
#[template(path = "registrations/resend.html")]
struct ResendPage {
    l: Layout,
    /// The link that brought the visitor here was broken.
    broken: bool,
    email: String,
    error: Option<String>,
    /// The address the links were sent to, shown so a typo can be seen.
    sent_to: Option<String>,
    csrf_token: String,
}

fn page(state: &AppState, ctx: &PageCtx, lang: Lang) -> ResendPage {
    ResendPage {
        l: Layout::new(
            lang,
            Tr(lang).t("resend-title"),
            &state.settings.branding,
            "/resend",
            &Lang::ALL,
        ),
        broken: false,
        email: String::new(),
        error: None,
        sent_to: None,
        csrf_token: ctx.csrf_token(state),
    }
}

pub async fn show(State(state): State<AppState>, ctx: PageCtx) -> PageResult {
    Ok(render(&page(&state, &ctx, ctx.lang(Lang::En))))
}

#[derive(Deserialize)]
pub struct ResendForm {
    #[serde(default)]
    email: String,
}

pub async fn send(
    State(state): State<AppState>,
    ctx: PageCtx,
    CsrfForm(form): CsrfForm<ResendForm>,
) -> PageResult {
    let lang = ctx.lang(Lang::En);
    let mut view = page(&state, &ctx, lang);
    let Some(address) = EmailAddress::parse(&form.email) else {
        let key = if form.email.trim().is_empty() {
            "error-email-required"
        } else {
            "error-email-invalid"
        };
        view.email = form.email;
        view.error = Some(Tr(lang).t(key));
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&view)).into_response());
    };
    resend_links(&state, &address).await?;
    // The same answer whether or not anything was found.
    view.sent_to = Some(address.as_str().to_string());
    Ok(render(&view))
}

/// What a `/r/{token}` link that matches no registration gets. A token with punctuation
/// stuck to its end (a link copied with the sentence's full stop) leads to the right page;
/// anything else gets a 404 page that offers to send the links again.
pub fn broken_link(state: &AppState, ctx: &PageCtx, token: &str) -> Response {
    let trimmed = token.trim_end_matches(|c: char| !is_token_char(c));
    if trimmed.len() == TOKEN_LEN && trimmed != token && trimmed.chars().all(is_token_char) {
        let rest = ctx
            .path
            .split_once(token)
            .map(|(_, r)| r)
            .unwrap_or_default();
        let rest = rest.trim_end_matches(|c: char| !(c.is_ascii_alphanumeric() || c == '/'));
        if let Some(redirect) = redirect(&format!("/r/{trimmed}{rest}")) {
            return redirect;
        }
    }
    let mut view = page(state, ctx, ctx.lang(Lang::En));
    view.broken = true;
    (StatusCode::NOT_FOUND, render(&view)).into_response()
}

/// The characters of a participant token (base64url).
fn is_token_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_'
}

/// A permanent redirect, or None when the target cannot be a header value.
fn redirect(to: &str) -> Option<Response> {
    let location = HeaderValue::from_str(to).ok()?;
    Some(
        (
            StatusCode::PERMANENT_REDIRECT,
            [(header::LOCATION, location)],
        )
            .into_response(),
    )
}

/// For paths under `/r/` that match no route (`/r/TOKEN/join.`): the same help.
pub fn broken_path(state: &AppState, ctx: &PageCtx) -> Option<Response> {
    let token = ctx.path.strip_prefix("/r/")?.split('/').next()?;
    let cleaned = ctx
        .path
        .trim_end_matches(|c: char| !(c.is_ascii_alphanumeric() || c == '/'));
    if cleaned != ctx.path
        && cleaned.len() > "/r/".len()
        && let Some(redirect) = redirect(cleaned)
    {
        return Some(redirect);
    }
    Some(broken_link(state, ctx, token))
}
