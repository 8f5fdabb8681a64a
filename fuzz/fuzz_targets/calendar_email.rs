//! Calendar and email composition: an invite built from hostile texts is a well-formed
//! calendar (lines of at most 75 octets, parsed back by the `icalendar` crate, no injected
//! property or component), and the email carrying it has an uninjectable header block.
#![no_main]

use chrono::{DateTime, Duration, TimeZone, Utc};
use convene::calendar::{CalEvent, Method, Person, invite};
use convene::domain::EmailAddress;
use convene::mail::compose::{EmailContent, OutgoingEmail, render};
use convene::services::event_admin::is_web_url;
use libfuzzer_sys::arbitrary::{self, Arbitrary};
use libfuzzer_sys::fuzz_target;

#[derive(Debug, Arbitrary)]
struct Input {
    summary: String,
    description: String,
    location: String,
    /// A join link as an organiser typed it; used only if the admin form would accept it.
    url: String,
    organizer_name: String,
    organizer_email: String,
    attendee_name: String,
    attendee_email: String,
    zone: u16,
    start_minutes: u32,
    length_minutes: u16,
    sequence: u16,
    alarm: Option<u16>,
    cancel: bool,
    subject: String,
    greeting: String,
    paragraphs: Vec<String>,
    details: Vec<(String, String)>,
    action: Option<(String, String)>,
}

/// Properties an invite may have, per component; anything else was injected.
const CALENDAR_PROPS: &[&str] = &["VERSION", "PRODID", "CALSCALE", "METHOD"];
const EVENT_PROPS: &[&str] = &[
    "UID",
    "DTSTAMP",
    "SEQUENCE",
    "DTSTART",
    "DTEND",
    "SUMMARY",
    "DESCRIPTION",
    "LOCATION",
    "URL",
    "STATUS",
    "TRANSP",
    "ORGANIZER",
    "ATTENDEE",
];
const ALARM_PROPS: &[&str] = &["ACTION", "TRIGGER", "DESCRIPTION"];
const HEADERS: &[&str] = &[
    "from",
    "to",
    "subject",
    "message-id",
    "content-language",
    "mime-version",
    "date",
    "content-type",
    "content-transfer-encoding",
];

fn email_or(input: &str, fallback: &str) -> String {
    EmailAddress::parse(input).map_or_else(|| fallback.to_string(), |e| e.as_str().to_string())
}

fn check_calendar(text: &str, ev: &CalEvent) {
    assert!(text.ends_with("\r\n"), "no final CRLF");
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        assert!(!line.contains(['\r', '\n']), "bare CR or LF: {line:?}");
    }
    let unfolded = icalendar::parser::unfold(text);
    let cal = match icalendar::parser::read_calendar(&unfolded) {
        Ok(cal) => cal,
        Err(e) => panic!("does not parse: {e}\n{text}"),
    };
    let names = |props: &[icalendar::parser::Property]| -> Vec<String> {
        props.iter().map(|p| p.name.as_str().to_string()).collect()
    };
    // `read_calendar` gives the VCALENDAR's children; its own properties are on the root.
    for name in names(&cal.properties) {
        assert!(
            CALENDAR_PROPS.contains(&name.as_str()),
            "injected calendar property {name}\n{text}"
        );
    }
    let events: Vec<_> = cal
        .components
        .iter()
        .filter(|c| c.name.as_str() == "VEVENT")
        .collect();
    assert_eq!(events.len(), 1, "exactly one VEVENT\n{text}");
    for c in &cal.components {
        assert!(
            matches!(c.name.as_str(), "VEVENT" | "VTIMEZONE"),
            "injected component {}\n{text}",
            c.name.as_str()
        );
    }
    let vevent = events[0];
    let event_names = names(&vevent.properties);
    for name in &event_names {
        assert!(
            EVENT_PROPS.contains(&name.as_str()),
            "injected event property {name}\n{text}"
        );
    }
    for once in [
        "UID",
        "SUMMARY",
        "ORGANIZER",
        "ATTENDEE",
        "DTSTART",
        "DTEND",
        "STATUS",
    ] {
        assert_eq!(
            event_names.iter().filter(|n| n.as_str() == once).count(),
            1,
            "{once} not exactly once\n{text}"
        );
    }
    for alarm in &vevent.components {
        assert_eq!(
            alarm.name.as_str(),
            "VALARM",
            "injected component in the event"
        );
        for name in names(&alarm.properties) {
            assert!(
                ALARM_PROPS.contains(&name.as_str()),
                "injected alarm property {name}"
            );
        }
    }
    // Texts come back as given, less the control characters they may not hold.
    let get = |n: &str| {
        vevent
            .properties
            .iter()
            .find(|p| p.name.as_str() == n)
            .map(|p| p.val.as_str().to_string())
    };
    let clean = |s: &str| {
        s.replace("\r\n", "\n")
            .chars()
            .filter(|c| *c == '\n' || !c.is_control())
            .collect::<String>()
    };
    assert_eq!(get("SUMMARY").unwrap_or_default(), clean(&ev.summary));
    if !ev.url.is_empty() {
        let url = get("URL").unwrap_or_default();
        assert!(
            !url.chars().any(|c| c.is_control() || c.is_whitespace()),
            "URL {url:?}"
        );
    }
}

fn check_email(raw: &[u8], subject: &str, name: &str) {
    let text = String::from_utf8_lossy(raw);
    let end = text.find("\r\n\r\n").expect("a header block");
    let headers = &text[..end];
    for line in headers.split("\r\n") {
        assert!(
            !line.contains(['\r', '\n']),
            "bare CR or LF in headers: {line:?}\n{headers}"
        );
        assert!(
            line.is_ascii(),
            "non-ASCII header line (unencoded): {line:?}"
        );
        assert!(
            !line.to_ascii_lowercase().starts_with("bcc:"),
            "Bcc injected\n{headers}"
        );
        if line.starts_with([' ', '\t']) {
            continue;
        }
        let field = line
            .split_once(':')
            .map(|(n, _)| n.to_ascii_lowercase())
            .unwrap_or_default();
        assert!(
            HEADERS.contains(&field.as_str()),
            "unexpected header line {line:?}\n{headers}"
        );
    }
    for once in ["to", "from", "subject"] {
        let count = headers
            .split("\r\n")
            .filter(|l| l.to_ascii_lowercase().starts_with(&format!("{once}:")))
            .count();
        assert_eq!(
            count, 1,
            "{once} not exactly once\n{headers}\n{subject:?} {name:?}"
        );
    }
}

fuzz_target!(|input: Input| {
    let tz = chrono_tz::TZ_VARIANTS[usize::from(input.zone) % chrono_tz::TZ_VARIANTS.len()];
    let base: DateTime<Utc> = Utc
        .with_ymd_and_hms(2000, 1, 1, 0, 0, 0)
        .single()
        .expect("t");
    // Up to about 2100: any event Convene will hold.
    let starts_at =
        base + Duration::minutes(i64::from(input.start_minutes % (100 * 366 * 24 * 60)));
    let ends_at = starts_at + Duration::minutes(i64::from(input.length_minutes));
    let url = if is_web_url(input.url.trim()) {
        input.url.trim().to_string()
    } else {
        String::new()
    };
    let ev = CalEvent {
        uid: "registration-1-0123456789abcdef@example.org".into(),
        sequence: i32::from(input.sequence),
        summary: input.summary,
        description: input.description,
        location: input.location,
        url,
        starts_at,
        ends_at,
        tz,
        cancelled: input.cancel,
        organizer: Person {
            name: input.organizer_name,
            email: email_or(&input.organizer_email, "events@example.org"),
        },
        alarm_minutes: input.alarm.map(i64::from),
    };
    let attendee = Person {
        name: input.attendee_name,
        email: email_or(&input.attendee_email, "ada@example.org"),
    };
    let method = if input.cancel {
        Method::Cancel
    } else {
        Method::Request
    };
    let ics = invite(&ev, &attendee, method, starts_at);
    check_calendar(&ics, &ev);
    assert_eq!(
        ics,
        invite(&ev, &attendee, method, starts_at),
        "not deterministic"
    );

    let email = OutgoingEmail {
        kind: "fuzz",
        to_name: attendee.name.clone(),
        to_email: attendee.email.clone(),
        content: EmailContent {
            lang: "en",
            subject: input.subject.clone(),
            greeting: input.greeting,
            paragraphs: input.paragraphs,
            action: input.action,
            details: input.details,
            links: Vec::new(),
            image: None,
            footer: String::new(),
            site_name: "Convene".into(),
            primary_color: "#123456".into(),
        },
        invite: Some((method, ics)),
    };
    let from = "Convene <events@example.org>".parse().expect("mailbox");
    // An address lettre refuses is an error for the outbox to record, not a crash.
    if let Ok(raw) = render(&email, &from, "<1@example.org>") {
        check_email(&raw, &input.subject, &attendee.name);
    }
});
