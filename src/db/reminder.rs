//! The `reminders_sent` table: which reminder went to which registration.

use chrono::{DateTime, Utc};
use sea_orm::entity::prelude::*;
use sea_orm::{ConnectionTrait, Set, TryInsertResult};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "reminders_sent")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub registration_id: i64,
    #[sea_orm(primary_key, auto_increment = false)]
    pub offset_minutes: i32,
    pub sent_at: DateTime<Utc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

/// Claims the reminder: true when this call wrote the row, false when it existed already
/// (another instance, or an earlier run, sent it).
pub async fn claim(
    db: &impl ConnectionTrait,
    registration_id: i64,
    offset_minutes: i32,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let row = ActiveModel {
        registration_id: Set(registration_id),
        offset_minutes: Set(offset_minutes),
        sent_at: Set(now),
    };
    let result = Entity::insert(row)
        .on_conflict_do_nothing_on([Column::RegistrationId, Column::OffsetMinutes])
        .exec(db)
        .await?;
    Ok(matches!(result, TryInsertResult::Inserted(_)))
}
