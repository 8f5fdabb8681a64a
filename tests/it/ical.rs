//! Reading calendar files with an independent parser (the `icalendar` crate; Convene writes
//! with `ics`). Instants are computed from the file's own VTIMEZONE, not from a time zone
//! library, so a wrong VTIMEZONE shows up as a wrong instant.

use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use icalendar::parser::{Component, read_calendar, unfold};

#[derive(Debug)]
pub struct Cal {
    pub method: String,
    pub events: Vec<Ev>,
}

#[derive(Debug)]
pub struct Ev {
    pub uid: String,
    pub sequence: i64,
    pub summary: String,
    pub description: String,
    pub location: String,
    pub url: String,
    pub status: String,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub tzid: String,
    /// (address, parameters as KEY=VALUE)
    pub attendees: Vec<(String, Vec<String>)>,
    pub organizer: String,
    pub alarms: usize,
}

/// Reads a calendar; text values come back unescaped by the parser itself.
pub fn parse(text: &str) -> Cal {
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "line longer than 75 octets: {line:?}");
    }
    assert!(
        !text.contains('\n') || text.contains("\r\n"),
        "lines end with CRLF"
    );
    let unfolded = unfold(text);
    let cal =
        read_calendar(&unfolded).unwrap_or_else(|e| panic!("calendar does not parse: {e}\n{text}"));
    let prop = |props: &[icalendar::parser::Property], name: &str| {
        props
            .iter()
            .find(|p| p.name.as_str() == name)
            .map(|p| p.val.as_str().to_string())
            .unwrap_or_default()
    };
    let method = prop(&cal.properties, "METHOD");
    let zones: Vec<&Component> = cal
        .components
        .iter()
        .filter(|c| c.name.as_str() == "VTIMEZONE")
        .collect();
    let events = cal
        .components
        .iter()
        .filter(|c| c.name.as_str() == "VEVENT")
        .map(|c| {
            let (start, tzid) = instant(c, "DTSTART", &zones);
            let (end, _) = instant(c, "DTEND", &zones);
            Ev {
                uid: prop(&c.properties, "UID"),
                sequence: prop(&c.properties, "SEQUENCE").parse().unwrap_or(0),
                summary: prop(&c.properties, "SUMMARY"),
                description: prop(&c.properties, "DESCRIPTION"),
                location: prop(&c.properties, "LOCATION"),
                url: prop(&c.properties, "URL"),
                status: prop(&c.properties, "STATUS"),
                start,
                end,
                tzid,
                attendees: c
                    .properties
                    .iter()
                    .filter(|p| p.name.as_str() == "ATTENDEE")
                    .map(|p| {
                        let params = p
                            .params
                            .iter()
                            .map(|x| {
                                format!(
                                    "{}={}",
                                    x.key.as_str(),
                                    x.val.as_ref().map(|v| v.as_str()).unwrap_or_default()
                                )
                            })
                            .collect();
                        (
                            p.val.as_str().trim_start_matches("mailto:").to_string(),
                            params,
                        )
                    })
                    .collect(),
                organizer: prop(&c.properties, "ORGANIZER"),
                alarms: c
                    .components
                    .iter()
                    .filter(|a| a.name.as_str() == "VALARM")
                    .count(),
            }
        })
        .collect();
    Cal { method, events }
}

/// The UTC instant of a DTSTART/DTEND, using the file's VTIMEZONE for TZID values.
fn instant(event: &Component, name: &str, zones: &[&Component]) -> (DateTime<Utc>, String) {
    let p = event
        .properties
        .iter()
        .find(|p| p.name.as_str() == name)
        .unwrap_or_else(|| panic!("no {name}"));
    let value = p.val.as_str();
    if let Some(utc) = value.strip_suffix('Z') {
        let naive = NaiveDateTime::parse_from_str(utc, "%Y%m%dT%H%M%S").expect("UTC time");
        return (naive.and_utc(), "UTC".into());
    }
    let tzid = p
        .params
        .iter()
        .find(|x| x.key.as_str() == "TZID")
        .and_then(|x| x.val.as_ref())
        .map(|v| v.as_str().to_string())
        .expect("a local time has a TZID");
    let local = NaiveDateTime::parse_from_str(value, "%Y%m%dT%H%M%S").expect("local time");
    let zone = zones
        .iter()
        .find(|z| {
            z.properties
                .iter()
                .any(|p| p.name.as_str() == "TZID" && p.val.as_str() == tzid)
        })
        .unwrap_or_else(|| panic!("no VTIMEZONE for {tzid}"));
    // The observance in force: the latest onset (in local time before it) not after `local`.
    let mut best: Option<(NaiveDateTime, i64)> = None;
    for obs in &zone.components {
        let get = |n: &str| {
            obs.properties
                .iter()
                .find(|p| p.name.as_str() == n)
                .map(|p| p.val.as_str().to_string())
        };
        let onset = NaiveDateTime::parse_from_str(&get("DTSTART").expect("onset"), "%Y%m%dT%H%M%S")
            .expect("onset");
        let offset = offset_seconds(&get("TZOFFSETTO").expect("offset"));
        if onset <= local && best.is_none_or(|(b, _)| onset > b) {
            best = Some((onset, offset));
        }
    }
    let (_, offset) = best.unwrap_or_else(|| panic!("no observance of {tzid} covers {local}"));
    ((local - Duration::seconds(offset)).and_utc(), tzid)
}

fn offset_seconds(s: &str) -> i64 {
    let sign = if s.starts_with('-') { -1 } else { 1 };
    let digits = &s[1..];
    let h: i64 = digits[0..2].parse().expect("hours");
    let m: i64 = digits[2..4].parse().expect("minutes");
    sign * (h * 3600 + m * 60)
}
