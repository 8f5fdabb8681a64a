//! The `outbox` table: every email, written in the transaction that causes it, until sent.
//!
//! A row about a registration holds the intent (which notice, the invite's SEQUENCE, a few
//! parameters), not the email: it is rendered when it is sent, so no stored row carries a
//! working participant link.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::entity::prelude::*;
use sea_orm::sea_query::Query;
use sea_orm::{ActiveModelTrait, ConnectionTrait, QueryOrder, QuerySelect, Set};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "outbox")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    /// The Message-ID header, fixed when the row is written: a resend after a crash carries
    /// the same one, so mail systems can recognise the duplicate.
    #[sea_orm(unique)]
    pub message_id: String,
    pub event_id: Option<i64>,
    pub registration_id: Option<i64>,
    pub kind: String,
    pub sender: String,
    pub recipient: String,
    /// Empty for a row about a registration (rendered when sent); otherwise the whole
    /// RFC 5322 message, exactly as it will go on the wire.
    pub payload: String,
    /// `queued`, `sending`, `sent`, `retrying` or `failed`.
    pub status: String,
    pub attempts: i32,
    pub next_attempt_at: DateTime<Utc>,
    pub claimed_until: Option<DateTime<Utc>>,
    pub last_error: Option<String>,
    pub created_at: DateTime<Utc>,
    pub sent_at: Option<DateTime<Utc>>,
    /// The calendar SEQUENCE the invite carries, fixed when the row is written.
    pub sequence: Option<i32>,
    /// What else the notice needs when rendered (JSON), e.g. an event's previous start.
    pub params: Option<String>,
    /// The message to registrants this email carries (`messages.id`), for its delivery counts.
    pub message_ref: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

/// A whole email rendered when it is queued, about no registration (an invitation, a test
/// message, a notice to an organizer).
pub struct Rendered<'a> {
    pub message_id: String,
    pub event_id: Option<i64>,
    pub kind: &'a str,
    pub sender: String,
    pub recipient: String,
    /// The RFC 5322 message, exactly as it will go on the wire.
    pub bytes: &'a [u8],
}

/// Queues `email` to go out from `now`.
pub async fn queue_rendered(
    db: &impl ConnectionTrait,
    email: Rendered<'_>,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    ActiveModel {
        message_id: Set(email.message_id),
        event_id: Set(email.event_id),
        registration_id: Set(None),
        kind: Set(email.kind.into()),
        sender: Set(email.sender),
        recipient: Set(email.recipient),
        payload: Set(String::from_utf8_lossy(email.bytes).into_owned()),
        status: Set("queued".into()),
        attempts: Set(0),
        next_attempt_at: Set(now),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Claims up to `limit` due emails until `lease_until` (see [`super::lease::claim_due`]), oldest first.
pub async fn claim_due(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
    lease_until: DateTime<Utc>,
    limit: u32,
) -> Result<Vec<Model>, DbErr> {
    let mut rows = super::lease::claim_due::<Entity>(db, "outbox", now, lease_until, limit).await?;
    rows.sort_by_key(|r| r.id);
    Ok(rows)
}

/// Marks a batch of emails sent, in one statement.
pub async fn mark_sent(
    db: &impl ConnectionTrait,
    ids: &[i64],
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    if ids.is_empty() {
        return Ok(());
    }
    Entity::update_many()
        .col_expr(Column::Status, Expr::value("sent"))
        .col_expr(Column::SentAt, Expr::value(now))
        .col_expr(
            Column::ClaimedUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(Column::LastError, Expr::value(Option::<String>::None))
        .filter(Column::Id.is_in(ids.iter().copied()))
        .exec(db)
        .await?;
    Ok(())
}

/// Records a failed attempt: `retry_at` is the next try, or None when the email gives up.
pub async fn mark_failed_attempt(
    db: &impl ConnectionTrait,
    id: i64,
    error: &str,
    retry_at: Option<DateTime<Utc>>,
) -> Result<(), DbErr> {
    let mut update = Entity::update_many()
        .col_expr(
            Column::LastError,
            Expr::value(error.chars().take(500).collect::<String>()),
        )
        .col_expr(
            Column::ClaimedUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .filter(Column::Id.eq(id));
    update = match retry_at {
        Some(at) => update
            .col_expr(Column::Status, Expr::value("retrying"))
            .col_expr(Column::NextAttemptAt, Expr::value(at)),
        None => update.col_expr(Column::Status, Expr::value("failed")),
    };
    update.exec(db).await?;
    Ok(())
}

/// The delivery state (status of the newest email) of each of these registrations, in one
/// grouped query served by the `(registration_id, id)` index; payloads are never loaded.
pub async fn delivery_states(
    db: &impl ConnectionTrait,
    registration_ids: &[i64],
) -> Result<HashMap<i64, String>, DbErr> {
    if registration_ids.is_empty() {
        return Ok(HashMap::new());
    }
    let newest = Query::select()
        .expr(sea_orm::sea_query::Func::max(Expr::col(Column::Id)))
        .from(Entity)
        .and_where(Column::RegistrationId.is_in(registration_ids.iter().copied()))
        .group_by_col(Column::RegistrationId)
        .to_owned();
    let rows: Vec<(Option<i64>, String)> = Entity::find()
        .select_only()
        .column(Column::RegistrationId)
        .column(Column::Status)
        .filter(Column::Id.in_subquery(newest))
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, status)| id.map(|id| (id, status)))
        .collect())
}

/// The delivery state of one registration's newest email.
pub async fn latest_for_registration(
    db: &impl ConnectionTrait,
    registration_id: i64,
) -> Result<Option<Delivery>, DbErr> {
    let row: Option<(String, Option<DateTime<Utc>>)> = Entity::find()
        .select_only()
        .column(Column::Status)
        .column(Column::SentAt)
        .filter(Column::RegistrationId.eq(registration_id))
        .order_by_desc(Column::Id)
        .into_tuple()
        .one(db)
        .await?;
    Ok(row.map(|(status, sent_at)| Delivery { status, sent_at }))
}

/// Where the newest email to one registration stands, as its participant page tells it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delivery {
    pub status: String,
    pub sent_at: Option<DateTime<Utc>>,
}

/// The next moment a waiting email becomes due, so the worker can sleep until then.
pub async fn next_due_at(db: &impl ConnectionTrait) -> Result<Option<DateTime<Utc>>, DbErr> {
    Ok(Entity::find()
        .filter(Column::Status.is_in(["queued", "retrying"]))
        .order_by_asc(Column::NextAttemptAt)
        .one(db)
        .await?
        .map(|row| row.next_attempt_at))
}

/// When the oldest email that still waits was written.
pub async fn oldest_waiting(db: &impl ConnectionTrait) -> Result<Option<DateTime<Utc>>, DbErr> {
    Ok(Entity::find()
        .filter(Column::Status.is_in(["queued", "retrying", "sending"]))
        .order_by_asc(Column::CreatedAt)
        .one(db)
        .await?
        .map(|row| row.created_at))
}
