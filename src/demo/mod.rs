//! Demo data: the network's real events from its activity report (past ones at their real
//! dates, upcoming ones relative to today) and its member organisations. Loading is
//! idempotent: what exists already is left alone.

use std::sync::LazyLock;

use chrono::{Duration, NaiveDateTime, NaiveTime, TimeZone};
use figment::Figment;
use figment::providers::{Format, Toml};
use serde::Deserialize;

mod registrations;

use crate::db::{event, organizer};
use crate::domain::{EventKind, EventStatus, Lang, Translation};
use crate::services::accounts::{Role, add_user};
use crate::services::event_admin::{self, EventInput};
use crate::state::AppState;

const EVENTS: &str = include_str!("events.toml");
/// Long enough to keep the oldest demo event's participants for years.
const DEMO_RETENTION_MONTHS: i32 = 120;
const MEMBERS: &str = include_str!("members.tsv");

/// The demo organizer's address. Its password is generated when the demo is first loaded
/// and printed once; the account is marked as the demo's (`organizers.is_demo`).
pub const DEMO_ADMIN_EMAIL: &str = "admin@convene.example.org";

/// What loading the demo did.
#[derive(Debug)]
pub struct Loaded {
    pub created: usize,
    /// The demo account's password, when this run created the account: shown once.
    pub new_password: Option<String>,
}

/// What removing the demo deleted.
#[derive(Debug)]
pub struct Removed {
    pub events: usize,
    pub account: bool,
}

#[derive(Deserialize)]
struct DemoFile {
    event: Vec<DemoEvent>,
}

#[derive(Deserialize)]
struct DemoEvent {
    slug: String,
    kind: EventKind,
    timezone: String,
    starts_at: Option<NaiveDateTime>,
    days_from_now: Option<i64>,
    local_time: Option<NaiveTime>,
    duration_minutes: i64,
    capacity: Option<i32>,
    default_language: Lang,
    languages: Vec<Lang>,
    join_url: Option<String>,
    venue: Option<String>,
    /// A hybrid event's seats in the room and online.
    capacity_in_person: Option<i32>,
    capacity_online: Option<i32>,
    /// Interpretation languages and a join link per language.
    #[serde(default)]
    interpretation: Vec<Lang>,
    #[serde(default)]
    join_urls: std::collections::BTreeMap<Lang, String>,
    translations: std::collections::BTreeMap<Lang, Translation>,
}

/// Member organisations as (country code, name), for the organisation field's suggestions.
pub fn members() -> &'static [(&'static str, &'static str)] {
    static LIST: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
        MEMBERS
            .lines()
            .skip(1)
            .filter_map(|line| {
                let mut cols = line.split('\t');
                let _region = cols.next()?;
                Some((cols.next()?, cols.next()?))
            })
            .collect()
    });
    &LIST
}

/// The member directory from the same list: each organisation with one example contact at a
/// reserved domain (`example.org`), in the language the country most likely reads. Rows are
/// found by name and address, so loading twice creates nothing twice.
async fn load_members(state: &AppState) -> anyhow::Result<()> {
    use crate::services::members::{self, MemberRow};
    let rows: Vec<MemberRow> = members()
        .iter()
        .enumerate()
        .filter_map(|(i, (country, name))| {
            let country = crate::domain::CountryCode::parse(country)?;
            let short = name.split(" - ").next().unwrap_or(name).trim();
            let email =
                crate::domain::EmailAddress::parse(&format!("member{:03}@example.org", i + 1))?;
            Some(MemberRow {
                line: i as u64 + 2,
                organization: (*name).to_string(),
                region: crate::domain::Region::of_country(country.as_str()),
                contact: Some((
                    format!("Contact {short}"),
                    email,
                    demo_language(country.as_str()),
                )),
                country,
            })
        })
        .collect();
    members::import(state, &rows).await?;
    Ok(())
}

/// The language a member in this country most likely reads.
fn demo_language(country: &str) -> Lang {
    match country {
        "BR" | "AO" | "CV" | "GW" | "MZ" | "PT" | "ST" => Lang::Pt,
        "BE" | "NL" => Lang::Nl,
        "GH" | "NG" | "LR" | "SL" | "GM" | "IN" | "PH" | "BD" | "LK" | "NP" | "PK" => Lang::En,
        "ES" => Lang::Es,
        c if crate::domain::Region::of_country(c) == crate::domain::Region::LatinAmerica => {
            Lang::Es
        }
        c if matches!(
            crate::domain::Region::of_country(c),
            crate::domain::Region::CentralAfrica | crate::domain::Region::WestAfrica
        ) =>
        {
            Lang::Fr
        }
        "FR" | "HT" => Lang::Fr,
        _ => Lang::En,
    }
}

/// Loads the demo events and the demo organizer.
pub async fn load(state: &AppState) -> anyhow::Result<Loaded> {
    let file: DemoFile = Figment::from(Toml::string(EVENTS)).extract()?;
    let mut new_password = None;
    let admin = match organizer::find_by_email(&state.db, DEMO_ADMIN_EMAIL).await? {
        Some(admin) => admin,
        None => {
            let password = crate::security::random_token()[..20].to_string();
            let admin = add_user(
                &state.db,
                DEMO_ADMIN_EMAIL,
                Role::Admin,
                &password,
                state.now(),
            )
            .await?;
            organizer::set_demo(&state.db, admin.id).await?;
            new_password = Some(password);
            admin
        }
    };
    let mut created = 0;
    for demo in file.event {
        if event::find_by_slug(&state.db, &demo.slug).await?.is_some() {
            continue;
        }
        let tz: chrono_tz::Tz = demo
            .timezone
            .parse()
            .map_err(|_| anyhow::anyhow!("demo: bad zone {}", demo.timezone))?;
        let local = match (demo.starts_at, demo.days_from_now) {
            (Some(at), _) => at,
            (None, Some(days)) => {
                let day = (state.now().with_timezone(&tz) + Duration::days(days)).date_naive();
                day.and_time(
                    demo.local_time
                        .unwrap_or(NaiveTime::MIN + Duration::hours(14)),
                )
            }
            (None, None) => anyhow::bail!("demo event {} has no date", demo.slug),
        };
        let starts = tz
            .from_local_datetime(&local)
            .earliest()
            .ok_or_else(|| anyhow::anyhow!("demo: {} does not exist in {tz}", local))?
            .fixed_offset();
        let input = EventInput {
            slug: Some(demo.slug.clone()),
            kind: Some(demo.kind),
            status: Some(EventStatus::Published),
            timezone: Some(demo.timezone),
            starts_at: Some(starts),
            ends_at: Some(starts + Duration::minutes(demo.duration_minutes)),
            capacity: Some(demo.capacity),
            default_language: Some(demo.default_language),
            languages: Some(demo.languages),
            translations: Some(demo.translations),
            join_url: Some(demo.join_url),
            venue: Some(demo.venue),
            capacity_in_person: Some(demo.capacity_in_person),
            capacity_online: Some(demo.capacity_online),
            interpretation: Some(demo.interpretation),
            join_urls: Some(demo.join_urls),
            // The demo's past events date from 2021–2023: with the default retention their
            // participants would be anonymised at the first start, and the dashboards empty.
            retention_months: Some(Some(DEMO_RETENTION_MONTHS)),
            ..Default::default()
        };
        event_admin::create(state, input, Some(admin.id))
            .await
            .map_err(|e| anyhow::anyhow!("demo event {}: {e:?}", demo.slug))?;
        created += 1;
    }
    created += registrations::load(state).await?;
    load_members(state).await?;
    Ok(Loaded {
        created,
        new_password,
    })
}

/// Deletes the demo: its events (those of the demo file that the demo account owns) with
/// their registrations and unsent emails, and the demo account with its sessions and tokens.
pub async fn remove(state: &AppState) -> anyhow::Result<Removed> {
    use sea_orm::{ConnectionTrait, EntityTrait, Statement, TransactionTrait};
    let file: DemoFile = Figment::from(Toml::string(EVENTS)).extract()?;
    let Some(admin) = organizer::find_demo(&state.db).await? else {
        return Ok(Removed {
            events: 0,
            account: false,
        });
    };
    let _turn = state.write_turn().await;
    let txn = state.db.begin().await?;
    let backend = txn.get_database_backend();
    let mut events = 0;
    for demo in &file.event {
        let Some(ev) = event::find_by_slug(&txn, &demo.slug).await? else {
            continue;
        };
        if ev.owner_id != Some(admin.id) {
            continue;
        }
        // Registrations, reminders and audit entries go with the event (ON DELETE CASCADE);
        // the outbox only names the event, so its emails are deleted here.
        txn.execute_raw(Statement::from_sql_and_values(
            backend,
            match backend {
                sea_orm::DbBackend::Postgres => "DELETE FROM outbox WHERE event_id = $1",
                _ => "DELETE FROM outbox WHERE event_id = ?",
            },
            [ev.id.into()],
        ))
        .await?;
        event::Entity::delete_by_id(ev.id).exec(&txn).await?;
        events += 1;
    }
    // Sessions and tokens go with the account (ON DELETE CASCADE).
    organizer::Entity::delete_by_id(admin.id).exec(&txn).await?;
    txn.commit().await?;
    Ok(Removed {
        events,
        account: true,
    })
}

#[cfg(test)]
mod tests {
    use crate::config::Settings;

    /// The demo's emails and invites carry the organisation's name that its pages show.
    #[test]
    fn the_demo_brands_its_mail() {
        let demo = include_str!("../../config/demo.toml");
        let settings = Settings::from_toml(demo).expect("demo settings");
        let from: lettre::message::Mailbox = settings.mail_from.parse().expect("mailbox");
        assert_eq!(
            from.name.as_deref(),
            Some(settings.branding.site_name.as_str())
        );
        assert_ne!(settings.branding.site_name, "Convene");
    }
}
