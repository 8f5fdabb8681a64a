//! The event object as the API and the admin pages give and take it, and what can go wrong.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Deserializer, Serialize};

use crate::db::{event, followup};
use crate::domain::programme::SessionSpec;
use crate::domain::{EventKind, EventStatus, Lang, Question, Translation, Visibility};
use crate::services::followups::AfterFields;

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
    pub visibility: Option<Visibility>,
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

/// The event object as the API returns it: the stored event's fields, its address and its
/// programme.
#[derive(Debug, Serialize)]
pub struct EventOut {
    #[serde(flatten)]
    pub event: event::Model,
    pub url: String,
    pub sessions: Vec<SessionOut>,
    #[serde(flatten)]
    pub after: AfterFields,
}

/// A session as the API returns it: the spec plus its seats.
#[derive(Debug, Serialize)]
pub struct SessionOut {
    #[serde(flatten)]
    pub spec: SessionSpec,
    pub seats_taken: i32,
}

impl EventOut {
    pub fn new(
        ev: &event::Model,
        base_url: &str,
        sessions: &[crate::db::programme::Session],
        after: &followup::Model,
    ) -> Self {
        EventOut {
            event: ev.clone(),
            url: format!("{base_url}/events/{}", ev.slug),
            sessions: sessions
                .iter()
                .map(|s| SessionOut {
                    spec: s.spec(),
                    seats_taken: s.seats_taken,
                })
                .collect(),
            after: AfterFields::of(after),
        }
    }
}

/// A field and what is wrong with it.
pub type FieldErrors = Vec<(String, String)>;

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
