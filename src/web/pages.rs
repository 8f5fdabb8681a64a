//! The page frame every HTML page shares: language, switcher, branding; and the error page.

use askama::Template;
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};

use crate::config::Branding;
use crate::db::event;
use crate::domain::Lang;
use crate::error::{AppError, PageResult};
use crate::i18n::Tr;
use crate::state::AppState;

/// What the base layout needs.
#[derive(Debug, Clone)]
pub struct Layout {
    pub tr: Tr,
    pub title: String,
    pub site: Branding,
    /// (code, native name, link, is current)
    pub switcher: Vec<(&'static str, &'static str, String, bool)>,
    /// The page's summary for search engines and link previews; none when empty.
    pub description: String,
    /// Open Graph properties for link previews: (property, content).
    pub meta: Vec<(&'static str, String)>,
    /// A page with a side column on wide screens.
    pub wide: bool,
    /// Shown in another site's frame: no header, footer or language switcher of our own.
    pub embed: bool,
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
            description: String::new(),
            meta: Vec::new(),
            wide: false,
            embed: false,
        }
    }

    /// A page of one event for its participants: titled by the event, switching between the
    /// event's languages.
    pub fn for_event(state: &AppState, path: &str, ev: &event::Model, lang: Lang) -> Layout {
        let site = &state.settings.branding;
        Layout::new(lang, ev.title_in(lang), site, path, &ev.langs())
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

/// An error page still to be drawn: handlers know the language, the `branded_errors`
/// middleware knows the site's branding, and together they make the page.
#[derive(Debug, Clone)]
pub struct PendingErrorPage {
    /// The language a handler chose; otherwise the visitor's, negotiated from the request.
    pub lang: Option<Lang>,
    pub message_key: &'static str,
    /// For the API's JSON body: `{"error": {"code": ..., "message": ...}}`.
    pub code: &'static str,
    pub message: String,
}

fn draw_error_page(site: &Branding, status: StatusCode, lang: Lang, key: &'static str) -> Response {
    let tr = Tr(lang);
    let page = ErrorPage {
        l: Layout::new(lang, tr.t("error-title"), site, "/", &Lang::ALL),
        status: status.as_u16(),
        message: tr.t(key),
    };
    render(&page)
}

/// Draws pending errors, keeping status and headers: JSON under `/api/`, elsewhere an HTML
/// page with the configured branding in the visitor's language.
pub async fn branded_errors(
    axum::extract::State(state): axum::extract::State<crate::state::AppState>,
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let api = req.uri().path().starts_with("/api/");
    let visitor_lang = super::ctx::request_lang(req.uri(), req.headers());
    let response = next.run(req).await;
    let Some(pending) = response.extensions().get::<PendingErrorPage>().cloned() else {
        return response;
    };
    let (mut parts, _) = response.into_parts();
    let drawn = if api {
        let body = serde_json::json!({"error": {"code": pending.code, "message": pending.message}});
        axum::Json(body).into_response()
    } else {
        let lang = pending.lang.unwrap_or(visitor_lang);
        draw_error_page(
            &state.settings.branding,
            parts.status,
            lang,
            pending.message_key,
        )
    };
    let (drawn_parts, body) = drawn.into_parts();
    if let Some(content_type) = drawn_parts.headers.get(header::CONTENT_TYPE) {
        parts
            .headers
            .insert(header::CONTENT_TYPE, content_type.clone());
    }
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, body)
}

pub async fn not_found(
    axum::extract::State(state): axum::extract::State<AppState>,
    ctx: super::PageCtx,
) -> PageResult {
    // A broken participant link gets help to find the right one.
    match super::lost_link::broken_path(&state, &ctx) {
        Some(help) => Ok(help),
        None => Err(AppError::NotFound),
    }
}

const STYLESHEET: &str = include_str!("../../templates/convene.css");

/// The configured colour, as a CSS variable: the only style that varies per site.
pub async fn brand_stylesheet(
    axum::extract::State(state): axum::extract::State<crate::state::AppState>,
) -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=300"),
        ],
        format!(
            ":root {{ --primary: {}; }}\n",
            state.settings.branding.primary_color
        ),
    )
}

/// The configured logo file, read when asked: it is small, and an operator may replace it.
pub async fn logo(axum::extract::State(state): axum::extract::State<AppState>) -> PageResult {
    let path = &state.settings.branding.logo_path;
    let content_type = match path
        .rsplit('.')
        .next()
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("webp") => "image/webp",
        _ => return Err(AppError::NotFound),
    };
    // A logo that is not there (yet) is a missing file, not a broken server.
    let bytes = tokio::fs::read(path)
        .await
        .map_err(|_| AppError::NotFound)?;
    let headers = [
        (header::CONTENT_TYPE, content_type),
        (header::CACHE_CONTROL, "public, max-age=300"),
    ];
    Ok((headers, bytes).into_response())
}

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

/// The long lists of the form (see `options::list_script`): its name changes with its content,
/// so browsers may keep it for a year.
pub async fn list_script(axum::extract::Path(file): axum::extract::Path<String>) -> PageResult {
    let script = super::options::list_script();
    if script.path.rsplit('/').next() != Some(file.as_str()) {
        return Err(AppError::NotFound);
    }
    let headers = [
        (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
        (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
    ];
    Ok((headers, script.body.clone()).into_response())
}
