//! The `delegations` table: which registrations a contact person made for their delegates.

use sea_orm::ConnectionTrait;
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "delegations")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub event_id: i64,
    /// The contact's own registration.
    pub contact_id: i64,
    /// The delegate's registration.
    pub delegate_id: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

/// Notes that `contact_id` registered `delegate_id` (once; a repeat is kept as it was).
pub async fn link(
    db: &impl ConnectionTrait,
    event_id: i64,
    contact_id: i64,
    delegate_id: i64,
) -> Result<(), DbErr> {
    if Entity::find()
        .filter(Column::DelegateId.eq(delegate_id))
        .one(db)
        .await?
        .is_some()
    {
        return Ok(());
    }
    ActiveModel {
        id: sea_orm::NotSet,
        event_id: sea_orm::Set(event_id),
        contact_id: sea_orm::Set(contact_id),
        delegate_id: sea_orm::Set(delegate_id),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// The registration ids of a contact's delegates, in the order they were added.
pub async fn delegates_of(db: &impl ConnectionTrait, contact_id: i64) -> Result<Vec<i64>, DbErr> {
    Ok(Entity::find()
        .filter(Column::ContactId.eq(contact_id))
        .all(db)
        .await?
        .into_iter()
        .map(|d| d.delegate_id)
        .collect())
}
