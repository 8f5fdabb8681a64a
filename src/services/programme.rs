//! Sessions of a programme: who chose which, seats per session with their own waiting lines,
//! and the emails that tell participants when their programme changes.

use std::collections::BTreeSet;

use sea_orm::{ConnectionTrait, EntityTrait};

use crate::db::programme::{self, Session};
use crate::db::{event, registration};
use crate::domain::RegistrationStatus;
use crate::mail::intent::{DroppedSession, Params};
use crate::mail::outbox;
use crate::state::AppState;

use super::notify::Notice;

/// The chosen keys that are not sessions of the event: a form naming one is refused.
pub fn unknown_keys<'a>(sessions: &[Session], chosen: &'a [String]) -> Vec<&'a str> {
    chosen
        .iter()
        .filter(|k| !sessions.iter().any(|s| &s.key == *k))
        .map(String::as_str)
        .collect()
}

/// The sessions a choice of keys means: none chosen is the whole programme.
fn chosen<'a>(sessions: &'a [Session], keys: &[String]) -> Vec<&'a Session> {
    sessions
        .iter()
        .filter(|s| keys.is_empty() || keys.contains(&s.key))
        .collect()
}

/// Records a new registration's sessions, taking a seat in each where one is free. Someone
/// waiting for the event waits for every session too; their seats come with the event's.
pub async fn choose(
    db: &impl ConnectionTrait,
    state: &AppState,
    reg: &registration::Model,
    keys: &[String],
) -> anyhow::Result<()> {
    let sessions = super::registration::memo::sessions_of(db, reg.event_id).await?;
    let waiting = reg.status == RegistrationStatus::Waitlisted;
    for session in chosen(&sessions, keys) {
        join(db, state, reg.id, session, waiting).await?;
    }
    Ok(())
}

async fn join(
    db: &impl ConnectionTrait,
    state: &AppState,
    registration_id: i64,
    session: &Session,
    waiting: bool,
) -> anyhow::Result<()> {
    let seated = !waiting && programme::try_take_seat(db, session).await?;
    let status = if seated {
        RegistrationStatus::Confirmed
    } else {
        RegistrationStatus::Waitlisted
    };
    programme::set_choice(db, registration_id, session.id, status, seated, state.now()).await?;
    Ok(())
}

/// Gives a registration that just got the event's seat a seat in each session it waits for.
pub async fn seat_waiting(
    db: &impl ConnectionTrait,
    state: &AppState,
    registration_id: i64,
) -> anyhow::Result<()> {
    for c in programme::choices_of(db, registration_id).await? {
        if c.status != RegistrationStatus::Waitlisted {
            continue;
        }
        if let Some(session) = programme::session::Entity::find_by_id(c.session_id)
            .one(db)
            .await?
        {
            join(db, state, registration_id, &session, false).await?;
        }
    }
    Ok(())
}

/// A registration leaves every session (cancelled, expired, erased): seats go to the next.
pub async fn leave_all(
    db: &impl ConnectionTrait,
    state: &AppState,
    ev: &event::Model,
    registration_id: i64,
) -> anyhow::Result<()> {
    for c in programme::choices_of(db, registration_id).await? {
        leave(db, state, ev, &c).await?;
    }
    Ok(())
}

async fn leave(
    db: &impl ConnectionTrait,
    state: &AppState,
    ev: &event::Model,
    c: &programme::Choice,
) -> anyhow::Result<()> {
    if c.status == RegistrationStatus::Cancelled {
        return Ok(());
    }
    programme::set_choice(
        db,
        c.registration_id,
        c.session_id,
        RegistrationStatus::Cancelled,
        false,
        state.now(),
    )
    .await?;
    if c.holds_seat {
        programme::release_seat(db, c.session_id).await?;
        promote(db, state, ev, c.session_id).await?;
    }
    Ok(())
}

/// Gives a session's free seats to those waiting longest for it (who hold the event's seat),
/// and sends each their programme with the new session in it.
pub async fn promote(
    db: &impl ConnectionTrait,
    state: &AppState,
    ev: &event::Model,
    session_id: i64,
) -> anyhow::Result<()> {
    let Some(session) = programme::session::Entity::find_by_id(session_id)
        .one(db)
        .await?
    else {
        return Ok(());
    };
    for c in programme::choices_in(db, session_id).await? {
        if c.status != RegistrationStatus::Waitlisted {
            continue;
        }
        let Some(reg) = registration::Entity::find_by_id(c.registration_id)
            .one(db)
            .await?
        else {
            continue;
        };
        if !matches!(
            reg.status,
            RegistrationStatus::Confirmed | RegistrationStatus::Pending
        ) {
            continue;
        }
        if !programme::try_take_seat(db, &session).await? {
            break;
        }
        let now = state.now();
        programme::set_choice(
            db,
            reg.id,
            session_id,
            RegistrationStatus::Confirmed,
            true,
            now,
        )
        .await?;
        if reg.status == RegistrationStatus::Confirmed {
            tell_sessions_changed(db, state, ev, &reg).await?;
        }
    }
    Ok(())
}

/// The participant changes their sessions: left ones free their seat (and are cancelled in
/// their calendar), new ones take a seat or a place in line. Returns whether anything changed.
pub async fn change(
    db: &impl ConnectionTrait,
    state: &AppState,
    ev: &event::Model,
    reg: &registration::Model,
    keys: &[String],
) -> anyhow::Result<bool> {
    let sessions = programme::sessions_of(db, ev.id).await?;
    let wanted: BTreeSet<i64> = chosen(&sessions, keys).iter().map(|s| s.id).collect();
    let current = programme::choices_of(db, reg.id).await?;
    let active = |c: &&programme::Choice| c.status != RegistrationStatus::Cancelled;
    let mut dropped = Vec::new();
    let mut changed = false;
    for c in current.iter().filter(active) {
        if wanted.contains(&c.session_id) {
            continue;
        }
        if let (true, Some(s)) = (c.holds_seat, sessions.iter().find(|s| s.id == c.session_id)) {
            dropped.push(DroppedSession::of(s));
        }
        leave(db, state, ev, c).await?;
        changed = true;
    }
    let waiting = reg.status == RegistrationStatus::Waitlisted;
    for session in sessions.iter().filter(|s| wanted.contains(&s.id)) {
        if current
            .iter()
            .filter(active)
            .any(|c| c.session_id == session.id)
        {
            continue;
        }
        join(db, state, reg.id, session, waiting).await?;
        changed = true;
    }
    if changed && reg.status == RegistrationStatus::Confirmed {
        tell_sessions_changed(db, state, ev, reg).await?;
        if !dropped.is_empty() {
            tell_sessions_cancelled(db, state, ev, reg, dropped).await?;
        }
    }
    Ok(changed)
}

/// [`change`] in its own write: false when a key is not a session of the event.
pub async fn change_sessions(
    state: &AppState,
    ev: &event::Model,
    reg: &registration::Model,
    keys: &[String],
) -> Result<bool, crate::error::AppError> {
    let sessions = programme::sessions_of(&state.db, ev.id).await?;
    if !unknown_keys(&sessions, keys).is_empty() {
        return Ok(false);
    }
    let txn = state.write().await?;
    change(&*txn, state, ev, reg, keys).await?;
    txn.commit().await?;
    Ok(true)
}

/// After sessions moved: everyone confirmed with a seat in one gets their programme again,
/// where only the moved sessions carry a higher SEQUENCE.
pub async fn notify_moved(
    db: &impl ConnectionTrait,
    state: &AppState,
    ev: &event::Model,
    replaced: &programme::Replaced,
) -> anyhow::Result<()> {
    let mut told = BTreeSet::new();
    for session_id in &replaced.moved {
        for c in programme::choices_in(db, *session_id).await? {
            if !c.holds_seat || !told.insert(c.registration_id) {
                continue;
            }
            if let Some(reg) = confirmed(db, c.registration_id).await? {
                tell_sessions_changed(db, state, ev, &reg).await?;
            }
        }
    }
    Ok(())
}

/// After sessions were removed from the programme: their holders get a calendar
/// cancellation of those sessions.
pub async fn drop_sessions(
    db: &impl ConnectionTrait,
    state: &AppState,
    ev: &event::Model,
    replaced: &programme::Replaced,
) -> anyhow::Result<()> {
    let mut per_registration: std::collections::BTreeMap<i64, Vec<DroppedSession>> =
        Default::default();
    for (session, holders) in &replaced.dropped {
        for id in holders {
            per_registration
                .entry(*id)
                .or_default()
                .push(DroppedSession::of(session));
        }
    }
    for (id, dropped) in per_registration {
        if let Some(reg) = confirmed(db, id).await? {
            tell_sessions_cancelled(db, state, ev, &reg, dropped).await?;
        }
    }
    Ok(())
}

/// A registration's sessions as the API lists them: `[{"key", "status"}]`. A session seat
/// held by someone whose address is not confirmed yet shows as pending, as the registration.
pub async fn statuses(
    db: &impl ConnectionTrait,
    reg: &registration::Model,
) -> Result<Vec<SessionStatus>, sea_orm::DbErr> {
    let sessions = programme::sessions_of(db, reg.event_id).await?;
    let choices = programme::choices_of(db, reg.id).await?;
    Ok(sessions
        .iter()
        .filter_map(|s| {
            let c = choices.iter().find(|c| c.session_id == s.id)?;
            Some(SessionStatus {
                key: s.key.clone(),
                status: choice_status(reg, c),
            })
        })
        .collect())
}

/// The status of one choice as participants and organizers see it.
pub fn choice_status(reg: &registration::Model, c: &programme::Choice) -> RegistrationStatus {
    match (c.status, reg.status) {
        (_, RegistrationStatus::Cancelled | RegistrationStatus::Expired) => reg.status,
        (RegistrationStatus::Confirmed, RegistrationStatus::Pending) => RegistrationStatus::Pending,
        (s, _) => s,
    }
}

#[derive(Debug, Clone, serde::Serialize, PartialEq, Eq)]
pub struct SessionStatus {
    pub key: String,
    pub status: RegistrationStatus,
}

/// The sessions a registration holds a seat in, for its invite.
pub async fn seated_sessions(
    db: &impl ConnectionTrait,
    reg: &registration::Model,
) -> Result<Vec<Session>, sea_orm::DbErr> {
    let sessions = programme::sessions_of(db, reg.event_id).await?;
    let choices = programme::choices_of(db, reg.id).await?;
    Ok(sessions
        .into_iter()
        .filter(|s| choices.iter().any(|c| c.session_id == s.id && c.holds_seat))
        .collect())
}

/// [`statuses`] for a page of registrations of one event, in two queries.
pub async fn statuses_of_page(
    db: &impl ConnectionTrait,
    event_id: i64,
    regs: &[registration::Model],
) -> Result<std::collections::HashMap<i64, Vec<SessionStatus>>, sea_orm::DbErr> {
    use sea_orm::{ColumnTrait, QueryFilter};
    let mut out = std::collections::HashMap::new();
    let sessions = programme::sessions_of(db, event_id).await?;
    if sessions.is_empty() {
        return Ok(out);
    }
    let ids: Vec<i64> = regs.iter().map(|r| r.id).collect();
    let choices = programme::choice::Entity::find()
        .filter(programme::choice::Column::RegistrationId.is_in(ids))
        .all(db)
        .await?;
    for reg in regs {
        let list = sessions
            .iter()
            .filter_map(|s| {
                let c = choices
                    .iter()
                    .find(|c| c.registration_id == reg.id && c.session_id == s.id)?;
                Some(SessionStatus {
                    key: s.key.clone(),
                    status: choice_status(reg, c),
                })
            })
            .collect();
        out.insert(reg.id, list);
    }
    Ok(out)
}

/// The numbers of one session, for dashboards and exports.
#[derive(Debug, Clone, serde::Serialize, PartialEq, Eq)]
pub struct SessionCount {
    pub key: String,
    pub title: String,
    pub capacity: Option<i32>,
    pub seats_taken: i32,
    pub confirmed: u64,
    pub pending: u64,
    pub waitlisted: u64,
    pub attended: u64,
}

impl SessionCount {
    /// (seats taken, capacity) as the translations' numbers take them.
    pub fn seats(&self) -> (i64, Option<i64>) {
        (i64::from(self.seats_taken), self.capacity.map(i64::from))
    }
}

/// Per-session counts of an event, in programme order, titles in `lang`.
pub async fn counts(
    db: &impl ConnectionTrait,
    ev: &event::Model,
    lang: crate::domain::Lang,
) -> Result<Vec<SessionCount>, sea_orm::DbErr> {
    use sea_orm::{ColumnTrait, QueryFilter};
    let sessions = programme::sessions_of(db, ev.id).await?;
    if sessions.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<i64> = sessions.iter().map(|s| s.id).collect();
    let choices = programme::choice::Entity::find()
        .filter(programme::choice::Column::SessionId.is_in(ids))
        .all(db)
        .await?;
    let reg_ids: Vec<i64> = choices.iter().map(|c| c.registration_id).collect();
    let regs: std::collections::HashMap<i64, registration::Model> = registration::Entity::find()
        .filter(registration::Column::Id.is_in(reg_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.id, r))
        .collect();
    Ok(sessions
        .iter()
        .map(|s| {
            let mut count = SessionCount {
                key: s.key.clone(),
                title: s.title_in(lang, ev.default_language),
                capacity: s.capacity,
                seats_taken: s.seats_taken,
                confirmed: 0,
                pending: 0,
                waitlisted: 0,
                attended: 0,
            };
            for c in choices.iter().filter(|c| c.session_id == s.id) {
                let Some(reg) = regs.get(&c.registration_id) else {
                    continue;
                };
                match choice_status(reg, c) {
                    RegistrationStatus::Confirmed => count.confirmed += 1,
                    RegistrationStatus::Pending => count.pending += 1,
                    RegistrationStatus::Waitlisted => count.waitlisted += 1,
                    _ => {}
                }
                if c.attended {
                    count.attended += 1;
                }
            }
            count
        })
        .collect())
}

/// The registration when it is confirmed: only those hold sessions worth telling about.
async fn confirmed(
    db: &impl ConnectionTrait,
    id: i64,
) -> Result<Option<registration::Model>, sea_orm::DbErr> {
    Ok(registration::Entity::find_by_id(id)
        .one(db)
        .await?
        .filter(|r| r.status == RegistrationStatus::Confirmed))
}

/// Queues the participant's programme again, after their sessions changed.
async fn tell_sessions_changed(
    db: &impl ConnectionTrait,
    state: &AppState,
    ev: &event::Model,
    reg: &registration::Model,
) -> anyhow::Result<()> {
    outbox::queue(
        db,
        state,
        ev,
        reg,
        Notice::SessionsChanged,
        Params::default(),
    )
    .await?;
    Ok(())
}

/// Queues the calendar cancellation of the sessions the participant no longer holds.
async fn tell_sessions_cancelled(
    db: &impl ConnectionTrait,
    state: &AppState,
    ev: &event::Model,
    reg: &registration::Model,
    dropped: Vec<DroppedSession>,
) -> anyhow::Result<()> {
    let params = Params {
        dropped_sessions: dropped,
        ..Params::default()
    };
    outbox::queue(db, state, ev, reg, Notice::SessionsCancelled, params).await?;
    Ok(())
}
