//! The `webhook_deliveries` queue and the `webhook_attempts` kept for each delivery.
//!
//! A delivery is written in the transaction of the change it reports and claimed by one
//! worker at a time, exactly as the email outbox does (see `db::outbox::claim_due`).

use chrono::{DateTime, Utc};
use sea_orm::entity::prelude::*;
use sea_orm::{ConnectionTrait, QueryOrder, QuerySelect, Set};

pub mod attempt {
    //! One try at delivering: when, what came back, how long it took.
    use chrono::{DateTime, Utc};
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "webhook_attempts")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub delivery_id: i64,
        pub attempted_at: DateTime<Utc>,
        /// The receiver's HTTP status; None when no answer came (refused, timed out).
        pub status_code: Option<i32>,
        pub error: Option<String>,
        pub duration_ms: i64,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "webhook_deliveries")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub webhook_id: i64,
    /// The `webhook-id` header: the same on every attempt, so receivers can drop repeats.
    #[sea_orm(unique)]
    pub message_id: String,
    pub event_type: String,
    pub event_id: Option<i64>,
    /// The JSON body, exactly as sent.
    pub payload: String,
    /// `queued`, `sending`, `retrying`, `delivered` or `failed`.
    pub status: String,
    pub attempts: i32,
    pub next_attempt_at: DateTime<Utc>,
    pub claimed_until: Option<DateTime<Utc>>,
    /// After this moment a failed attempt is the last one.
    pub give_up_at: DateTime<Utc>,
    pub last_status: Option<i32>,
    pub last_error: Option<String>,
    pub created_at: DateTime<Utc>,
    pub delivered_at: Option<DateTime<Utc>>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

/// Claims up to `limit` due deliveries until `lease_until` (see [`super::lease::claim_due`]), oldest first.
pub async fn claim_due(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
    lease_until: DateTime<Utc>,
    limit: u32,
) -> Result<Vec<Model>, DbErr> {
    let mut rows =
        super::lease::claim_due::<Entity>(db, "webhook_deliveries", now, lease_until, limit)
            .await?;
    rows.sort_by_key(|r| r.id);
    Ok(rows)
}

/// Where a delivery stands after an attempt.
pub enum Outcome {
    Delivered,
    Retry(DateTime<Utc>),
    Failed,
}

/// Records an attempt and the delivery's new state.
pub async fn record(
    db: &impl ConnectionTrait,
    row: &Model,
    at: DateTime<Utc>,
    status_code: Option<i32>,
    error: Option<String>,
    duration_ms: i64,
    outcome: Outcome,
) -> Result<(), DbErr> {
    let error = error.map(|e| e.chars().take(500).collect::<String>());
    attempt::ActiveModel {
        delivery_id: Set(row.id),
        attempted_at: Set(at),
        status_code: Set(status_code),
        error: Set(error.clone()),
        duration_ms: Set(duration_ms),
        ..Default::default()
    }
    .insert(db)
    .await?;
    let mut update = ActiveModel {
        id: sea_orm::ActiveValue::Unchanged(row.id),
        claimed_until: Set(None),
        last_status: Set(status_code),
        last_error: Set(error),
        ..Default::default()
    };
    match outcome {
        Outcome::Delivered => {
            update.status = Set("delivered".into());
            update.delivered_at = Set(Some(at));
        }
        Outcome::Retry(next) => {
            update.status = Set("retrying".into());
            update.next_attempt_at = Set(next);
        }
        Outcome::Failed => update.status = Set("failed".into()),
    }
    update.update(db).await?;
    Ok(())
}

/// Queues a delivery again ("send again"), with a fresh day of retries.
pub async fn requeue(
    db: &impl ConnectionTrait,
    id: i64,
    now: DateTime<Utc>,
    give_up_at: DateTime<Utc>,
) -> Result<(), DbErr> {
    ActiveModel {
        id: sea_orm::ActiveValue::Unchanged(id),
        status: Set("queued".into()),
        next_attempt_at: Set(now),
        claimed_until: Set(None),
        give_up_at: Set(give_up_at),
        ..Default::default()
    }
    .update(db)
    .await?;
    Ok(())
}

/// The newest deliveries of one receiver, newest first.
pub async fn for_webhook(
    db: &impl ConnectionTrait,
    webhook_id: i64,
    limit: u64,
) -> Result<Vec<Model>, DbErr> {
    Entity::find()
        .filter(Column::WebhookId.eq(webhook_id))
        .order_by_desc(Column::Id)
        .limit(limit)
        .all(db)
        .await
}

pub async fn attempts_of(
    db: &impl ConnectionTrait,
    delivery_ids: &[i64],
) -> Result<Vec<attempt::Model>, DbErr> {
    if delivery_ids.is_empty() {
        return Ok(Vec::new());
    }
    attempt::Entity::find()
        .filter(attempt::Column::DeliveryId.is_in(delivery_ids.iter().copied()))
        .order_by_asc(attempt::Column::Id)
        .all(db)
        .await
}

/// The next moment a waiting delivery becomes due, so the worker can sleep until then.
pub async fn next_due_at(db: &impl ConnectionTrait) -> Result<Option<DateTime<Utc>>, DbErr> {
    Ok(Entity::find()
        .filter(Column::Status.is_in(["queued", "retrying"]))
        .order_by_asc(Column::NextAttemptAt)
        .one(db)
        .await?
        .map(|row| row.next_attempt_at))
}
