//! How a participant follows an event: in the room or online, and through which link. A hybrid
//! event's participant follows in the mode they chose (one without a mode, from before modes
//! existed, may do both); a participant with an interpretation language gets that language's
//! link when the event has one.

use crate::db::{event, registration};
use crate::domain::{AttendanceMode, EventKind};

/// Whether the participant follows online: the join link and the join door are theirs.
pub fn online(ev: &event::Model, reg: &registration::Model) -> bool {
    match ev.kind {
        EventKind::Webinar => true,
        EventKind::InPerson => false,
        EventKind::Hybrid => reg.attendance_mode != Some(AttendanceMode::InPerson),
    }
}

/// Whether the participant comes to the room: the venue, the check-in code and the check-in
/// count are theirs.
pub fn in_room(ev: &event::Model, reg: &registration::Model) -> bool {
    match ev.kind {
        EventKind::Webinar => false,
        EventKind::InPerson => true,
        EventKind::Hybrid => reg.attendance_mode != Some(AttendanceMode::Online),
    }
}

/// The meeting link for this participant: none for someone in the room, else the link of their
/// interpretation language, else the event's.
pub fn join_url(ev: &event::Model, reg: &registration::Model) -> Option<String> {
    if !online(ev, reg) {
        return None;
    }
    reg.interpretation_language
        .and_then(|lang| ev.join_urls.get(&lang).cloned())
        .or_else(|| ev.join_url.clone())
        .filter(|url| !url.is_empty())
}
