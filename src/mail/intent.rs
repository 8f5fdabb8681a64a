//! An outbox row about a registration says which notice to send, not the email itself; this
//! turns the row into the email when it goes out: in the participant's language at that
//! moment, with the event as it is then, and with the participant's link derived from the
//! secret just now, so that no stored row holds a working link.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use serde::{Deserialize, Serialize};

use crate::calendar::Method;
use crate::db::programme::{self, Session};
use crate::db::{event, message, outbox, registration};
use crate::domain::Lang;
use crate::i18n::{Arg, format_date_time, format_range, t, t_args};
use crate::services::invites::programme_ics;
use crate::services::notify::{EventParts, Notice, compose_with};
use crate::state::AppState;

/// What a notice needs beyond the registration and the event as they are when it is sent.
#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Params {
    /// A cancellation: whether it withdraws an invite the participant had.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub had_invite: bool,
    /// An update after the event moved: when it started before, and in which zone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_start: Option<(DateTime<Utc>, String)>,
    /// When it ended before (absent in rows written before the end was kept).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_end: Option<DateTime<Utc>>,
    /// An update: the time or the place changed (with no previous start: the place).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub changed: bool,
    /// Sessions withdrawn from the participant's calendar (the rows may be gone by then).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dropped_sessions: Vec<DroppedSession>,
    /// A delegation summary: each delegate's name and status, as at the moment of writing.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub delegates: Vec<(String, String)>,
}

/// What a calendar cancellation of a session needs once the session may no longer exist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DroppedSession {
    pub key: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub sequence: i32,
    pub title: std::collections::BTreeMap<Lang, String>,
}

impl DroppedSession {
    pub fn of(s: &crate::db::programme::Session) -> Self {
        DroppedSession {
            key: s.key.clone(),
            starts_at: s.starts_at,
            ends_at: s.ends_at,
            sequence: s.sequence,
            title: s.titles.0.clone(),
        }
    }

    /// As a session again, to build its calendar entry.
    fn as_session(&self, event_id: i64) -> crate::db::programme::Session {
        crate::db::programme::Session {
            id: 0,
            event_id,
            key: self.key.clone(),
            position: 0,
            titles: crate::db::column::Json(self.title.clone()),
            starts_at: self.starts_at,
            ends_at: self.ends_at,
            capacity: None,
            seats_taken: 0,
            room: None,
            link: None,
            speakers: Default::default(),
            sequence: self.sequence,
        }
    }
}

/// The notice an outbox row's `kind` names; its strings are `Notice::kind`'s, so they live once.
fn notice_of(kind: &str, params: &Params) -> Option<Notice> {
    [
        Notice::ConfirmAddress,
        Notice::Confirmed,
        Notice::Waitlisted,
        Notice::Promoted,
        Notice::Cancelled {
            had_invite: params.had_invite,
        },
        Notice::Updated,
        Notice::EventCancelled,
        Notice::Reminder,
        Notice::SessionsChanged,
        Notice::SessionsCancelled,
        Notice::DelegationSummary,
        Notice::Message,
        Notice::FeedbackRequest,
    ]
    .into_iter()
    .find(|notice| notice.kind() == kind)
}

/// The paragraph that says what changed, in the participant's language and, for a new date,
/// in their own time zone (the event's when they gave none): "New date: … Previous date: …".
fn change_summary(params: &Params, ev: &event::Model, reg: &registration::Model) -> Option<String> {
    if !params.changed {
        return None;
    }
    let lang = reg.language;
    let own = reg
        .time_zone
        .as_deref()
        .and_then(|z| z.parse::<chrono_tz::Tz>().ok());
    Some(match &params.previous_start {
        Some((old, zone)) => {
            let old_tz = own.unwrap_or_else(|| zone.parse::<chrono_tz::Tz>().unwrap_or(ev.tz()));
            let new_tz = own.unwrap_or_else(|| ev.tz());
            t_args(
                lang,
                "email-updated-moved",
                &[
                    (
                        "old",
                        Arg::Text(match params.previous_end {
                            Some(end) => format_range(*old, end, old_tz, lang),
                            None => format_date_time(*old, old_tz, lang),
                        }),
                    ),
                    (
                        "new",
                        Arg::Text(format_range(ev.starts_at, ev.ends_at, new_tz, lang)),
                    ),
                ],
            )
        }
        None => t(lang, "email-updated-place"),
    })
}

/// The summary of a delegation: one line per delegate with their state, then what follows.
fn delegation_lines(params: &Params, lang: Lang) -> String {
    let colon = crate::mail::compose::label_colon(lang.code());
    let mut lines: Vec<String> = params
        .delegates
        .iter()
        .map(|(name, status)| format!("• {name}{colon} {}", t(lang, &format!("status-{status}"))))
        .collect();
    if params.delegates.iter().any(|(_, s)| s == "waitlisted") {
        lines.push(String::new());
        lines.push(t(lang, "email-delegation-waitlisted"));
    }
    lines.push(String::new());
    lines.push(t(lang, "email-delegation-manage"));
    lines.join("\n")
}

/// The registrations and events a batch of rows is about, loaded in two queries.
pub struct Subjects {
    registrations: HashMap<i64, registration::Model>,
    events: HashMap<i64, event::Model>,
    /// The parts of an email that every participant of an event reading one language
    /// shares, worked out by the first email of the batch that needs them.
    parts: Mutex<HashMap<(i64, Lang), Arc<EventParts>>>,
    /// Per registration with a programme: each chosen session and whether it holds a seat.
    programmes: HashMap<i64, Vec<(Session, bool)>>,
    /// The messages to registrants the rows carry.
    messages: HashMap<i64, message::Model>,
}

impl Subjects {
    pub async fn load(db: &impl ConnectionTrait, rows: &[outbox::Model]) -> Result<Self, DbErr> {
        let reg_ids: Vec<i64> = rows
            .iter()
            .filter(|r| r.payload.is_empty())
            .filter_map(|r| r.registration_id)
            .collect();
        if reg_ids.is_empty() {
            return Ok(Subjects {
                registrations: HashMap::new(),
                events: HashMap::new(),
                parts: Mutex::default(),
                programmes: HashMap::new(),
                messages: HashMap::new(),
            });
        }
        let programmes = load_programmes(db, &reg_ids).await?;
        let mut message_ids: Vec<i64> = rows.iter().filter_map(|r| r.message_ref).collect();
        message_ids.sort_unstable();
        message_ids.dedup();
        let messages = if message_ids.is_empty() {
            HashMap::new()
        } else {
            message::Entity::find()
                .filter(message::Column::Id.is_in(message_ids))
                .all(db)
                .await?
                .into_iter()
                .map(|m| (m.id, m))
                .collect()
        };
        let registrations: HashMap<i64, registration::Model> = registration::Entity::find()
            .filter(registration::Column::Id.is_in(reg_ids))
            .all(db)
            .await?
            .into_iter()
            .map(|r| (r.id, r))
            .collect();
        let mut event_ids: Vec<i64> = registrations.values().map(|r| r.event_id).collect();
        event_ids.sort_unstable();
        event_ids.dedup();
        let events = event::Entity::find()
            .filter(event::Column::Id.is_in(event_ids))
            .all(db)
            .await?
            .into_iter()
            .map(|e| (e.id, e))
            .collect();
        Ok(Subjects {
            registrations,
            events,
            parts: Mutex::default(),
            programmes,
            messages,
        })
    }

    /// The bytes to send for `row`. An error is permanent: the registration is gone or
    /// erased, or the row cannot be understood.
    pub fn render(&self, state: &AppState, row: &outbox::Model) -> Result<Vec<u8>, String> {
        if !row.payload.is_empty() {
            return Ok(row.payload.as_bytes().to_vec());
        }
        let reg = row
            .registration_id
            .and_then(|id| self.registrations.get(&id))
            .filter(|r| r.anonymised_at.is_none())
            .ok_or("the registration no longer exists")?;
        let ev = self
            .events
            .get(&reg.event_id)
            .ok_or("the event no longer exists")?;
        let params: Params = match row.params.as_deref() {
            Some(json) => serde_json::from_str(json).map_err(|e| format!("params: {e}"))?,
            None => Params::default(),
        };
        let notice = notice_of(&row.kind, &params).ok_or("unknown notice")?;
        let mut ev = ev.clone();
        if let Some(sequence) = row.sequence {
            ev.sequence = sequence;
        }
        let token = state.secret.registration_token(ev.id, &reg.email_key);
        if notice == Notice::Message {
            let msg = row
                .message_ref
                .and_then(|id| self.messages.get(&id))
                .ok_or("the message no longer exists")?;
            let email = crate::services::messages::compose(state, &ev, reg, &token, msg);
            return super::compose::render(&email, &state.mail_from, &row.message_id)
                .map_err(|e| e.to_string());
        }
        let extra = match notice {
            Notice::DelegationSummary => Some(delegation_lines(&params, reg.language)),
            _ => change_summary(&params, &ev, reg),
        };
        let parts = self.parts_for(state, &ev, reg.language);
        let mut email = compose_with(state, &ev, reg, &token, notice, extra, &parts);
        if let Some(invite) = self.programme_invite(state, &ev, reg, &token, notice, &params) {
            email.invite = Some(invite);
        }
        super::compose::render(&email, &state.mail_from, &row.message_id).map_err(|e| e.to_string())
    }

    fn parts_for(&self, state: &AppState, ev: &event::Model, lang: Lang) -> Arc<EventParts> {
        let key = (ev.id, lang);
        let cached = self
            .parts
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(&key)
            .cloned();
        cached.unwrap_or_else(|| {
            // Worked out outside the lock: two renders may both do it once, never wait.
            let parts = Arc::new(EventParts::new(state, ev, lang));
            self.parts
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .insert(key, parts.clone());
            parts
        })
    }
}

impl Subjects {
    /// The invite of a registration with a programme: one entry per session it has a seat in
    /// (or, for a cancellation, per session it had). None: the event's own invite stands.
    fn programme_invite(
        &self,
        state: &AppState,
        ev: &event::Model,
        reg: &registration::Model,
        token: &str,
        notice: Notice,
        params: &Params,
    ) -> Option<(Method, String)> {
        let (method, _) = compose_invite_method(notice, reg)?;
        let sessions: Vec<Session> = if notice == Notice::SessionsCancelled {
            params
                .dropped_sessions
                .iter()
                .map(|d| d.as_session(ev.id))
                .collect()
        } else {
            let chosen = self.programmes.get(&reg.id)?;
            chosen
                .iter()
                .filter(|(_, seat)| *seat || method == Method::Cancel)
                .map(|(s, _)| s.clone())
                .collect()
        };
        if sessions.is_empty() {
            return None;
        }
        Some((
            method,
            programme_ics(state, ev, reg, token, method, &sessions),
        ))
    }
}

/// The calendar method a notice carries for this registration, as `compose` decides it.
fn compose_invite_method(notice: Notice, reg: &registration::Model) -> Option<(Method, ())> {
    use crate::domain::RegistrationStatus;
    if notice == Notice::EventCancelled && reg.status != RegistrationStatus::Confirmed {
        return None;
    }
    notice.invite().map(|m| (m, ()))
}

/// Each registration's sessions, in two queries.
async fn load_programmes(
    db: &impl ConnectionTrait,
    reg_ids: &[i64],
) -> Result<HashMap<i64, Vec<(Session, bool)>>, DbErr> {
    let choices = programme::choice::Entity::find()
        .filter(programme::choice::Column::RegistrationId.is_in(reg_ids.to_vec()))
        .all(db)
        .await?;
    if choices.is_empty() {
        return Ok(HashMap::new());
    }
    let mut session_ids: Vec<i64> = choices.iter().map(|c| c.session_id).collect();
    session_ids.sort_unstable();
    session_ids.dedup();
    let mut sessions = programme::session::Entity::find()
        .filter(programme::session::Column::Id.is_in(session_ids))
        .all(db)
        .await?;
    sessions.sort_by_key(|s| (s.starts_at, s.position));
    let mut out: HashMap<i64, Vec<(Session, bool)>> = HashMap::new();
    for s in sessions {
        for c in choices.iter().filter(|c| c.session_id == s.id) {
            out.entry(c.registration_id)
                .or_default()
                .push((s.clone(), c.holds_seat));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_notice_survives_the_trip_through_its_kind() {
        for notice in [
            Notice::ConfirmAddress,
            Notice::Confirmed,
            Notice::Waitlisted,
            Notice::Promoted,
            Notice::Cancelled { had_invite: true },
            Notice::Cancelled { had_invite: false },
            Notice::Updated,
            Notice::EventCancelled,
            Notice::Reminder,
            Notice::SessionsChanged,
            Notice::SessionsCancelled,
            Notice::DelegationSummary,
            Notice::Message,
            Notice::FeedbackRequest,
        ] {
            let params = Params {
                had_invite: notice == Notice::Cancelled { had_invite: true },
                ..Params::default()
            };
            let json = serde_json::to_string(&params).expect("json");
            let back: Params = serde_json::from_str(&json).expect("parsed");
            assert_eq!(notice_of(notice.kind(), &back), Some(notice));
        }
    }
}
