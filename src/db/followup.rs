//! The `event_followups` table: what an event asks and sends after it (reporting fields to
//! collect, feedback questions and when the feedback link goes out).

use chrono::{DateTime, Utc};
use sea_orm::entity::prelude::*;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ConnectionTrait, Set};

use super::column::Json;
use crate::domain::feedback::FeedbackQuestion;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "event_followups")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub event_id: i64,
    /// Reporting fields the form asks: `gender`, `age_group`.
    pub collect: Json<Vec<String>>,
    pub feedback: Json<Vec<FeedbackQuestion>>,
    pub feedback_after_hours: Option<i32>,
    pub feedback_closes_at: Option<DateTime<Utc>>,
    pub feedback_anonymous: bool,
    pub feedback_sent_at: Option<DateTime<Utc>>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl Model {
    /// An event without a row asks nothing and sends nothing.
    pub fn none(event_id: i64) -> Model {
        Model {
            event_id,
            collect: Json::default(),
            feedback: Json::default(),
            feedback_after_hours: None,
            feedback_closes_at: None,
            feedback_anonymous: false,
            feedback_sent_at: None,
        }
    }

    pub fn collects(&self, field: &str) -> bool {
        self.collect.iter().any(|f| f == field)
    }
}

pub async fn for_event(db: &impl ConnectionTrait, event_id: i64) -> Result<Model, DbErr> {
    Ok(Entity::find_by_id(event_id)
        .one(db)
        .await?
        .unwrap_or_else(|| Model::none(event_id)))
}

/// Stores the whole row, replacing what was there.
pub async fn save(db: &impl ConnectionTrait, row: Model) -> Result<(), DbErr> {
    let active = ActiveModel {
        event_id: Set(row.event_id),
        collect: Set(row.collect),
        feedback: Set(row.feedback),
        feedback_after_hours: Set(row.feedback_after_hours),
        feedback_closes_at: Set(row.feedback_closes_at),
        feedback_anonymous: Set(row.feedback_anonymous),
        feedback_sent_at: Set(row.feedback_sent_at),
    };
    Entity::insert(active)
        .on_conflict(
            OnConflict::column(Column::EventId)
                .update_columns([
                    Column::Collect,
                    Column::Feedback,
                    Column::FeedbackAfterHours,
                    Column::FeedbackClosesAt,
                    Column::FeedbackAnonymous,
                    Column::FeedbackSentAt,
                ])
                .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    Ok(())
}
