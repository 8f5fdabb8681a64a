//! Signing organizers in and out: password checks, the guessing throttle and the sessions
//! kept in the database, so that every instance behind a load balancer knows them.

use std::sync::OnceLock;

use chrono::{DateTime, Duration, Utc};
use sea_orm::{ActiveModelTrait, EntityTrait, Set};

use crate::db::{login_attempt, organizer, session};
use crate::security::{hash_password, hash_token, random_token, verify_password};
use crate::state::AppState;

use super::accounts::MIN_PASSWORD_CHARS;

/// A session ends after this long without a request…
pub const IDLE_TIMEOUT: Duration = Duration::hours(12);
/// …and after this long in any case.
pub const MAX_AGE: Duration = Duration::days(7);
/// Marking a session as seen on every page would write on every read; once in a while does.
const TOUCH_EVERY: Duration = Duration::minutes(5);

/// Failed sign-ins are counted over this window…
pub const THROTTLE_WINDOW: Duration = Duration::minutes(15);
/// …and this many per account, or per client address, are allowed in it.
pub const ACCOUNT_LIMIT: usize = 5;
pub const ADDRESS_LIMIT: usize = 20;

#[derive(Debug)]
pub enum SignInError {
    /// Unknown address or wrong password: the two are not told apart.
    Wrong,
    /// Too many failures lately; try again after this many seconds.
    Throttled {
        retry_after: u64,
    },
    Internal(anyhow::Error),
}

impl<E: Into<anyhow::Error>> From<E> for SignInError {
    fn from(e: E) -> Self {
        SignInError::Internal(e.into())
    }
}

/// Checks the password and opens a session; returns the cookie value and the organizer.
///
/// The attempt is written down before the password is checked, so simultaneous guesses see
/// each other and cannot all slip under the limit; a correct password erases it again.
pub async fn sign_in(
    state: &AppState,
    email: &str,
    password: &str,
    client: &str,
) -> Result<(String, organizer::Model), SignInError> {
    let account: String = email.trim().to_lowercase().chars().take(320).collect();
    let client: String = client.chars().take(64).collect();
    let now = state.now();
    let attempt = {
        let _turn = state.write_turn().await;
        login_attempt::record(&state.db, &account, &client, now).await?
    };
    let since = now - THROTTLE_WINDOW;
    let by_account = login_attempt::times_for_account(&state.db, &account, since).await?;
    let by_address = login_attempt::times_for_address(&state.db, &client, since).await?;
    let wait = retry_after(now, &by_account, ACCOUNT_LIMIT)
        .into_iter()
        .chain(retry_after(now, &by_address, ADDRESS_LIMIT))
        .max();
    if let Some(retry_after) = wait {
        // A refused attempt checks nothing, so it does not count and extend the wait.
        let _turn = state.write_turn().await;
        login_attempt::delete(&state.db, attempt).await?;
        return Err(SignInError::Throttled { retry_after });
    }
    let user = organizer::find_by_email(&state.db, &account).await?;
    // An unknown address costs as much time as a known one, so timing tells nothing.
    let hash = match &user {
        Some(u) => u.password_hash.clone(),
        None => dummy_hash().to_string(),
    };
    let given = password.to_string();
    let matches = tokio::task::spawn_blocking(move || verify_password(&given, &hash)).await?;
    let Some(user) = user.filter(|_| matches) else {
        return Err(SignInError::Wrong);
    };
    let token = random_token();
    let _turn = state.write_turn().await;
    login_attempt::delete(&state.db, attempt).await?;
    login_attempt::clear_account(&state.db, &account).await?;
    // Housekeeping rides along with sign-ins, which are rare enough to pay for it.
    login_attempt::delete_older_than(&state.db, now - Duration::days(1)).await?;
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

/// Seconds until one more attempt is allowed, if `times` (the current attempt last) is over
/// `limit`: the wait ends when enough of the earlier failures have left the window.
fn retry_after(now: DateTime<Utc>, times: &[DateTime<Utc>], limit: usize) -> Option<u64> {
    let failures = times.len().checked_sub(1)?;
    if failures < limit {
        return None;
    }
    let frees_up = times[failures - limit] + THROTTLE_WINDOW;
    Some(
        u64::try_from((frees_up - now).num_seconds())
            .unwrap_or(0)
            .max(1),
    )
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
    Internal(anyhow::Error),
}

impl<E: Into<anyhow::Error>> From<E> for PasswordError {
    fn from(e: E) -> Self {
        PasswordError::Internal(e.into())
    }
}

/// Changes an organizer's own password and ends their other sessions: whoever may have
/// learned the old password is signed out everywhere else.
pub async fn change_password(
    state: &AppState,
    user: &organizer::Model,
    session_id: i64,
    current: &str,
    new: &str,
) -> Result<(), PasswordError> {
    if new.chars().count() < MIN_PASSWORD_CHARS {
        return Err(PasswordError::TooShort);
    }
    let (given, hash) = (current.to_string(), user.password_hash.clone());
    if !tokio::task::spawn_blocking(move || verify_password(&given, &hash)).await? {
        return Err(PasswordError::WrongCurrent);
    }
    let new = new.to_string();
    let hash = tokio::task::spawn_blocking(move || hash_password(&new)).await??;
    let _turn = state.write_turn().await;
    organizer::set_password_hash(&state.db, user.id, &hash).await?;
    session::delete_others(&state.db, user.id, session_id).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wait_ends_when_old_failures_leave_the_window() {
        let now = Utc::now();
        let at = |minutes_ago: i64| now - Duration::minutes(minutes_ago);
        // Four failures and this attempt: allowed.
        let four = [at(10), at(8), at(6), at(4), now];
        assert_eq!(retry_after(now, &four, 5), None);
        // Five failures: the sixth attempt waits until the oldest is 15 minutes old.
        let five = [at(10), at(8), at(6), at(4), at(2), now];
        assert_eq!(retry_after(now, &five, 5), Some(5 * 60));
        // Seven failures: the third oldest must go too.
        let seven = [at(14), at(12), at(10), at(8), at(6), at(4), at(2), now];
        assert_eq!(retry_after(now, &seven, 5), Some(5 * 60));
    }
}
