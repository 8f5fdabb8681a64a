//! The `feedback_requests` table: which registrations were sent the feedback link.

use chrono::{DateTime, Utc};
use sea_orm::entity::prelude::*;
use sea_orm::{ConnectionTrait, Set, TryInsertResult};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "feedback_requests")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub registration_id: i64,
    pub sent_at: DateTime<Utc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

/// Claims the request: true when this call wrote the row, false when it existed already
/// (another instance, or an earlier run, queued it).
pub async fn claim(
    db: &impl ConnectionTrait,
    registration_id: i64,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let row = ActiveModel {
        registration_id: Set(registration_id),
        sent_at: Set(now),
    };
    let result = Entity::insert(row)
        .on_conflict_do_nothing_on([Column::RegistrationId])
        .exec(db)
        .await?;
    Ok(matches!(result, TryInsertResult::Inserted(_)))
}

/// Which of `registration_ids` were asked already.
pub async fn claimed_among(
    db: &impl ConnectionTrait,
    registration_ids: &[i64],
) -> Result<std::collections::HashSet<i64>, DbErr> {
    let mut claimed = std::collections::HashSet::new();
    for chunk in registration_ids.chunks(500) {
        let rows = Entity::find()
            .filter(Column::RegistrationId.is_in(chunk.to_vec()))
            .all(db)
            .await?;
        claimed.extend(rows.into_iter().map(|r| r.registration_id));
    }
    Ok(claimed)
}
