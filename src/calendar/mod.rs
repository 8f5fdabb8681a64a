//! Calendar files: personal invites (REQUEST, CANCEL), public event files and the feed.
//!
//! Everything here is a pure function of its inputs: the same event gives the same bytes,
//! whether served as a file or attached to an email.

mod lines;
mod links;
mod vtimezone;

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use ics::components::{Parameter, Property};
use ics::{Alarm, Event, ICalendar};

use lines::{fold, param_value, text};
pub use links::{WebEntry, web_calendar_links};

const PRODID: &str = "-//Convene//Convene Events//EN";

/// What a calendar entry says, already in the reader's language.
#[derive(Debug, Clone)]
pub struct CalEvent {
    pub uid: String,
    pub sequence: i32,
    pub summary: String,
    pub description: String,
    pub location: String,
    /// The page people open from their calendar: the join link of a webinar in a personal
    /// invite, the public event page otherwise.
    pub url: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub tz: Tz,
    pub cancelled: bool,
    pub organizer: Person,
    /// Minutes before the start for a reminder alarm.
    pub alarm_minutes: Option<i64>,
}

#[derive(Debug, Clone)]
pub struct Person {
    pub name: String,
    pub email: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// A file to import or subscribe to: no scheduling semantics.
    Publish,
    /// An invitation (new or updated): Outlook only acts on files that say so.
    Request,
    /// The event is off for this attendee, or for everyone.
    Cancel,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Publish => "PUBLISH",
            Method::Request => "REQUEST",
            Method::Cancel => "CANCEL",
        }
    }

    /// The MIME type of an email attachment carrying this method.
    pub fn content_type(self) -> String {
        format!("text/calendar; method={}; charset=UTF-8", self.as_str())
    }
}

/// A personal invite or cancellation: one event with its attendee.
pub fn invite(
    event: &CalEvent,
    attendee: &Person,
    method: Method,
    dtstamp: DateTime<Utc>,
) -> String {
    invite_many(std::slice::from_ref(event), attendee, method, dtstamp)
}

/// A personal invite or cancellation of several entries at once (the sessions of a
/// programme), each with its own UID and SEQUENCE, all in one zone.
pub fn invite_many(
    events: &[CalEvent],
    attendee: &Person,
    method: Method,
    dtstamp: DateTime<Utc>,
) -> String {
    let mut cal = calendar(method);
    if let Some(first) = events.first() {
        let from = events
            .iter()
            .map(|e| e.starts_at)
            .min()
            .unwrap_or(first.starts_at);
        let to = events
            .iter()
            .map(|e| e.ends_at)
            .max()
            .unwrap_or(first.ends_at);
        cal.add_timezone(vtimezone::for_event(first.tz, from, to));
    }
    for event in events {
        let vevent = vevent(event, dtstamp, method == Method::Cancel);
        cal.add_event(with_attendee(vevent, attendee, method));
    }
    fold(&cal.to_string())
}

fn with_attendee<'a>(mut vevent: Event<'a>, attendee: &Person, method: Method) -> Event<'a> {
    if method == Method::Publish {
        // A date to note, not a meeting the person was invited to: no attendee.
        return vevent;
    }
    let mut attendee_prop = Property::new("ATTENDEE", format!("mailto:{}", attendee.email));
    attendee_prop.add(Parameter::new("CN", param_value(&attendee.name)));
    attendee_prop.add(Parameter::new("ROLE", "REQ-PARTICIPANT"));
    attendee_prop.add(Parameter::new(
        "PARTSTAT",
        if method == Method::Cancel {
            "DECLINED"
        } else {
            "ACCEPTED"
        },
    ));
    attendee_prop.add(Parameter::new("RSVP", "FALSE"));
    vevent.push(attendee_prop);
    vevent
}

/// A public file: one event or many (the feed), never with anyone's personal data.
pub fn publish(events: &[CalEvent], name: &str, dtstamp: DateTime<Utc>) -> String {
    let mut cal = calendar(Method::Publish);
    cal.push(Property::new("X-WR-CALNAME", text(name)));
    cal.push(Property::new("NAME", text(name)));
    cal.push(
        Property::new("REFRESH-INTERVAL", "PT6H")
            .tap(|p| p.add(Parameter::new("VALUE", "DURATION"))),
    );
    cal.push(Property::new("X-PUBLISHED-TTL", "PT6H"));
    let mut zones: Vec<Tz> = Vec::new();
    for event in events {
        if !zones.contains(&event.tz) {
            zones.push(event.tz);
        }
    }
    for tz in zones {
        let of_zone = events.iter().filter(|e| e.tz == tz);
        let from = of_zone
            .clone()
            .map(|e| e.starts_at)
            .min()
            .unwrap_or(dtstamp);
        let to = of_zone.map(|e| e.ends_at).max().unwrap_or(dtstamp);
        cal.add_timezone(vtimezone::for_event(tz, from, to));
    }
    for event in events {
        cal.add_event(vevent(event, dtstamp, event.cancelled));
    }
    fold(&cal.to_string())
}

fn calendar<'a>(method: Method) -> ICalendar<'a> {
    let mut cal = ICalendar::new("2.0", PRODID);
    cal.push(Property::new("CALSCALE", "GREGORIAN"));
    cal.push(Property::new("METHOD", method.as_str()));
    cal
}

fn vevent<'a>(event: &'a CalEvent, dtstamp: DateTime<Utc>, cancelled: bool) -> Event<'a> {
    let mut vevent = Event::new(event.uid.as_str(), utc_stamp(dtstamp));
    // A cancellation must outrank the invite it cancels.
    let sequence = if cancelled {
        event.sequence + 1
    } else {
        event.sequence
    };
    vevent.push(Property::new("SEQUENCE", sequence.to_string()));
    vevent.push(local_time("DTSTART", event.starts_at, event.tz));
    vevent.push(local_time("DTEND", event.ends_at, event.tz));
    vevent.push(Property::new("SUMMARY", text(&event.summary)));
    if !event.description.is_empty() {
        vevent.push(Property::new("DESCRIPTION", text(&event.description)));
    }
    if !event.location.is_empty() {
        vevent.push(Property::new("LOCATION", text(&event.location)));
    }
    if !event.url.is_empty() {
        vevent.push(
            // A URI holds no spaces or control characters; one stored before the join link
            // was checked for them must not break the file or add a line to it.
            Property::new("URL", uri(&event.url)).tap(|p| p.add(Parameter::new("VALUE", "URI"))),
        );
    }
    vevent.push(Property::new(
        "STATUS",
        if cancelled { "CANCELLED" } else { "CONFIRMED" },
    ));
    vevent.push(Property::new("TRANSP", "OPAQUE"));
    let mut organizer = Property::new("ORGANIZER", format!("mailto:{}", event.organizer.email));
    organizer.add(Parameter::new("CN", param_value(&event.organizer.name)));
    vevent.push(organizer);
    if let (Some(minutes), false) = (event.alarm_minutes, cancelled) {
        let trigger = ics::properties::Trigger::new(format!("-PT{minutes}M"));
        let description = ics::properties::Description::new(text(&event.summary));
        vevent.add_alarm(Alarm::display(trigger, description));
    }
    vevent
}

fn uri(value: &str) -> String {
    value
        .chars()
        .filter(|c| !c.is_control() && !c.is_whitespace())
        .collect()
}

/// `DTSTART;TZID=Europe/Brussels:20220203T140000`: local wall time plus the zone, so that
/// calendars keep the meeting at 14:00 in Brussels even if the rules of the zone change.
fn local_time<'a>(key: &'a str, at: DateTime<Utc>, tz: Tz) -> Property<'a> {
    let local = at.with_timezone(&tz).format("%Y%m%dT%H%M%S").to_string();
    let mut prop = Property::new(key, local);
    prop.add(Parameter::new("TZID", tz.name()));
    prop
}

pub fn utc_stamp(at: DateTime<Utc>) -> String {
    at.format("%Y%m%dT%H%M%SZ").to_string()
}

/// A small helper so a property can be configured in one expression.
trait Tap: Sized {
    fn tap(mut self, f: impl FnOnce(&mut Self)) -> Self {
        f(&mut self);
        self
    }
}
impl Tap for Property<'_> {}

/// The default reminder of a calendar entry.
pub const DEFAULT_ALARM: Duration = Duration::minutes(60);

#[cfg(test)]
mod tests;
