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
    /// The account `convene demo` created; `convene demo --remove` deletes it.
    pub is_demo: bool,
    /// Set by an admin: the account can neither sign in nor use its API tokens.
    pub disabled_at: Option<DateTime<Utc>>,
    /// The TOTP secret (base32), once two-factor sign-in is being set up…
    pub totp_secret: Option<String>,
    /// …and when its first code was confirmed: from then on, sign-in asks for a code.
    pub totp_enabled_at: Option<DateTime<Utc>>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl Model {
    pub fn is_admin(&self) -> bool {
        self.role == "admin"
    }

    /// The one rule for who may change an event: an admin, or the organizer who owns it.
    pub fn may_manage(&self, ev: &super::event::Model) -> bool {
        self.is_admin() || ev.owner_id == Some(self.id)
    }

    pub fn is_disabled(&self) -> bool {
        self.disabled_at.is_some()
    }
}

/// The demo account, if one exists.
pub async fn find_demo(db: &impl ConnectionTrait) -> Result<Option<Model>, DbErr> {
    Entity::find().filter(Column::IsDemo.eq(true)).one(db).await
}

pub async fn set_demo(db: &impl ConnectionTrait, id: i64) -> Result<(), DbErr> {
    Entity::update_many()
        .col_expr(Column::IsDemo, Expr::value(true))
        .filter(Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Disables (`Some(now)`) or enables (`None`) an account; false when there is no such account.
pub async fn set_disabled(
    db: &impl ConnectionTrait,
    id: i64,
    at: Option<DateTime<Utc>>,
) -> Result<bool, DbErr> {
    let result = Entity::update_many()
        .col_expr(Column::DisabledAt, Expr::value(at))
        .filter(Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(result.rows_affected > 0)
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
