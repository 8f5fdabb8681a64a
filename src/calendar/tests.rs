//! Snapshot-style checks of the calendar writer's structure.

use chrono::{TimeZone, Utc};

use super::*;

fn sample() -> CalEvent {
    CalEvent {
        uid: "registration-1@example.org".into(),
        sequence: 2,
        summary: "Launch, INSP!R; webinar".into(),
        description: "Line one\nLine two".into(),
        location: "Online".into(),
        url: "https://example.org/events/launch".into(),
        starts_at: Utc
            .with_ymd_and_hms(2022, 2, 3, 13, 0, 0)
            .single()
            .expect("t"),
        ends_at: Utc
            .with_ymd_and_hms(2022, 2, 3, 15, 0, 0)
            .single()
            .expect("t"),
        tz: chrono_tz::Europe::Brussels,
        cancelled: false,
        organizer: Person {
            name: "INSP!R, network".into(),
            email: "events@example.org".into(),
        },
        alarm_minutes: Some(60),
    }
}

#[test]
fn an_invite_has_everything_outlook_needs() {
    let attendee = Person {
        name: "Ada".into(),
        email: "ada@example.org".into(),
    };
    let stamp = Utc
        .with_ymd_and_hms(2022, 1, 1, 0, 0, 0)
        .single()
        .expect("t");
    let ics = invite(&sample(), &attendee, Method::Request, stamp);
    for line in [
        "METHOD:REQUEST",
        "UID:registration-1@example.org",
        "SEQUENCE:2",
        "DTSTAMP:20220101T000000Z",
        "DTSTART;TZID=Europe/Brussels:20220203T140000",
        "SUMMARY:Launch\\, INSP!R\\; webinar",
        "DESCRIPTION:Line one\\nLine two",
        "BEGIN:VTIMEZONE",
        "TZOFFSETTO:+0100",
        "TZOFFSETTO:+0200",
        "BEGIN:VALARM",
        "TRIGGER:-PT60M",
        "ORGANIZER;CN=\"INSP!R, network\":mailto:events@example.org",
        "STATUS:CONFIRMED",
    ] {
        assert!(ics.contains(line), "missing {line:?} in\n{ics}");
    }
    assert!(
        ics.contains("PARTSTAT=ACCEPTED")
            && ics.contains("RSVP=FALSE")
            && ics.contains("ROLE=REQ-PARTICIPANT")
    );
    // Deterministic: the same input gives the same bytes.
    assert_eq!(ics, invite(&sample(), &attendee, Method::Request, stamp));
}

#[test]
fn a_cancel_outranks_the_invite() {
    let attendee = Person {
        name: "Ada".into(),
        email: "ada@example.org".into(),
    };
    let ics = invite(&sample(), &attendee, Method::Cancel, Utc::now());
    assert!(ics.contains("METHOD:CANCEL"));
    assert!(ics.contains("STATUS:CANCELLED"));
    assert!(ics.contains("SEQUENCE:3"));
    assert!(!ics.contains("BEGIN:VALARM"));
}

#[test]
fn a_zone_without_daylight_saving_still_gets_a_timezone() {
    let mut event = sample();
    event.tz = chrono_tz::Asia::Jakarta;
    let ics = publish(&[event], "Feed", Utc::now());
    assert!(ics.contains("TZID:Asia/Jakarta"));
    assert!(ics.contains("TZOFFSETTO:+0700"));
}
