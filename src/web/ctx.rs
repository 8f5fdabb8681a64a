//! What every page needs from the request: the language preference and the form token seed.

use axum::extract::FromRequestParts;
use axum::http::header;
use axum::http::request::Parts;

use crate::domain::Lang;
use crate::i18n::{LANG_COOKIE, negotiate};
use crate::state::AppState;

use super::layers::{CSRF_COOKIE, CsrfSeed};
use super::visitor_zone;

#[derive(Debug, Clone)]
pub struct PageCtx {
    query_lang: Option<String>,
    cookie_lang: Option<String>,
    accept_language: Option<String>,
    /// The visitor's own time zone: `?tz=`, then the cookie (see `visitor_zone`).
    zone: Option<chrono_tz::Tz>,
    /// The path of this page, for the language switcher to come back to.
    pub path: String,
    csrf_seed: String,
}

impl PageCtx {
    /// The page's language: `?lang=`, cookie, `Accept-Language`, then `default`.
    pub fn lang(&self, default: Lang) -> Lang {
        negotiate(
            self.query_lang.as_deref(),
            self.cookie_lang.as_deref(),
            self.accept_language.as_deref(),
            default,
        )
    }

    /// The visitor's own time zone, when they chose one or registered with one.
    pub fn visitor_zone(&self) -> Option<chrono_tz::Tz> {
        self.zone
    }

    /// The languages this visitor reads, best first, for content that is not in `page`.
    pub fn reading_order(&self, page: Lang) -> Vec<Lang> {
        crate::i18n::reading_order(page, self.accept_language.as_deref())
    }

    /// The token a form of this visitor must carry back.
    pub fn csrf_token(&self, state: &AppState) -> String {
        state.secret.sign(&["csrf", &self.csrf_seed])
    }

    pub fn csrf_ok(&self, state: &AppState, token: &str) -> bool {
        !self.csrf_seed.is_empty() && state.secret.verify(&["csrf", &self.csrf_seed], token)
    }
}

/// The visitor's language from the request alone (`?lang=`, cookie, browser), English
/// by default: for pages drawn outside a handler, such as error pages.
pub fn request_lang(uri: &axum::http::Uri, headers: &axum::http::HeaderMap) -> Lang {
    negotiate(
        query_value(uri, "lang").as_deref(),
        header_cookie(headers, LANG_COOKIE),
        headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok()),
        Lang::En,
    )
}

/// The value of `name` in the request's query string (`?lang=fr`).
pub(crate) fn query_value(uri: &axum::http::Uri, name: &str) -> Option<String> {
    url::form_urlencoded::parse(uri.query()?.as_bytes())
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
}

pub fn cookie<'a>(parts: &'a Parts, name: &str) -> Option<&'a str> {
    header_cookie(&parts.headers, name)
}

/// The value of the cookie `name` in the request's headers: the one place cookies are read.
pub(crate) fn header_cookie<'a>(headers: &'a axum::http::HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

impl FromRequestParts<AppState> for PageCtx {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        _state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let query_lang = query_value(&parts.uri, "lang");
        let zone = query_value(&parts.uri, "tz")
            .and_then(|v| visitor_zone::parse(&v))
            .or_else(|| cookie(parts, visitor_zone::TZ_COOKIE).and_then(visitor_zone::parse));
        let csrf_seed = cookie(parts, CSRF_COOKIE)
            .map(str::to_string)
            .or_else(|| parts.extensions.get::<CsrfSeed>().map(|s| s.0.clone()))
            .unwrap_or_default();
        Ok(PageCtx {
            query_lang,
            cookie_lang: cookie(parts, LANG_COOKIE).map(str::to_string),
            accept_language: parts
                .headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string),
            zone,
            path: parts.uri.path().to_string(),
            csrf_seed,
        })
    }
}
