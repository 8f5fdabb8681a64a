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

/// Found by the `calendar_email` fuzz target: a join link stored with a line break wrote a
/// property of its own choosing into every invite.
#[test]
fn a_join_link_with_a_line_break_adds_no_property() {
    let mut event = sample();
    event.url = "https://meet.example.org/j/1\r\nATTENDEE:mailto:eve@example.org\t x".into();
    let attendee = Person {
        name: "Ada".into(),
        email: "ada@example.org".into(),
    };
    let ics = invite(&event, &attendee, Method::Request, Utc::now());
    assert!(
        ics.contains("URL;VALUE=URI:https://meet.example.org/j/1ATTENDEE:mailto:eve@example.org"),
        "{ics}"
    );
    assert_eq!(ics.matches("\r\nATTENDEE").count(), 1, "{ics}");
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

mod properties {
    use chrono::{TimeZone, Utc};
    use proptest::prelude::*;

    use super::super::*;

    /// Text as people and scripts type it: any Unicode, including line breaks, commas,
    /// semicolons, backslashes and control characters.
    fn any_text() -> impl Strategy<Value = String> {
        proptest::collection::vec(any::<char>(), 0..300)
            .prop_map(|chars| chars.into_iter().collect())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        /// Every calendar Convene writes parses back with an independent parser, with lines of
        /// at most 75 octets, and its texts survive (less the control characters it drops).
        #[test]
        fn every_invite_parses_back(summary in any_text(), description in any_text(), name in any_text(),
                                    zone in 0usize..chrono_tz::TZ_VARIANTS.len(), minutes in 0i64..(60 * 24 * 365 * 30)) {
            let tz = chrono_tz::TZ_VARIANTS[zone];
            let start = Utc.with_ymd_and_hms(2000, 1, 1, 0, 0, 0).single().expect("t") + chrono::Duration::minutes(minutes);
            let event = CalEvent {
                uid: "registration-1@example.org".into(),
                sequence: 1,
                summary: summary.clone(),
                description: description.clone(),
                location: "Online".into(),
                url: "https://example.org/e".into(),
                starts_at: start,
                ends_at: start + chrono::Duration::hours(2),
                tz,
                cancelled: false,
                organizer: Person { name: name.clone(), email: "events@example.org".into() },
                alarm_minutes: Some(60),
            };
            let attendee = Person { name, email: "ada@example.org".into() };
            let text = invite(&event, &attendee, Method::Request, start);
            for line in text.split("\r\n") {
                prop_assert!(line.len() <= 75, "{} octets", line.len());
            }
            let unfolded = icalendar::parser::unfold(&text);
            let parsed = icalendar::parser::read_calendar(&unfolded);
            prop_assert!(parsed.is_ok(), "does not parse: {:?}", parsed.err());
            let cal = parsed.expect("parsed");
            // The parser undoes RFC 5545's escaping itself.
            let vevent = cal.components.iter().find(|c| c.name.as_str() == "VEVENT").expect("event");
            let get = |n: &str| vevent.properties.iter().find(|p| p.name.as_str() == n).map(|p| p.val.as_str().to_string());
            let clean = |s: &str| s.replace("\r\n", "\n").chars().filter(|c| *c == '\n' || !c.is_control()).collect::<String>();
            prop_assert_eq!(get("SUMMARY").unwrap_or_default(), clean(&summary));
            if !clean(&description).is_empty() {
                prop_assert_eq!(get("DESCRIPTION").unwrap_or_default(), clean(&description));
            }
        }
    }
}
