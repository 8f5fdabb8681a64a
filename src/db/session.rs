//! The `sessions` table: who is signed in to the admin, keyed by a hash of the cookie.

use chrono::{DateTime, Utc};
use sea_orm::ConnectionTrait;
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "sessions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    #[sea_orm(unique)]
    pub token_hash: String,
    pub organizer_id: i64,
    pub created_at: DateTime<Utc>,
    /// The session ends at this moment however active it is.
    pub expires_at: DateTime<Utc>,
    pub last_seen_at: DateTime<Utc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

/// The session with this cookie hash, if it has not run out (by age or by idleness).
pub async fn find_live(
    db: &impl ConnectionTrait,
    token_hash: &str,
    now: DateTime<Utc>,
    idle_since: DateTime<Utc>,
) -> Result<Option<Model>, DbErr> {
    Entity::find()
        .filter(Column::TokenHash.eq(token_hash))
        .filter(Column::ExpiresAt.gt(now))
        .filter(Column::LastSeenAt.gt(idle_since))
        .one(db)
        .await
}

pub async fn touch(db: &impl ConnectionTrait, id: i64, now: DateTime<Utc>) -> Result<(), DbErr> {
    Entity::update_many()
        .col_expr(Column::LastSeenAt, Expr::value(now))
        .filter(Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn delete_by_hash(db: &impl ConnectionTrait, token_hash: &str) -> Result<(), DbErr> {
    Entity::delete_many()
        .filter(Column::TokenHash.eq(token_hash))
        .exec(db)
        .await?;
    Ok(())
}

/// Ends every session of an organizer but one (the one that changed the password).
pub async fn delete_others(
    db: &impl ConnectionTrait,
    organizer_id: i64,
    keep_id: i64,
) -> Result<(), DbErr> {
    Entity::delete_many()
        .filter(Column::OrganizerId.eq(organizer_id))
        .filter(Column::Id.ne(keep_id))
        .exec(db)
        .await?;
    Ok(())
}

/// Forgets sessions that can no longer be used.
pub async fn delete_stale(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
    idle_since: DateTime<Utc>,
) -> Result<u64, DbErr> {
    let result = Entity::delete_many()
        .filter(
            sea_orm::Condition::any()
                .add(Column::ExpiresAt.lte(now))
                .add(Column::LastSeenAt.lte(idle_since)),
        )
        .exec(db)
        .await?;
    Ok(result.rows_affected)
}
