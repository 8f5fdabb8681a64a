//! `/admin/events/{slug}`: one event at a glance with its actions, its audit log, and a
//! preview of its public page (drafts included).

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::{Query, State};

use crate::db::{audit, organizer};
use crate::domain::Lang;
use crate::services::programme::{self, SessionCount};
use crate::state::AppState;
use sea_orm::EntityTrait;

use super::super::PageCtx;
use super::super::event_page::event_page;
use super::super::form::RegistrationForm;
use super::super::pages::{Layout, render};
use super::events::{Counts, DoneQuery, counts, status_key};
use super::view::{ManagedEvent, Nav, PageResult, done_notice, frame, lang, stamp, when};

#[derive(Template)]
#[template(path = "admin/event.html")]
struct EventPage {
    l: Layout,
    nav: Nav,
    slug: String,
    title: String,
    status: String,
    status_key: String,
    kind_key: String,
    when: String,
    ends: String,
    timezone: String,
    capacity: Option<i64>,
    seats_taken: i64,
    opens: Option<String>,
    closes: Option<String>,
    /// (native name, has a title in it)
    languages: Vec<(&'static str, bool)>,
    owner: Option<String>,
    public_url: String,
    counts: Counts,
    /// The programme's numbers, session by session.
    sessions: Vec<SessionCount>,
    series: Option<String>,
    csrf_token: String,
    done: Option<&'static str>,
}

pub async fn show_event(
    State(state): State<AppState>,
    ctx: PageCtx,
    ManagedEvent { user, ev }: ManagedEvent,
    Query(q): Query<DoneQuery>,
) -> PageResult {
    let lang = lang(&ctx);
    let owner = match ev.owner_id {
        Some(id) => organizer::Entity::find_by_id(id)
            .one(&state.db)
            .await?
            .map(|o| o.email),
        None => None,
    };
    let translations = &ev.translations;
    let tz = ev.tz();
    let (l, nav) = frame(&state, &ctx, &user, ev.title_in(lang), "events");
    Ok(render(&EventPage {
        l,
        nav,
        slug: ev.slug.clone(),
        title: ev.title_in(lang),
        status: ev.status.as_str().into(),
        status_key: status_key(ev.status.as_str()),
        kind_key: format!("kind-{}", ev.kind.as_str()),
        when: when(ev.starts_at, tz, lang),
        ends: when(ev.ends_at, tz, lang),
        timezone: ev.timezone.to_string(),
        capacity: ev.capacity.map(i64::from),
        seats_taken: i64::from(ev.seats_taken),
        opens: ev.registration_opens_at.map(|t| when(t, tz, lang)),
        closes: ev.registration_closes_at.map(|t| when(t, tz, lang)),
        languages: ev
            .langs()
            .into_iter()
            .map(|l| {
                let has = translations
                    .get(&l)
                    .is_some_and(|t| !t.title.trim().is_empty());
                (l.native_name(), has)
            })
            .collect(),
        owner,
        public_url: format!("{}/events/{}", state.settings.base_url(), ev.slug),
        counts: counts(&state, &ev).await?,
        sessions: programme::counts(&state.db, &ev, lang).await?,
        series: ev.series.clone(),
        csrf_token: ctx.csrf_token(&state),
        done: done_notice(q.done.as_deref()),
    }))
}

#[derive(Template)]
#[template(path = "admin/audit.html")]
struct AuditPage {
    l: Layout,
    nav: Nav,
    slug: String,
    title: String,
    /// (when, who, action key, detail)
    entries: Vec<(String, String, String, String)>,
}

/// The most recent changes are what people look for; older ones stay in the database.
const AUDIT_SHOWN: u64 = 500;

pub async fn show_audit(
    State(state): State<AppState>,
    ctx: PageCtx,
    ManagedEvent { user, ev }: ManagedEvent,
) -> PageResult {
    let lang = lang(&ctx);
    let rows = audit::for_event(&state.db, ev.id, AUDIT_SHOWN).await?;
    let title = ev.title_in(lang);
    let (l, nav) = frame(
        &state,
        &ctx,
        &user,
        crate::i18n::t(lang, "admin-audit"),
        "events",
    );
    Ok(render(&AuditPage {
        l,
        nav,
        slug: ev.slug.clone(),
        title,
        entries: rows
            .into_iter()
            .map(|r| {
                (
                    stamp(r.created_at),
                    r.actor,
                    format!("admin-audit-{}", r.action),
                    r.detail,
                )
            })
            .collect(),
    }))
}

/// The public page exactly as participants will see it, even while the event is a draft.
pub async fn preview_event(
    State(state): State<AppState>,
    ctx: PageCtx,
    ManagedEvent { ev, .. }: ManagedEvent,
) -> PageResult {
    let lang: Lang = ctx.lang(ev.default_language);
    let form = RegistrationForm {
        language: ev.default_language.to_string(),
        ..Default::default()
    };
    let page = event_page(&state, &ctx, &ev, lang, form, BTreeMap::new());
    Ok(render(&page))
}
