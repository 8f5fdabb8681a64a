//! Demo data: the network's real events from its activity report (past ones at their real
//! dates, upcoming ones relative to today) and its member organisations. Loading is
//! idempotent: what exists already is left alone.

use std::sync::LazyLock;

use chrono::{Duration, NaiveDateTime, NaiveTime, TimeZone};
use figment::Figment;
use figment::providers::{Format, Toml};
use serde::Deserialize;

use crate::db::{event, organizer};
use crate::domain::{EventKind, EventStatus, Lang, Translation};
use crate::services::accounts::{Role, add_user};
use crate::services::event_admin::{self, EventInput};
use crate::state::AppState;

const EVENTS: &str = include_str!("events.toml");
const MEMBERS: &str = include_str!("members.tsv");

/// The demo organizer's sign-in; printed by `serve --demo`.
pub const DEMO_ADMIN_EMAIL: &str = "admin@convene.example.org";
pub const DEMO_ADMIN_PASSWORD: &str = "convene-demo-2026";

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

/// Loads the demo events and the demo organizer; returns how many events were created.
pub async fn load(state: &AppState) -> anyhow::Result<usize> {
    let file: DemoFile = Figment::from(Toml::string(EVENTS)).extract()?;
    let admin = match organizer::find_by_email(&state.db, DEMO_ADMIN_EMAIL).await? {
        Some(admin) => admin,
        None => {
            add_user(
                &state.db,
                DEMO_ADMIN_EMAIL,
                Role::Admin,
                DEMO_ADMIN_PASSWORD,
                state.now(),
            )
            .await?
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
            ..Default::default()
        };
        event_admin::create(state, input, Some(admin.id))
            .await
            .map_err(|e| anyhow::anyhow!("demo event {}: {e:?}", demo.slug))?;
        created += 1;
    }
    Ok(created)
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
