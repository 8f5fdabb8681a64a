//! Creating and changing events, for the API and the admin pages. A change of time, place or
//! join link is a new version of every invite: SEQUENCE goes up and participants are told.

mod input;
mod merge;
mod next;

pub use input::{EventInput, EventOut, FieldErrors, SaveError};
pub use merge::is_web_url;
use merge::merge;
pub use next::create_next;

use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter};

use crate::db::{self, event, followup, programme, registration};
use crate::domain::{EventStatus, Lang, RegistrationStatus};
use crate::mail::intent::Params;
use crate::mail::outbox;
use crate::state::AppState;

use super::audit::{self, Actor};
use super::notify::Notice;

/// Creates an event from a complete input, as Convene itself (demo data, scripts).
pub async fn create(
    state: &AppState,
    input: EventInput,
    owner: Option<i64>,
) -> Result<event::Model, SaveError> {
    create_by(state, input, owner, &Actor::system()).await
}

/// Creates an event from a complete input, noting in the audit log who did.
pub async fn create_by(
    state: &AppState,
    input: EventInput,
    owner: Option<i64>,
    actor: &Actor,
) -> Result<event::Model, SaveError> {
    let mut errors = FieldErrors::new();
    for (field, missing) in [
        ("slug", input.slug.is_none()),
        ("starts_at", input.starts_at.is_none()),
        ("ends_at", input.ends_at.is_none()),
        ("timezone", input.timezone.is_none()),
        (
            "title",
            input.title.is_none()
                && input
                    .translations
                    .as_ref()
                    .is_none_or(|t| t.values().all(|t| t.title.trim().is_empty())),
        ),
    ] {
        if missing {
            errors.push((field.into(), "is required".into()));
        }
    }
    if !errors.is_empty() {
        return Err(SaveError::Invalid(errors));
    }
    let now = state.now();
    let blank = event::Model {
        owner_id: owner,
        default_language: input.default_language.unwrap_or(Lang::En),
        ..event::Model::draft(now)
    };
    let sessions = input.sessions.clone();
    let merged = merge(&blank, input)?;
    let mut active: event::ActiveModel = merged.into();
    active.id = sea_orm::ActiveValue::NotSet;
    let txn = state.write().await?;
    let ev = match active.insert(&*txn).await {
        Ok(ev) => ev,
        Err(e) if db::is_unique_violation(&e) => return Err(SaveError::SlugTaken),
        Err(e) => return Err(e.into()),
    };
    if let Some(sessions) = &sessions {
        programme::replace(&*txn, ev.id, sessions).await?;
    }
    audit::record(
        &*txn,
        actor,
        ev.id,
        "created",
        &audit::describe_new(&ev),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(ev)
}

/// Applies a change. When time, place or join link change, every active participant gets an
/// updated invite (same UID, higher SEQUENCE) in their own language, in the same transaction.
pub async fn update(
    state: &AppState,
    current: &event::Model,
    input: EventInput,
) -> Result<event::Model, SaveError> {
    update_by(state, current, input, &Actor::system()).await
}

/// [`update`], noting in the audit log who changed what.
pub async fn update_by(
    state: &AppState,
    current: &event::Model,
    input: EventInput,
    actor: &Actor,
) -> Result<event::Model, SaveError> {
    if input.slug.as_deref().is_some_and(|s| s != current.slug) {
        return Err(SaveError::Invalid(vec![(
            "slug".into(),
            "cannot be changed".into(),
        )]));
    }
    let sessions = input.sessions.clone();
    let mut next = merge(current, input)?;
    if !current.status.can_become(next.status) {
        return Err(SaveError::Transition {
            from: current.status,
            to: next.status,
        });
    }
    let moved = next.starts_at != current.starts_at
        || next.ends_at != current.ends_at
        || next.timezone != current.timezone;
    let relocated = next.venue != current.venue
        || next.join_url != current.join_url
        || next.join_urls != current.join_urls
        || Lang::ALL
            .iter()
            .any(|l| current.text_in(*l).0.location != next.text_in(*l).0.location);
    let newly_cancelled =
        next.status == EventStatus::Cancelled && current.status != EventStatus::Cancelled;
    if moved || relocated {
        next.sequence = current.sequence + 1;
    }
    next.updated_at = state.now();
    let raised = |old: Option<i32>, new: Option<i32>| match (old, new) {
        (Some(old), Some(new)) => new > old,
        (Some(_), None) => true,
        _ => false,
    };
    let capacity_raised = raised(current.capacity, next.capacity)
        || raised(current.capacity_in_person, next.capacity_in_person)
        || raised(current.capacity_online, next.capacity_online)
        || next.kind != current.kind;
    let txn = state.write().await?;
    // Write every column except the seat counter, which only its guarded statements touch.
    let mut active = event::ActiveModel::from(next.clone()).reset_all();
    active.not_set(event::Column::SeatsTaken);
    active.not_set(event::Column::SeatsTakenInPerson);
    active.not_set(event::Column::SeatsTakenOnline);
    let saved = active.update(&*txn).await?;
    let detail = audit::describe_change(current, &saved);
    if !detail.is_empty() {
        let action = audit::change_action(current, &saved);
        audit::record(&*txn, actor, saved.id, action, &detail, next.updated_at).await?;
    }
    let gets_limit = |old: Option<i32>, new: Option<i32>| old.is_none() && new.is_some();
    if gets_limit(current.capacity, saved.capacity)
        || gets_limit(current.capacity_in_person, saved.capacity_in_person)
        || gets_limit(current.capacity_online, saved.capacity_online)
    {
        // Without a limit the counter was not kept; from now on it is.
        event::recount_seats(&*txn, saved.id).await?;
    }
    if newly_cancelled {
        notify_all(
            &txn,
            state,
            &saved,
            Notice::EventCancelled,
            Params::default(),
        )
        .await?;
    } else if (moved || relocated) && saved.status == EventStatus::Published {
        // The previous time goes into the row: the email is written when it is sent.
        let params = Params {
            changed: true,
            previous_start: moved.then(|| (current.starts_at, current.timezone.to_string())),
            previous_end: moved.then_some(current.ends_at),
            ..Params::default()
        };
        notify_all(&txn, state, &saved, Notice::Updated, params).await?;
    }
    if let Some(sessions) = &sessions {
        let replaced = programme::replace(&*txn, saved.id, sessions).await?;
        let event_notified = (moved || relocated) && saved.status == EventStatus::Published;
        if !event_notified && saved.status == EventStatus::Published {
            super::programme::notify_moved(&*txn, state, &saved, &replaced).await?;
        }
        super::programme::drop_sessions(&*txn, state, &saved, &replaced).await?;
    }
    if capacity_raised && saved.waitlist {
        super::seats::promote_waiting(&*txn, state, &saved).await?;
    }
    txn.commit().await?;
    Ok(saved)
}

/// The event object as the API returns it, with its programme and after-event settings.
pub async fn describe(state: &AppState, ev: &event::Model) -> Result<EventOut, sea_orm::DbErr> {
    let sessions = programme::sessions_of(&state.db, ev.id).await?;
    let after = followup::for_event(&state.db, ev.id).await?;
    Ok(EventOut::new(
        ev,
        state.settings.base_url(),
        &sessions,
        &after,
    ))
}

/// [`describe`] for many events, with their sessions and settings loaded in one query each.
pub async fn describe_all(
    state: &AppState,
    events: &[event::Model],
) -> Result<Vec<EventOut>, sea_orm::DbErr> {
    let ids: Vec<i64> = events.iter().map(|e| e.id).collect();
    let mut sessions = programme::session::Entity::find()
        .filter(programme::session::Column::EventId.is_in(ids.clone()))
        .all(&state.db)
        .await?;
    let afters = followup::Entity::find()
        .filter(followup::Column::EventId.is_in(ids))
        .all(&state.db)
        .await?;
    sessions.sort_by_key(|s| (s.starts_at, s.position));
    Ok(events
        .iter()
        .map(|ev| {
            let own: Vec<_> = sessions
                .iter()
                .filter(|s| s.event_id == ev.id)
                .cloned()
                .collect();
            let after = afters
                .iter()
                .find(|a| a.event_id == ev.id)
                .cloned()
                .unwrap_or_else(|| followup::Model::none(ev.id));
            EventOut::new(ev, state.settings.base_url(), &own, &after)
        })
        .collect())
}

async fn notify_all(
    txn: &sea_orm::DatabaseTransaction,
    state: &AppState,
    ev: &event::Model,
    notice: Notice,
    params: Params,
) -> anyhow::Result<()> {
    let statuses: Vec<&str> = match notice {
        Notice::EventCancelled => vec![
            RegistrationStatus::Pending.as_str(),
            RegistrationStatus::Confirmed.as_str(),
            RegistrationStatus::Waitlisted.as_str(),
        ],
        _ => vec![RegistrationStatus::Confirmed.as_str()],
    };
    let regs = registration::Entity::find()
        .filter(registration::Column::EventId.eq(ev.id))
        .filter(registration::Column::Status.is_in(statuses))
        .all(txn)
        .await?;
    for reg in regs {
        outbox::queue(txn, state, ev, &reg, notice, params.clone()).await?;
    }
    Ok(())
}
