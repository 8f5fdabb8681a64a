//! Personal data: a participant's own copy and deletion, an administrator's erasure of a
//! person across events, and the retention policy that anonymises old registrations while
//! keeping the counts and attendance that statistics need.

use chrono::{DateTime, Months, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde::Serialize;

use crate::db::{event, outbox, registration};
use crate::domain::{EmailAddress, RegistrationStatus};
use crate::error::AppError;
use crate::security::{hash_token, random_token};
use crate::state::AppState;

use super::registration::by_token;
use super::seats;

/// Everything Convene holds about one registration, for the participant to download.
#[derive(Debug, Serialize)]
pub struct MyData {
    pub event: String,
    pub name: String,
    pub email: String,
    pub organization: String,
    pub country: String,
    pub language: String,
    pub time_zone: Option<String>,
    pub status: String,
    pub answers: std::collections::BTreeMap<String, String>,
    pub registered_at: DateTime<Utc>,
    pub confirmed_at: Option<DateTime<Utc>>,
    pub consent_at: DateTime<Utc>,
    pub consent_version: String,
    pub attended: bool,
    pub attended_minutes: Option<i32>,
    /// The emails sent: kind, time and delivery state.
    pub emails: Vec<(String, DateTime<Utc>, String)>,
}

pub async fn my_data(state: &AppState, token: &str) -> Result<MyData, AppError> {
    let (reg, ev) = by_token(state, token).await?;
    let emails = outbox::Entity::find()
        .filter(outbox::Column::RegistrationId.eq(reg.id))
        .all(&state.db)
        .await?
        .into_iter()
        .map(|row| (row.kind, row.created_at, row.status))
        .collect();
    Ok(MyData {
        event: ev.slug,
        answers: reg.answers.0,
        name: reg.name,
        email: reg.email,
        organization: reg.organization,
        country: reg.country,
        language: reg.language.code().to_string(),
        time_zone: reg.time_zone,
        status: reg.status.to_string(),
        registered_at: reg.registered_at,
        confirmed_at: reg.confirmed_at,
        consent_at: reg.consent_at,
        consent_version: reg.consent_version,
        attended: reg.attended,
        attended_minutes: reg.attended_minutes,
        emails,
    })
}

/// Deletes a registration and the emails about it; a freed seat goes to the next in line.
pub async fn delete_registration(
    state: &AppState,
    reg: &registration::Model,
) -> Result<(), AppError> {
    let txn = state.write().await?;
    outbox::Entity::delete_many()
        .filter(outbox::Column::RegistrationId.eq(reg.id))
        .exec(&*txn)
        .await?;
    registration::Entity::delete_by_id(reg.id)
        .exec(&*txn)
        .await?;
    crate::services::followups::forget_registration(&*txn, reg.id).await?;
    if reg.status.is_active()
        && let Some(ev) = event::Entity::find_by_id(reg.event_id).one(&*txn).await?
    {
        seats::free_seat_of(&*txn, state, &ev, reg).await?;
        super::programme::leave_all(&*txn, state, &ev, reg.id).await?;
    }
    txn.commit().await?;
    Ok(())
}

pub async fn delete_mine(state: &AppState, token: &str) -> Result<(), AppError> {
    let (reg, _) = by_token(state, token).await?;
    delete_registration(state, &reg).await
}

/// Erases one person from every event; returns how many registrations were removed.
pub async fn erase_person(state: &AppState, email: &str) -> Result<u64, AppError> {
    let email = EmailAddress::parse(email).ok_or_else(|| AppError::BadRequest("email".into()))?;
    let regs = registration::Entity::find()
        .filter(registration::Column::EmailKey.eq(email.key()))
        .all(&state.db)
        .await?;
    for reg in &regs {
        delete_registration(state, reg).await?;
    }
    Ok(regs.len() as u64)
}

/// Anonymises the registrations of events that ended longer ago than their retention period.
/// Country, language, status and attendance stay, so the statistics stay true; name, address,
/// organisation, answers and time zone go.
pub async fn apply_retention(state: &AppState) -> anyhow::Result<u64> {
    let now = state.now();
    let default_months = state.settings.retention_months;
    let ended = event::Entity::find()
        .filter(event::Column::EndsAt.lt(now))
        .all(&state.db)
        .await?;
    let mut anonymised = 0;
    for ev in ended {
        let months = ev.retention_months.map_or(default_months, |m| {
            u32::try_from(m).unwrap_or(default_months)
        });
        let Some(deadline) = ev.ends_at.checked_add_months(Months::new(months)) else {
            continue;
        };
        if now < deadline {
            continue;
        }
        let regs = registration::Entity::find()
            .filter(registration::Column::EventId.eq(ev.id))
            .filter(registration::Column::AnonymisedAt.is_null())
            .all(&state.db)
            .await?;
        for reg in regs {
            anonymise(state, &reg, now).await?;
            anonymised += 1;
        }
    }
    Ok(anonymised)
}

async fn anonymise(
    state: &AppState,
    reg: &registration::Model,
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    let txn = state.write().await?;
    let placeholder = format!("anonymised-{}", reg.id);
    // A still-waiting registration of an ended event will never get a seat.
    let status = match reg.status {
        RegistrationStatus::Pending | RegistrationStatus::Waitlisted => {
            RegistrationStatus::Expired.as_str()
        }
        other => other.as_str(),
    };
    registration::Entity::update_many()
        .col_expr(registration::Column::Name, Expr::value(""))
        // A small organisation, with the country beside it, can name the person.
        .col_expr(registration::Column::Organization, Expr::value(""))
        .col_expr(
            registration::Column::Email,
            Expr::value(format!("{placeholder}@invalid")),
        )
        .col_expr(registration::Column::EmailKey, Expr::value(placeholder))
        .col_expr(
            registration::Column::TokenHash,
            Expr::value(hash_token(&random_token())),
        )
        .col_expr(registration::Column::Answers, Expr::value("{}"))
        .col_expr(
            registration::Column::TimeZone,
            Expr::value(Option::<String>::None),
        )
        .col_expr(registration::Column::Status, Expr::value(status))
        .col_expr(registration::Column::AnonymisedAt, Expr::value(now))
        .col_expr(registration::Column::UpdatedAt, Expr::value(now))
        .filter(registration::Column::Id.eq(reg.id))
        .exec(&*txn)
        .await?;
    crate::services::followups::forget_registration(&*txn, reg.id).await?;
    outbox::Entity::delete_many()
        .filter(outbox::Column::RegistrationId.eq(reg.id))
        .exec(&*txn)
        .await?;
    txn.commit().await?;
    Ok(())
}
