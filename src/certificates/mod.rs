//! Certificates of attendance: who may have one, what it says, and the short code that lets
//! anyone check that a certificate is genuine.

pub mod logo;
mod pdf;
pub mod zip;

use chrono::{DateTime, Utc};
use rand::Rng;

use crate::db::{certificate, event, programme, registration};
use crate::domain::{EventKind, Lang};
use crate::error::AppError;
use crate::i18n::{Arg, format_date, t, t_args};
use crate::state::AppState;

pub use pdf::render;

/// Letters and digits that cannot be mistaken for one another when read aloud or retyped.
const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const CODE_LEN: usize = 10;

/// Everything printed on one certificate, already in the participant's language.
#[derive(Debug, Clone)]
pub struct Certificate {
    pub lang: Lang,
    pub site_name: String,
    /// The brand colour as RGB, for the rule and the heading.
    pub colour: (u8, u8, u8),
    pub heading: String,
    pub certifies: String,
    pub name: String,
    pub attended: String,
    pub title: String,
    pub dates: String,
    pub place: String,
    pub minutes: Option<String>,
    /// Where the event has sessions: "Sessions attended:" and each one's title.
    pub sessions: Option<(String, Vec<String>)>,
    /// The organisation's logo, drawn at the top right when there is one.
    pub logo: Option<logo::Logo>,
    pub verification: String,
    pub code: String,
}

/// Whether a registration may have a certificate now: marked as attended, and the event over.
pub fn available(reg: &registration::Model, ev: &event::Model, now: DateTime<Utc>) -> bool {
    reg.attended && reg.anonymised_at.is_none() && ev.ends_at <= now
}

/// A fresh verification code.
pub fn new_code() -> String {
    let mut rng = rand::rng();
    (0..CODE_LEN)
        .map(|_| CODE_ALPHABET[rng.random_range(0..CODE_ALPHABET.len())] as char)
        .collect()
}

/// Whether `code` could be a verification code at all; anything else is refused unread.
pub fn well_formed(code: &str) -> bool {
    code.len() == CODE_LEN && code.bytes().all(|b| CODE_ALPHABET.contains(&b))
}

/// The certificate of a registration, issuing its code the first time; NotFound when the
/// registration may not have one (yet).
pub async fn for_registration(
    state: &AppState,
    reg: &registration::Model,
    ev: &event::Model,
) -> Result<Certificate, AppError> {
    let now = state.now();
    if !available(reg, ev, now) {
        return Err(AppError::NotFound);
    }
    let issued = certificate::get_or_issue(&state.db, reg.id, &new_code(), now).await?;
    let mut cert = compose(state, reg, ev, &issued.code);
    let sessions = sessions_attended(state, reg, ev).await?;
    if !sessions.is_empty() {
        cert.sessions = Some((t(reg.language, "certificate-sessions"), sessions));
    }
    cert.logo = logo::load(&state.settings.branding.logo_path).await;
    Ok(cert)
}

/// The titles of the sessions `reg` was marked as attending, in programme order and in the
/// participant's language.
async fn sessions_attended(
    state: &AppState,
    reg: &registration::Model,
    ev: &event::Model,
) -> Result<Vec<String>, AppError> {
    let attended: Vec<i64> = programme::choices_of(&state.db, reg.id)
        .await?
        .into_iter()
        .filter(|c| c.attended)
        .map(|c| c.session_id)
        .collect();
    if attended.is_empty() {
        return Ok(Vec::new());
    }
    Ok(programme::sessions_of(&state.db, ev.id)
        .await?
        .into_iter()
        .filter(|s| attended.contains(&s.id))
        .map(|s| s.title_in(reg.language, ev.default_language))
        .collect())
}

/// The dates of an event as one line: one day, or first and last day.
pub fn dates(ev: &event::Model, lang: Lang) -> String {
    let first = format_date(ev.starts_at, ev.tz(), lang);
    let last = format_date(ev.ends_at, ev.tz(), lang);
    if first == last {
        first
    } else {
        format!("{first} – {last}")
    }
}

fn compose(
    state: &AppState,
    reg: &registration::Model,
    ev: &event::Model,
    code: &str,
) -> Certificate {
    let lang = reg.language;
    let branding = &state.settings.branding;
    let (text, _) = ev.text_in(lang);
    let place = match ev.kind {
        EventKind::Webinar => t(lang, "certificate-online"),
        _ if !text.location.is_empty() => text.location,
        _ => ev
            .venue
            .clone()
            .filter(|v| !v.is_empty())
            .unwrap_or_else(|| t(lang, "certificate-online")),
    };
    let minutes = (ev.kind.is_online())
        .then_some(reg.attended_minutes)
        .flatten()
        .filter(|m| *m > 0)
        .map(|m| {
            t_args(
                lang,
                "certificate-minutes",
                &[("minutes", Arg::Number(i64::from(m)))],
            )
        });
    let url = format!("{}/certificates/{code}", state.settings.base_url());
    Certificate {
        lang,
        site_name: branding.site_name.clone(),
        colour: parse_colour(&branding.primary_color).unwrap_or((0x1f, 0x4e, 0x79)),
        heading: t(lang, "certificate-heading"),
        certifies: t_args(
            lang,
            "certificate-certifies",
            &[("site", Arg::Text(branding.site_name.clone()))],
        ),
        name: reg.name.clone(),
        attended: t(lang, "certificate-attended"),
        title: ev.title_in(lang),
        dates: dates(ev, lang),
        place,
        minutes,
        sessions: None,
        logo: None,
        verification: t_args(
            lang,
            "certificate-verification",
            &[
                ("code", Arg::Text(code.to_string())),
                ("url", Arg::Text(url)),
            ],
        ),
        code: code.to_string(),
    }
}

/// `#1f4e79` (or `1f4e79`) as RGB.
fn parse_colour(hex: &str) -> Option<(u8, u8, u8)> {
    let hex = hex.trim().trim_start_matches('#');
    if hex.len() != 6 || !hex.is_ascii() {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    Some((byte(0)?, byte(2)?, byte(4)?))
}

/// What the public verification page shows for a genuine code: name, event and date only.
pub struct Verified {
    pub name: String,
    pub title: String,
    pub dates: String,
}

/// Looks a code up; None for a made-up code or one whose registration was erased.
pub async fn verify(
    state: &AppState,
    code: &str,
    lang: Lang,
) -> Result<Option<Verified>, AppError> {
    if !well_formed(code) {
        return Ok(None);
    }
    let Some(issued) = certificate::find_by_code(&state.db, code).await? else {
        return Ok(None);
    };
    use sea_orm::EntityTrait;
    let Some(reg) = registration::Entity::find_by_id(issued.registration_id)
        .one(&state.db)
        .await?
    else {
        return Ok(None);
    };
    let Some(ev) = event::Entity::find_by_id(reg.event_id)
        .one(&state.db)
        .await?
    else {
        return Ok(None);
    };
    if !reg.attended || reg.anonymised_at.is_some() {
        return Ok(None);
    }
    Ok(Some(Verified {
        name: reg.name,
        title: ev.title_in(lang),
        dates: dates(&ev, lang),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_well_formed_and_differ() {
        let a = new_code();
        let b = new_code();
        assert!(well_formed(&a), "{a}");
        assert_ne!(a, b);
        assert!(!well_formed("ABC"));
        assert!(!well_formed("ABCDEFGHI0"), "0 is not in the alphabet");
    }

    #[test]
    fn colours_parse_with_or_without_hash() {
        assert_eq!(parse_colour("#1f4e79"), Some((0x1f, 0x4e, 0x79)));
        assert_eq!(parse_colour("ff0000"), Some((255, 0, 0)));
        assert_eq!(parse_colour("red"), None);
    }
}
