//! An event's programme: sessions with their own time and seats, and their speakers.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::{FieldProblem, Lang};

/// A session as the API gives and takes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionSpec {
    /// Stable key: form value, invite UID part and export column; lower-case letters, digits, `_`, `-`.
    pub key: String,
    /// Title per language.
    pub title: BTreeMap<Lang, String>,
    pub starts_at: DateTime<FixedOffset>,
    pub ends_at: DateTime<FixedOffset>,
    /// Seats in this session; null: as many as the event.
    #[serde(default)]
    pub capacity: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub room: Option<String>,
    /// An online session's link (shown to registrants only, like the event's join link).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub speakers: Vec<Speaker>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Speaker {
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub organisation: String,
    /// A short biography per language.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub bio: BTreeMap<Lang, String>,
}

impl SessionSpec {
    pub fn is_valid_key(key: &str) -> bool {
        !key.is_empty()
            && key.len() <= 40
            && key
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
    }

    /// What is wrong with a programme as a whole, each problem under `sessions[i].<field>`.
    pub fn check_all(specs: &[SessionSpec]) -> Vec<FieldProblem> {
        let mut errors = Vec::new();
        for (i, s) in specs.iter().enumerate() {
            let mut err = |name: &str, key: &'static str| {
                errors.push(FieldProblem::new(format!("sessions[{i}].{name}"), key));
            };
            if !Self::is_valid_key(&s.key) || specs[..i].iter().any(|o| o.key == s.key) {
                err("key", "admin-error-session-key");
            }
            if s.title.values().all(|t| t.trim().is_empty()) {
                err("title", "admin-error-session-title");
            }
            if s.ends_at <= s.starts_at {
                err("ends_at", "admin-error-ends-before-start");
            }
            if s.capacity.is_some_and(|c| !(1..=1_000_000).contains(&c)) {
                err("capacity", "admin-error-capacity");
            }
            if s.speakers.iter().any(|p| p.name.trim().is_empty()) {
                err("speakers", "admin-error-speaker-name");
            }
        }
        errors
    }
}

/// A series slug: the same rule as an event's slug.
pub fn parse_series(s: &str) -> Option<String> {
    super::EventSlug::parse(s).map(|s| s.as_str().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(key: &str, start: &str, end: &str) -> SessionSpec {
        SessionSpec {
            key: key.into(),
            title: BTreeMap::from([(Lang::En, "T".to_string())]),
            starts_at: DateTime::parse_from_rfc3339(start).expect("time"),
            ends_at: DateTime::parse_from_rfc3339(end).expect("time"),
            capacity: None,
            room: None,
            link: None,
            speakers: vec![],
        }
    }

    #[test]
    fn a_programme_with_a_repeated_key_or_a_backwards_time_is_refused() {
        let a = spec("a", "2027-01-01T09:00:00Z", "2027-01-01T10:00:00Z");
        let b = spec("a", "2027-01-01T11:00:00Z", "2027-01-01T10:00:00Z");
        let errors = SessionSpec::check_all(&[a.clone(), b]);
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["sessions[1].key", "sessions[1].ends_at"]);
        assert!(SessionSpec::check_all(&[a]).is_empty());
        assert!(!SessionSpec::is_valid_key("Bad Key"));
    }
}
