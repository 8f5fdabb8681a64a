//! `/events/{slug}/thanks`: after a registration, the address it went to (so a typo shows at
//! once) and, when the same address registered moments before, when the email can go again.
//!
//! The address travels from the form post to this page in a short-lived signed cookie, never
//! in the URL, where it would end up in logs and browser history.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, Utc};

use crate::error::{AppError, PageResult};
use crate::i18n::{Arg, format_date_time, t_args};
use crate::state::AppState;

use super::PageCtx;
use super::pages::{Layout, render};

const COOKIE: &str = "convene_thanks";

#[derive(Template)]
#[template(path = "events/thanks.html")]
struct ThanksPage {
    l: Layout,
    slug: String,
    title: String,
    confirm_needed: bool,
    /// "We sent it to ada@example.org."
    sent_to: Option<String>,
    /// Set when no email went out because one did moments ago: when it can go again.
    resend_note: Option<String>,
}

/// The answer to a stored registration: to the thanks page, carrying the typed address and,
/// when the email was held back, the moment it may be sent again.
pub fn after_registration(
    state: &AppState,
    slug: &str,
    email: &str,
    resend_at: Option<DateTime<Utc>>,
) -> Response {
    let mut response = Redirect::to(&format!("/events/{slug}/thanks")).into_response();
    let address = URL_SAFE_NO_PAD.encode(email);
    let wait = resend_at.map(|at| at.timestamp()).unwrap_or(0).to_string();
    let signature = state.secret.sign(&["thanks", slug, &address, &wait]);
    let secure = if state.settings.base_url().starts_with("https://") {
        "; Secure"
    } else {
        ""
    };
    let value = format!(
        "{COOKIE}={address}.{wait}.{signature}; Path=/events/{slug}/thanks; Max-Age=600; HttpOnly; SameSite=Lax{secure}"
    );
    if let Ok(v) = HeaderValue::from_str(&value) {
        response.headers_mut().append(header::SET_COOKIE, v);
    }
    response
}

/// The address and the resend moment from the cookie, when its signature holds.
fn read_cookie(state: &AppState, slug: &str, headers: &HeaderMap) -> Option<(String, i64)> {
    let value = super::ctx::header_cookie(headers, COOKIE)?;
    let mut parts = value.splitn(3, '.');
    let (address, wait, signature) = (parts.next()?, parts.next()?, parts.next()?);
    if !state
        .secret
        .verify(&["thanks", slug, address, wait], signature)
    {
        return None;
    }
    let email = String::from_utf8(URL_SAFE_NO_PAD.decode(address).ok()?).ok()?;
    Some((email, wait.parse().ok()?))
}

pub async fn thanks(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    ctx: PageCtx,
    headers: HeaderMap,
) -> PageResult {
    let ev = crate::db::event::find_public(&state.db, &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let lang = ctx.lang(ev.default_language);
    let typed = read_cookie(&state, &slug, &headers);
    let resend_note = typed
        .as_ref()
        .filter(|(_, wait)| *wait > 0)
        .and_then(|(_, wait)| DateTime::from_timestamp(*wait, 0))
        .map(|at| {
            let time = format_date_time(at, ev.tz(), lang);
            t_args(lang, "thanks-resend-later", &[("time", Arg::Text(time))])
        });
    Ok(render(&ThanksPage {
        l: Layout::for_event(&state, &ctx.path, &ev, lang),
        slug: ev.slug.clone(),
        title: ev.title_in(lang),
        confirm_needed: ev.require_email_confirmation,
        sent_to: typed.map(|(email, _)| email),
        resend_note,
    }))
}
