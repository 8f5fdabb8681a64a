//! The `certificates` table: the short code that verifies a certificate of attendance.

use chrono::{DateTime, Utc};
use sea_orm::entity::prelude::*;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ConnectionTrait, Set};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "certificates")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub registration_id: i64,
    #[sea_orm(unique)]
    pub code: String,
    pub issued_at: DateTime<Utc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

pub async fn find_by_code(db: &impl ConnectionTrait, code: &str) -> Result<Option<Model>, DbErr> {
    Entity::find().filter(Column::Code.eq(code)).one(db).await
}

/// The registration's code, issued with `code` the first time; a later call (or a concurrent
/// one) gets the code that was stored first, so a certificate's code never changes.
pub async fn get_or_issue(
    db: &impl ConnectionTrait,
    registration_id: i64,
    code: &str,
    now: DateTime<Utc>,
) -> Result<Model, DbErr> {
    let row = ActiveModel {
        registration_id: Set(registration_id),
        code: Set(code.to_string()),
        issued_at: Set(now),
    };
    Entity::insert(row)
        .on_conflict(
            OnConflict::column(Column::RegistrationId)
                .do_nothing()
                .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    Entity::find_by_id(registration_id)
        .one(db)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound("certificate".into()))
}
