//! `GET /`: upcoming events first, past events below.

use askama::Template;
use axum::extract::State;
use axum::response::Response;

use crate::db::event;
use crate::domain::{EventStatus, Lang};
use crate::error::AppError;
use crate::i18n::{format_date, format_time_range};
use crate::state::AppState;

use super::PageCtx;
use super::pages::{Layout, render};
use super::visitor_zone::own_time;

/// One line of the event list, already in the page's language.
pub struct EventCard {
    pub slug: String,
    pub title: String,
    pub date: String,
    pub time: String,
    pub place: String,
    pub kind_key: String,
    pub cancelled: bool,
    /// The language of title and place, when it is not the page's.
    pub text_lang: Option<&'static str>,
    /// Start, end (RFC 3339, UTC) and zone, for the script that shows the browser's own time.
    pub starts_utc: String,
    pub ends_utc: String,
    pub zone: String,
    /// Date and time in the visitor's own zone, when known and not the event's.
    pub yours: Option<String>,
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    l: Layout,
    upcoming: Vec<EventCard>,
    past: Vec<EventCard>,
    feed_url: String,
}

pub async fn list_events(
    State(state): State<AppState>,
    ctx: PageCtx,
) -> Result<Response, AppError> {
    let lang = ctx.lang(Lang::En);
    let events = event::list_published(&state.db)
        .await
        .map_err(AppError::from)?;
    let now = state.now();
    let order = ctx.reading_order(lang);
    let (mut upcoming, mut past) = (Vec::new(), Vec::new());
    for ev in &events {
        let mut card = for_reader(card(ev, lang), ev, &order);
        card.yours = own_time(ev.starts_at, ev.ends_at, ev.tz(), ctx.visitor_zone(), lang);
        if ev.ends_at >= now {
            upcoming.push(card)
        } else {
            past.push(card)
        }
    }
    past.reverse();
    let feed_url = format!("{}/calendar.ics", state.settings.base_url())
        .replacen("https://", "webcal://", 1)
        .replacen("http://", "webcal://", 1);
    let site = &state.settings.branding;
    let mut l = Layout::new(lang, site.site_name.clone(), site, &ctx.path, &Lang::ALL);
    l.description = l.tr.a1("home-description", "site", site.site_name.as_str());
    let page = HomePage {
        l,
        upcoming,
        past,
        feed_url,
    };
    Ok(render(&page))
}

pub fn card(ev: &event::Model, lang: Lang) -> EventCard {
    let (text, _) = ev.text_in(lang);
    let tz = ev.tz();
    EventCard {
        slug: ev.slug.clone(),
        title: ev.title_in(lang),
        date: format_date(ev.starts_at, tz, lang),
        time: format_time_range(ev.starts_at, ev.ends_at, tz, lang),
        place: text.location,
        kind_key: format!("kind-{}", ev.kind),
        cancelled: ev.status == EventStatus::Cancelled,
        text_lang: None,
        starts_utc: ev.starts_at.to_rfc3339(),
        ends_utc: ev.ends_at.to_rfc3339(),
        zone: ev.timezone.to_string(),
        yours: None,
    }
}

/// The card's texts in the first language of `order` the event has, marked when not the page's.
fn for_reader(mut card: EventCard, ev: &event::Model, order: &[Lang]) -> EventCard {
    let (text, text_lang) = super::event_page::text_for_reader(ev, order);
    if !text.title.trim().is_empty() {
        card.title = text.title;
    }
    card.place = text.location;
    card.text_lang = (Some(text_lang) != order.first().copied()).then(|| text_lang.code());
    card
}
