//! The `feedback_answers` table: one row per participant who gave feedback on an event.

use chrono::{DateTime, Utc};
use sea_orm::entity::prelude::*;
use sea_orm::{ConnectionTrait, QueryOrder};

use std::collections::BTreeMap;

use super::column::Json;
use crate::domain::Lang;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "feedback_answers")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub event_id: i64,
    /// None when the event's feedback is anonymous.
    pub registration_id: Option<i64>,
    /// A keyed hash of the registration: finds the participant's own answers again (to edit
    /// them) without storing who they are.
    #[sea_orm(unique)]
    pub respondent_key: String,
    pub language: Lang,
    pub region: String,
    /// Question id to answer.
    pub answers: Json<BTreeMap<String, String>>,
    pub submitted_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

pub async fn find_by_respondent(
    db: &impl ConnectionTrait,
    key: &str,
) -> Result<Option<Model>, DbErr> {
    Entity::find()
        .filter(Column::RespondentKey.eq(key))
        .one(db)
        .await
}

pub async fn for_event(db: &impl ConnectionTrait, event_id: i64) -> Result<Vec<Model>, DbErr> {
    Entity::find()
        .filter(Column::EventId.eq(event_id))
        .order_by_asc(Column::Id)
        .all(db)
        .await
}
