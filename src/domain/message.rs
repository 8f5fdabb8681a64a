//! Who a message to registrants goes to: the audience and the rule that picks its people.

use super::RegistrationStatus;

/// The people a message goes to, decided when it goes out (not when it is written).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// Pending, confirmed and waitlisted.
    Registered,
    Confirmed,
    Waitlisted,
    /// Confirmed and marked as attended.
    Attended,
    /// Confirmed and not (yet) marked as attended.
    Absent,
}

impl Audience {
    pub const ALL: [Audience; 5] = [
        Audience::Registered,
        Audience::Confirmed,
        Audience::Waitlisted,
        Audience::Attended,
        Audience::Absent,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Audience::Registered => "registered",
            Audience::Confirmed => "confirmed",
            Audience::Waitlisted => "waitlisted",
            Audience::Attended => "attended",
            Audience::Absent => "absent",
        }
    }

    pub fn parse(s: &str) -> Option<Audience> {
        Self::ALL.into_iter().find(|a| a.as_str() == s)
    }

    /// The registration states it reaches; cancelled and expired are never among them.
    pub fn statuses(self) -> &'static [RegistrationStatus] {
        match self {
            Audience::Registered => &[
                RegistrationStatus::Pending,
                RegistrationStatus::Confirmed,
                RegistrationStatus::Waitlisted,
            ],
            Audience::Waitlisted => &[RegistrationStatus::Waitlisted],
            Audience::Confirmed | Audience::Attended | Audience::Absent => {
                &[RegistrationStatus::Confirmed]
            }
        }
    }

    /// Whether attendance narrows it: Some(true) attended only, Some(false) absent only.
    pub fn attended(self) -> Option<bool> {
        match self {
            Audience::Attended => Some(true),
            Audience::Absent => Some(false),
            _ => None,
        }
    }
}

impl std::str::FromStr for Audience {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Audience::parse(s).ok_or_else(|| format!("unknown audience {s:?}"))
    }
}

/// Where a message stands: written, waiting for its time, gone out, or taken back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MessageStatus {
    Draft,
    Scheduled,
    Sent,
    Withdrawn,
}

impl MessageStatus {
    pub const ALL: [MessageStatus; 4] = [
        MessageStatus::Draft,
        MessageStatus::Scheduled,
        MessageStatus::Sent,
        MessageStatus::Withdrawn,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            MessageStatus::Draft => "draft",
            MessageStatus::Scheduled => "scheduled",
            MessageStatus::Sent => "sent",
            MessageStatus::Withdrawn => "withdrawn",
        }
    }

    /// Whether it can still be edited, sent or withdrawn.
    pub fn is_open(self) -> bool {
        matches!(self, MessageStatus::Draft | MessageStatus::Scheduled)
    }
}

impl std::str::FromStr for MessageStatus {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        MessageStatus::ALL
            .into_iter()
            .find(|m| m.as_str() == s)
            .ok_or_else(|| format!("unknown message status {s:?}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_audience_reaches_cancelled_or_expired_people() {
        for audience in Audience::ALL {
            assert_eq!(Audience::parse(audience.as_str()), Some(audience));
            assert!(
                !audience.statuses().iter().any(|s| matches!(
                    s,
                    RegistrationStatus::Cancelled | RegistrationStatus::Expired
                )),
                "{audience:?}"
            );
        }
        assert_eq!(Audience::parse("everyone"), None);
    }
}

/// Shown and exchanged by the names they are stored by.
macro_rules! named {
    ($($t:ty),*) => {$(
        impl std::fmt::Display for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
    )*};
}

named!(Audience, MessageStatus);
