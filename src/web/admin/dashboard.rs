//! `/admin/events/{slug}/dashboard` and `/admin/dashboard`: who registered, when, from where,
//! and who came, as server-rendered SVG charts with the numbers in a table beside each.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;

use crate::db::event;
use crate::domain::{DateRange, Lang, RangeQuery, Region, country_name};
use crate::i18n::t;
use crate::services::dashboard::{self, Breakdown, Dashboard};
use crate::state::AppState;

use super::super::PageCtx;
use super::super::charts::{Datum, bar_chart, line_chart};
use super::super::pages::{Layout, render};
use super::auth::AdminUser;
use super::view::{ManagedEvent, Nav, PageResult, frame, lang};

/// The organisation chart and its table show the largest this many; the exports hold them all.
const TOP_ORGANIZATIONS: usize = 25;

/// One breakdown: its chart and the rows of its table (label, registered, attended).
pub struct Chart {
    pub id: &'static str,
    pub title: String,
    pub svg: String,
    pub rows: Vec<(String, u64, u64)>,
}

/// A line of the table of events on the dashboard across events.
pub struct EventRow {
    pub slug: String,
    pub title: String,
    pub registrations: u64,
    pub confirmed: u64,
    pub attended: u64,
}

#[derive(Template)]
#[template(path = "admin/dashboard.html")]
struct DashboardPage {
    l: Layout,
    nav: Nav,
    /// The event's slug, or None across events.
    slug: Option<String>,
    title: String,
    d: Dashboard,
    /// An event's programme, session by session, titles in the page's language.
    sessions: Vec<crate::services::programme::SessionCount>,
    /// Across events: each event by its title in the page's language.
    events: Vec<EventRow>,
    rate: String,
    over_time: String,
    charts: Vec<Chart>,
    /// The network's report per region and, on an event's dashboard, its feedback.
    after: super::after_sections::AfterSections,
    /// Across events: the date range's form (values as given, and what is wrong with them).
    range: Option<RangeForm>,
}

/// The date range's form on the dashboard across events.
#[derive(Default)]
pub struct RangeForm {
    pub from: String,
    pub to: String,
    pub error: Option<String>,
}

pub async fn event_dashboard(
    State(state): State<AppState>,
    ctx: PageCtx,
    ManagedEvent { user, ev }: ManagedEvent,
    Query(filter): Query<crate::services::feedback::ResultFilter>,
) -> PageResult {
    let lang = lang(&ctx);
    let d = dashboard::for_event(&state.db, &ev).await?;
    let colon = crate::mail::compose::label_colon(lang.code());
    let title = format!(
        "{}{colon} {}",
        t(lang, "admin-dashboard"),
        ev.title_in(lang)
    );
    let events = std::slice::from_ref(&ev);
    let mut page = page(&state, &ctx, &user, Some(ev.slug.clone()), events, title, d);
    page.sessions = crate::services::programme::counts(&state.db, &ev, lang).await?;
    let results = crate::services::feedback::for_event(&state, &ev, &filter, lang).await?;
    if !results.questions.is_empty() {
        page.after.feedback = Some(super::after_sections::feedback(&results));
    }
    page.after.language = filter.language;
    page.after.region = filter.region;
    Ok(render(&page))
}

/// Across the events this organizer may manage, those starting within the date range when
/// one is given; days in UTC. A range that cannot be read is said so (422), with the values
/// kept and every event counted.
pub async fn overall_dashboard(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: AdminUser,
    Query(query): Query<RangeQuery>,
) -> PageResult {
    let lang = lang(&ctx);
    let parsed = DateRange::parse(&query);
    let range = parsed.clone().unwrap_or_default();
    let events: Vec<event::Model> = event::list_all(&state.db)
        .await?
        .into_iter()
        .filter(|ev| user.may_manage(ev) && range.covers(ev.starts_at.date_naive()))
        .collect();
    let all = user.is_admin() && !range.is_set();
    let d = dashboard::across(&state.db, &events, all, chrono_tz::UTC).await?;
    let title = t(lang, "admin-dashboard-all");
    let mut page = page(&state, &ctx, &user, None, &events, title, d);
    page.range = Some(RangeForm {
        from: query.from,
        to: query.to,
        error: parsed
            .is_err()
            .then(|| t(lang, "admin-dashboard-range-invalid")),
    });
    let status = if parsed.is_err() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    Ok((status, render(&page)).into_response())
}

fn page(
    state: &AppState,
    ctx: &PageCtx,
    user: &AdminUser,
    slug: Option<String>,
    models: &[event::Model],
    title: String,
    d: Dashboard,
) -> DashboardPage {
    let lang = lang(ctx);
    let events = d
        .events
        .iter()
        .map(|line| EventRow {
            title: models
                .iter()
                .find(|ev| ev.id == line.event_id)
                .map_or_else(|| line.slug.clone(), |ev| ev.title_in(lang)),
            slug: line.slug.clone(),
            registrations: line.registrations,
            confirmed: line.confirmed,
            attended: line.attended,
        })
        .collect();
    let (l, nav) = frame(state, ctx, user, title.clone(), "events");
    let days: Vec<Datum> = d
        .per_day
        .iter()
        .map(|day| Datum::new(day.date.to_string(), day.total))
        .collect();
    let over_time = line_chart("over-time", &t(lang, "admin-dashboard-over-time"), &days);
    let region = |key: &str| {
        Region::ALL
            .into_iter()
            .find(|r| r.as_str() == key)
            .map_or_else(|| key.to_string(), |r| t(lang, r.label_key()))
    };
    let language = |key: &str| {
        key.parse::<Lang>()
            .map_or_else(|_| key.to_string(), |l| l.native_name().to_string())
    };
    let mut charts = vec![
        chart(
            "by-region",
            lang,
            "admin-dashboard-by-region",
            &d.by_region,
            region,
        ),
        chart(
            "by-country",
            lang,
            "admin-dashboard-by-country",
            &d.by_country,
            |c| country_name(c, lang),
        ),
        chart(
            "by-language",
            lang,
            "admin-dashboard-by-language",
            &d.by_language,
            language,
        ),
        chart(
            "by-attendance-mode",
            lang,
            "dashboard-modes",
            &d.by_attendance_mode,
            |m| t(lang, &format!("attendance-{m}")),
        ),
        chart(
            "by-interpretation-language",
            lang,
            "dashboard-listeners",
            &d.by_interpretation_language,
            language,
        ),
        chart(
            "by-organization",
            lang,
            "admin-dashboard-by-organization",
            &d.by_organization[..d.by_organization.len().min(TOP_ORGANIZATIONS)],
            |org| match org.trim() {
                "" => t(lang, "admin-dashboard-none-given"),
                named => named.to_string(),
            },
        ),
    ];
    // The mode and listening charts only speak of events that have them.
    charts.retain(|c| {
        !c.rows.is_empty() || !matches!(c.id, "by-attendance-mode" | "by-interpretation-language")
    });
    DashboardPage {
        l,
        nav,
        slug,
        title,
        events,
        rate: d
            .attendance_rate
            .map_or_else(|| "–".to_string(), |r| format!("{:.0} %", r * 100.0)),
        over_time,
        sessions: Vec::new(),
        charts,
        after: super::after_sections::regions(&d.reporting, lang),
        range: None,
        d,
    }
}

fn chart(
    id: &'static str,
    lang: Lang,
    key: &str,
    groups: &[Breakdown],
    label: impl Fn(&str) -> String,
) -> Chart {
    let rows: Vec<(String, u64, u64)> = groups
        .iter()
        .map(|g| (label(&g.key), g.registered, g.attended))
        .collect();
    let data: Vec<Datum> = rows.iter().map(|(l, r, _)| Datum::new(l, *r)).collect();
    let title = t(lang, key);
    Chart {
        id,
        svg: bar_chart(id, &title, &data),
        title,
        rows,
    }
}
