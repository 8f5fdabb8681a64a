//! `/admin/events/{slug}/registrations`: search, filter, sort and page through an event's
//! registrations, each with its email delivery state and its actions.

use askama::Template;
use axum::extract::{Query, State};
use serde::Deserialize;

use crate::db::registration_search::{self, Search, Sort};
use crate::db::{outbox, registration};
use crate::domain::{FilterQuery, Lang, RegistrationStatus, country_name};
use crate::error::AppError;
use crate::services::programme;
use crate::services::registration_admin::SETTABLE;
use crate::state::AppState;

use super::super::PageCtx;
use super::super::pages::{Layout, render};
use super::view::{
    ManagedEvent, Nav, PageResult, done_notice, frame, lang, local_stamp, problem_notice,
};

const PER_PAGE: u64 = 50;

#[derive(Debug, Default, Deserialize)]
pub struct ListQuery {
    q: Option<String>,
    status: Option<String>,
    language: Option<String>,
    country: Option<String>,
    attended: Option<String>,
    sort: Option<String>,
    page: Option<u64>,
    done: Option<String>,
    problem: Option<String>,
}

impl ListQuery {
    /// The list's filters, read as the exports read them; a wrong value is a bad request.
    fn search(&self) -> Result<Search, AppError> {
        let filter = FilterQuery {
            status: self.status.clone(),
            language: self.language.clone(),
            country: self.country.clone(),
            attended: self.attended.clone(),
            q: self.q.clone(),
        }
        .parse()
        .map_err(|fields| {
            let names: Vec<String> = fields.into_iter().map(|(f, _)| f).collect();
            AppError::BadRequest(names.join(", "))
        })?;
        let sort = self.sort.as_deref().unwrap_or_default();
        let (descending, sort) = match sort.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, sort),
        };
        Ok(Search {
            filter,
            sort: Sort::parse(sort).unwrap_or_default(),
            descending,
        })
    }

    /// The query string of this list without the page, for links that keep the filters.
    fn filters(&self, sort: Option<&str>) -> String {
        let mut out = url::form_urlencoded::Serializer::new(String::new());
        for (key, value) in [
            ("q", &self.q),
            ("status", &self.status),
            ("language", &self.language),
            ("country", &self.country),
            ("attended", &self.attended),
        ] {
            if let Some(v) = value.as_deref().filter(|v| !v.is_empty()) {
                out.append_pair(key, v);
            }
        }
        if let Some(sort) = sort.or(self.sort.as_deref()).filter(|s| !s.is_empty()) {
            out.append_pair("sort", sort);
        }
        out.finish()
    }
}

pub struct RegRow {
    pub id: i64,
    /// The statuses its menu offers: its own first (selected), then those an organizer may set.
    pub menu: Vec<&'static str>,
    pub name: String,
    pub email: String,
    pub organization: String,
    pub country: String,
    pub language: String,
    pub status: String,
    pub registered: String,
    pub attended: bool,
    pub minutes: Option<i64>,
    /// When the person first opened their join door.
    pub joined: Option<String>,
    pub delivery: Option<String>,
    pub active: bool,
    /// The messages to registrants this person was sent: subject and email status.
    pub messages: Vec<(String, String)>,
    /// A hybrid event's mode, in words.
    pub mode: Option<String>,
    /// The listening language, by its own name.
    pub listening: Option<&'static str>,
    /// The chosen sessions: (key, status), with a seat held before confirming as `pending`.
    pub sessions: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "admin/registrations.html")]
struct RegistrationsPage {
    l: Layout,
    nav: Nav,
    slug: String,
    title: String,
    rows: Vec<RegRow>,
    /// Whether the event has a programme (and the table a column of sessions).
    has_sessions: bool,
    total: u64,
    page: u64,
    pages: u64,
    q: String,
    filter_status: String,
    filter_language: String,
    filter_country: String,
    filter_attended: String,
    statuses: Vec<&'static str>,
    languages: Vec<(&'static str, &'static str)>,
    countries: Vec<(String, String)>,
    /// (label key, link, current marker)
    columns: Vec<(&'static str, String, &'static str)>,
    prev: Option<String>,
    next: Option<String>,
    here: String,
    /// `?` and the filters, for the export links; empty without filters.
    export_query: String,
    csrf_token: String,
    done: Option<&'static str>,
    problem: Option<&'static str>,
}

pub async fn list_registrations(
    State(state): State<AppState>,
    ctx: PageCtx,
    ManagedEvent { user, ev }: ManagedEvent,
    Query(query): Query<ListQuery>,
) -> PageResult {
    let lang = lang(&ctx);
    let search = query.search()?;
    let page = query.page.unwrap_or(1).max(1);
    let (found, total) =
        registration_search::search(&state.db, ev.id, &search, page, PER_PAGE).await?;
    let mut rows = Vec::with_capacity(found.len());
    let ids: Vec<i64> = found.iter().map(|r| r.id).collect();
    let mut delivery = outbox::delivery_states(&state.db, &ids).await?;
    let mut received = crate::db::message::received_by(&state.db, &ids).await?;
    let mut sessions = programme::statuses_of_page(&state.db, ev.id, &found).await?;
    let has_sessions = !sessions.is_empty();
    for reg in found {
        let delivery = delivery.remove(&reg.id);
        let chosen = sessions.remove(&reg.id).unwrap_or_default();
        let mut line = row(reg, delivery, ev.tz(), lang);
        line.messages = received.remove(&line.id).unwrap_or_default();
        line.sessions = chosen
            .into_iter()
            .map(|s| (s.key, s.status.as_str().to_string()))
            .collect();
        rows.push(line);
    }
    let base = format!("/admin/events/{}/registrations", ev.slug);
    let filters = query.filters(None);
    let link = |p: u64| format!("{base}?{filters}&page={p}");
    let pages = total.div_ceil(PER_PAGE).max(1);
    let current = |s: Sort| {
        if search.sort != s {
            ""
        } else if search.descending {
            "▼"
        } else {
            "▲"
        }
    };
    let columns = [
        ("field-name", Sort::Name),
        ("field-email", Sort::Email),
        ("field-organization", Sort::Organization),
        ("field-country", Sort::Country),
        ("status", Sort::Status),
        ("admin-registered-at", Sort::Registered),
    ]
    .into_iter()
    .map(|(key, s)| {
        // A second click on the same column turns the order around.
        let sort = if search.sort == s && !search.descending {
            format!("-{}", s.as_str())
        } else {
            s.as_str().to_string()
        };
        (
            key,
            format!("{base}?{}", query.filters(Some(&sort))),
            current(s),
        )
    })
    .collect();
    let countries = registration_search::countries(&state.db, ev.id)
        .await?
        .into_iter()
        .map(|c| {
            let name = country_name(&c, lang);
            (c, name)
        })
        .collect();
    let title = ev.title_in(lang);
    let (l, nav) = frame(&state, &ctx, &user, title.clone(), "events");
    let here = match filters.is_empty() {
        true => format!("{base}?page={page}"),
        false => format!("{base}?{filters}&page={page}"),
    };
    Ok(render(&RegistrationsPage {
        l,
        nav,
        slug: ev.slug.clone(),
        title,
        rows,
        has_sessions,
        total,
        page,
        pages,
        q: search.filter.search.clone().unwrap_or_default(),
        filter_status: query.status.clone().unwrap_or_default(),
        filter_language: search
            .filter
            .language
            .map(|l| l.code().to_string())
            .unwrap_or_default(),
        filter_country: search
            .filter
            .country
            .as_ref()
            .map(|c| c.as_str().to_string())
            .unwrap_or_default(),
        filter_attended: query.attended.clone().unwrap_or_default(),
        statuses: RegistrationStatus::ALL.iter().map(|s| s.as_str()).collect(),
        languages: ev
            .langs()
            .iter()
            .map(|l| (l.code(), l.native_name()))
            .collect(),
        countries,
        columns,
        prev: (page > 1).then(|| link(page - 1)),
        next: (page < pages).then(|| link(page + 1)),
        here,
        export_query: match filters.is_empty() {
            true => String::new(),
            false => format!("?{filters}"),
        },
        csrf_token: ctx.csrf_token(&state),
        done: done_notice(query.done.as_deref()),
        problem: problem_notice(query.problem.as_deref()),
    }))
}

fn row(
    reg: registration::Model,
    delivery: Option<String>,
    tz: chrono_tz::Tz,
    lang: Lang,
) -> RegRow {
    let current = reg.status;
    // A waitlisted or pending row must not seem "confirmed" because its own status is not
    // one an organizer may choose.
    let mut menu: Vec<&'static str> = Vec::new();
    if !SETTABLE.contains(&current) {
        menu.push(current.as_str());
    }
    menu.extend(SETTABLE.iter().map(|s| s.as_str()));
    RegRow {
        id: reg.id,
        menu,
        active: current.is_active(),
        sessions: Vec::new(),
        country: format!("{} ({})", country_name(&reg.country, lang), reg.country),
        language: reg.language.native_name().to_string(),
        mode: reg
            .attendance_mode
            .map(|m| crate::i18n::t(lang, &format!("attendance-{}", m.as_str()))),
        listening: reg.interpretation_language.map(|l| l.native_name()),
        registered: local_stamp(reg.registered_at, tz),
        attended: reg.attended,
        minutes: reg.attended_minutes.map(i64::from),
        joined: reg.join_opened_at.map(|t| local_stamp(t, tz)),
        name: reg.name,
        email: reg.email,
        organization: reg.organization,
        status: reg.status.to_string(),
        delivery,
        messages: Vec::new(),
    }
}
