//! Signing organizers in and out: password checks, the guessing throttle and the sessions
//! kept in the database, so that every instance behind a load balancer knows them.

use std::sync::OnceLock;

use chrono::Duration;
use sea_orm::{ActiveModelTrait, EntityTrait, Set};

use crate::db::{organizer, session};
use crate::security::{hash_password, hash_token, random_token, verify_password};
use crate::state::AppState;

use super::accounts::MIN_PASSWORD_CHARS;
use super::throttle;

/// A session ends after this long without a request…
pub const IDLE_TIMEOUT: Duration = Duration::hours(12);
/// …and after this long in any case.
pub const MAX_AGE: Duration = Duration::days(7);
/// Marking a session as seen on every page would write on every read; once in a while does.
const TOUCH_EVERY: Duration = Duration::minutes(5);

#[derive(Debug)]
pub enum SignInError {
    /// Unknown address or wrong password: the two are not told apart.
    Wrong,
    /// Too many failures lately; try again after this many seconds.
    Throttled {
        retry_after: u64,
    },
    /// The password was right and the account signs in with two factors: ask for the code.
    NeedsCode(Box<organizer::Model>),
    Internal(anyhow::Error),
}

impl<E: Into<anyhow::Error>> From<E> for SignInError {
    fn from(e: E) -> Self {
        SignInError::Internal(e.into())
    }
}

/// Checks the password and opens a session; returns the cookie value and the organizer.
/// Guessing is slowed down by the throttle (see [`throttle`]).
pub async fn sign_in(
    state: &AppState,
    email: &str,
    password: &str,
    client: &str,
) -> Result<(String, organizer::Model), SignInError> {
    let attempt = throttle::begin(state, email, client).await?;
    let account = email.trim().to_lowercase();
    let user = organizer::find_by_email(&state.db, &account).await?;
    // An unknown address costs as much time as a known one, so timing tells nothing.
    let hash = match &user {
        Some(u) => u.password_hash.clone(),
        None => dummy_hash().to_string(),
    };
    let given = password.to_string();
    let matches = tokio::task::spawn_blocking(move || verify_password(&given, &hash)).await?;
    // A disabled account answers like a wrong password: nothing tells a guesser it exists.
    let Some(user) = user.filter(|u| matches && !u.is_disabled()) else {
        return Err(SignInError::Wrong);
    };
    throttle::succeeded(state, attempt).await?;
    if user.totp_enabled_at.is_some() {
        return Err(SignInError::NeedsCode(Box::new(user)));
    }
    open_session(state, user).await
}

/// The second step of a sign-in with two factors: `code` from the app, or a recovery code.
/// Throttled like the password.
pub async fn sign_in_with_code(
    state: &AppState,
    user_id: i64,
    code: &str,
    client: &str,
) -> Result<(String, organizer::Model), SignInError> {
    let user = organizer::Entity::find_by_id(user_id)
        .one(&state.db)
        .await?
        .filter(|u| !u.is_disabled() && u.totp_enabled_at.is_some())
        .ok_or(SignInError::Wrong)?;
    let attempt = throttle::begin(state, &user.email, client).await?;
    let accepted = {
        let _turn = state.write_turn().await;
        super::two_factor::check_second_factor(&state.db, &user, code, state.now()).await?
    };
    if !accepted {
        return Err(SignInError::Wrong);
    }
    throttle::succeeded(state, attempt).await?;
    open_session(state, user).await
}

async fn open_session(
    state: &AppState,
    user: organizer::Model,
) -> Result<(String, organizer::Model), SignInError> {
    let now = state.now();
    let token = random_token();
    let _turn = state.write_turn().await;
    session::delete_stale(&state.db, now, now - IDLE_TIMEOUT).await?;
    session::ActiveModel {
        token_hash: Set(hash_token(&token)),
        organizer_id: Set(user.id),
        created_at: Set(now),
        expires_at: Set(now + MAX_AGE),
        last_seen_at: Set(now),
        ..Default::default()
    }
    .insert(&state.db)
    .await?;
    Ok((token, user))
}

impl From<throttle::BeginError> for SignInError {
    fn from(e: throttle::BeginError) -> Self {
        match e {
            throttle::BeginError::Throttled(t) => SignInError::Throttled {
                retry_after: t.retry_after,
            },
            throttle::BeginError::Internal(e) => SignInError::Internal(e),
        }
    }
}

/// A real Argon2 hash of nothing in particular, for unknown addresses.
fn dummy_hash() -> &'static str {
    static HASH: OnceLock<String> = OnceLock::new();
    HASH.get_or_init(|| hash_password("no such account").unwrap_or_default())
}

/// The signed-in organizer behind a session cookie, if the session is alive.
pub async fn current(
    state: &AppState,
    cookie: &str,
) -> Result<Option<(session::Model, organizer::Model)>, sea_orm::DbErr> {
    if cookie.is_empty() || cookie.len() > 100 {
        return Ok(None);
    }
    let now = state.now();
    let Some(found) =
        session::find_live(&state.db, &hash_token(cookie), now, now - IDLE_TIMEOUT).await?
    else {
        return Ok(None);
    };
    let Some(user) = organizer::Entity::find_by_id(found.organizer_id)
        .one(&state.db)
        .await?
        .filter(|u| !u.is_disabled())
    else {
        return Ok(None);
    };
    if now - found.last_seen_at >= TOUCH_EVERY {
        let _turn = state.write_turn().await;
        session::touch(&state.db, found.id, now).await?;
    }
    Ok(Some((found, user)))
}

pub async fn sign_out(state: &AppState, cookie: &str) -> Result<(), sea_orm::DbErr> {
    let _turn = state.write_turn().await;
    session::delete_by_hash(&state.db, &hash_token(cookie)).await
}

#[derive(Debug)]
pub enum PasswordError {
    WrongCurrent,
    TooShort,
    /// Too many wrong current passwords lately; try again after this many seconds.
    Throttled {
        retry_after: u64,
    },
    Internal(anyhow::Error),
}

impl From<throttle::BeginError> for PasswordError {
    fn from(e: throttle::BeginError) -> Self {
        match e {
            throttle::BeginError::Throttled(t) => PasswordError::Throttled {
                retry_after: t.retry_after,
            },
            throttle::BeginError::Internal(e) => PasswordError::Internal(e),
        }
    }
}

impl<E: Into<anyhow::Error>> From<E> for PasswordError {
    fn from(e: E) -> Self {
        PasswordError::Internal(e.into())
    }
}

/// Changes an organizer's own password and ends their other sessions: whoever may have
/// learned the old password is signed out everywhere else. The check of the current password
/// is throttled like a sign-in: a borrowed session must not become a way to guess it.
pub async fn change_password(
    state: &AppState,
    user: &organizer::Model,
    session_id: i64,
    client: &str,
    current: &str,
    new: &str,
) -> Result<(), PasswordError> {
    if new.chars().count() < MIN_PASSWORD_CHARS {
        return Err(PasswordError::TooShort);
    }
    let attempt = throttle::begin(state, &user.email, client).await?;
    let (given, hash) = (current.to_string(), user.password_hash.clone());
    if !tokio::task::spawn_blocking(move || verify_password(&given, &hash)).await? {
        return Err(PasswordError::WrongCurrent);
    }
    throttle::succeeded(state, attempt).await?;
    let new = new.to_string();
    let hash = tokio::task::spawn_blocking(move || hash_password(&new)).await??;
    let _turn = state.write_turn().await;
    organizer::set_password_hash(&state.db, user.id, &hash).await?;
    session::delete_others(&state.db, user.id, session_id).await?;
    Ok(())
}
