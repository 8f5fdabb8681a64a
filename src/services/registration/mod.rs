//! Registering, confirming, cancelling and changing language: the participant's side.

pub mod batch;
pub(crate) mod memo;
mod self_service;

pub use self_service::{by_token, cancel, change_language, confirm, switch_mode};

use std::collections::BTreeMap;

use chrono::Duration;
use chrono_tz::Tz;
use sea_orm::{ActiveModelTrait, ActiveValue::Unchanged, Set};

use crate::db::column::Json;
use crate::db::{self, event, registration};
use crate::domain::{
    AttendanceMode, CleanText, CountryCode, EmailAddress, EventStatus, Lang, RegistrationStatus,
    Visibility,
};
use crate::error::AppError;
use crate::mail::intent::Params;
use crate::mail::outbox;
use crate::state::AppState;

use super::audit::{self, Actor};
use super::notify::Notice;

/// A registration that passed validation: every field is already a domain value.
#[derive(Debug, Clone)]
pub struct NewRegistration {
    pub name: CleanText,
    pub email: EmailAddress,
    pub organization: CleanText,
    pub country: CountryCode,
    pub language: Lang,
    pub time_zone: Option<Tz>,
    pub answers: BTreeMap<String, String>,
    /// Keys of the chosen sessions of the programme; none: all of them.
    pub sessions: Vec<String>,
    /// In the room or online: set for a hybrid event only.
    pub attendance_mode: Option<AttendanceMode>,
    /// The language listened in: set for an event with interpretation only.
    pub interpretation_language: Option<Lang>,
}

/// Why an event does not take registrations right now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Closed {
    NotPublished,
    Cancelled,
    NotOpenYet,
    Over,
    Full,
    /// An invitation-only event, and this address was not invited.
    NotInvited,
}

impl Closed {
    pub fn message_key(self) -> &'static str {
        match self {
            Closed::NotPublished => "closed-not-published",
            Closed::Cancelled => "closed-cancelled",
            Closed::NotOpenYet => "closed-not-open",
            Closed::Over => "closed-over",
            Closed::Full => "closed-full",
            Closed::NotInvited => "closed-not-invited",
        }
    }
}

/// Whether the form is open at `now`; `Full` only when there is neither a seat nor a waitlist.
pub fn open_state(ev: &event::Model, now: chrono::DateTime<chrono::Utc>) -> Result<(), Closed> {
    match ev.status {
        EventStatus::Draft => return Err(Closed::NotPublished),
        EventStatus::Cancelled => return Err(Closed::Cancelled),
        EventStatus::Published => {}
    }
    if ev.registration_opens_at.is_some_and(|opens| now < opens) {
        return Err(Closed::NotOpenYet);
    }
    if now >= ev.closes_at() {
        return Err(Closed::Over);
    }
    if !ev.waitlist && super::seats::pools(ev).into_iter().all(|p| ev.is_full(p)) {
        return Err(Closed::Full);
    }
    Ok(())
}

#[derive(Debug)]
pub enum RegisterError {
    Closed(Closed),
    App(AppError),
}

impl<E: Into<AppError>> From<E> for RegisterError {
    fn from(e: E) -> Self {
        RegisterError::App(e.into())
    }
}

/// Registers someone. The same address twice never makes two registrations: the second time
/// the right email goes out again (at most every few minutes), and the caller cannot tell the
/// two cases apart, so the form never reveals who is registered.
pub async fn register(
    state: &AppState,
    ev: &event::Model,
    new: NewRegistration,
) -> Result<registration::Model, RegisterError> {
    open_state(ev, state.now()).map_err(RegisterError::Closed)?;
    // Every self-service path comes here (the form, the embedded form, a contact's
    // delegates, delegates added later), so the invitation rule holds for all of them.
    if !may_register(state, ev, &new.email).await? {
        return Err(RegisterError::Closed(Closed::NotInvited));
    }
    // Through the writer tasks: registrations share commits instead of one each, and a
    // visitor who goes away mid-request cannot cancel a transaction half-way (that once left a
    // pooled PostgreSQL connection inside an open transaction, and the outbox's next
    // statement on it never committed).
    batch::register(state, ev, new).await
}

/// Whether `email` may register itself: anyone for a listed or unlisted event, invited
/// addresses only for an invitation-only one.
pub async fn may_register(
    state: &AppState,
    ev: &event::Model,
    email: &EmailAddress,
) -> Result<bool, sea_orm::DbErr> {
    Ok(ev.visibility != Visibility::InviteOnly
        || db::invitation::is_invited(&state.db, ev.id, &email.key()).await?)
}

/// An organizer adds someone by hand: the registration dates and a draft status do not
/// stop them, a cancelled event does, and so does the capacity rule when there is no
/// waiting list. Someone already registered is refused rather than emailed again.
pub async fn register_by_organizer(
    state: &AppState,
    ev: &event::Model,
    new: NewRegistration,
    actor: &Actor,
) -> Result<registration::Model, RegisterError> {
    if ev.status == EventStatus::Cancelled {
        return Err(RegisterError::Closed(Closed::Cancelled));
    }
    if registration::find_by_event_and_email(&state.db, ev.id, &new.email.key())
        .await?
        .is_some_and(|r| r.status.is_active())
    {
        return Err(RegisterError::App(AppError::Conflict(
            "already registered".into(),
        )));
    }
    register_unchecked(state, ev, new, Some(actor)).await
}

/// Registers without looking at the dates; `actor` (an organizer) goes into the audit log.
async fn register_unchecked(
    state: &AppState,
    ev: &event::Model,
    new: NewRegistration,
    actor: Option<&Actor>,
) -> Result<registration::Model, RegisterError> {
    let now = state.now();
    let email_key = new.email.key();
    let txn = state.write().await?;
    let reg = match register_in(&txn, state, ev, &new, &email_key).await? {
        Some(reg) => reg,
        None => {
            // Another request for the same address won the race: that one stands.
            txn.rollback().await?;
            return registration::find_by_event_and_email(&state.db, ev.id, &email_key)
                .await?
                .ok_or(RegisterError::App(AppError::Conflict("duplicate".into())));
        }
    };
    if let Some(actor) = actor {
        let detail = format!("#{} ({})", reg.id, reg.status);
        audit::record(&*txn, actor, ev.id, "registration_added", &detail, now).await?;
    }
    txn.commit().await?;
    Ok(reg)
}

/// The registration's writes, inside the caller's transaction: a new row, a revived one, or
/// the current one with its email sent again. `None` when a concurrent insert of the same
/// address won (the caller rolls back and returns that one).
async fn register_in(
    txn: &sea_orm::DatabaseTransaction,
    state: &AppState,
    ev: &event::Model,
    new: &NewRegistration,
    email_key: &str,
) -> Result<Option<registration::Model>, RegisterError> {
    let now = state.now();
    let existing = registration::find_by_event_and_email(txn, ev.id, email_key).await?;
    let reg = match existing {
        Some(existing) if existing.status.is_active() => {
            resend_current(txn, state, ev, existing).await?
        }
        Some(existing) => {
            // A cancelled or expired registration comes back to life with the new details.
            let mut active: registration::ActiveModel = existing.into();
            fill(&mut active, new, state, now);
            active.attended = Set(false);
            active.attended_minutes = Set(None);
            active.confirmed_at = Set(None);
            active.cancelled_at = Set(None);
            let reg = active.update(txn).await?;
            let reg = admit(txn, state, ev, reg).await?;
            super::programme::choose(txn, state, &reg, &new.sessions).await?;
            crate::webhooks::payload::registration_stored(txn, state, ev, &reg).await?;
            reg
        }
        None => {
            let (status, holds_seat, notice) = decide(txn, ev, new.attendance_mode).await?;
            let token = state.secret.registration_token(ev.id, email_key);
            let mut active = registration::ActiveModel::from(draft(ev, new, state, &token));
            active.id = sea_orm::ActiveValue::NotSet;
            active.status = Set(status);
            active.holds_seat = Set(holds_seat);
            active.expires_at = Set(expiry(state, status));
            active.confirmed_at = Set((status == RegistrationStatus::Confirmed).then_some(now));
            let reg = match active.insert(txn).await {
                Ok(reg) => reg,
                Err(e) if db::is_unique_violation(&e) => return Ok(None),
                Err(e) => return Err(e.into()),
            };
            // Session seats in the same savepoint as the registration: exact under bursts.
            super::programme::choose(txn, state, &reg, &new.sessions).await?;
            outbox::queue(txn, state, ev, &reg, notice, Params::default()).await?;
            crate::webhooks::payload::registration_stored(txn, state, ev, &reg).await?;
            reg
        }
    };
    Ok(Some(reg))
}

fn fill(
    active: &mut registration::ActiveModel,
    new: &NewRegistration,
    state: &AppState,
    now: chrono::DateTime<chrono::Utc>,
) {
    active.name = Set(new.name.as_str().to_string());
    active.email = Set(new.email.as_str().to_string());
    active.organization = Set(new.organization.as_str().to_string());
    active.country = Set(new.country.as_str().to_string());
    active.language = Set(new.language);
    active.time_zone = Set(new.time_zone.map(|tz| tz.name().to_string()));
    active.answers = Set(Json(new.answers.clone()));
    active.consent_at = Set(now);
    active.consent_version = Set(state.settings.consent_version.clone());
    active.updated_at = Set(now);
    active.last_mail_at = Set(Some(now));
    active.attendance_mode = Set(new.attendance_mode);
    active.interpretation_language = Set(new.interpretation_language);
}

/// A registration as it will be stored, before it has an id and a status.
fn draft(
    ev: &event::Model,
    new: &NewRegistration,
    state: &AppState,
    token: &str,
) -> registration::Model {
    let now = state.now();
    let status = RegistrationStatus::Pending;
    registration::Model {
        id: 0,
        event_id: ev.id,
        token_hash: crate::security::hash_token(token),
        name: new.name.as_str().to_string(),
        email: new.email.as_str().to_string(),
        email_key: new.email.key(),
        organization: new.organization.as_str().to_string(),
        country: new.country.as_str().to_string(),
        language: new.language,
        time_zone: new.time_zone.map(|tz| tz.name().to_string()),
        status,
        holds_seat: false,
        answers: Json(new.answers.clone()),
        consent_at: now,
        consent_version: state.settings.consent_version.clone(),
        registered_at: now,
        confirmed_at: None,
        cancelled_at: None,
        expires_at: None,
        last_mail_at: Some(now),
        attended: false,
        attended_minutes: None,
        updated_at: now,
        anonymised_at: None,
        join_opened_at: None,
        attendance_mode: new.attendance_mode,
        interpretation_language: new.interpretation_language,
    }
}

/// The first status of a registration, taking a seat (of its mode's pool) when it gets one.
async fn decide(
    txn: &sea_orm::DatabaseTransaction,
    ev: &event::Model,
    mode: Option<AttendanceMode>,
) -> Result<(RegistrationStatus, bool, Notice), RegisterError> {
    let pool = ev.pool(mode);
    if ev.require_email_confirmation {
        let holds = ev.pending_holds_seat && event::try_take_seat(txn, ev, pool).await?;
        Ok((RegistrationStatus::Pending, holds, Notice::ConfirmAddress))
    } else if event::try_take_seat(txn, ev, pool).await? {
        Ok((RegistrationStatus::Confirmed, true, Notice::Confirmed))
    } else if ev.waitlist {
        Ok((RegistrationStatus::Waitlisted, false, Notice::Waitlisted))
    } else {
        Err(RegisterError::Closed(Closed::Full))
    }
}

fn expiry(state: &AppState, status: RegistrationStatus) -> Option<chrono::DateTime<chrono::Utc>> {
    (status == RegistrationStatus::Pending)
        .then(|| state.now() + Duration::hours(i64::from(state.settings.pending_expiry_hours)))
}

/// Decides the first status of a revived registration and queues its email.
async fn admit(
    txn: &sea_orm::DatabaseTransaction,
    state: &AppState,
    ev: &event::Model,
    reg: registration::Model,
) -> Result<registration::Model, RegisterError> {
    let now = state.now();
    let (status, holds_seat, notice) = decide(txn, ev, reg.attendance_mode).await?;
    let expires_at = expiry(state, status);
    let mut active: registration::ActiveModel = reg.into();
    active.status = Set(status);
    active.holds_seat = Set(holds_seat);
    active.expires_at = Set(expires_at);
    if status == RegistrationStatus::Confirmed {
        active.confirmed_at = Set(Some(now));
    }
    let reg = active.update(txn).await?;
    outbox::queue(txn, state, ev, &reg, notice, Params::default()).await?;
    Ok(reg)
}

/// How long a repeated registration waits before its email is sent again.
pub const RESEND_AFTER: Duration = Duration::minutes(5);

/// When `email` already has an active registration whose last email went out within
/// [`RESEND_AFTER`], the moment the email may be sent again; otherwise None.
pub async fn held_back_until(
    state: &AppState,
    ev: &event::Model,
    email: &EmailAddress,
) -> Result<Option<chrono::DateTime<chrono::Utc>>, AppError> {
    let now = state.now();
    Ok(
        registration::find_by_event_and_email(&state.db, ev.id, &email.key())
            .await?
            .filter(|reg| reg.status.is_active())
            .and_then(|reg| reg.last_mail_at)
            .map(|at| at + RESEND_AFTER)
            .filter(|at| *at > now),
    )
}

/// Sends the email that fits the registration's state again, unless one went out within
/// [`RESEND_AFTER`].
pub(crate) async fn resend_current(
    txn: &sea_orm::DatabaseTransaction,
    state: &AppState,
    ev: &event::Model,
    reg: registration::Model,
) -> Result<registration::Model, RegisterError> {
    let now = state.now();
    if reg.last_mail_at.is_some_and(|at| now - at < RESEND_AFTER) {
        return Ok(reg);
    }
    let notice = match reg.status {
        RegistrationStatus::Pending => Notice::ConfirmAddress,
        RegistrationStatus::Waitlisted => Notice::Waitlisted,
        _ => Notice::Confirmed,
    };
    outbox::queue(txn, state, ev, &reg, notice, Params::default()).await?;
    let active = registration::ActiveModel {
        id: Unchanged(reg.id),
        last_mail_at: Set(Some(now)),
        ..Default::default()
    };
    Ok(active.update(txn).await?)
}
