//! The dashboard's numbers, per event and across events: states, attendance, registrations
//! per day, and breakdowns by region, country, language and organisation.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use sea_orm::{ConnectionTrait, DbErr};
use serde::Serialize;

use crate::db::event;
use crate::db::stats::{self, GroupCount, Scope};
use crate::domain::{Region, RegistrationStatus};
use crate::services::programme::{self, SessionCount};
use crate::services::reporting::{self, RegionReport};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Dashboard {
    /// Every registration, whatever its state.
    pub registrations: u64,
    pub pending: u64,
    pub confirmed: u64,
    pub waitlisted: u64,
    pub cancelled: u64,
    pub expired: u64,
    pub attended: u64,
    /// The share of confirmed registrations that attended, from 0 to 1; None while no one
    /// is confirmed.
    pub attendance_rate: Option<f64>,
    /// Registrations per calendar day (in the event's time zone), days without any included.
    pub per_day: Vec<DayCount>,
    /// Every region, in the network's order, even those with no one.
    pub by_region: Vec<Breakdown>,
    pub by_country: Vec<Breakdown>,
    pub by_language: Vec<Breakdown>,
    pub by_organization: Vec<Breakdown>,
    /// Hybrid events: in the room and online.
    pub by_attendance_mode: Vec<Breakdown>,
    /// Events with interpretation: listeners per language, what interpreters and room hosts
    /// need to know beforehand.
    pub by_interpretation_language: Vec<Breakdown>,
    /// One line per event (across events; a single event's dashboard has its own line).
    pub events: Vec<EventLine>,
    /// The network's reporting per region: shares of women and of people under 35, targets.
    pub reporting: Vec<RegionReport>,
    /// One event's programme, session by session (titles in the event's default language);
    /// empty across events and for an event without sessions.
    pub sessions: Vec<SessionCount>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DayCount {
    pub date: NaiveDate,
    pub count: u64,
    /// Registrations up to and including this day.
    pub total: u64,
}

/// One group of a breakdown: registrations still standing (pending, confirmed or
/// waitlisted) and attendees, whatever their state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Breakdown {
    pub key: String,
    pub registered: u64,
    pub attended: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventLine {
    pub event_id: i64,
    pub slug: String,
    pub registrations: u64,
    pub confirmed: u64,
    pub attended: u64,
    pub attendance_rate: Option<f64>,
}

/// The dashboard of one event; days are counted in the event's time zone.
pub async fn for_event(db: &impl ConnectionTrait, ev: &event::Model) -> Result<Dashboard, DbErr> {
    let mut dashboard = build_for(
        db,
        Scope::Events(&[ev.id]),
        std::slice::from_ref(ev),
        ev.tz(),
    )
    .await?;
    dashboard.sessions = programme::counts(db, ev, ev.default_language).await?;
    Ok(dashboard)
}

/// The dashboard across `events` (those the viewer may manage; `all` when that is every event,
/// which spares a long list of ids); days are counted in `tz`.
pub async fn across(
    db: &impl ConnectionTrait,
    events: &[event::Model],
    all: bool,
    tz: Tz,
) -> Result<Dashboard, DbErr> {
    let ids: Vec<i64> = events.iter().map(|e| e.id).collect();
    let scope = if all { Scope::All } else { Scope::Events(&ids) };
    build_for(db, scope, events, tz).await
}

async fn build_for(
    db: &impl ConnectionTrait,
    scope: Scope<'_>,
    events: &[event::Model],
    tz: Tz,
) -> Result<Dashboard, DbErr> {
    let groups = stats::grouped_counts(db, scope).await?;
    let times = stats::registration_times(db, scope).await?;
    let slugs: BTreeMap<i64, &str> = events.iter().map(|e| (e.id, e.slug.as_str())).collect();
    let mut dashboard = build(&groups, &times, tz, &slugs);
    dashboard.reporting = reporting::report(db, scope).await?;
    Ok(dashboard)
}

/// The numbers from the grouped counts; pure, so the arithmetic is tested without a database.
pub fn build(
    groups: &[GroupCount],
    times: &[DateTime<Utc>],
    tz: Tz,
    slugs: &BTreeMap<i64, &str>,
) -> Dashboard {
    let mut status: BTreeMap<&str, u64> = BTreeMap::new();
    let (mut attended, mut confirmed_attended) = (0, 0);
    let mut region: BTreeMap<Region, (u64, u64)> =
        Region::ALL.into_iter().map(|r| (r, (0, 0))).collect();
    let mut country = Tally::default();
    let mut language = Tally::default();
    let mut organization = Tally::default();
    let mut mode = Tally::default();
    let mut listening = Tally::default();
    let mut per_event: BTreeMap<i64, (u64, u64, u64, u64)> = BTreeMap::new();
    for g in groups {
        *status.entry(g.status.as_str()).or_default() += g.count;
        let standing = g
            .status
            .parse::<RegistrationStatus>()
            .is_ok_and(|s| s.is_active());
        let confirmed = g.status == RegistrationStatus::Confirmed.as_str();
        let (reg, att) = (
            if standing { g.count } else { 0 },
            if g.attended { g.count } else { 0 },
        );
        attended += att;
        if confirmed {
            confirmed_attended += att;
        }
        let r = region.entry(Region::of_country(&g.country)).or_default();
        r.0 += reg;
        r.1 += att;
        country.add(&g.country, g, reg, att);
        language.add(&g.language, g, reg, att);
        organization.add(g.organization.trim(), g, reg, att);
        if let Some(m) = &g.attendance_mode {
            mode.add(m, g, reg, att);
        }
        if let Some(l) = &g.interpretation_language {
            listening.add(l, g, reg, att);
        }
        let e = per_event.entry(g.event_id).or_default();
        e.0 += g.count;
        e.2 += att;
        if confirmed {
            e.1 += g.count;
            e.3 += att;
        }
    }
    let count = |s: RegistrationStatus| status.get(s.as_str()).copied().unwrap_or(0);
    let confirmed = count(RegistrationStatus::Confirmed);
    Dashboard {
        registrations: status.values().sum(),
        pending: count(RegistrationStatus::Pending),
        confirmed,
        waitlisted: count(RegistrationStatus::Waitlisted),
        cancelled: count(RegistrationStatus::Cancelled),
        expired: count(RegistrationStatus::Expired),
        attended,
        attendance_rate: rate(confirmed_attended, confirmed),
        per_day: per_day(times, tz),
        by_region: region
            .into_iter()
            .map(|(r, (registered, attended))| Breakdown {
                key: r.as_str().to_string(),
                registered,
                attended,
            })
            .collect(),
        by_country: country.sorted(),
        by_language: language.sorted(),
        by_organization: organization.sorted(),
        by_attendance_mode: mode.sorted(),
        by_interpretation_language: listening.sorted(),
        events: per_event
            .into_iter()
            .map(
                |(id, (all, confirmed, attended, confirmed_attended))| EventLine {
                    event_id: id,
                    slug: slugs.get(&id).map_or_else(String::new, |s| s.to_string()),
                    registrations: all,
                    confirmed,
                    attended,
                    attendance_rate: rate(confirmed_attended, confirmed),
                },
            )
            .collect(),
        reporting: Vec::new(),
        sessions: Vec::new(),
    }
}

fn rate(part: u64, whole: u64) -> Option<f64> {
    // Counts of people stay far below 2^52, where u64 to f64 is exact.
    (whole > 0).then(|| part as f64 / whole as f64)
}

/// Counts per key; keys that differ only in letter case count together (organisations are
/// typed by hand), under their most frequent spelling among all registrations, so the label does not depend on the
/// order rows come from the database.
#[derive(Default)]
struct Tally {
    groups: BTreeMap<String, (Breakdown, BTreeMap<String, u64>)>,
}

impl Tally {
    fn add(&mut self, key: &str, g: &GroupCount, registered: u64, attended: u64) {
        let (entry, spellings) = self.groups.entry(key.to_lowercase()).or_insert_with(|| {
            let empty = Breakdown {
                key: String::new(),
                registered: 0,
                attended: 0,
            };
            (empty, BTreeMap::new())
        });
        entry.registered += registered;
        entry.attended += attended;
        *spellings.entry(key.to_string()).or_default() += g.count;
    }

    /// The largest groups first; groups where no one is standing or attended are left out.
    fn sorted(self) -> Vec<Breakdown> {
        let mut list: Vec<Breakdown> = self
            .groups
            .into_values()
            .filter(|(b, _)| b.registered > 0 || b.attended > 0)
            .map(|(mut b, spellings)| {
                // The most used spelling; among equals, the first in code-point order.
                let mut best: Option<(&String, u64)> = None;
                for (spelling, n) in &spellings {
                    if best.is_none_or(|(_, m)| *n > m) {
                        best = Some((spelling, *n));
                    }
                }
                b.key = best.map(|(s, _)| s.clone()).unwrap_or_default();
                b
            })
            .collect();
        list.sort_by(|a, b| {
            (b.registered, b.attended)
                .cmp(&(a.registered, a.attended))
                .then_with(|| a.key.cmp(&b.key))
        });
        list
    }
}

/// Counts per local day from the first registration to the last, gaps filled with zeros so
/// that a chart's axis is true to time.
fn per_day(times: &[DateTime<Utc>], tz: Tz) -> Vec<DayCount> {
    let mut days: BTreeMap<NaiveDate, u64> = BTreeMap::new();
    for t in times {
        *days.entry(t.with_timezone(&tz).date_naive()).or_default() += 1;
    }
    let (Some(first), Some(last)) = (days.keys().next().copied(), days.keys().last().copied())
    else {
        return Vec::new();
    };
    let mut total = 0;
    first
        .iter_days()
        .take_while(|d| *d <= last)
        .map(|date| {
            let count = days.get(&date).copied().unwrap_or(0);
            total += count;
            DayCount { date, count, total }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn group(
        event_id: i64,
        country: &str,
        org: &str,
        status: &str,
        attended: bool,
        count: u64,
    ) -> GroupCount {
        GroupCount {
            event_id,
            country: country.into(),
            language: if country == "PE" { "es" } else { "fr" }.into(),
            organization: org.into(),
            status: status.into(),
            attended,
            attendance_mode: None,
            interpretation_language: None,
            count,
        }
    }

    #[test]
    fn counts_rates_and_breakdowns() {
        let groups = [
            group(1, "BJ", "CSA-Bénin", "confirmed", true, 3),
            group(1, "BJ", "csa-bénin ", "confirmed", false, 1),
            group(1, "CD", "CDS", "waitlisted", false, 2),
            group(2, "PE", "", "cancelled", true, 1),
            group(2, "KE", "X", "expired", false, 4),
        ];
        let slugs = BTreeMap::from([(1, "one"), (2, "two")]);
        let d = build(&groups, &[], chrono_tz::UTC, &slugs);
        assert_eq!((d.registrations, d.confirmed, d.waitlisted), (11, 4, 2));
        assert_eq!(
            (d.cancelled, d.expired, d.pending, d.attended),
            (1, 4, 0, 4)
        );
        assert_eq!(d.attendance_rate, Some(0.75));
        let region = |key: &str| d.by_region.iter().find(|b| b.key == key).cloned();
        assert_eq!(
            region("west_africa").map(|b| (b.registered, b.attended)),
            Some((4, 3))
        );
        assert_eq!(region("central_africa").map(|b| b.registered), Some(2));
        assert_eq!(
            region("latin_america").map(|b| (b.registered, b.attended)),
            Some((0, 1))
        );
        assert_eq!(region("other").map(|b| b.registered), Some(0));
        assert_eq!(d.by_region.len(), 6);
        assert_eq!(d.by_organization[0].key, "CSA-Bénin");
        assert_eq!(d.by_organization[0].registered, 4);
        assert!(
            d.by_country.iter().all(|b| b.key != "KE"),
            "no one standing or attending"
        );
        assert_eq!(d.by_language[0].key, "fr");
        assert_eq!(d.events[0].slug, "one");
        assert_eq!(d.events[1].attendance_rate, None);
    }

    #[test]
    fn days_follow_the_time_zone_and_fill_gaps() {
        let at = |d, h| {
            Utc.with_ymd_and_hms(2026, 3, d, h, 30, 0)
                .single()
                .expect("time")
        };
        let tz: Tz = "America/Lima".parse().expect("tz");
        // 02:30 UTC on the 3rd is still the 2nd in Lima.
        let d = build(
            &[],
            &[at(1, 12), at(3, 2), at(4, 12), at(4, 13)],
            tz,
            &BTreeMap::new(),
        );
        let days: Vec<_> = d
            .per_day
            .iter()
            .map(|c| (c.date.to_string(), c.count, c.total))
            .collect();
        assert_eq!(
            days,
            [
                ("2026-03-01".to_string(), 1, 1),
                ("2026-03-02".to_string(), 1, 2),
                ("2026-03-03".to_string(), 0, 2),
                ("2026-03-04".to_string(), 2, 4)
            ]
        );
        assert_eq!(d.attendance_rate, None);
    }
}
