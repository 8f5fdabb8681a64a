//! Delegations: a member organisation's contact registers several people at once. Each
//! delegate becomes a registration of their own (own emails in their own language, own
//! address confirmation); the contact gets one summary listing every delegate's state.

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use crate::db::{delegation, event, registration};
use crate::domain::{CleanText, EmailAddress, Lang};
use crate::error::AppError;
use crate::mail::intent::Params;
use crate::mail::outbox;
use crate::state::AppState;

use super::notify::Notice;
use super::registration::{NewRegistration, RegisterError};

/// A delegate as checked by the form.
#[derive(Debug, Clone)]
pub struct NewDelegate {
    pub name: CleanText,
    pub email: EmailAddress,
    pub language: Lang,
}

/// Whether `email` already has an active registration at the event.
pub async fn already_registered(
    db: &impl ConnectionTrait,
    ev: &event::Model,
    email: &EmailAddress,
) -> Result<bool, sea_orm::DbErr> {
    Ok(
        registration::find_by_event_and_email(db, ev.id, &email.key())
            .await?
            .is_some_and(|r| r.status.is_active()),
    )
}

/// How many more delegates `organization` may still send, when the event sets a limit.
pub async fn room_left(
    db: &impl ConnectionTrait,
    ev: &event::Model,
    organization: &str,
) -> Result<Option<usize>, sea_orm::DbErr> {
    let Some(cap) = ev.delegates_per_organisation else {
        return Ok(None);
    };
    let cap = usize::try_from(cap).unwrap_or(0);
    let links = delegation::Entity::find()
        .filter(delegation::Column::EventId.eq(ev.id))
        .all(db)
        .await?;
    let ids: Vec<i64> = links.iter().map(|d| d.delegate_id).collect();
    let org = organization.trim().to_lowercase();
    let taken = registration::Entity::find()
        .filter(registration::Column::Id.is_in(ids))
        .all(db)
        .await?
        .iter()
        .filter(|r| r.status.is_active() && r.organization.trim().to_lowercase() == org)
        .count();
    Ok(Some(cap.saturating_sub(taken)))
}

/// Registers the contact, then each delegate in order (so seats run out in the order given
/// and the rest go on the waiting list), links them, and queues the contact's summary.
pub async fn register(
    state: &AppState,
    ev: &event::Model,
    contact: NewRegistration,
    delegates: Vec<NewDelegate>,
) -> Result<registration::Model, RegisterError> {
    let contact_reg = super::registration::register(state, ev, contact.clone()).await?;
    add(state, ev, &contact_reg, &contact.sessions, delegates).await?;
    Ok(contact_reg)
}

/// Adds delegates to a contact's delegation and sends the contact the new summary.
pub async fn add(
    state: &AppState,
    ev: &event::Model,
    contact_reg: &registration::Model,
    sessions: &[String],
    delegates: Vec<NewDelegate>,
) -> Result<(), RegisterError> {
    // The contact's own values were checked when they registered.
    let organization = CleanText::optional(&contact_reg.organization, 200)
        .map_err(|_| RegisterError::App(AppError::BadRequest("organization".into())))?;
    let country = crate::domain::CountryCode::parse(&contact_reg.country)
        .ok_or(RegisterError::App(AppError::BadRequest("country".into())))?;
    for d in delegates {
        // Delegates come the way their contact does, and listen in their own language when
        // the event offers it.
        let offered = &ev.interpretation;
        let listen = Some(d.language)
            .filter(|l| offered.contains(l))
            .or(contact_reg.interpretation_language);
        let new = NewRegistration {
            name: d.name,
            email: d.email,
            organization: organization.clone(),
            country: country.clone(),
            language: d.language,
            time_zone: None,
            answers: Default::default(),
            sessions: sessions.to_vec(),
            attendance_mode: contact_reg.attendance_mode,
            interpretation_language: listen,
        };
        // The seat counter moved with each registration: read the event afresh.
        let ev = event::Entity::find_by_id(ev.id)
            .one(&state.db)
            .await?
            .ok_or(RegisterError::App(AppError::NotFound))?;
        let reg = super::registration::register(state, &ev, new).await?;
        let txn = state.write().await?;
        delegation::link(&*txn, ev.id, contact_reg.id, reg.id).await?;
        txn.commit().await?;
    }
    send_summary(state, ev, contact_reg.id).await?;
    Ok(())
}

/// The contact's delegates, in the order they were added.
pub async fn delegates_of(
    db: &impl ConnectionTrait,
    contact_id: i64,
) -> Result<Vec<registration::Model>, sea_orm::DbErr> {
    let ids = delegation::delegates_of(db, contact_id).await?;
    let mut regs = registration::Entity::find()
        .filter(registration::Column::Id.is_in(ids.clone()))
        .all(db)
        .await?;
    regs.sort_by_key(|r| ids.iter().position(|id| *id == r.id));
    Ok(regs)
}

/// Queues the summary email to the contact: each delegate's name and state right now.
pub async fn send_summary(
    state: &AppState,
    ev: &event::Model,
    contact_id: i64,
) -> Result<(), AppError> {
    let txn = state.write().await?;
    let Some(contact) = registration::Entity::find_by_id(contact_id)
        .one(&*txn)
        .await?
    else {
        return Ok(());
    };
    let delegates = delegates_of(&*txn, contact_id)
        .await?
        .into_iter()
        .map(|r| (r.name.clone(), r.status.to_string()))
        .collect();
    let params = Params {
        delegates,
        ..Params::default()
    };
    outbox::queue(
        &*txn,
        state,
        ev,
        &contact,
        Notice::DelegationSummary,
        params,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Cancels one of the contact's delegates (the delegate is told, as if they cancelled).
pub async fn cancel_delegate(
    state: &AppState,
    ev: &event::Model,
    contact_id: i64,
    delegate_id: i64,
) -> Result<bool, AppError> {
    let ids = delegation::delegates_of(&state.db, contact_id).await?;
    if !ids.contains(&delegate_id) {
        return Ok(false);
    }
    let Some(reg) = registration::Entity::find_by_id(delegate_id)
        .one(&state.db)
        .await?
    else {
        return Ok(false);
    };
    if !reg.status.is_active() {
        return Ok(false);
    }
    let token = state.secret.registration_token(ev.id, &reg.email_key);
    super::registration::cancel(state, &token).await?;
    Ok(true)
}
