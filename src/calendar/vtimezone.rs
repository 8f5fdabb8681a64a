//! VTIMEZONE components derived from the time zone database, which the `ics` crate lacks.
//!
//! Rather than RRULEs, which would have to be reverse-engineered from the database, each
//! transition around the event is listed as its own observance: exact for the event's dates,
//! in every year, whatever the zone's rules were then.

use chrono::{DateTime, Datelike, Duration, Offset, TimeZone as _, Utc};
use chrono_tz::{OffsetComponents, OffsetName, Tz};
use ics::components::Property;
use ics::{Daylight, Standard, TimeZone};

/// The zone's observances from a year before `from` to a year after `to`.
pub fn for_event<'a>(tz: Tz, from: DateTime<Utc>, to: DateTime<Utc>) -> TimeZone<'a> {
    let start = year_start(from.year() - 1);
    let end = year_start(to.year() + 2);
    let transitions = transitions(tz, start, end);
    let mut zone: Option<TimeZone<'a>> = None;
    if transitions.is_empty() {
        let offset = offset_seconds(tz, from);
        let standard =
            observance_standard("19700101T000000", offset, offset, abbreviation(tz, from));
        return TimeZone::standard(tz.name(), standard);
    }
    for (at, before, after) in transitions {
        let local_start = (at + Duration::seconds(i64::from(before)))
            .format("%Y%m%dT%H%M%S")
            .to_string();
        let name = abbreviation(tz, at);
        let is_daylight =
            tz.offset_from_utc_datetime(&at.naive_utc()).dst_offset() != chrono::TimeDelta::zero();
        zone = Some(match (zone, is_daylight) {
            (None, false) => TimeZone::standard(
                tz.name(),
                observance_standard(&local_start, before, after, name),
            ),
            (None, true) => TimeZone::daylight(
                tz.name(),
                observance_daylight(&local_start, before, after, name),
            ),
            (Some(mut z), false) => {
                z.add_standard(observance_standard(&local_start, before, after, name));
                z
            }
            (Some(mut z), true) => {
                z.add_daylight(observance_daylight(&local_start, before, after, name));
                z
            }
        });
    }
    zone.unwrap_or_else(|| {
        TimeZone::standard(
            tz.name(),
            observance_standard("19700101T000000", 0, 0, None),
        )
    })
}

fn observance_standard<'a>(start: &str, from: i32, to: i32, name: Option<String>) -> Standard<'a> {
    let mut s = Standard::new(start.to_string(), format_offset(from), format_offset(to));
    if let Some(name) = name {
        s.push(Property::new("TZNAME", name));
    }
    s
}

fn observance_daylight<'a>(start: &str, from: i32, to: i32, name: Option<String>) -> Daylight<'a> {
    let mut d = Daylight::new(start.to_string(), format_offset(from), format_offset(to));
    if let Some(name) = name {
        d.push(Property::new("TZNAME", name));
    }
    d
}

type Transitions = Vec<(DateTime<Utc>, i32, i32)>;
type TransitionCache = std::sync::Mutex<std::collections::HashMap<(Tz, i64, i64), Transitions>>;

/// Every change of UTC offset in `[start, end)`, remembered: the scan costs thousands of
/// offset lookups, and every invite of an event asks for the same years of the same zone.
fn transitions(tz: Tz, start: DateTime<Utc>, end: DateTime<Utc>) -> Transitions {
    use std::sync::LazyLock;
    static CACHE: LazyLock<TransitionCache> = LazyLock::new(Default::default);
    let key = (tz, start.timestamp(), end.timestamp());
    if let Some(found) = CACHE.lock().unwrap_or_else(|p| p.into_inner()).get(&key) {
        return found.clone();
    }
    let found = scan_transitions(tz, start, end);
    CACHE
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .insert(key, found.clone());
    found
}

/// (instant, offset before, offset after) of each change of UTC offset in `[start, end)`.
fn scan_transitions(tz: Tz, start: DateTime<Utc>, end: DateTime<Utc>) -> Transitions {
    let mut found = Vec::new();
    let mut at = start;
    let mut offset = offset_seconds(tz, at);
    // Offsets change at most a few times a year, on a quarter hour at the finest.
    while at < end {
        let next = at + Duration::hours(6);
        let next_offset = offset_seconds(tz, next);
        if next_offset != offset {
            let mut lo = at;
            let mut hi = next;
            // Halving in whole seconds down to one: the zone database changes offsets on
            // whole seconds, so `hi` ends exactly on the first second of the new offset.
            while hi - lo > Duration::seconds(1) {
                let mid = lo + Duration::seconds((hi - lo).num_seconds() / 2);
                if offset_seconds(tz, mid) == offset {
                    lo = mid
                } else {
                    hi = mid
                }
            }
            found.push((hi, offset, next_offset));
            offset = next_offset;
        }
        at = next;
    }
    found
}

fn offset_seconds(tz: Tz, at: DateTime<Utc>) -> i32 {
    tz.offset_from_utc_datetime(&at.naive_utc())
        .fix()
        .local_minus_utc()
}

fn abbreviation(tz: Tz, at: DateTime<Utc>) -> Option<String> {
    let offset = tz.offset_from_utc_datetime(&at.naive_utc());
    offset.abbreviation().map(str::to_string)
}

fn year_start(year: i32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(year, 1, 1, 0, 0, 0)
        .single()
        .unwrap_or_else(Utc::now)
}

/// `+0100`, `-0500`, `+0530`.
fn format_offset(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let minutes = seconds.abs() / 60;
    format!("{sign}{:02}{:02}", minutes / 60, minutes % 60)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Timelike;

    /// The network's zones, plus a few with unusual rules (half-hour offsets, a
    /// thirty-minute daylight saving, a southern-hemisphere summer).
    const ZONES: &[Tz] = &[
        chrono_tz::Europe::Brussels,
        chrono_tz::Africa::Kinshasa,
        chrono_tz::America::Lima,
        chrono_tz::Asia::Jakarta,
        chrono_tz::America::Sao_Paulo,
        chrono_tz::Europe::Paris,
        chrono_tz::America::New_York,
        chrono_tz::Australia::Lord_Howe,
        chrono_tz::Asia::Kolkata,
        chrono_tz::America::Santiago,
    ];

    #[test]
    fn every_transition_is_exactly_where_the_zone_database_puts_it() {
        for &tz in ZONES {
            let start = year_start(2000);
            let end = year_start(2031);
            let found = scan_transitions(tz, start, end);
            for &(at, before, after) in &found {
                assert_eq!(at.second(), 0, "{tz} {at}: on a whole minute");
                assert_eq!(
                    offset_seconds(tz, at - Duration::seconds(1)),
                    before,
                    "{tz} {at}: the old offset holds until the second before"
                );
                assert_eq!(offset_seconds(tz, at), after, "{tz} {at}: new offset");
                assert_ne!(before, after);
            }
            // Nothing is missed: between two listed transitions the offset stays the same,
            // checked every quarter of an hour.
            let mut at = start;
            let mut next = found.iter().peekable();
            let mut offset = offset_seconds(tz, start);
            while at < end {
                while let Some(&&(t, _, after)) = next.peek() {
                    if t > at {
                        break;
                    }
                    offset = after;
                    next.next();
                }
                assert_eq!(offset_seconds(tz, at), offset, "{tz} {at}: unlisted change");
                at += Duration::minutes(15);
            }
        }
    }

    #[test]
    fn brussels_springs_forward_at_two_sharp() {
        let from = Utc
            .with_ymd_and_hms(2025, 5, 1, 12, 0, 0)
            .single()
            .expect("date");
        let text = for_event(chrono_tz::Europe::Brussels, from, from).to_string();
        assert!(text.contains("DTSTART:20250330T020000"), "{text}");
        assert!(text.contains("DTSTART:20251026T030000"), "{text}");
    }
}
