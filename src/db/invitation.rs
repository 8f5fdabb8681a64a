//! The `invitations` table: who was invited to an event, when, and whether they opened
//! their link.

use chrono::{DateTime, Utc};
use sea_orm::entity::prelude::*;
use sea_orm::{ConnectionTrait, QueryOrder};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "invitations")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub event_id: i64,
    pub email: String,
    /// The address in lower case: one invitation per address and event.
    pub email_key: String,
    pub name: String,
    pub organization: String,
    pub country: String,
    pub language: crate::domain::Lang,
    /// The directory's contact it came from, if any.
    pub contact_id: Option<i64>,
    pub invited_at: DateTime<Utc>,
    pub reminded_at: Option<DateTime<Utc>>,
    pub opened_at: Option<DateTime<Utc>>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

pub async fn for_event(db: &impl ConnectionTrait, event_id: i64) -> Result<Vec<Model>, DbErr> {
    Entity::find()
        .filter(Column::EventId.eq(event_id))
        .order_by_asc(Column::Id)
        .all(db)
        .await
}

/// Whether this address was invited to the event.
pub async fn is_invited(
    db: &impl ConnectionTrait,
    event_id: i64,
    email_key: &str,
) -> Result<bool, DbErr> {
    Ok(Entity::find()
        .filter(Column::EventId.eq(event_id))
        .filter(Column::EmailKey.eq(email_key))
        .one(db)
        .await?
        .is_some())
}
