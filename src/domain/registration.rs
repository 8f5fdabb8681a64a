//! The life of a registration: pending → confirmed or waitlisted → cancelled; or expired.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::EventStatus;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RegistrationStatus {
    /// The address is not confirmed yet.
    Pending,
    Confirmed,
    Waitlisted,
    Cancelled,
    /// Pending for too long: the address was never confirmed.
    Expired,
}

impl RegistrationStatus {
    pub const ALL: [RegistrationStatus; 5] = [
        RegistrationStatus::Pending,
        RegistrationStatus::Confirmed,
        RegistrationStatus::Waitlisted,
        RegistrationStatus::Cancelled,
        RegistrationStatus::Expired,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            RegistrationStatus::Pending => "pending",
            RegistrationStatus::Confirmed => "confirmed",
            RegistrationStatus::Waitlisted => "waitlisted",
            RegistrationStatus::Cancelled => "cancelled",
            RegistrationStatus::Expired => "expired",
        }
    }

    /// Still counts: the person may come, or is in line.
    pub fn is_active(self) -> bool {
        matches!(
            self,
            RegistrationStatus::Pending
                | RegistrationStatus::Confirmed
                | RegistrationStatus::Waitlisted
        )
    }
}

/// What a registration's personal calendar file may carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InviteKind {
    /// A seat at an event that takes place: a meeting request with the join link.
    Seat,
    /// Not (yet) a seat (pending, waitlisted): the date to note, without the join link and
    /// without asking the calendar to add a meeting.
    NoSeat,
    /// A cancellation, without the join link.
    Cancelled,
}

impl RegistrationStatus {
    /// The one rule for a registration's status, given its event's, used by the participant's
    /// page, the admin pages, the API and the services.
    ///
    /// pending → confirmed or waitlisted (address confirmed) or expired; waitlisted →
    /// confirmed (a seat came free); any active one → cancelled; an organizer may confirm a
    /// cancelled or expired one again. No one gets a seat at a cancelled event.
    pub fn can_become(self, to: RegistrationStatus, event: EventStatus) -> bool {
        use RegistrationStatus::*;
        let event_on = event != EventStatus::Cancelled;
        match (self, to) {
            (Pending, Confirmed | Waitlisted) => event_on,
            (Waitlisted | Cancelled | Expired, Confirmed) => event_on,
            (Pending | Confirmed | Waitlisted, Cancelled) => true,
            (Pending, Expired) => true,
            _ => false,
        }
    }

    /// The personal calendar file that fits this status at an event in `event` status.
    pub fn invite(self, event: EventStatus) -> InviteKind {
        match (self, event) {
            (RegistrationStatus::Cancelled | RegistrationStatus::Expired, _)
            | (_, EventStatus::Cancelled) => InviteKind::Cancelled,
            (RegistrationStatus::Confirmed, _) => InviteKind::Seat,
            _ => InviteKind::NoSeat,
        }
    }
}

impl FromStr for RegistrationStatus {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        RegistrationStatus::ALL
            .into_iter()
            .find(|st| st.as_str() == s)
            .ok_or_else(|| format!("unknown registration status {s:?}"))
    }
}

impl fmt::Display for RegistrationStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::RegistrationStatus::*;
    use super::*;

    #[test]
    fn no_seat_at_a_cancelled_event() {
        assert!(Pending.can_become(Confirmed, EventStatus::Published));
        assert!(!Pending.can_become(Confirmed, EventStatus::Cancelled));
        assert!(!Waitlisted.can_become(Confirmed, EventStatus::Cancelled));
        assert!(Pending.can_become(Cancelled, EventStatus::Cancelled));
        assert!(!Cancelled.can_become(Waitlisted, EventStatus::Published));
        assert!(!Confirmed.can_become(Pending, EventStatus::Published));
    }

    #[test]
    fn only_a_seat_gets_a_meeting_request() {
        assert_eq!(Confirmed.invite(EventStatus::Published), InviteKind::Seat);
        assert_eq!(Pending.invite(EventStatus::Published), InviteKind::NoSeat);
        assert_eq!(
            Waitlisted.invite(EventStatus::Published),
            InviteKind::NoSeat
        );
        assert_eq!(
            Cancelled.invite(EventStatus::Published),
            InviteKind::Cancelled
        );
        assert_eq!(
            Confirmed.invite(EventStatus::Cancelled),
            InviteKind::Cancelled
        );
        assert!(!EventStatus::Cancelled.can_become(EventStatus::Published));
        assert!(EventStatus::Published.can_become(EventStatus::Draft));
    }
}
