//! The event fields about what happens after it (`collect`, `feedback` and its settings): taken
//! from the event input, checked, and kept in `event_followups` beside the event.

use crate::db::column::Json;
use chrono::Utc;
use sea_orm::ConnectionTrait;
use serde::Serialize;

use crate::db::followup;
use crate::domain::{FieldProblem, Problem};
use crate::services::event_admin::EventInput;
use crate::services::feedback::{self, FeedbackQuestion};
use crate::services::reporting::REPORTING_FIELDS;

/// The after-event fields of one change; None for a field not given.
#[derive(Debug, Default)]
pub struct Changes {
    collect: Option<Vec<String>>,
    feedback: Option<Vec<FeedbackQuestion>>,
    after_hours: Option<Option<i32>>,
    closes_at: Option<Option<chrono::DateTime<Utc>>>,
    anonymous: Option<bool>,
}

/// Moves the after-event fields out of `input` and checks them; errors name each field.
pub fn take(input: &mut EventInput) -> Result<Changes, Vec<FieldProblem>> {
    let changes = Changes {
        collect: input.collect.take(),
        feedback: input.feedback.take(),
        after_hours: input.feedback_after_hours.take(),
        closes_at: input
            .feedback_closes_at
            .take()
            .map(|c| c.map(|at| at.with_timezone(&Utc))),
        anonymous: input.feedback_anonymous.take(),
    };
    let mut errors = Vec::new();
    if let Some(collect) = &changes.collect
        && let Some(bad) = collect
            .iter()
            .find(|f| !REPORTING_FIELDS.contains(&f.as_str()))
    {
        errors.push(FieldProblem::new(
            "collect",
            Problem::with("admin-error-collect", "field", bad),
        ));
    }
    if let Some(questions) = &changes.feedback {
        errors.extend(feedback::check_questions(questions));
    }
    if let Some(Some(hours)) = changes.after_hours
        && !(0..=24 * 60).contains(&hours)
    {
        errors.push(FieldProblem::new(
            "feedback_after_hours",
            "admin-error-feedback-hours",
        ));
    }
    if errors.is_empty() {
        Ok(changes)
    } else {
        Err(errors)
    }
}

/// Stores the changes given for event `event_id` in a write of its own.
pub async fn save(
    state: &crate::state::AppState,
    event_id: i64,
    changes: Changes,
) -> Result<followup::Model, sea_orm::DbErr> {
    let txn = state.write().await?;
    let row = apply(&*txn, event_id, changes).await?;
    txn.commit().await?;
    Ok(row)
}

/// Stores the changes given for event `event_id`, inside the caller's transaction.
pub async fn apply(
    db: &impl ConnectionTrait,
    event_id: i64,
    changes: Changes,
) -> Result<followup::Model, sea_orm::DbErr> {
    let mut row = followup::for_event(db, event_id).await?;
    let before = row.clone();
    if let Some(collect) = changes.collect {
        row.collect = Json(collect);
    }
    if let Some(questions) = changes.feedback {
        row.feedback = Json(questions);
    }
    if let Some(hours) = changes.after_hours {
        row.feedback_after_hours = hours;
    }
    if let Some(closes) = changes.closes_at {
        row.feedback_closes_at = closes;
    }
    if let Some(anonymous) = changes.anonymous {
        row.feedback_anonymous = anonymous;
    }
    if row != before {
        followup::save(db, row.clone()).await?;
    }
    Ok(row)
}

/// The after-event fields as the event object shows them.
#[derive(Debug, Serialize)]
pub struct AfterFields {
    pub collect: Vec<String>,
    pub feedback: Vec<FeedbackQuestion>,
    pub feedback_after_hours: Option<i32>,
    pub feedback_closes_at: Option<chrono::DateTime<Utc>>,
    pub feedback_anonymous: bool,
}

impl AfterFields {
    pub fn of(row: &followup::Model) -> AfterFields {
        AfterFields {
            collect: row.collect.0.clone(),
            feedback: row.feedback.0.clone(),
            feedback_after_hours: row.feedback_after_hours,
            feedback_closes_at: row.feedback_closes_at,
            feedback_anonymous: row.feedback_anonymous,
        }
    }
}

/// Forgets what the after-event tables hold about a registration whose personal data goes:
/// its reporting answers and certificate code; its feedback stays, without the link.
pub async fn forget_registration(
    db: &impl ConnectionTrait,
    registration_id: i64,
) -> Result<(), sea_orm::DbErr> {
    use sea_orm::sea_query::Expr;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

    crate::db::profile::erase(db, registration_id).await?;
    crate::db::certificate::Entity::delete_by_id(registration_id)
        .exec(db)
        .await?;
    crate::db::feedback::Entity::update_many()
        .col_expr(
            crate::db::feedback::Column::RegistrationId,
            Expr::value(Option::<i64>::None),
        )
        .filter(crate::db::feedback::Column::RegistrationId.eq(registration_id))
        .exec(db)
        .await?;
    Ok(())
}
