//! `/r/{token}`: the participant's own page, where they confirm, cancel, change language and
//! take the event into their calendar. GET never changes anything: mail scanners follow links.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Redirect};
use serde::Deserialize;

use crate::calendar::Method;
use crate::db::{outbox, registration};
use crate::domain::{InviteKind, Lang, RegistrationStatus};
use crate::error::{AppError, InLang, PageResult};
use crate::i18n::{Arg, Tr, format_date_time, format_range, t, t_args};
use crate::services::invites::personal_ics;
use crate::services::notify::calendar_links;
use crate::services::place::{full_place, map_link};
use crate::services::registration as service;
use crate::state::AppState;

use super::calendar_files::ics_response;
use super::pages::{Layout, render};
use super::{CsrfForm, PageCtx, TokenOnly};

#[derive(Template)]
#[template(path = "registrations/show.html")]
struct RegistrationPage {
    l: Layout,
    token: String,
    title: String,
    slug: String,
    name: String,
    email: String,
    status: String,
    place_in_line: Option<u64>,
    when: String,
    when_yours: Option<String>,
    /// The participant's own zone, remembered for the other pages.
    own_zone: Option<chrono_tz::Tz>,
    place: String,
    map_link: Option<String>,
    /// The participant's own join door (`/r/{token}/join`), for a confirmed online seat.
    join_url: Option<String>,
    calendar_links: Vec<(String, String)>,
    languages: Vec<(&'static str, &'static str, bool)>,
    csrf_token: String,
    confirm_cancel: bool,
    confirm_delete: bool,
    event_over: bool,
    /// "We sent you an email on …": the newest email to this person, in words.
    delivery: Option<String>,
    /// An expired registration may start again on the event's form while it is open.
    register_again: bool,
    /// Confirmed for a place people come to: the page shows the check-in QR code.
    checkin_code: bool,
    /// Attended and the event is over: the page links the certificate of attendance.
    certificate: bool,
    /// The event asks for feedback and this attendee may give it.
    feedback: bool,
    /// A hybrid event: the mode label the participant chose.
    mode: Option<String>,
    /// A hybrid event: the other mode's value, its button label and its state (seats left,
    /// waiting list), when the participant may switch to it.
    switch_to: Option<(&'static str, String, String)>,
    /// The language the participant listens in, by its own name.
    listening: Option<&'static str>,
}

#[derive(Deserialize)]
pub struct Step {
    step: Option<String>,
}

pub async fn show_registration(
    State(state): State<AppState>,
    Path(token): Path<String>,
    Query(step): Query<Step>,
    ctx: PageCtx,
) -> PageResult {
    let step = step.step.as_deref().unwrap_or_default();
    let page = match registration_page(&state, &token, &ctx, step).await {
        Err(AppError::NotFound) => return Ok(super::lost_link::broken_link(&state, &ctx, &token)),
        page => page?,
    };
    // The zone the participant registered with becomes the one pages show times in.
    Ok(super::visitor_zone::remember(render(&page), page.own_zone))
}

async fn registration_page(
    state: &AppState,
    token: &str,
    ctx: &PageCtx,
    step: &str,
) -> Result<RegistrationPage, AppError> {
    let (reg, ev) = service::by_token(state, token).await?;
    // The participant's own language speaks first, unless they switch on this page.
    let lang = ctx.lang(reg.language);
    let status = reg.status;
    let place_in_line = match status {
        RegistrationStatus::Waitlisted => {
            Some(registration::waitlist_position(&state.db, &reg).await?)
        }
        _ => None,
    };
    let own_tz = reg
        .time_zone
        .as_deref()
        .and_then(|z| z.parse::<chrono_tz::Tz>().ok())
        .filter(|tz| *tz != ev.tz());
    let delivery = outbox::latest_for_registration(&state.db, reg.id)
        .await?
        .map(|row| delivery_note(&row, own_tz.unwrap_or_else(|| ev.tz()), lang));
    Ok(RegistrationPage {
        l: Layout::for_event(state, &ctx.path, &ev, lang),
        token: token.to_string(),
        title: ev.title_in(lang),
        slug: ev.slug.clone(),
        name: reg.name.clone(),
        email: reg.email.clone(),
        status: status.as_str().to_string(),
        place_in_line,
        when: format_range(ev.starts_at, ev.ends_at, ev.tz(), lang),
        when_yours: own_tz.map(|tz| format_range(ev.starts_at, ev.ends_at, tz, lang)),
        own_zone: reg
            .time_zone
            .as_deref()
            .and_then(super::visitor_zone::parse),
        // The room's address is for those who come to the room.
        place: if crate::services::follow::in_room(&ev, &reg) {
            full_place(&ev, lang)
        } else {
            String::new()
        },
        map_link: map_link(&ev).filter(|_| crate::services::follow::in_room(&ev, &reg)),
        join_url: (status == RegistrationStatus::Confirmed
            && crate::services::follow::join_url(&ev, &reg).is_some()
            && ev.status != crate::domain::EventStatus::Cancelled)
            .then(|| format!("/r/{token}/join")),
        calendar_links: calendar_links(state, &ev, lang),
        // Emails speak the interface's languages, not only the event's: a Spanish reader of an
        // event written in nl, fr and en still gets Spanish emails (the texts fall back).
        languages: Lang::ALL
            .iter()
            .map(|l| (l.code(), l.native_name(), *l == reg.language))
            .collect(),
        csrf_token: ctx.csrf_token(state),
        confirm_cancel: step == "cancel" && status.is_active(),
        confirm_delete: step == "delete",
        event_over: ev.ends_at < state.now(),
        delivery,
        register_again: status == RegistrationStatus::Expired
            && crate::services::registration::open_state(&ev, state.now()).is_ok(),
        checkin_code: super::checkin_link::offered(&ev, &reg),
        certificate: crate::certificates::available(&reg, &ev, state.now()),
        feedback: crate::services::feedback::offered(state, &reg, &ev).await?,
        mode: reg
            .attendance_mode
            .filter(|_| ev.kind == crate::domain::EventKind::Hybrid)
            .map(|m| t(lang, &format!("attendance-{}", m.as_str()))),
        switch_to: switch_offer(&ev, &reg, lang, state.now()),
        listening: reg.interpretation_language.map(|l| l.native_name()),
    })
}

/// The other mode a participant of a hybrid event may move to, with the label of its button and
/// what they will get there; none when the event is over or off, or that mode is full without
/// a waiting list.
fn switch_offer(
    ev: &crate::db::event::Model,
    reg: &registration::Model,
    lang: Lang,
    now: chrono::DateTime<chrono::Utc>,
) -> Option<(&'static str, String, String)> {
    let current = reg.attendance_mode?;
    if ev.kind != crate::domain::EventKind::Hybrid
        || !reg.status.is_active()
        || ev.status != crate::domain::EventStatus::Published
        || ev.ends_at < now
    {
        return None;
    }
    let other = current.other();
    let pool = ev.pool(Some(other));
    let full = ev.is_full(pool);
    if full && !ev.waitlist {
        return None;
    }
    let note = if full {
        t(lang, "switch-mode-waitlist")
    } else {
        String::new()
    };
    Some((
        other.as_str(),
        t(lang, &format!("switch-to-{}", other.as_str())),
        note,
    ))
}

/// The newest email to the participant, said plainly: when it went out, or what holds it up.
fn delivery_note(row: &outbox::Delivery, tz: chrono_tz::Tz, lang: Lang) -> String {
    match (row.status.as_str(), row.sent_at) {
        ("sent", Some(at)) => t_args(
            lang,
            "delivery-note-sent",
            &[("time", Arg::Text(format_date_time(at, tz, lang)))],
        ),
        ("retrying", _) => t(lang, "delivery-note-retrying"),
        ("failed", _) => t(lang, "delivery-note-failed"),
        _ => t(lang, "delivery-note-queued"),
    }
}

#[derive(Deserialize)]
pub struct TokenForm {
    #[serde(default)]
    language: String,
    #[serde(default)]
    attendance_mode: String,
}

/// Back to the participant's page, which shows the outcome of the button.
fn back_to(token: &str) -> PageResult {
    Ok(Redirect::to(&format!("/r/{token}")).into_response())
}

pub async fn confirm_registration(
    State(state): State<AppState>,
    Path(token): Path<String>,
    CsrfForm(_): CsrfForm<TokenOnly>,
) -> PageResult {
    service::confirm(&state, &token).await?;
    back_to(&token)
}

pub async fn cancel_registration(
    State(state): State<AppState>,
    Path(token): Path<String>,
    CsrfForm(_): CsrfForm<TokenOnly>,
) -> PageResult {
    service::cancel(&state, &token).await?;
    back_to(&token)
}

pub async fn change_language(
    State(state): State<AppState>,
    Path(token): Path<String>,
    CsrfForm(form): CsrfForm<TokenForm>,
) -> PageResult {
    let lang = form
        .language
        .parse::<Lang>()
        .map_err(|_| AppError::BadRequest("language".into()))?;
    service::change_language(&state, &token, lang).await?;
    // The page follows the new language at once.
    Ok(Redirect::to(&format!("/r/{token}?lang={lang}")).into_response())
}

/// Moves a participant of a hybrid event between the room and online.
pub async fn switch_mode(
    State(state): State<AppState>,
    Path(token): Path<String>,
    CsrfForm(form): CsrfForm<TokenForm>,
) -> PageResult {
    let mode = form
        .attendance_mode
        .parse()
        .map_err(|_| AppError::BadRequest("attendance_mode".into()))?;
    service::switch_mode(&state, &token, mode).await?;
    back_to(&token)
}

pub async fn delete_registration(
    State(state): State<AppState>,
    Path(token): Path<String>,
    ctx: PageCtx,
    CsrfForm(_): CsrfForm<TokenOnly>,
) -> PageResult {
    let (reg, _) = service::by_token(&state, &token).await?;
    let lang = ctx.lang(reg.language);
    crate::services::privacy::delete_mine(&state, &token)
        .await
        .in_lang(lang)?;
    Ok(render(&DeletedPage {
        l: Layout::new(
            lang,
            Tr(lang).t("deleted-title"),
            &state.settings.branding,
            "/",
            &Lang::ALL,
        ),
    }))
}

#[derive(Template)]
#[template(path = "registrations/deleted.html")]
struct DeletedPage {
    l: Layout,
}

/// The participant's data as JSON, to keep or to take elsewhere.
pub async fn download_data(State(state): State<AppState>, Path(token): Path<String>) -> PageResult {
    let data = crate::services::privacy::my_data(&state, &token).await?;
    let headers = [
        (
            header::CONTENT_DISPOSITION,
            "attachment; filename=\"my-registration.json\"",
        ),
        (header::CACHE_CONTROL, "private, no-store"),
    ];
    Ok((headers, axum::Json(data)).into_response())
}

pub async fn invite_file(State(state): State<AppState>, Path(token): Path<String>) -> PageResult {
    let (reg, ev) = service::by_token(&state, &token).await?;
    let method = match reg.status.invite(ev.status) {
        InviteKind::Seat => Method::Request,
        InviteKind::NoSeat => Method::Publish,
        InviteKind::Cancelled => Method::Cancel,
    };
    let seated = crate::services::programme::seated_sessions(&state.db, &reg).await?;
    let body = if seated.is_empty() || method != Method::Request {
        personal_ics(&state, &ev, &reg, &token, method)
    } else {
        // A programme: one entry per session with a seat.
        crate::services::invites::programme_ics(&state, &ev, &reg, &token, method, &seated)
    };
    let mut response = ics_response(body, "invite.ics", 0);
    // Personal: never in a shared cache.
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    Ok(response)
}
