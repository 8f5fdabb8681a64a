//! The event object as the API and the admin pages give and take it, and what can go wrong.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset, Utc};
use serde::{Deserialize, Deserializer, Serialize};

use crate::db::event;
use crate::domain::programme::SessionSpec;
use crate::domain::{EventKind, EventStatus, Lang, Question, Translation};

/// The event object as the API takes it. Every field is optional, so one type serves both
/// POST (which then checks the required ones) and PATCH (which changes only what is given).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventInput {
    pub slug: Option<String>,
    pub kind: Option<EventKind>,
    pub status: Option<EventStatus>,
    pub timezone: Option<String>,
    pub starts_at: Option<DateTime<FixedOffset>>,
    pub ends_at: Option<DateTime<FixedOffset>>,
    #[serde(default, deserialize_with = "nullable")]
    pub capacity: Option<Option<i32>>,
    #[serde(default, deserialize_with = "nullable")]
    pub registration_opens_at: Option<Option<DateTime<FixedOffset>>>,
    #[serde(default, deserialize_with = "nullable")]
    pub registration_closes_at: Option<Option<DateTime<FixedOffset>>>,
    pub default_language: Option<Lang>,
    pub languages: Option<Vec<Lang>>,
    pub translations: Option<BTreeMap<Lang, Translation>>,
    /// Shorthand for the default language's title.
    pub title: Option<String>,
    pub description: Option<String>,
    pub location: Option<String>,
    #[serde(default, deserialize_with = "nullable")]
    pub join_url: Option<Option<String>>,
    #[serde(default, deserialize_with = "nullable")]
    pub venue: Option<Option<String>>,
    pub require_email_confirmation: Option<bool>,
    pub waitlist: Option<bool>,
    pub pending_holds_seat: Option<bool>,
    pub questions: Option<Vec<Question>>,
    /// Minutes before the start at which reminders go out.
    pub reminders: Option<Vec<u32>>,
    /// Months after the event before personal data is anonymised (null: the site default).
    #[serde(default, deserialize_with = "nullable")]
    pub retention_months: Option<Option<i32>>,
    /// The programme: replaces every session when given (an empty list removes them).
    pub sessions: Option<Vec<SessionSpec>>,
    /// The series slug shared by recurring meetings (null: none).
    #[serde(default, deserialize_with = "nullable")]
    pub series: Option<Option<String>>,
    /// At most this many delegates per organisation (null: no limit).
    #[serde(default, deserialize_with = "nullable")]
    pub delegates_per_organisation: Option<Option<i32>>,
    /// `public`, `unlisted` or `invite_only`.
    pub visibility: Option<String>,
    /// A hybrid event's seats in the room (null: unlimited).
    #[serde(default, deserialize_with = "nullable")]
    pub capacity_in_person: Option<Option<i32>>,
    /// A hybrid event's seats online (null: unlimited).
    #[serde(default, deserialize_with = "nullable")]
    pub capacity_online: Option<Option<i32>>,
    /// The languages the event can be followed in (interpretation); empty: none.
    pub interpretation: Option<Vec<Lang>>,
    /// Join links per interpretation language.
    pub join_urls: Option<BTreeMap<Lang, String>>,
    /// After the event (kept beside the event, see `services::followups`): the optional
    /// reporting fields the form asks, `gender` and `age_group`.
    pub collect: Option<Vec<String>>,
    pub feedback: Option<Vec<crate::services::feedback::FeedbackQuestion>>,
    /// Hours after the end at which attendees get the feedback link (null: not sent by itself).
    #[serde(default, deserialize_with = "nullable")]
    pub feedback_after_hours: Option<Option<i32>>,
    #[serde(default, deserialize_with = "nullable")]
    pub feedback_closes_at: Option<Option<DateTime<FixedOffset>>>,
    pub feedback_anonymous: Option<bool>,
}

/// Tells "absent" (None) from "null" (Some(None)).
fn nullable<'de, T: Deserialize<'de>, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<Option<T>>, D::Error> {
    Option::<T>::deserialize(d).map(Some)
}

/// The event object as the API returns it.
#[derive(Debug, Serialize)]
pub struct EventOut {
    pub slug: String,
    pub kind: EventKind,
    pub status: EventStatus,
    pub timezone: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub capacity: Option<i32>,
    pub seats_taken: i32,
    pub registration_opens_at: Option<DateTime<Utc>>,
    pub registration_closes_at: Option<DateTime<Utc>>,
    pub default_language: Lang,
    pub languages: Vec<Lang>,
    pub translations: BTreeMap<Lang, Translation>,
    pub join_url: Option<String>,
    pub venue: Option<String>,
    pub require_email_confirmation: bool,
    pub waitlist: bool,
    pub pending_holds_seat: bool,
    pub questions: Vec<Question>,
    pub reminders: Vec<i64>,
    pub retention_months: Option<i32>,
    pub sequence: i32,
    pub url: String,
    pub sessions: Vec<SessionOut>,
    pub series: Option<String>,
    pub delegates_per_organisation: Option<i32>,
    pub visibility: String,
    pub capacity_in_person: Option<i32>,
    pub capacity_online: Option<i32>,
    pub seats_taken_in_person: i32,
    pub seats_taken_online: i32,
    pub interpretation: Vec<Lang>,
    pub join_urls: BTreeMap<Lang, String>,
}

/// A session as the API returns it: the spec plus its seats.
#[derive(Debug, Serialize)]
pub struct SessionOut {
    #[serde(flatten)]
    pub spec: SessionSpec,
    pub seats_taken: i32,
}

impl EventOut {
    pub fn from_model(ev: &event::Model, base_url: &str) -> Self {
        Self::with_sessions(ev, base_url, &[])
    }

    pub fn with_sessions(
        ev: &event::Model,
        base_url: &str,
        sessions: &[crate::db::programme::Session],
    ) -> Self {
        EventOut {
            slug: ev.slug.clone(),
            kind: ev.kind(),
            status: ev.status(),
            timezone: ev.timezone.clone(),
            starts_at: ev.starts_at,
            ends_at: ev.ends_at,
            capacity: ev.capacity,
            seats_taken: ev.seats_taken,
            registration_opens_at: ev.registration_opens_at,
            registration_closes_at: ev.registration_closes_at,
            default_language: ev.default_lang(),
            languages: ev.langs(),
            translations: ev.translations(),
            join_url: ev.join_url.clone(),
            venue: ev.venue.clone(),
            require_email_confirmation: ev.require_email_confirmation,
            waitlist: ev.waitlist,
            pending_holds_seat: ev.pending_holds_seat,
            questions: ev.questions(),
            reminders: ev.reminder_minutes(),
            retention_months: ev.retention_months,
            sequence: ev.sequence,
            url: format!("{base_url}/events/{}", ev.slug),
            sessions: sessions
                .iter()
                .map(|s| SessionOut {
                    spec: s.spec(),
                    seats_taken: s.seats_taken,
                })
                .collect(),
            series: ev.series.clone(),
            delegates_per_organisation: ev.delegates_per_organisation,
            visibility: ev.visibility.clone(),
            capacity_in_person: ev.capacity_in_person,
            capacity_online: ev.capacity_online,
            seats_taken_in_person: ev.seats_taken_in_person,
            seats_taken_online: ev.seats_taken_online,
            interpretation: ev.interpretation(),
            join_urls: ev.join_urls(),
        }
    }
}

/// Each refused field and its problem, as message keys: the reader's language renders them.
pub type FieldErrors = Vec<crate::domain::FieldProblem>;

#[derive(Debug)]
pub enum SaveError {
    Invalid(FieldErrors),
    SlugTaken,
    /// The status change is not one the event may make (see `EventStatus::can_become`).
    Transition {
        from: EventStatus,
        to: EventStatus,
    },
    Internal(anyhow::Error),
}

impl<E: Into<anyhow::Error>> From<E> for SaveError {
    fn from(e: E) -> Self {
        SaveError::Internal(e.into())
    }
}
