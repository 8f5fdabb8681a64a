//! `/admin/events`: the events this organizer manages, upcoming and past, with their counts.

use askama::Template;
use axum::extract::{Query, State};
use axum::response::Redirect;
use serde::Deserialize;

use crate::db::{event, registration, registration_search};
use crate::domain::RegistrationStatus;
use crate::state::AppState;

use super::super::PageCtx;
use super::super::pages::{Layout, render};
use super::auth::AdminUser;
use super::view::{Nav, PageResult, done_notice, frame, lang, when};

/// One line of the list.
pub struct EventRow {
    pub slug: String,
    pub title: String,
    pub when: String,
    pub status: String,
    pub status_key: String,
    pub kind_key: String,
    pub counts: Counts,
    pub capacity: Option<i32>,
}

/// How many registrations an event has in the states organizers watch.
#[derive(Debug, Clone, Copy, Default)]
pub struct Counts {
    pub confirmed: u64,
    pub waitlisted: u64,
    pub pending: u64,
    pub cancelled: u64,
    pub attended: u64,
}

pub async fn counts(state: &AppState, ev: &event::Model) -> Result<Counts, sea_orm::DbErr> {
    let by_status = registration::count_by_status(&state.db, ev.id).await?;
    let of = |wanted: RegistrationStatus| {
        by_status
            .iter()
            .find(|(s, _)| *s == wanted)
            .map(|(_, n)| *n)
            .unwrap_or(0)
    };
    Ok(Counts {
        confirmed: of(RegistrationStatus::Confirmed),
        waitlisted: of(RegistrationStatus::Waitlisted),
        pending: of(RegistrationStatus::Pending),
        cancelled: of(RegistrationStatus::Cancelled),
        attended: registration_search::count_attended(&state.db, ev.id).await?,
    })
}

#[derive(Template)]
#[template(path = "admin/events.html")]
struct EventsPage {
    l: Layout,
    nav: Nav,
    upcoming: Vec<EventRow>,
    past: Vec<EventRow>,
    done: Option<&'static str>,
}

#[derive(Deserialize)]
pub struct DoneQuery {
    pub done: Option<String>,
}

/// `/admin` itself has nothing to show; the events are where work starts.
pub async fn home() -> Redirect {
    Redirect::to("/admin/events")
}

pub async fn list_events(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: AdminUser,
    Query(q): Query<DoneQuery>,
) -> PageResult {
    let lang = lang(&ctx);
    let events = event::list_all(&state.db).await?;
    let now = state.now();
    let (mut upcoming, mut past) = (Vec::new(), Vec::new());
    for ev in events.iter().filter(|ev| user.may_manage(ev)) {
        let row = EventRow {
            slug: ev.slug.clone(),
            title: ev.title_in(lang),
            when: when(ev.starts_at, ev.tz(), lang),
            status: ev.status.as_str().into(),
            status_key: status_key(ev.status.as_str()),
            kind_key: format!("kind-{}", ev.kind.as_str()),
            counts: counts(&state, ev).await?,
            capacity: ev.capacity,
        };
        if ev.ends_at >= now {
            upcoming.push(row);
        } else {
            past.push(row);
        }
    }
    past.reverse();
    let (l, nav) = frame(
        &state,
        &ctx,
        &user,
        crate::i18n::t(lang, "admin-events"),
        "events",
    );
    Ok(render(&EventsPage {
        l,
        nav,
        upcoming,
        past,
        done: done_notice(q.done.as_deref()),
    }))
}

/// The status of an event in the page's language.
pub fn status_key(status: &str) -> String {
    format!("admin-event-status-{status}")
}
