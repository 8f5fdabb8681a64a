//! Attendance per session of a programme: the check-in desk at a session's door, and lists of
//! addresses from scripts. Coming to a session is coming to the event, so the event's own
//! attendance is marked too (and announced to webhooks as any other attendance).

use sea_orm::ConnectionTrait;

use crate::db::programme::{self, Session};
use crate::db::{attendance, event, registration};
use crate::domain::{EmailAddress, RegistrationStatus};
use crate::error::AppError;
use crate::state::AppState;

use super::attendance::MAX_ADDRESSES;

/// What a list of addresses matched in one session.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct SessionMarked {
    pub session: String,
    /// People now marked as attending the session (also those marked before).
    pub people_marked: u64,
    /// Addresses given that hold no choice of this session, as given.
    pub unmatched: Vec<String>,
}

/// Why a list cannot be marked.
#[derive(Debug, thiserror::Error)]
pub enum SessionMarkError {
    #[error("{0} is not a session of this event")]
    UnknownSession(String),
    #[error("at most {max} addresses at once")]
    TooManyAddresses { max: usize },
    #[error(transparent)]
    App(#[from] AppError),
}

impl From<sea_orm::DbErr> for SessionMarkError {
    fn from(e: sea_orm::DbErr) -> Self {
        SessionMarkError::App(e.into())
    }
}

async fn session(
    db: &impl ConnectionTrait,
    ev: &event::Model,
    key: &str,
) -> Result<Option<Session>, sea_orm::DbErr> {
    let sessions = programme::sessions_of(db, ev.id).await?;
    Ok(sessions.into_iter().find(|s| s.key == key))
}

/// Marks the people with these addresses (letter case ignored) as attending session `key`.
pub async fn mark_emails(
    state: &AppState,
    ev: &event::Model,
    key: &str,
    emails: &[String],
) -> Result<SessionMarked, SessionMarkError> {
    if emails.len() > MAX_ADDRESSES {
        return Err(SessionMarkError::TooManyAddresses { max: MAX_ADDRESSES });
    }
    let Some(session) = session(&state.db, ev, key).await? else {
        return Err(SessionMarkError::UnknownSession(key.to_string()));
    };
    let keys: Vec<String> = emails
        .iter()
        .filter_map(|e| EmailAddress::parse(e.trim()).map(|a| a.key()))
        .collect();
    let found = attendance::find_by_email_keys(&state.db, ev.id, &keys).await?;
    let txn = state.write().await?;
    let marked = mark(&*txn, state, ev, &session, &found).await?;
    txn.commit().await?;
    let unmatched = emails
        .iter()
        .filter(|e| {
            let key = EmailAddress::parse(e.trim()).map(|a| a.key());
            !found
                .iter()
                .any(|r| Some(&r.email_key) == key.as_ref() && marked.contains(&r.id))
        })
        .cloned()
        .collect();
    Ok(SessionMarked {
        session: session.key,
        people_marked: marked.len() as u64,
        unmatched,
    })
}

/// The check-in desk of session `key`: marks one registration. None when the session does not
/// exist; Some(false) when the registration did not choose it.
pub async fn check_in(
    state: &AppState,
    ev: &event::Model,
    key: &str,
    registration_id: i64,
) -> Result<Option<bool>, AppError> {
    let Some(session) = session(&state.db, ev, key).await? else {
        return Ok(None);
    };
    let Some(reg) = attendance::find_in_event(&state.db, ev.id, registration_id).await? else {
        return Ok(Some(false));
    };
    let txn = state.write().await?;
    let marked = mark(&*txn, state, ev, &session, std::slice::from_ref(&reg)).await?;
    txn.commit().await?;
    Ok(Some(!marked.is_empty()))
}

/// Marks each registration that chose the session; returns the ids marked.
async fn mark(
    db: &impl ConnectionTrait,
    state: &AppState,
    ev: &event::Model,
    session: &Session,
    regs: &[registration::Model],
) -> Result<Vec<i64>, sea_orm::DbErr> {
    let mut marked = Vec::new();
    let mut event_marked = Vec::new();
    for reg in regs {
        if matches!(
            reg.status,
            RegistrationStatus::Cancelled | RegistrationStatus::Expired
        ) || !programme::set_attended(db, reg.id, session.id, true).await?
        {
            continue;
        }
        marked.push(reg.id);
        if !reg.attended {
            attendance::set_attended(db, reg.id, true, None, state.now()).await?;
            event_marked.push((reg.id, true, reg.attended_minutes));
        }
    }
    crate::webhooks::payload::attendance_marked(db, state, ev, &event_marked).await?;
    Ok(marked)
}
