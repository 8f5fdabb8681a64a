//! Calendar entries of events and registrations, in the reader's language.

use crate::calendar::{self, CalEvent, Method, Person};
use crate::db::programme::Session;
use crate::db::{event, registration};
use crate::domain::Lang;
use crate::i18n::t;
use crate::state::AppState;

/// The public view of an event: never the join link.
pub fn public_entry(state: &AppState, ev: &event::Model, lang: Lang) -> CalEvent {
    let (text, _) = ev.text_in(lang);
    let page = format!("{}/events/{}", state.settings.base_url(), ev.slug);
    let location = super::place::full_place(ev, lang);
    CalEvent {
        uid: format!("event-{}@{}", ev.id, state.host()),
        sequence: ev.sequence,
        summary: ev.title_in(lang),
        description: format!("{}\n\n{page}", text.description.trim()),
        location,
        url: page,
        starts_at: ev.starts_at,
        ends_at: ev.ends_at,
        tz: ev.tz(),
        cancelled: ev.status == crate::domain::EventStatus::Cancelled,
        organizer: organizer(state),
        alarm_minutes: None,
    }
}

/// A participant's own entry: their language, their UID, and, for someone with a seat
/// (`with_join`), the join link of a webinar.
pub fn personal_entry(
    state: &AppState,
    ev: &event::Model,
    reg: &registration::Model,
    token: &str,
    with_join: bool,
) -> CalEvent {
    let lang = reg.language;
    let mut entry = public_entry(state, ev, lang);
    // Known before the registration row exists, so invites can be composed ahead of the
    // transaction; the same person in the same event always has the same UID.
    let identity = crate::security::hash_token(&reg.email_key);
    entry.uid = format!(
        "registration-{}-{}@{}",
        ev.id,
        &identity[..16],
        state.host()
    );
    entry.alarm_minutes = Some(calendar::DEFAULT_ALARM.num_minutes());
    let own_page = state.participant_url(token);
    let (text, _) = ev.text_in(lang);
    let colon = crate::mail::compose::label_colon(lang.code());
    let mut description = String::new();
    // Only a confirmed participant who follows online gets the way in, and it is their own
    // door: it leads to the current meeting link of their language and records when they
    // first used it. Someone who follows a hybrid event online is not sent to the room.
    let online = super::follow::online(ev, reg);
    if !super::follow::in_room(ev, reg) && online {
        entry.location = String::new();
    }
    if let (true, Some(_)) = (with_join, super::follow::join_url(ev, reg)) {
        let door = format!("{own_page}/join");
        description.push_str(&format!("{}{colon} {door}\n\n", t(lang, "join-link")));
        entry.url = door.clone();
        entry.location = if entry.location.is_empty() {
            door
        } else {
            format!("{} / {door}", entry.location)
        };
    }
    description.push_str(text.description.trim());
    description.push_str(&format!(
        "\n\n{}{colon} {own_page}",
        t(lang, "your-registration")
    ));
    entry.description = description;
    entry
}

pub fn organizer(state: &AppState) -> Person {
    Person {
        name: state
            .mail_from
            .name
            .clone()
            .unwrap_or_else(|| state.settings.branding.site_name.clone()),
        email: state.mail_from.email.to_string(),
    }
}

/// The invite file of a registration, for email and for `/r/{token}/invite.ics`. Only a
/// meeting request (`REQUEST`, sent to someone with a seat) carries the join link.
pub fn personal_ics(
    state: &AppState,
    ev: &event::Model,
    reg: &registration::Model,
    token: &str,
    method: Method,
) -> String {
    let entry = personal_entry(state, ev, reg, token, method == Method::Request);
    let attendee = Person {
        name: reg.name.clone(),
        email: reg.email.clone(),
    };
    calendar::invite(&entry, &attendee, method, state.now())
}

/// A participant's entry for one session of the programme: its own UID (stable per person and
/// session key), its own SEQUENCE, time, room and link.
pub fn session_entry(
    state: &AppState,
    ev: &event::Model,
    reg: &registration::Model,
    token: &str,
    session: &Session,
    with_join: bool,
) -> CalEvent {
    let lang = reg.language;
    let mut entry = personal_entry(state, ev, reg, token, with_join);
    let (uid_base, host) = entry
        .uid
        .split_once('@')
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .unwrap_or_default();
    entry.uid = format!("{uid_base}-{}@{host}", session.key);
    entry.sequence = session.sequence;
    entry.summary = format!(
        "{} – {}",
        session.title_in(lang, ev.default_language),
        ev.title_in(lang)
    );
    entry.starts_at = session.starts_at;
    entry.ends_at = session.ends_at;
    if let Some(room) = session.room.as_deref().filter(|r| !r.is_empty()) {
        entry.location = if entry.location.is_empty() {
            room.to_string()
        } else {
            format!("{room}, {}", entry.location)
        };
    }
    if let (true, Some(link)) = (with_join, session.link.as_deref()) {
        entry.url = link.to_string();
    }
    entry
}

/// The invite of a registration with a programme: one entry per session in `sessions`.
pub fn programme_ics(
    state: &AppState,
    ev: &event::Model,
    reg: &registration::Model,
    token: &str,
    method: Method,
    sessions: &[Session],
) -> String {
    let entries: Vec<CalEvent> = sessions
        .iter()
        .map(|s| session_entry(state, ev, reg, token, s, method == Method::Request))
        .collect();
    let attendee = Person {
        name: reg.name.clone(),
        email: reg.email.clone(),
    };
    calendar::invite_many(&entries, &attendee, method, state.now())
}
