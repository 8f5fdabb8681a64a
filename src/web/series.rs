//! `GET /series/{series}` (the meetings of a series) and `GET /series/{series}/calendar.ics`
//! (its feed); and the next meeting of a series, for a past event's page.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::calendar;
use crate::db::event;
use crate::domain::{EventStatus, Lang};
use crate::error::AppError;
use crate::i18n::format_range;
use crate::services::invites::public_entry;
use crate::state::AppState;

use super::PageCtx;
use super::calendar_files::ics_response;
use super::pages::{Layout, render};

/// The public events of a series, soonest first (drafts never show, nor do unlisted and
/// invite-only meetings: a series page or feed must not reveal them).
async fn public_in_series(state: &AppState, series: &str) -> Result<Vec<event::Model>, AppError> {
    if crate::domain::programme::parse_series(series).is_none() {
        return Err(AppError::NotFound);
    }
    Ok(event::Entity::find()
        .filter(event::Column::Series.eq(series))
        .filter(event::Column::Status.ne(EventStatus::Draft.as_str()))
        .filter(event::Column::Visibility.eq(crate::domain::Visibility::Public))
        .order_by_asc(event::Column::StartsAt)
        .all(&state.db)
        .await?)
}

pub struct SeriesLine {
    pub slug: String,
    pub title: String,
    pub when: String,
    pub cancelled: bool,
    pub past: bool,
}

#[derive(Template)]
#[template(path = "series.html")]
pub struct SeriesPage {
    l: Layout,
    series: String,
    events: Vec<SeriesLine>,
}

pub async fn show(
    State(state): State<AppState>,
    Path(series): Path<String>,
    ctx: PageCtx,
) -> Result<Response, AppError> {
    let events = public_in_series(&state, &series).await?;
    let first = events.first().ok_or(AppError::NotFound)?;
    let lang = ctx.lang(first.default_language);
    let now = state.now();
    let lines = events
        .iter()
        .map(|ev| SeriesLine {
            slug: ev.slug.clone(),
            title: ev.title_in(lang),
            when: format_range(ev.starts_at, ev.ends_at, ev.tz(), lang),
            cancelled: ev.status == EventStatus::Cancelled,
            past: ev.ends_at < now,
        })
        .collect();
    let title = format!("{}: {series}", crate::i18n::t(lang, "series"));
    let l = Layout::new(lang, title, &state.settings.branding, &ctx.path, &Lang::ALL);
    Ok(render(&SeriesPage {
        l,
        series,
        events: lines,
    }))
}

pub async fn feed(
    State(state): State<AppState>,
    Path(series): Path<String>,
    ctx: PageCtx,
) -> Result<Response, AppError> {
    let events = public_in_series(&state, &series).await?;
    let lang = ctx.lang(
        events
            .first()
            .map(|e| e.default_language)
            .unwrap_or(Lang::En),
    );
    if events.is_empty() {
        return Err(AppError::NotFound);
    }
    let entries: Vec<_> = events
        .iter()
        .map(|ev| public_entry(&state, ev, lang))
        .collect();
    let name = format!("{} – {series}", state.settings.branding.site_name);
    let body = calendar::publish(&entries, &name, state.now());
    Ok(ics_response(body, &format!("{series}.ics"), 900))
}

/// For an event that is over: the slug of the next published meeting of its series.
pub async fn next_of(state: &AppState, ev: &event::Model) -> Option<String> {
    let series = ev.series.as_deref()?;
    if ev.ends_at > state.now() {
        return None;
    }
    event::Entity::find()
        .filter(event::Column::Series.eq(series))
        .filter(event::Column::Status.eq(EventStatus::Published.as_str()))
        .filter(event::Column::Visibility.eq(crate::domain::Visibility::Public))
        .filter(event::Column::StartsAt.gt(state.now()))
        .order_by_asc(event::Column::StartsAt)
        .one(&state.db)
        .await
        .ok()
        .flatten()
        .map(|e| e.slug)
}
