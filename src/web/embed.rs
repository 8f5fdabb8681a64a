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
use crate::state::AppState;

use super::PageCtx;
use super::event_page::{event_page, published, submit};
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

/// `GET /embed`: the upcoming events, each linking to its embeddable form.
pub async fn list_events(State(state): State<AppState>, ctx: PageCtx) -> Response {
    let lang = ctx.lang(Lang::En);
    let events = match event::list_published(&state.db).await {
        Ok(events) => events,
        Err(e) => return crate::error::AppError::from(e).into_page(lang),
    };
    let now = state.now();
    let site = &state.settings.branding;
    let mut l = Layout::new(lang, site.site_name.clone(), site, &ctx.path, &Lang::ALL);
    l.embed = true;
    let page = EmbedListPage {
        l,
        events: events
            .iter()
            .filter(|ev| ev.ends_at >= now)
            .map(|ev| card(ev, lang))
            .collect(),
    };
    render(&page)
}

/// `GET /events/{slug}/embed`: the event page's essentials and form, without chrome.
pub async fn show_form(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    ctx: PageCtx,
) -> Response {
    let ev = match published(&state, &slug).await {
        Ok(ev) => ev,
        Err(e) => return e.into_page(ctx.lang(Lang::En)),
    };
    let lang = ctx.lang(ev.default_language);
    let form = RegistrationForm {
        language: lang.code().into(),
        ..Default::default()
    };
    let mut page = event_page(&state, &ctx, &ev, lang, form, BTreeMap::new());
    page.l.embed = true;
    if let Ok(row) = crate::db::followup::for_event(&state.db, ev.id).await {
        page.reporting = super::reporting_fields::fields(&row, lang, &Default::default(), &[]);
    }
    render(&page)
}

/// `POST /events/{slug}/embed`: the same submission as the event page's, answered inside
/// the frame.
pub async fn register(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    ctx: PageCtx,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
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
) -> Response {
    let ev = match published(&state, &slug).await {
        Ok(ev) => ev,
        Err(e) => return e.into_page(ctx.lang(Lang::En)),
    };
    let lang = ctx.lang(ev.default_language);
    let mut l = Layout::new(
        lang,
        crate::i18n::t(lang, "thanks-title"),
        &state.settings.branding,
        &ctx.path,
        &Lang::ALL,
    );
    l.embed = true;
    render(&EmbedThanksPage {
        l,
        confirm_needed: ev.require_email_confirmation,
        slug,
    })
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
