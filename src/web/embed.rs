//! The pages other sites may frame (`embed_origins`): `/embed` (the event list) and
//! `/events/{slug}/embed` (an event's essentials and its form, no site chrome), with the
//! thanks page the form leads to. Everything works without JavaScript; `/static/embed.js`
//! only lets the frame grow with its content.

use std::collections::BTreeMap;

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};

use crate::db::event;
use crate::domain::Lang;
use crate::error::PageResult;
use crate::state::AppState;

use super::PageCtx;
use super::event_page::{event_page, published};
use super::event_register::submit;
use super::form::RegistrationForm;
use super::home::{EventCard, card};
use super::pages::{Layout, render};

/// The paths that `frame-ancestors` opens to the configured origins; every other page
/// stays unframeable.
pub fn is_embed_path(path: &str) -> bool {
    if path == "/embed" {
        return true;
    }
    let Some(rest) = path.strip_prefix("/events/") else {
        return false;
    };
    match rest.split_once('/') {
        Some((slug, tail)) => !slug.is_empty() && (tail == "embed" || tail == "embed/thanks"),
        None => false,
    }
}

#[derive(Template)]
#[template(path = "embed/list.html")]
struct EmbedListPage {
    l: Layout,
    events: Vec<EventCard>,
}

/// A page drawn inside another site's frame: no header, footer or switcher of our own.
fn embedded(state: &AppState, ctx: &PageCtx, lang: Lang, title: String) -> Layout {
    let mut l = Layout::new(lang, title, &state.settings.branding, &ctx.path, &Lang::ALL);
    l.embed = true;
    l
}

/// `GET /embed`: the upcoming events, each linking to its embeddable form.
pub async fn list_events(State(state): State<AppState>, ctx: PageCtx) -> PageResult {
    let lang = ctx.lang(Lang::En);
    let events = event::list_published(&state.db).await?;
    let now = state.now();
    let site_name = state.settings.branding.site_name.clone();
    Ok(render(&EmbedListPage {
        l: embedded(&state, &ctx, lang, site_name),
        events: events
            .iter()
            .filter(|ev| ev.ends_at >= now)
            .map(|ev| card(ev, lang))
            .collect(),
    }))
}

/// `GET /events/{slug}/embed`: the event page's essentials and form, without chrome.
pub async fn show_form(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    ctx: PageCtx,
) -> PageResult {
    let ev = published(&state, &slug).await?;
    let lang = ctx.lang(ev.default_language);
    let form = RegistrationForm {
        language: lang.code().into(),
        ..Default::default()
    };
    let mut page = event_page(&state, &ctx, &ev, lang, form, BTreeMap::new());
    page.l.embed = true;
    // The reporting fields are optional: without them the form still registers.
    if let Ok(row) = crate::db::followup::for_event(&state.db, ev.id).await {
        page.reporting = super::reporting_fields::fields(&row, lang, &Default::default(), &[]);
    }
    Ok(render(&page))
}

/// `POST /events/{slug}/embed`: the same submission as the event page's, answered inside
/// the frame.
pub async fn register(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    ctx: PageCtx,
    Form(pairs): Form<Vec<(String, String)>>,
) -> PageResult {
    submit(state, slug, ctx, pairs, true).await
}

/// Where a registration made in the frame lands, keeping the embedding page's language.
pub fn thanks_redirect(slug: &str, lang: Lang) -> Response {
    Redirect::to(&format!("/events/{slug}/embed/thanks?lang={}", lang.code())).into_response()
}

#[derive(Template)]
#[template(path = "embed/thanks.html")]
struct EmbedThanksPage {
    l: Layout,
    confirm_needed: bool,
    slug: String,
}

/// `GET /events/{slug}/embed/thanks`.
pub async fn thanks(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    ctx: PageCtx,
) -> PageResult {
    let ev = published(&state, &slug).await?;
    let lang = ctx.lang(ev.default_language);
    Ok(render(&EmbedThanksPage {
        l: embedded(&state, &ctx, lang, crate::i18n::t(lang, "thanks-title")),
        confirm_needed: ev.require_email_confirmation,
        slug,
    }))
}

/// The optional script: inside the frame it reports the page's height to the embedding
/// page; on the embedding page it sets the height of Convene's frames it hears from.
pub async fn script() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        include_str!("../../templates/embed/embed.js"),
    )
}

#[cfg(test)]
mod tests {
    use super::is_embed_path;

    #[test]
    fn only_the_embed_pages_are_embeddable() {
        for path in [
            "/embed",
            "/events/summit/embed",
            "/events/summit/embed/thanks",
        ] {
            assert!(is_embed_path(path), "{path}");
        }
        for path in [
            "/",
            "/events/summit",
            "/events/summit/register",
            "/events//embed",
            "/events/summit/embed/other",
            "/admin/embed",
            "/r/abc/embed",
        ] {
            assert!(!is_embed_path(path), "{path}");
        }
    }
}
