//! The network's own reporting: per region, registrations, attendees, the share of women and
//! the share of people under 35, next to the targets the network set. Groups of fewer than five
//! people are never shown as numbers, so that no one can be singled out.

use std::collections::BTreeMap;

use sea_orm::sea_query::Query;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QuerySelect};
use serde::{Serialize, Serializer};

use crate::db::stats::Scope;
use crate::db::{profile, region_target, registration};
use crate::domain::{Region, RegistrationStatus};

/// Below this many people a group is shown as "fewer than 5".
pub const SMALLEST_GROUP: u64 = 5;

/// The optional reporting fields an event can switch on with `collect`.
pub const REPORTING_FIELDS: [&str; 2] = ["gender", "age_group"];

/// The values of the optional reporting fields, as the form and the API take them.
pub const GENDERS: [&str; 4] = ["woman", "man", "other", "undisclosed"];
pub const AGE_GROUPS: [&str; 5] = ["under_25", "25_34", "35_54", "55_plus", "undisclosed"];

/// A number of people, or "fewer than 5" for a small group (zero is shown: it singles out no one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    Exact(u64),
    FewerThan5,
}

impl Count {
    fn of(n: u64) -> Count {
        if n > 0 && n < SMALLEST_GROUP {
            Count::FewerThan5
        } else {
            Count::Exact(n)
        }
    }
}

impl Serialize for Count {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Count::Exact(n) => s.serialize_u64(*n),
            Count::FewerThan5 => s.serialize_str("fewer_than_5"),
        }
    }
}

/// A share in percent (one decimal) of those who answered; "fewer than 5" when fewer than five
/// answered; None when no one did.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Share {
    Percent(f64),
    FewerThan5,
}

impl Share {
    fn of(part: u64, answered: u64) -> Option<Share> {
        match answered {
            0 => None,
            n if n < SMALLEST_GROUP => Some(Share::FewerThan5),
            n => {
                let percent = (part as f64) * 100.0 / (n as f64);
                Some(Share::Percent((percent * 10.0).round() / 10.0))
            }
        }
    }
}

impl Serialize for Share {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Share::Percent(p) => s.serialize_f64(*p),
            Share::FewerThan5 => s.serialize_str("fewer_than_5"),
        }
    }
}

/// One region's line of the report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RegionReport {
    pub region: &'static str,
    /// Registrations still standing (pending, confirmed, waitlisted).
    pub registrations: Count,
    /// People marked as attended, whatever their state.
    pub attendees: Count,
    /// Of those counted (standing or attended) who gave their gender.
    pub share_women: Option<Share>,
    /// Of those counted who gave their age group: under 25 and 25–34.
    pub share_under_35: Option<Share>,
    pub target_women: Option<i32>,
    pub target_under_35: Option<i32>,
}

/// One person as the report sees them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub country: String,
    pub status: RegistrationStatus,
    pub attended: bool,
    pub gender: Option<String>,
    pub age_group: Option<String>,
}

#[derive(Default)]
struct Tally {
    registrations: u64,
    attendees: u64,
    gender_answered: u64,
    women: u64,
    age_answered: u64,
    young: u64,
}

/// The report from a known set of people; pure, so the arithmetic is tested on its own.
pub fn compute(people: &[Person], targets: &[region_target::Model]) -> Vec<RegionReport> {
    let mut tallies: BTreeMap<Region, Tally> = BTreeMap::new();
    for p in people {
        let standing = p.status.is_active();
        if !standing && !p.attended {
            continue;
        }
        let t = tallies.entry(Region::of_country(&p.country)).or_default();
        t.registrations += u64::from(standing);
        t.attendees += u64::from(p.attended);
        match p.gender.as_deref() {
            Some("undisclosed") | None => {}
            Some(g) => {
                t.gender_answered += 1;
                t.women += u64::from(g == "woman");
            }
        }
        match p.age_group.as_deref() {
            Some("undisclosed") | None => {}
            Some(a) => {
                t.age_answered += 1;
                t.young += u64::from(a == "under_25" || a == "25_34");
            }
        }
    }
    Region::ALL
        .iter()
        .map(|region| {
            let t = tallies.remove(region).unwrap_or_default();
            let target = targets.iter().find(|x| x.region == region.as_str());
            RegionReport {
                region: region.as_str(),
                registrations: Count::of(t.registrations),
                attendees: Count::of(t.attendees),
                share_women: Share::of(t.women, t.gender_answered),
                share_under_35: Share::of(t.young, t.age_answered),
                target_women: target.and_then(|x| x.women_percent),
                target_under_35: target.and_then(|x| x.young_percent),
            }
        })
        .collect()
}

/// The report over the registrations of `scope`.
pub async fn report(
    db: &impl ConnectionTrait,
    scope: Scope<'_>,
) -> Result<Vec<RegionReport>, DbErr> {
    let mut select = registration::Entity::find();
    let mut ids = Query::select();
    ids.column(registration::Column::Id)
        .from(registration::Entity);
    if let Scope::Events(events) = scope {
        select = select.filter(registration::Column::EventId.is_in(events.iter().copied()));
        ids.and_where(registration::Column::EventId.is_in(events.iter().copied()));
    }
    let rows: Vec<(i64, String, RegistrationStatus, bool)> = select
        .select_only()
        .column(registration::Column::Id)
        .column(registration::Column::Country)
        .column(registration::Column::Status)
        .column(registration::Column::Attended)
        .into_tuple()
        .all(db)
        .await?;
    let profiles: BTreeMap<i64, profile::Model> = profile::Entity::find()
        .filter(profile::Column::RegistrationId.in_subquery(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.registration_id, p))
        .collect();
    let people: Vec<Person> = rows
        .into_iter()
        .map(|(id, country, status, attended)| {
            let profile = profiles.get(&id);
            Person {
                country,
                status,
                attended,
                gender: profile.and_then(|p| p.gender.clone()),
                age_group: profile.and_then(|p| p.age_group.clone()),
            }
        })
        .collect();
    let targets = region_target::all(db).await?;
    Ok(compute(&people, &targets))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(country: &str, gender: &str, age: &str, attended: bool) -> Person {
        Person {
            country: country.into(),
            status: RegistrationStatus::Confirmed,
            attended,
            gender: (!gender.is_empty()).then(|| gender.to_string()),
            age_group: (!age.is_empty()).then(|| age.to_string()),
        }
    }

    #[test]
    fn shares_count_those_who_answered_and_small_groups_are_hidden() {
        let mut people = vec![
            person("BJ", "woman", "under_25", true),
            person("SN", "woman", "25_34", true),
            person("NG", "man", "35_54", false),
            person("GH", "woman", "undisclosed", true),
            person("CI", "undisclosed", "55_plus", false),
            person("ML", "other", "25_34", false),
        ];
        // Cancelled and not attended: not counted at all.
        people.push(Person {
            status: RegistrationStatus::Cancelled,
            ..person("BJ", "woman", "under_25", false)
        });
        people.push(person("PE", "woman", "under_25", true));
        let report = compute(&people, &[]);
        let west = &report[1];
        assert_eq!(west.region, "west_africa");
        assert_eq!(west.registrations, Count::Exact(6));
        assert_eq!(west.attendees, Count::FewerThan5);
        // 3 women of 5 who gave their gender; 3 under 35 of 5 who gave their age.
        assert_eq!(west.share_women, Some(Share::Percent(60.0)));
        assert_eq!(west.share_under_35, Some(Share::Percent(60.0)));
        let latin = &report[2];
        assert_eq!(latin.registrations, Count::FewerThan5);
        assert_eq!(latin.share_women, Some(Share::FewerThan5));
        let europe = &report[4];
        assert_eq!(europe.registrations, Count::Exact(0));
        assert_eq!(europe.share_women, None);
    }
}
