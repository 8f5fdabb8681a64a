//! The `events` table and its queries, including the seat counter that guards capacity.

use chrono::{DateTime, Utc};
use sea_orm::entity::prelude::*;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{Condition, ConnectionTrait, QueryOrder};

use std::collections::BTreeMap;

use super::column::{Json, Langs, Minutes, Zone};
use crate::domain::{
    AttendanceMode, EventKind, EventStatus, Lang, Question, Translation, Visibility,
};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "events")]
/// Serialised, the event is the API's event object (`EventOut` adds its address and
/// programme) and what the audit log compares: a new column shows in both by itself. The
/// row's own bookkeeping stays out.
pub struct Model {
    #[sea_orm(primary_key)]
    #[serde(skip)]
    pub id: i64,
    #[sea_orm(unique)]
    pub slug: String,
    pub kind: EventKind,
    pub status: EventStatus,
    pub timezone: Zone,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub capacity: Option<i32>,
    pub seats_taken: i32,
    pub registration_opens_at: Option<DateTime<Utc>>,
    pub registration_closes_at: Option<DateTime<Utc>>,
    pub default_language: Lang,
    /// The form's languages in the order of its language switcher.
    pub languages: Langs,
    pub translations: Json<BTreeMap<Lang, Translation>>,
    pub join_url: Option<String>,
    pub venue: Option<String>,
    pub require_email_confirmation: bool,
    pub waitlist: bool,
    pub pending_holds_seat: bool,
    pub questions: Json<Vec<Question>>,
    /// Minutes before the start at which reminders go out.
    pub reminders: Minutes,
    pub sequence: i32,
    #[serde(skip)]
    pub owner_id: Option<i64>,
    /// Months after the event before personal data is anonymised; None: the site default.
    pub retention_months: Option<i32>,
    /// The series this event belongs to (a slug shared by recurring meetings).
    pub series: Option<String>,
    /// At most this many delegates per organisation; None: no limit.
    pub delegates_per_organisation: Option<i32>,
    /// `public` (listed), `unlisted` (reachable by its link) or `invite_only` (unlisted, and
    /// the form takes invited addresses only).
    pub visibility: Visibility,
    /// A hybrid event's seats in the room; None: unlimited.
    pub capacity_in_person: Option<i32>,
    /// A hybrid event's seats online; None: unlimited.
    pub capacity_online: Option<i32>,
    pub seats_taken_in_person: i32,
    pub seats_taken_online: i32,
    /// The languages the event can be followed in (interpretation), in the organizer's order.
    pub interpretation: Json<Vec<Lang>>,
    /// Join links per interpretation language.
    pub join_urls: Json<BTreeMap<Lang, String>>,
    #[serde(skip)]
    pub created_at: DateTime<Utc>,
    #[serde(skip)]
    pub updated_at: DateTime<Utc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl Model {
    /// A new event before anything is said about it: the one place that gives each field
    /// its starting value. A draft webinar in UTC, starting and ending `now`, with a waiting
    /// list, confirmation by email and reminders a day and an hour before.
    pub fn draft(now: DateTime<Utc>) -> Model {
        Model {
            id: 0,
            slug: String::new(),
            kind: EventKind::Webinar,
            status: EventStatus::Draft,
            timezone: Zone(chrono_tz::UTC),
            starts_at: now,
            ends_at: now,
            capacity: None,
            seats_taken: 0,
            registration_opens_at: None,
            registration_closes_at: None,
            default_language: Lang::En,
            languages: Langs::default(),
            translations: Json::default(),
            join_url: None,
            venue: None,
            require_email_confirmation: true,
            waitlist: true,
            pending_holds_seat: true,
            questions: Json::default(),
            reminders: Minutes(vec![1440, 60]),
            sequence: 0,
            owner_id: None,
            retention_months: None,
            series: None,
            delegates_per_organisation: None,
            visibility: Visibility::Public,
            capacity_in_person: None,
            capacity_online: None,
            seats_taken_in_person: 0,
            seats_taken_online: 0,
            interpretation: Json::default(),
            join_urls: Json::default(),
            created_at: now,
            updated_at: now,
        }
    }

    /// The languages the form offers, in the order of its switcher; the default language
    /// alone when none is set.
    pub fn langs(&self) -> Vec<Lang> {
        if self.languages.is_empty() {
            vec![self.default_language]
        } else {
            self.languages.0.clone()
        }
    }

    /// The event's time zone.
    pub fn tz(&self) -> chrono_tz::Tz {
        self.timezone.0
    }

    /// Which seat counter a registration in `mode` uses: a hybrid event counts the room and
    /// the stream apart, every other event (and a hybrid registration without a mode, from
    /// before modes existed) counts all seats together.
    pub fn pool(&self, mode: Option<AttendanceMode>) -> Pool {
        match (self.kind, mode) {
            (EventKind::Hybrid, Some(mode)) => Pool::Mode(mode),
            _ => Pool::Event,
        }
    }

    /// The capacity of `pool`; None: unlimited.
    pub fn capacity_of(&self, pool: Pool) -> Option<i32> {
        match pool {
            Pool::Event => self.capacity,
            Pool::Mode(AttendanceMode::InPerson) => self.capacity_in_person,
            Pool::Mode(AttendanceMode::Online) => self.capacity_online,
        }
    }

    /// The seats taken in `pool` (kept only while it has a capacity).
    pub fn seats_taken_of(&self, pool: Pool) -> i32 {
        match pool {
            Pool::Event => self.seats_taken,
            Pool::Mode(AttendanceMode::InPerson) => self.seats_taken_in_person,
            Pool::Mode(AttendanceMode::Online) => self.seats_taken_online,
        }
    }

    /// Whether `pool` has no free seat left.
    pub fn is_full(&self, pool: Pool) -> bool {
        self.capacity_of(pool)
            .is_some_and(|c| self.seats_taken_of(pool) >= c)
    }

    /// The moment the form closes: the configured time, else the start.
    pub fn closes_at(&self) -> DateTime<Utc> {
        self.registration_closes_at.unwrap_or(self.starts_at)
    }
}

/// The event with this slug; a string that cannot be a slug (a NUL byte, say, which
/// PostgreSQL refuses outright) finds nothing rather than failing.
pub async fn find_by_slug(db: &impl ConnectionTrait, slug: &str) -> Result<Option<Model>, DbErr> {
    if crate::domain::EventSlug::parse(slug).is_none() {
        return Ok(None);
    }
    Entity::find().filter(Column::Slug.eq(slug)).one(db).await
}

/// The event with this slug when `who` may manage it; None also when it exists but is
/// another organizer's, so that nobody learns which other events exist.
pub async fn find_managed(
    db: &impl ConnectionTrait,
    slug: &str,
    who: &super::organizer::Model,
) -> Result<Option<Model>, DbErr> {
    Ok(find_by_slug(db, slug)
        .await?
        .filter(|ev| who.may_manage(ev)))
}

/// An event the public may see: published or cancelled, never a draft.
pub async fn find_public(db: &impl ConnectionTrait, slug: &str) -> Result<Option<Model>, DbErr> {
    Ok(find_by_slug(db, slug)
        .await?
        .filter(|e| e.status != EventStatus::Draft))
}

/// The events the home page, the feed and the embedded list show: published (or cancelled)
/// and public; unlisted and invite-only events are reached by their link only.
pub async fn list_published(db: &impl ConnectionTrait) -> Result<Vec<Model>, DbErr> {
    Entity::find()
        .filter(Column::Status.ne(EventStatus::Draft))
        .filter(Column::Visibility.eq(Visibility::Public))
        .order_by_asc(Column::StartsAt)
        .all(db)
        .await
}

pub async fn list_all(db: &impl ConnectionTrait) -> Result<Vec<Model>, DbErr> {
    Entity::find().order_by_asc(Column::StartsAt).all(db).await
}

/// One seat counter of an event: the event's own, or one mode's of a hybrid event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pool {
    Event,
    Mode(AttendanceMode),
}

impl Pool {
    /// The capacity and counter columns of this pool.
    fn columns(self) -> (Column, Column) {
        match self {
            Pool::Event => (Column::Capacity, Column::SeatsTaken),
            Pool::Mode(AttendanceMode::InPerson) => {
                (Column::CapacityInPerson, Column::SeatsTakenInPerson)
            }
            Pool::Mode(AttendanceMode::Online) => {
                (Column::CapacityOnline, Column::SeatsTakenOnline)
            }
        }
    }

    /// The mode whose registrations share this pool; None: every registration of the event.
    pub fn mode(self) -> Option<AttendanceMode> {
        match self {
            Pool::Event => None,
            Pool::Mode(mode) => Some(mode),
        }
    }
}

/// Takes a seat in `pool` if one is free, in one guarded UPDATE: the check and the increment
/// cannot be separated by another registration, on either engine, in one process or several.
///
/// A pool without a limit has nothing to count: no statement runs, so on PostgreSQL its
/// registrations never queue behind the lock on the event's row. Its counter is recounted
/// when it gets a limit (`recount_seats`).
pub async fn try_take_seat(
    db: &impl ConnectionTrait,
    ev: &Model,
    pool: Pool,
) -> Result<bool, DbErr> {
    if ev.capacity_of(pool).is_none() {
        return Ok(true);
    }
    let (capacity, taken) = pool.columns();
    let result = Entity::update_many()
        .col_expr(taken, Expr::col(taken).add(1))
        .filter(Column::Id.eq(ev.id))
        .filter(
            Condition::any()
                .add(capacity.is_null())
                .add(Expr::col(taken).lt(Expr::col(capacity))),
        )
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Gives a seat of `pool` back; like `try_take_seat`, nothing to do for a pool without a limit.
pub async fn release_seat(db: &impl ConnectionTrait, ev: &Model, pool: Pool) -> Result<(), DbErr> {
    if ev.capacity_of(pool).is_none() {
        return Ok(());
    }
    let (_, taken) = pool.columns();
    Entity::update_many()
        .col_expr(taken, Expr::col(taken).sub(1))
        .filter(Column::Id.eq(ev.id))
        .filter(taken.gt(0))
        .exec(db)
        .await?;
    Ok(())
}

/// Sets the seat counters to the number of registrations holding a seat: for an event that
/// gets a limit, whose counter was not kept while it had none. A hybrid event's modes are
/// counted apart (a registration without a mode counts in the event's own counter only).
pub async fn recount_seats(db: &impl ConnectionTrait, event_id: i64) -> Result<(), DbErr> {
    let p = match super::backend(db) {
        super::Backend::Postgres => "$1",
        super::Backend::Sqlite => "?",
    };
    let count = |mode: &str| {
        format!(
            "(SELECT COUNT(*) FROM registrations WHERE registrations.event_id = events.id \
             AND registrations.holds_seat = TRUE{mode})"
        )
    };
    db.execute_raw(sea_orm::Statement::from_sql_and_values(
        db.get_database_backend(),
        format!(
            "UPDATE events SET seats_taken = {}, seats_taken_in_person = {}, \
             seats_taken_online = {} WHERE id = {p}",
            count(""),
            count(" AND registrations.attendance_mode = 'in_person'"),
            count(" AND registrations.attendance_mode = 'online'"),
        ),
        [event_id.into()],
    ))
    .await?;
    Ok(())
}

impl Model {
    /// The event's texts in `lang`, or in its default language when `lang` has none; the
    /// second value tells which language the texts are really in, so pages can say so.
    pub fn text_in(&self, lang: Lang) -> (Translation, Lang) {
        let all = &self.translations;
        let has = |l: &Lang| all.get(l).is_some_and(|t| !t.title.trim().is_empty());
        let chosen = if has(&lang) {
            lang
        } else if has(&self.default_language) {
            self.default_language
        } else {
            all.keys().copied().find(has).unwrap_or(lang)
        };
        (all.get(&chosen).cloned().unwrap_or_default(), chosen)
    }

    pub fn title_in(&self, lang: Lang) -> String {
        let (text, _) = self.text_in(lang);
        if text.title.is_empty() {
            self.slug.clone()
        } else {
            text.title
        }
    }
}
