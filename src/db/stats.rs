//! Counts for the dashboard, grouped in the database so that only small results travel.

use chrono::{DateTime, Utc};
use sea_orm::entity::prelude::*;
use sea_orm::{ConnectionTrait, QueryOrder, QuerySelect, Select};

use super::registration::{Column, Entity};

/// Which events the numbers cover.
#[derive(Debug, Clone, Copy)]
pub enum Scope<'a> {
    /// Every event.
    All,
    /// These events (one, or those an organizer owns).
    Events(&'a [i64]),
}

impl Scope<'_> {
    fn apply(self, select: Select<Entity>) -> Select<Entity> {
        match self {
            Scope::All => select,
            Scope::Events(ids) => select.filter(Column::EventId.is_in(ids.iter().copied())),
        }
    }
}

/// The number of registrations sharing one combination of the columns reports break down by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupCount {
    pub event_id: i64,
    pub country: String,
    pub language: String,
    pub organization: String,
    pub status: String,
    pub attended: bool,
    /// A hybrid event's mode; None for other events.
    pub attendance_mode: Option<String>,
    /// The listening language at an event with interpretation.
    pub interpretation_language: Option<String>,
    pub count: u64,
}

/// Registrations counted per event, country, language, organisation, state and attendance: one
/// query yields every breakdown, and its size grows with the variety, not the number.
pub async fn grouped_counts(
    db: &impl ConnectionTrait,
    scope: Scope<'_>,
) -> Result<Vec<GroupCount>, DbErr> {
    type Row = (
        i64,
        String,
        String,
        String,
        String,
        bool,
        Option<String>,
        Option<String>,
        i64,
    );
    let rows: Vec<Row> = scope
        .apply(Entity::find())
        .select_only()
        .column(Column::EventId)
        .column(Column::Country)
        .column(Column::Language)
        .column(Column::Organization)
        .column(Column::Status)
        .column(Column::Attended)
        .column(Column::AttendanceMode)
        .column(Column::InterpretationLanguage)
        .column_as(Column::Id.count(), "n")
        .group_by(Column::EventId)
        .group_by(Column::Country)
        .group_by(Column::Language)
        .group_by(Column::Organization)
        .group_by(Column::Status)
        .group_by(Column::Attended)
        .group_by(Column::AttendanceMode)
        .group_by(Column::InterpretationLanguage)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(
            |(event_id, country, language, organization, status, attended, mode, listen, n)| {
                GroupCount {
                    event_id,
                    country,
                    language,
                    organization,
                    status,
                    attended,
                    attendance_mode: mode,
                    interpretation_language: listen,
                    count: u64::try_from(n).unwrap_or(0),
                }
            },
        )
        .collect())
}

/// When each registration came in, oldest first. Grouping by day in SQL differs between the
/// engines (and the day depends on the event's time zone), so the days are counted by the
/// caller; a timestamp per registration is small even for 100,000.
pub async fn registration_times(
    db: &impl ConnectionTrait,
    scope: Scope<'_>,
) -> Result<Vec<DateTime<Utc>>, DbErr> {
    scope
        .apply(Entity::find())
        .select_only()
        .column(Column::RegisteredAt)
        .order_by_asc(Column::RegisteredAt)
        .into_tuple()
        .all(db)
        .await
}
