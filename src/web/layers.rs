//! Middleware: security headers, the language and time-zone cookies, the form-token cookie,
//! body limits, compression.

use std::time::Duration;

use axum::Router;
use axum::extract::{DefaultBodyLimit, Request};
use axum::http::{HeaderValue, header};
use axum::middleware::{self, Next};
use axum::response::Response;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;

use crate::domain::Lang;
use crate::i18n::LANG_COOKIE;
use crate::security::random_token;
use crate::state::AppState;

use super::ctx::{cookie, query_value};

pub const CSRF_COOKIE: &str = "convene_csrf";

/// The form-token seed of a visitor who had no cookie yet, handed from middleware to page.
#[derive(Debug, Clone)]
pub struct CsrfSeed(pub String);

/// Forms are small; the attendance upload route sets its own, larger limit.
///
/// Two layers make that possible: axum's `DefaultBodyLimit` (honoured by every body
/// extractor) says 64 KiB, and a route may raise it with its own `DefaultBodyLimit`; the
/// tower-http limit outside the router cannot be raised by a route, so it is the hard cap
/// for all, set to the largest upload and refusing bigger bodies before they are read.
const BODY_LIMIT: usize = 64 * 1024;

pub fn apply(router: Router<AppState>, state: AppState) -> Router<AppState> {
    let secure = state.settings.is_https();
    let frame = FramePolicy::new(&state.settings.embed_origins.0);
    let embeddable = !frame.ancestors.is_empty();
    router
        .layer(middleware::from_fn_with_state(
            state.clone(),
            super::rate_limit::limit,
        ))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            super::pages::branded_errors,
        ))
        .layer(middleware::from_fn(move |req: Request, next: Next| {
            cookies(req, next, secure, embeddable)
        }))
        .layer(middleware::from_fn(move |req: Request, next: Next| {
            security_headers(req, next, secure, frame.clone())
        }))
        // Pages and lists are text that shrinks to a fifth; brotli or gzip, as the client asks.
        .layer(CompressionLayer::new().br(true).gzip(true))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(RequestBodyLimitLayer::new(crate::api::UPLOAD_LIMIT))
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(30),
        ))
}

/// Gives every visitor a form-token cookie, and remembers a language chosen with `?lang=`.
///
/// Inside another site's frame a `SameSite=Lax` cookie is never sent, so the form token
/// could not be checked: the embed pages set theirs `SameSite=None; Secure; Partitioned`
/// over https (partitioned: kept apart per embedding site, and accepted by browsers that
/// block third-party cookies). The form token, not SameSite, is what stops forged posts;
/// docs/embedding.md explains why that stays sound.
async fn cookies(mut req: Request, next: Next, secure: bool, embeddable: bool) -> Response {
    let framed = secure && embeddable && super::embed::is_embed_path(req.uri().path());
    let (parts, body) = req.into_parts();
    let had_seed = cookie(&parts, CSRF_COOKIE).is_some();
    let chosen_lang = query_value(&parts.uri, "lang").and_then(|v| Lang::from_tag(&v));
    let chosen_zone = query_value(&parts.uri, "tz").and_then(|v| super::visitor_zone::parse(&v));
    req = Request::from_parts(parts, body);
    let new_seed = (!had_seed).then(random_token);
    if let Some(seed) = &new_seed {
        req.extensions_mut().insert(CsrfSeed(seed.clone()));
    }
    let mut response = next.run(req).await;
    let flags = match (framed, secure) {
        (true, _) => "; SameSite=None; Secure; Partitioned",
        (false, true) => "; SameSite=Lax; Secure",
        (false, false) => "; SameSite=Lax",
    };
    if let Some(seed) = new_seed {
        let value = format!("{CSRF_COOKIE}={seed}; Path=/; HttpOnly{flags}");
        if let Ok(v) = HeaderValue::from_str(&value) {
            response.headers_mut().append(header::SET_COOKIE, v);
        }
    }
    // A zone chosen with `?tz=`, or one a page learned (the form, the participant's own).
    let zone = chosen_zone.or_else(|| {
        response
            .extensions()
            .get::<super::visitor_zone::RememberZone>()
            .map(|z| z.0)
    });
    if let Some(zone) = zone
        && let Ok(v) = HeaderValue::from_str(&super::visitor_zone::cookie_value(zone, secure))
    {
        response.headers_mut().append(header::SET_COOKIE, v);
    }
    if let Some(lang) = chosen_lang {
        let value = format!("{LANG_COOKIE}={lang}; Path=/; Max-Age=31536000{flags}");
        if let Ok(v) = HeaderValue::from_str(&value) {
            response.headers_mut().append(header::SET_COOKIE, v);
        }
    }
    response
}

/// The page may load its own styles and script and nothing else; which sites may frame it
/// is added per page.
const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self' data:; script-src 'self'; \
                   form-action 'self'; base-uri 'none'";

/// Who may frame what: the embed pages the configured origins, every other page no one.
#[derive(Clone)]
struct FramePolicy {
    /// `frame-ancestors` of the embed pages: the origins, space-separated; empty: none.
    ancestors: String,
}

impl FramePolicy {
    fn new(origins: &[String]) -> FramePolicy {
        FramePolicy {
            ancestors: origins.join(" "),
        }
    }

    fn header(&self, path: &str) -> (HeaderValue, bool) {
        let open = !self.ancestors.is_empty() && super::embed::is_embed_path(path);
        let ancestors = if open { &self.ancestors } else { "'none'" };
        let value = HeaderValue::from_str(&format!("{CSP}; frame-ancestors {ancestors}"))
            .unwrap_or_else(|_| HeaderValue::from_static("frame-ancestors 'none'"));
        (value, open)
    }
}

async fn security_headers(req: Request, next: Next, secure: bool, frame: FramePolicy) -> Response {
    let (csp, framable) = frame.header(req.uri().path());
    let mut response = next.run(req).await;
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_SECURITY_POLICY, csp);
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    // X-Frame-Options knows no list of origins; browsers that read frame-ancestors ignore
    // it, and older ones keep refusing every frame except where the embed is allowed.
    if !framable {
        headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    }
    if secure {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000"),
        );
    }
    response
}
