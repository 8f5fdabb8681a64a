//! The `registrations` table and its queries.

use chrono::{DateTime, Utc};
use sea_orm::entity::prelude::*;
use sea_orm::{ConnectionTrait, PaginatorTrait, QueryOrder, QuerySelect};

use std::collections::BTreeMap;

use super::column::Json;
use crate::domain::{AttendanceMode, Lang, RegistrationStatus};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "registrations")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub event_id: i64,
    #[sea_orm(unique)]
    pub token_hash: String,
    pub name: String,
    pub email: String,
    /// The address in lower case: the key of the one-registration-per-address rule.
    pub email_key: String,
    pub organization: String,
    pub country: String,
    pub language: Lang,
    pub time_zone: Option<String>,
    pub status: RegistrationStatus,
    /// Whether this registration counts against the event's capacity right now.
    pub holds_seat: bool,
    /// The answers to the event's questions, by question id.
    pub answers: Json<BTreeMap<String, String>>,
    pub consent_at: DateTime<Utc>,
    pub consent_version: String,
    pub registered_at: DateTime<Utc>,
    pub confirmed_at: Option<DateTime<Utc>>,
    pub cancelled_at: Option<DateTime<Utc>>,
    pub expires_at: Option<DateTime<Utc>>,
    pub last_mail_at: Option<DateTime<Utc>>,
    pub attended: bool,
    pub attended_minutes: Option<i32>,
    pub updated_at: DateTime<Utc>,
    pub anonymised_at: Option<DateTime<Utc>>,
    /// When the participant first went through their own join door (`/r/{token}/join`).
    pub join_opened_at: Option<DateTime<Utc>>,
    /// How the participant of a hybrid event takes part.
    pub attendance_mode: Option<AttendanceMode>,
    /// The language the participant listens in, among the event's interpretation languages.
    pub interpretation_language: Option<Lang>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

pub async fn find_by_token_hash(
    db: &impl ConnectionTrait,
    hash: &str,
) -> Result<Option<Model>, DbErr> {
    Entity::find()
        .filter(Column::TokenHash.eq(hash))
        .one(db)
        .await
}

pub async fn find_by_event_and_email(
    db: &impl ConnectionTrait,
    event_id: i64,
    email_key: &str,
) -> Result<Option<Model>, DbErr> {
    Entity::find()
        .filter(Column::EventId.eq(event_id))
        .filter(Column::EmailKey.eq(email_key))
        .one(db)
        .await
}

/// The first person in line: waitlisted the longest. With a `mode`, the first on that mode's
/// list of a hybrid event (each mode has its own line).
pub async fn first_waitlisted(
    db: &impl ConnectionTrait,
    event_id: i64,
    mode: Option<AttendanceMode>,
) -> Result<Option<Model>, DbErr> {
    let mut query = Entity::find()
        .filter(Column::EventId.eq(event_id))
        .filter(Column::Status.eq(RegistrationStatus::Waitlisted.as_str()));
    if let Some(mode) = mode {
        query = query.filter(Column::AttendanceMode.eq(mode.as_str()));
    }
    query.order_by_asc(Column::Id).one(db).await
}

/// 1 for the first in line, 2 for the next, … (in the registration's own mode's line).
pub async fn waitlist_position(db: &impl ConnectionTrait, reg: &Model) -> Result<u64, DbErr> {
    let mut query = Entity::find()
        .filter(Column::EventId.eq(reg.event_id))
        .filter(Column::Status.eq(RegistrationStatus::Waitlisted.as_str()))
        .filter(Column::Id.lt(reg.id));
    if let Some(mode) = reg.attendance_mode {
        query = query.filter(Column::AttendanceMode.eq(mode));
    }
    let ahead = query.count(db).await?;
    Ok(ahead + 1)
}

/// Counts per status for one event, in the order of `RegistrationStatus::ALL`.
pub async fn count_by_status(
    db: &impl ConnectionTrait,
    event_id: i64,
) -> Result<Vec<(RegistrationStatus, u64)>, DbErr> {
    let rows: Vec<(String, i64)> = Entity::find()
        .select_only()
        .column(Column::Status)
        .column_as(Column::Id.count(), "n")
        .filter(Column::EventId.eq(event_id))
        .group_by(Column::Status)
        .into_tuple()
        .all(db)
        .await?;
    Ok(RegistrationStatus::ALL
        .into_iter()
        .map(|st| {
            let n = rows
                .iter()
                .find(|(s, _)| s == st.as_str())
                .map(|(_, n)| *n)
                .unwrap_or(0);
            (st, u64::try_from(n).unwrap_or(0))
        })
        .collect())
}

/// One page of an event's registrations, oldest first, and the total.
pub async fn page_for_event(
    db: &impl ConnectionTrait,
    event_id: i64,
    page: u64,
    per_page: u64,
) -> Result<(Vec<Model>, u64), DbErr> {
    let paginator = Entity::find()
        .filter(Column::EventId.eq(event_id))
        .order_by_asc(Column::Id)
        .paginate(db, per_page);
    let total = paginator.num_items().await?;
    let items = paginator.fetch_page(page.saturating_sub(1)).await?;
    Ok((items, total))
}

/// Pending registrations whose time to confirm has run out.
pub async fn expired_pending(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
    limit: u64,
) -> Result<Vec<Model>, DbErr> {
    Entity::find()
        .filter(Column::Status.eq(RegistrationStatus::Pending.as_str()))
        .filter(Column::ExpiresAt.lte(now))
        .order_by_asc(Column::Id)
        .limit(limit)
        .all(db)
        .await
}

/// Moves a registration from one status to another only if it is still in the first: the
/// guard makes concurrent actors (two instances, a double click) agree on who did it.
pub async fn transition(
    db: &impl ConnectionTrait,
    id: i64,
    from: RegistrationStatus,
    to: RegistrationStatus,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let mut update = Entity::update_many()
        .col_expr(Column::Status, Expr::value(to.as_str()))
        .col_expr(Column::UpdatedAt, Expr::value(now))
        .filter(Column::Id.eq(id))
        .filter(Column::Status.eq(from.as_str()));
    match to {
        RegistrationStatus::Confirmed => {
            update = update.col_expr(Column::ConfirmedAt, Expr::value(now));
        }
        RegistrationStatus::Cancelled | RegistrationStatus::Expired => {
            update = update
                .col_expr(Column::CancelledAt, Expr::value(now))
                .col_expr(Column::HoldsSeat, Expr::value(false));
        }
        _ => {}
    }
    Ok(update.exec(db).await?.rows_affected == 1)
}

pub async fn set_holds_seat(db: &impl ConnectionTrait, id: i64, holds: bool) -> Result<(), DbErr> {
    Entity::update_many()
        .col_expr(Column::HoldsSeat, Expr::value(holds))
        .filter(Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}
