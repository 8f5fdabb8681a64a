//! What an event is made of: its kind, status, translated texts and custom questions.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    Webinar,
    InPerson,
    Hybrid,
}

impl EventKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Webinar => "webinar",
            EventKind::InPerson => "in_person",
            EventKind::Hybrid => "hybrid",
        }
    }

    /// Whether participants join online and so need the join link.
    pub fn is_online(self) -> bool {
        matches!(self, EventKind::Webinar | EventKind::Hybrid)
    }
}

impl FromStr for EventKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "webinar" => Ok(EventKind::Webinar),
            "in_person" => Ok(EventKind::InPerson),
            "hybrid" => Ok(EventKind::Hybrid),
            _ => Err(format!(
                "unknown kind {s:?} (expected webinar, in_person or hybrid)"
            )),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EventStatus {
    Draft,
    Published,
    Cancelled,
}

impl EventStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            EventStatus::Draft => "draft",
            EventStatus::Published => "published",
            EventStatus::Cancelled => "cancelled",
        }
    }

    /// The one rule for an event's status, used by the admin pages, the API and the services:
    /// a draft and a published event move freely between the two and may be cancelled; a
    /// cancelled event stays cancelled, because its participants were told it is off.
    pub fn can_become(self, to: EventStatus) -> bool {
        self == to || self != EventStatus::Cancelled
    }
}

impl FromStr for EventStatus {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "draft" => Ok(EventStatus::Draft),
            "published" => Ok(EventStatus::Published),
            "cancelled" => Ok(EventStatus::Cancelled),
            _ => Err(format!(
                "unknown status {s:?} (expected draft, published or cancelled)"
            )),
        }
    }
}

/// The texts of an event in one language. The description is Markdown.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Translation {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub location: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuestionKind {
    Text,
    Choice,
    Checkbox,
}

/// A custom question on the registration form; its answer lands in the export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    /// Form field name and export column: lower-case letters, digits and `_`.
    pub id: String,
    pub kind: QuestionKind,
    #[serde(default)]
    pub required: bool,
    /// The label per language.
    pub label: BTreeMap<Lang, String>,
    /// For `choice`: the options, each with its labels per language, keyed by a stable value.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<QuestionOption>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionOption {
    pub value: String,
    pub label: BTreeMap<Lang, String>,
}

impl Question {
    /// The label in `lang`, else in `fallback`, else any.
    pub fn label_in(&self, lang: Lang, fallback: Lang) -> &str {
        self.label
            .get(&lang)
            .or_else(|| self.label.get(&fallback))
            .or_else(|| self.label.values().next())
            .map(String::as_str)
            .unwrap_or(&self.id)
    }

    pub fn is_valid_id(id: &str) -> bool {
        !id.is_empty()
            && id.len() <= 40
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
            && !RESERVED_FIELDS.contains(&id)
    }
}

/// The contract's own form fields and export columns, which a custom question may not
/// shadow (a question's id is its export column's name).
pub const RESERVED_FIELDS: [&str; 21] = [
    "name",
    "email",
    "organization",
    "country",
    "language",
    "consent",
    "csrf_token",
    "website",
    "started",
    "time_zone",
    "status",
    "id",
    "registered_at",
    "confirmed_at",
    "attended",
    "attended_minutes",
    "sessions",
    "delegate_name",
    "delegate_email",
    "delegate_language",
    "add_delegate",
];

impl QuestionOption {
    pub fn label_in(&self, lang: Lang, fallback: Lang) -> &str {
        self.label
            .get(&lang)
            .or_else(|| self.label.get(&fallback))
            .or_else(|| self.label.values().next())
            .map(String::as_str)
            .unwrap_or(&self.value)
    }
}

/// Who finds an event: listed everywhere, reachable by its link only, or by invitation.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Visibility {
    #[default]
    Public,
    Unlisted,
    InviteOnly,
}

impl Visibility {
    pub const ALL: [Visibility; 3] = [
        Visibility::Public,
        Visibility::Unlisted,
        Visibility::InviteOnly,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Visibility::Public => "public",
            Visibility::Unlisted => "unlisted",
            Visibility::InviteOnly => "invite_only",
        }
    }
}

impl FromStr for Visibility {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Visibility::ALL
            .into_iter()
            .find(|v| v.as_str() == s)
            .ok_or_else(|| {
                format!("unknown visibility {s:?} (expected public, unlisted or invite_only)")
            })
    }
}

/// The enums show as the names they are stored and exchanged by.
macro_rules! display_as_str {
    ($($t:ty),*) => {$(
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    )*};
}

display_as_str!(EventKind, EventStatus, Visibility);
