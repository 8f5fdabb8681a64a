//! The `login_attempts` table: sign-in attempts that are not known to have succeeded, the
//! evidence the sign-in throttle counts.

use chrono::{DateTime, Utc};
use sea_orm::entity::prelude::*;
use sea_orm::{ConnectionTrait, QueryOrder};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "login_attempts")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    /// The address typed into the form, lower-cased, whether or not such an account exists.
    pub account: String,
    /// The client address the attempt came from.
    pub address: String,
    pub attempted_at: DateTime<Utc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

pub async fn record(
    db: &impl ConnectionTrait,
    account: &str,
    address: &str,
    now: DateTime<Utc>,
) -> Result<i64, DbErr> {
    use sea_orm::{ActiveModelTrait, Set};
    let row = ActiveModel {
        account: Set(account.to_string()),
        address: Set(address.to_string()),
        attempted_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(row.id)
}

/// When the attempts on `account` from `address` since `since` were made, oldest first.
pub async fn times_for_pair(
    db: &impl ConnectionTrait,
    account: &str,
    address: &str,
    since: DateTime<Utc>,
) -> Result<Vec<DateTime<Utc>>, DbErr> {
    use sea_orm::QuerySelect;
    Entity::find()
        .select_only()
        .column(Column::AttemptedAt)
        .filter(Column::Account.eq(account))
        .filter(Column::Address.eq(address))
        .filter(Column::AttemptedAt.gt(since))
        .order_by_asc(Column::AttemptedAt)
        .into_tuple()
        .all(db)
        .await
}

pub async fn times_for_address(
    db: &impl ConnectionTrait,
    address: &str,
    since: DateTime<Utc>,
) -> Result<Vec<DateTime<Utc>>, DbErr> {
    times(db, Column::Address, address, since).await
}

async fn times(
    db: &impl ConnectionTrait,
    column: Column,
    value: &str,
    since: DateTime<Utc>,
) -> Result<Vec<DateTime<Utc>>, DbErr> {
    use sea_orm::QuerySelect;
    Entity::find()
        .select_only()
        .column(Column::AttemptedAt)
        .filter(column.eq(value))
        .filter(Column::AttemptedAt.gt(since))
        .order_by_asc(Column::AttemptedAt)
        .into_tuple()
        .all(db)
        .await
}

pub async fn delete(db: &impl ConnectionTrait, id: i64) -> Result<(), DbErr> {
    Entity::delete_by_id(id).exec(db).await?;
    Ok(())
}

/// A correct password clears the failures on this account from this address: not those from
/// other addresses (an attacker's count must not be reset by the organizer signing in), nor
/// those of other accounts from this address (one good account must not reset the count of a
/// client guessing others).
pub async fn clear_pair(
    db: &impl ConnectionTrait,
    account: &str,
    address: &str,
) -> Result<(), DbErr> {
    Entity::delete_many()
        .filter(Column::Account.eq(account))
        .filter(Column::Address.eq(address))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn delete_older_than(
    db: &impl ConnectionTrait,
    before: DateTime<Utc>,
) -> Result<(), DbErr> {
    Entity::delete_many()
        .filter(Column::AttemptedAt.lte(before))
        .exec(db)
        .await?;
    Ok(())
}
