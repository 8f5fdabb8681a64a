//! The `organizers` table: the people who run events.

use chrono::{DateTime, Utc};
use sea_orm::ConnectionTrait;
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "organizers")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    #[sea_orm(unique)]
    pub email: String,
    pub name: String,
    /// `admin` or `organizer`.
    pub role: String,
    pub password_hash: String,
    pub created_at: DateTime<Utc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl Model {
    pub fn is_admin(&self) -> bool {
        self.role == "admin"
    }
}

pub async fn find_by_email(db: &impl ConnectionTrait, email: &str) -> Result<Option<Model>, DbErr> {
    Entity::find()
        .filter(Column::Email.eq(email.to_lowercase()))
        .one(db)
        .await
}

/// Every account, by address.
pub async fn list_all(db: &impl ConnectionTrait) -> Result<Vec<Model>, DbErr> {
    use sea_orm::QueryOrder;
    Entity::find().order_by_asc(Column::Email).all(db).await
}

pub async fn set_password_hash(
    db: &impl ConnectionTrait,
    id: i64,
    hash: &str,
) -> Result<(), DbErr> {
    Entity::update_many()
        .col_expr(Column::PasswordHash, Expr::value(hash))
        .filter(Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}
