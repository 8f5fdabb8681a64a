//! The `audit_log` table: who changed what on an event, and when.

use chrono::{DateTime, Utc};
use sea_orm::entity::prelude::*;
use sea_orm::{ConnectionTrait, QueryOrder, QuerySelect};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_log")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub event_id: Option<i64>,
    pub organizer_id: Option<i64>,
    /// The organizer's address at the time, or `system`.
    pub actor: String,
    /// What happened: `created`, `updated`, `published`, `registration_added`, …
    pub action: String,
    /// What changed, in short; never personal data beyond a registration's number.
    pub detail: String,
    pub created_at: DateTime<Utc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

pub async fn insert(
    db: &impl ConnectionTrait,
    event_id: Option<i64>,
    organizer_id: Option<i64>,
    actor: &str,
    action: &str,
    detail: &str,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    use sea_orm::{ActiveModelTrait, Set};
    ActiveModel {
        event_id: Set(event_id),
        organizer_id: Set(organizer_id),
        actor: Set(actor.chars().take(320).collect()),
        action: Set(action.to_string()),
        detail: Set(detail.chars().take(4000).collect()),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// The newest entries of one event first.
pub async fn for_event(
    db: &impl ConnectionTrait,
    event_id: i64,
    limit: u64,
) -> Result<Vec<Model>, DbErr> {
    Entity::find()
        .filter(Column::EventId.eq(event_id))
        .order_by_desc(Column::Id)
        .limit(limit)
        .all(db)
        .await
}
