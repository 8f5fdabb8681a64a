//! The page frame every HTML page shares: language, switcher, branding; and the error page.

use askama::Template;
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};

use crate::config::Branding;
use crate::domain::Lang;
use crate::i18n::Tr;

/// What the base layout needs.
#[derive(Debug, Clone)]
pub struct Layout {
    pub tr: Tr,
    pub title: String,
    pub site: Branding,
    /// (code, native name, link, is current)
    pub switcher: Vec<(&'static str, &'static str, String, bool)>,
}

impl Layout {
    /// `offered` languages appear in the switcher; each link keeps the current page.
    pub fn new(lang: Lang, title: String, site: &Branding, path: &str, offered: &[Lang]) -> Layout {
        let switcher = offered
            .iter()
            .map(|l| {
                (
                    l.code(),
                    l.native_name(),
                    format!("{path}?lang={}", l.code()),
                    *l == lang,
                )
            })
            .collect();
        Layout {
            tr: Tr(lang),
            title,
            site: site.clone(),
            switcher,
        }
    }
}

/// Renders a page; a template error is a bug, logged and shown as a plain 500.
pub fn render(page: &impl Template) -> Response {
    match page.render() {
        Ok(html) => Html(html).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "template failed");
            (StatusCode::INTERNAL_SERVER_ERROR, "internal error").into_response()
        }
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    l: Layout,
    status: u16,
    message: String,
}

pub fn error_page(lang: Lang, status: StatusCode, message_key: &str) -> Response {
    let tr = Tr(lang);
    let site = crate::config::Settings::from_toml("").map(|s| s.branding);
    let site = match site {
        Ok(site) => site,
        Err(_) => return (status, tr.t(message_key)).into_response(),
    };
    let page = ErrorPage {
        l: Layout::new(lang, tr.t("error-title"), &site, "/", &Lang::ALL),
        status: status.as_u16(),
        message: tr.t(message_key),
    };
    render(&page)
}

pub async fn not_found(ctx: super::PageCtx) -> Response {
    let lang = ctx.lang(Lang::En);
    (
        StatusCode::NOT_FOUND,
        error_page(lang, StatusCode::NOT_FOUND, "error-not-found"),
    )
        .into_response()
}

const STYLESHEET: &str = include_str!("../../templates/convene.css");

const SCRIPT: &str = include_str!("../../templates/convene.js");

pub async fn script() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        SCRIPT,
    )
}

pub async fn stylesheet() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        STYLESHEET,
    )
}
