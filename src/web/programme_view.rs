//! The programme on the event page (by day, in the reader's language and zone, overlaps
//! marked, a checkbox per session) and the delegate rows of the form.

use std::collections::BTreeMap;

use chrono_tz::Tz;

use crate::db::event;
use crate::db::programme::{self, Session};
use crate::domain::Lang;
use crate::i18n::{Arg, format_date, format_time_range, t, t_args};
use crate::state::AppState;

use super::form::{DelegateRow, RegistrationForm};

/// One day of the programme.
#[derive(Debug, Default, Clone)]
pub struct ProgrammeDay {
    pub date: String,
    pub sessions: Vec<SessionLine>,
}

#[derive(Debug, Default, Clone)]
pub struct SessionLine {
    pub key: String,
    pub title: String,
    pub time: String,
    pub room: String,
    /// "Name (Organisation): bio" per speaker.
    pub speakers: Vec<String>,
    pub overlaps: bool,
    /// Seats left or "full: waiting list"; empty without a limit.
    pub seats: String,
    pub checked: bool,
}

/// A delegate row as the form shows it, with its errors.
#[derive(Debug, Default, Clone)]
pub struct DelegateView {
    pub number: i64,
    pub row: DelegateRow,
    pub name_error: Option<String>,
    pub email_error: Option<String>,
}

/// The programme of `sessions`, by day in `tz`, texts in `lang`.
pub fn days(
    ev: &event::Model,
    sessions: &[Session],
    lang: Lang,
    tz: Tz,
    chosen: &[String],
) -> Vec<ProgrammeDay> {
    let mut days: Vec<ProgrammeDay> = Vec::new();
    for s in sessions {
        let date = format_date(s.starts_at, tz, lang);
        let seats = match s.capacity {
            None => String::new(),
            Some(c) if s.seats_taken >= c => t(lang, "programme-full"),
            Some(c) => t_args(
                lang,
                "programme-seats-left",
                &[("count", Arg::Number(i64::from(c - s.seats_taken)))],
            ),
        };
        let colon = crate::mail::compose::label_colon(lang.code());
        let line = SessionLine {
            key: s.key.clone(),
            title: s.title_in(lang, ev.default_language),
            time: format_time_range(s.starts_at, s.ends_at, tz, lang),
            room: s.room.clone().unwrap_or_default(),
            speakers: s
                .speakers
                .iter()
                .map(|p| {
                    let mut text = p.name.clone();
                    if !p.organisation.is_empty() {
                        text.push_str(&format!(" ({})", p.organisation));
                    }
                    let bio = p
                        .bio
                        .get(&lang)
                        .or_else(|| p.bio.get(&ev.default_language))
                        .or_else(|| p.bio.values().next());
                    if let Some(bio) = bio.filter(|b| !b.trim().is_empty()) {
                        text.push_str(&format!("{colon} {bio}"));
                    }
                    text
                })
                .collect(),
            overlaps: sessions.iter().any(|o| o.overlaps(s)),
            seats,
            checked: chosen.contains(&s.key),
        };
        match days.last_mut() {
            Some(day) if day.date == date => day.sessions.push(line),
            _ => days.push(ProgrammeDay {
                date,
                sessions: vec![line],
            }),
        }
    }
    days
}

/// The zone the programme is shown in: the one the visitor chose on the form, else the event's.
pub fn reader_zone(ev: &event::Model, form: &RegistrationForm) -> Tz {
    form.time_zone.parse().unwrap_or(ev.tz())
}

/// Loads the programme for the page; a database error shows the page without it.
pub async fn load(
    state: &AppState,
    ev: &event::Model,
    lang: Lang,
    form: &RegistrationForm,
) -> Vec<ProgrammeDay> {
    match super::public_event::published(state, &ev.slug).await {
        Ok(public) => days(
            ev,
            &public.sessions,
            lang,
            reader_zone(ev, form),
            &form.sessions,
        ),
        Err(e) => {
            tracing::warn!(error = %e, "programme not loaded");
            Vec::new()
        }
    }
}

/// Adds an error for each chosen key that is not a session of the event.
pub async fn check_keys(
    state: &AppState,
    ev: &event::Model,
    form: &RegistrationForm,
    errors: &mut BTreeMap<String, String>,
) -> Result<(), sea_orm::DbErr> {
    if form.sessions.is_empty() {
        return Ok(());
    }
    let sessions = programme::sessions_of(&state.db, ev.id).await?;
    let unknown = crate::services::programme::unknown_keys(&sessions, &form.sessions);
    if let Some(key) = unknown.first() {
        errors.insert("sessions".into(), format!("error-sessions-unknown:{key}"));
    }
    Ok(())
}

/// The delegate rows to show: those posted (one more when asked), each with its errors.
pub fn delegate_views(
    form: &RegistrationForm,
    errors: &BTreeMap<String, String>,
    lang: Lang,
) -> Vec<DelegateView> {
    let mut rows = form.delegates.clone();
    if form.add_delegate || rows.is_empty() {
        rows.push(DelegateRow::default());
    }
    rows.into_iter()
        .enumerate()
        .map(|(i, row)| DelegateView {
            number: i64::try_from(i + 1).unwrap_or(i64::MAX),
            name_error: errors
                .get(&format!("delegate_name-{}", i + 1))
                .map(|k| t(lang, k)),
            email_error: errors
                .get(&format!("delegate_email-{}", i + 1))
                .map(|k| t(lang, k)),
            row,
        })
        .collect()
}
