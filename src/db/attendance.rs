//! Queries that record who attended.

use chrono::{DateTime, Utc};
use sea_orm::entity::prelude::*;
use sea_orm::sea_query::Expr;
use sea_orm::{ConnectionTrait, QueryOrder};

use super::registration::{Column, Entity, Model};

/// Keeps each `IN (…)` list well below the bind-parameter limits of both engines.
const CHUNK: usize = 500;

/// An event's registrations whose address key is one of `keys` (lower-case addresses).
pub async fn find_by_email_keys(
    db: &impl ConnectionTrait,
    event_id: i64,
    keys: &[String],
) -> Result<Vec<Model>, DbErr> {
    let mut found = Vec::new();
    for chunk in keys.chunks(CHUNK) {
        let rows = Entity::find()
            .filter(Column::EventId.eq(event_id))
            .filter(Column::EmailKey.is_in(chunk.iter().map(String::as_str)))
            .order_by_asc(Column::Id)
            .all(db)
            .await?;
        found.extend(rows);
    }
    Ok(found)
}

/// Sets whether a registration attended; `minutes`, when given, replaces the stored ones
/// (a report holds the whole truth for the person), and unmarking clears them.
pub async fn set_attended(
    db: &impl ConnectionTrait,
    id: i64,
    attended: bool,
    minutes: Option<i32>,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let mut update = Entity::update_many()
        .col_expr(Column::Attended, Expr::value(attended))
        .col_expr(Column::UpdatedAt, Expr::value(now))
        .filter(Column::Id.eq(id));
    if !attended {
        update = update.col_expr(Column::AttendedMinutes, Expr::value(Option::<i32>::None));
    } else if let Some(minutes) = minutes {
        update = update.col_expr(Column::AttendedMinutes, Expr::value(minutes));
    }
    update.exec(db).await?;
    Ok(())
}

/// A registration by id, only if it belongs to the event.
pub async fn find_in_event(
    db: &impl ConnectionTrait,
    event_id: i64,
    id: i64,
) -> Result<Option<Model>, DbErr> {
    Entity::find_by_id(id)
        .filter(Column::EventId.eq(event_id))
        .one(db)
        .await
}
