//! The `programme_sessions` table (an event's sessions, each with its own seat counter) and
//! `registration_sessions` (which sessions a registration chose, and its state in each).

use chrono::{DateTime, Utc};
use sea_orm::entity::prelude::*;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ConnectionTrait, QueryOrder};

use crate::domain::programme::{SessionSpec, Speaker};
use std::collections::BTreeMap;

use super::column::Json;
use crate::domain::{Lang, RegistrationStatus};

pub mod session {
    use super::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "programme_sessions")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub event_id: i64,
        pub key: String,
        pub position: i32,
        /// Title per language.
        pub titles: Json<BTreeMap<Lang, String>>,
        pub starts_at: DateTime<Utc>,
        pub ends_at: DateTime<Utc>,
        pub capacity: Option<i32>,
        pub seats_taken: i32,
        pub room: Option<String>,
        pub link: Option<String>,
        pub speakers: Json<Vec<Speaker>>,
        /// The session's own invite SEQUENCE: it goes up when this session moves.
        pub sequence: i32,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod choice {
    use super::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "registration_sessions")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub registration_id: i64,
        pub session_id: i64,
        pub status: RegistrationStatus,
        pub holds_seat: bool,
        pub attended: bool,
        pub updated_at: DateTime<Utc>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub type Session = session::Model;
pub type Choice = choice::Model;

impl session::Model {
    /// The title in `lang`, else in `fallback`, else any, else the key.
    pub fn title_in(&self, lang: Lang, fallback: Lang) -> String {
        let titles = &self.titles;
        titles
            .get(&lang)
            .or_else(|| titles.get(&fallback))
            .or_else(|| titles.values().next())
            .cloned()
            .unwrap_or_else(|| self.key.clone())
    }

    pub fn spec(&self) -> SessionSpec {
        SessionSpec {
            key: self.key.clone(),
            title: self.titles.0.clone(),
            starts_at: self.starts_at.fixed_offset(),
            ends_at: self.ends_at.fixed_offset(),
            capacity: self.capacity,
            room: self.room.clone(),
            link: self.link.clone(),
            speakers: self.speakers.0.clone(),
        }
    }

    /// Whether this session shares time with `other`.
    pub fn overlaps(&self, other: &Session) -> bool {
        self.id != other.id && self.starts_at < other.ends_at && other.starts_at < self.ends_at
    }
}

/// An event's sessions in programme order (by time, then as listed).
pub async fn sessions_of(db: &impl ConnectionTrait, event_id: i64) -> Result<Vec<Session>, DbErr> {
    session::Entity::find()
        .filter(session::Column::EventId.eq(event_id))
        .order_by_asc(session::Column::StartsAt)
        .order_by_asc(session::Column::Position)
        .all(db)
        .await
}

/// What replacing an event's sessions changed, for the invites.
#[derive(Debug, Default)]
pub struct Replaced {
    /// Sessions whose time, room or link changed (their SEQUENCE went up).
    pub moved: Vec<i64>,
    /// Sessions removed, with the registrations that had chosen them.
    pub dropped: Vec<(Session, Vec<i64>)>,
}

/// Makes the event's sessions exactly `specs`: keeps the rows (and seat counters) of keys
/// that stay, bumps the SEQUENCE of those that moved, deletes the rest with their choices.
pub async fn replace(
    db: &impl ConnectionTrait,
    event_id: i64,
    specs: &[SessionSpec],
) -> Result<Replaced, DbErr> {
    let current = sessions_of(db, event_id).await?;
    let mut out = Replaced::default();
    for (position, spec) in specs.iter().enumerate() {
        let titles = Json(spec.title.clone());
        let speakers = Json(spec.speakers.clone());
        let starts_at = crate::clock::whole_seconds(spec.starts_at.with_timezone(&Utc));
        let ends_at = crate::clock::whole_seconds(spec.ends_at.with_timezone(&Utc));
        let position = i32::try_from(position).unwrap_or(i32::MAX);
        match current.iter().find(|s| s.key == spec.key) {
            Some(old) => {
                let moved = old.starts_at != starts_at
                    || old.ends_at != ends_at
                    || old.room != spec.room
                    || old.link != spec.link;
                if moved {
                    out.moved.push(old.id);
                }
                let mut active: session::ActiveModel = old.clone().into();
                active.position = sea_orm::Set(position);
                active.titles = sea_orm::Set(titles);
                active.starts_at = sea_orm::Set(starts_at);
                active.ends_at = sea_orm::Set(ends_at);
                active.capacity = sea_orm::Set(spec.capacity);
                active.room = sea_orm::Set(spec.room.clone());
                active.link = sea_orm::Set(spec.link.clone());
                active.speakers = sea_orm::Set(speakers);
                active.sequence = sea_orm::Set(old.sequence + i32::from(moved));
                active.update(db).await?;
            }
            None => {
                session::ActiveModel {
                    id: sea_orm::NotSet,
                    event_id: sea_orm::Set(event_id),
                    key: sea_orm::Set(spec.key.clone()),
                    position: sea_orm::Set(position),
                    titles: sea_orm::Set(titles),
                    starts_at: sea_orm::Set(starts_at),
                    ends_at: sea_orm::Set(ends_at),
                    capacity: sea_orm::Set(spec.capacity),
                    seats_taken: sea_orm::Set(0),
                    room: sea_orm::Set(spec.room.clone()),
                    link: sea_orm::Set(spec.link.clone()),
                    speakers: sea_orm::Set(speakers),
                    sequence: sea_orm::Set(0),
                }
                .insert(db)
                .await?;
            }
        }
    }
    for old in current {
        if specs.iter().any(|s| s.key == old.key) {
            continue;
        }
        let holders = choice::Entity::find()
            .filter(choice::Column::SessionId.eq(old.id))
            .filter(choice::Column::Status.ne(RegistrationStatus::Cancelled.as_str()))
            .all(db)
            .await?
            .into_iter()
            .map(|c| c.registration_id)
            .collect();
        choice::Entity::delete_many()
            .filter(choice::Column::SessionId.eq(old.id))
            .exec(db)
            .await?;
        session::Entity::delete_by_id(old.id).exec(db).await?;
        out.dropped.push((old, holders));
    }
    Ok(out)
}

/// Takes a seat in a session if one is free, in one guarded UPDATE (as for events).
pub async fn try_take_seat(db: &impl ConnectionTrait, s: &Session) -> Result<bool, DbErr> {
    if s.capacity.is_none() {
        return Ok(true);
    }
    let result = session::Entity::update_many()
        .col_expr(
            session::Column::SeatsTaken,
            Expr::col(session::Column::SeatsTaken).add(1),
        )
        .filter(session::Column::Id.eq(s.id))
        .filter(Expr::col(session::Column::SeatsTaken).lt(Expr::col(session::Column::Capacity)))
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Gives a session seat back.
pub async fn release_seat(db: &impl ConnectionTrait, session_id: i64) -> Result<(), DbErr> {
    session::Entity::update_many()
        .col_expr(
            session::Column::SeatsTaken,
            Expr::col(session::Column::SeatsTaken).sub(1),
        )
        .filter(session::Column::Id.eq(session_id))
        .filter(session::Column::SeatsTaken.gt(0))
        .exec(db)
        .await?;
    Ok(())
}

/// A registration's choices, in the order of the event's programme.
pub async fn choices_of(
    db: &impl ConnectionTrait,
    registration_id: i64,
) -> Result<Vec<Choice>, DbErr> {
    choice::Entity::find()
        .filter(choice::Column::RegistrationId.eq(registration_id))
        .order_by_asc(choice::Column::SessionId)
        .all(db)
        .await
}

/// The choices of many registrations (a page of an export), in pieces that stay well below
/// the bind-parameter limits of both engines.
pub async fn choices_of_many(
    db: &impl ConnectionTrait,
    registration_ids: &[i64],
) -> Result<Vec<Choice>, DbErr> {
    let mut all = Vec::new();
    for chunk in registration_ids.chunks(500) {
        let rows = choice::Entity::find()
            .filter(choice::Column::RegistrationId.is_in(chunk.iter().copied()))
            .all(db)
            .await?;
        all.extend(rows);
    }
    Ok(all)
}

/// Every choice in a session, oldest first.
pub async fn choices_in(db: &impl ConnectionTrait, session_id: i64) -> Result<Vec<Choice>, DbErr> {
    choice::Entity::find()
        .filter(choice::Column::SessionId.eq(session_id))
        .order_by_asc(choice::Column::Id)
        .all(db)
        .await
}

/// Writes a choice's state (creating the row on first choice).
pub async fn set_choice(
    db: &impl ConnectionTrait,
    registration_id: i64,
    session_id: i64,
    status: RegistrationStatus,
    holds_seat: bool,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let existing = choice::Entity::find()
        .filter(choice::Column::RegistrationId.eq(registration_id))
        .filter(choice::Column::SessionId.eq(session_id))
        .one(db)
        .await?;
    match existing {
        Some(c) => {
            let mut active: choice::ActiveModel = c.into();
            active.status = sea_orm::Set(status);
            active.holds_seat = sea_orm::Set(holds_seat);
            active.updated_at = sea_orm::Set(now);
            active.update(db).await?;
        }
        None => {
            choice::ActiveModel {
                id: sea_orm::NotSet,
                registration_id: sea_orm::Set(registration_id),
                session_id: sea_orm::Set(session_id),
                status: sea_orm::Set(status),
                holds_seat: sea_orm::Set(holds_seat),
                attended: sea_orm::Set(false),
                updated_at: sea_orm::Set(now),
            }
            .insert(db)
            .await?;
        }
    }
    Ok(())
}

/// Marks attendance of one registration in one session.
pub async fn set_attended(
    db: &impl ConnectionTrait,
    registration_id: i64,
    session_id: i64,
    attended: bool,
) -> Result<bool, DbErr> {
    let result = choice::Entity::update_many()
        .col_expr(choice::Column::Attended, Expr::value(attended))
        .filter(choice::Column::RegistrationId.eq(registration_id))
        .filter(choice::Column::SessionId.eq(session_id))
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}
