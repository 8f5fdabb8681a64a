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
