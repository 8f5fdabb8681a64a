//! An outbox row about a registration says which notice to send, not the email itself; this
//! turns the row into the email when it goes out: in the participant's language at that
//! moment, with the event as it is then, and with the participant's link derived from the
//! secret just now, so that no stored row holds a working link.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use serde::{Deserialize, Serialize};

use crate::db::{event, outbox, registration};
use crate::domain::Lang;
use crate::i18n::{Arg, format_date_time, format_range, t, t_args};
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
}

/// The outbox `kind` of a notice: the same names the emails carry.
pub fn kind_of(notice: Notice) -> &'static str {
    match notice {
        Notice::ConfirmAddress => "confirm_address",
        Notice::Confirmed => "confirmation",
        Notice::Waitlisted => "waitlisted",
        Notice::Promoted => "promoted",
        Notice::Cancelled { .. } => "cancelled",
        Notice::Updated => "updated",
        Notice::EventCancelled => "event_cancelled",
        Notice::Reminder => "reminder",
    }
}

fn notice_of(kind: &str, params: &Params) -> Option<Notice> {
    Some(match kind {
        "confirm_address" => Notice::ConfirmAddress,
        "confirmation" => Notice::Confirmed,
        "waitlisted" => Notice::Waitlisted,
        "promoted" => Notice::Promoted,
        "cancelled" => Notice::Cancelled {
            had_invite: params.had_invite,
        },
        "updated" => Notice::Updated,
        "event_cancelled" => Notice::EventCancelled,
        "reminder" => Notice::Reminder,
        _ => return None,
    })
}

/// The paragraph that says what changed, in the participant's language.
fn change_summary(params: &Params, ev: &event::Model, lang: Lang) -> Option<String> {
    if !params.changed {
        return None;
    }
    Some(match &params.previous_start {
        Some((old, zone)) => {
            let old_tz = zone.parse::<chrono_tz::Tz>().unwrap_or(ev.tz());
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
                        Arg::Text(format_range(ev.starts_at, ev.ends_at, ev.tz(), lang)),
                    ),
                ],
            )
        }
        None => t(lang, "email-updated-place"),
    })
}

/// The registrations and events a batch of rows is about, loaded in two queries.
pub struct Subjects {
    registrations: HashMap<i64, registration::Model>,
    events: HashMap<i64, event::Model>,
    /// The parts of an email that every participant of an event reading one language
    /// shares, worked out by the first email of the batch that needs them.
    parts: Mutex<HashMap<(i64, Lang), Arc<EventParts>>>,
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
            });
        }
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
        let extra = change_summary(&params, &ev, reg.lang());
        let parts = self.parts_for(state, &ev, reg.lang());
        let email = compose_with(state, &ev, reg, &token, notice, extra, &parts);
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
        ] {
            let params = Params {
                had_invite: notice == Notice::Cancelled { had_invite: true },
                ..Params::default()
            };
            let json = serde_json::to_string(&params).expect("json");
            let back: Params = serde_json::from_str(&json).expect("parsed");
            assert_eq!(notice_of(kind_of(notice), &back), Some(notice));
        }
    }
}
