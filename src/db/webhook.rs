//! The `webhooks` table: receivers organizers registered, with the event types they want.

use chrono::{DateTime, Utc};
use sea_orm::entity::prelude::*;
use sea_orm::{ConnectionTrait, QueryOrder, Set};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "webhooks")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    /// The organizer who registered it; they are told when it is disabled.
    pub owner_id: i64,
    /// One event, or None: every event the owner manages (every event for an admin).
    pub event_id: Option<i64>,
    pub url: String,
    /// `whsec_` and the base64 key, as Standard Webhooks libraries expect it.
    pub secret: String,
    /// Comma-separated event types, e.g. `registration.created,attendance.marked`.
    pub event_types: String,
    pub active: bool,
    pub disabled_at: Option<DateTime<Utc>>,
    pub disabled_reason: Option<String>,
    pub created_at: DateTime<Utc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl Model {
    pub fn wants(&self, event_type: &str) -> bool {
        self.event_types.split(',').any(|t| t == event_type)
    }

    pub fn types(&self) -> Vec<String> {
        self.event_types.split(',').map(str::to_string).collect()
    }
}

pub async fn active(db: &impl ConnectionTrait) -> Result<Vec<Model>, DbErr> {
    Entity::find()
        .filter(Column::Active.eq(true))
        .order_by_asc(Column::Id)
        .all(db)
        .await
}

pub async fn list_all(db: &impl ConnectionTrait) -> Result<Vec<Model>, DbErr> {
    Entity::find().order_by_asc(Column::Id).all(db).await
}

pub async fn find(db: &impl ConnectionTrait, id: i64) -> Result<Option<Model>, DbErr> {
    Entity::find_by_id(id).one(db).await
}

/// Stops deliveries to a receiver, keeping why.
pub async fn disable(
    db: &impl ConnectionTrait,
    id: i64,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    ActiveModel {
        id: sea_orm::ActiveValue::Unchanged(id),
        active: Set(false),
        disabled_at: Set(Some(now)),
        disabled_reason: Set(Some(reason.to_string())),
        ..Default::default()
    }
    .update(db)
    .await?;
    Ok(())
}

/// Turns a disabled receiver on again.
pub async fn enable(db: &impl ConnectionTrait, id: i64) -> Result<(), DbErr> {
    ActiveModel {
        id: sea_orm::ActiveValue::Unchanged(id),
        active: Set(true),
        disabled_at: Set(None),
        disabled_reason: Set(None),
        ..Default::default()
    }
    .update(db)
    .await?;
    Ok(())
}
