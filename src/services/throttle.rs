//! The guessing throttle for passwords (sign-in and the password page): growing delays per
//! account and client address together, and per client address, never a lock of the account.
//!
//! A lock per account would let anyone shut an organizer out by failing five times; keyed by
//! (account, address), an attacker only slows themselves down. Each failure beyond a few free
//! ones doubles the wait before the next attempt, so guessing becomes hopeless while a person
//! who mistyped waits seconds.

use chrono::{DateTime, Duration, Utc};

use crate::db::login_attempt;
use crate::state::AppState;

/// Failures are remembered this long…
pub const WINDOW: Duration = Duration::hours(1);
/// …after this many failures on one account from one address, each attempt waits…
pub const PAIR_FREE: usize = 3;
/// …and after this many from one address over all accounts;
pub const ADDRESS_FREE: usize = 20;
/// the first wait is this long, and each further failure doubles it…
pub const FIRST_DELAY: Duration = Duration::seconds(5);
/// …up to this.
pub const MAX_DELAY: Duration = Duration::minutes(15);

/// An attempt written down before the password is checked, so that simultaneous guesses see
/// each other and cannot all slip under the limit.
#[derive(Debug)]
pub struct Attempt {
    id: i64,
    account: String,
    client: String,
}

/// Too many failures lately; the next attempt is allowed after this many seconds.
#[derive(Debug)]
pub struct Throttled {
    pub retry_after: u64,
}

#[derive(Debug)]
pub enum BeginError {
    Throttled(Throttled),
    Internal(anyhow::Error),
}

impl<E: Into<anyhow::Error>> From<E> for BeginError {
    fn from(e: E) -> Self {
        BeginError::Internal(e.into())
    }
}

/// Records an attempt on `account` from `client`, or refuses it while a wait is running.
pub async fn begin(state: &AppState, account: &str, client: &str) -> Result<Attempt, BeginError> {
    let account: String = account.trim().to_lowercase().chars().take(320).collect();
    let client: String = client.chars().take(64).collect();
    let now = state.now();
    let id = {
        let _turn = state.write_turn().await;
        login_attempt::record(&state.db, &account, &client, now).await?
    };
    let since = now - WINDOW;
    let by_pair = login_attempt::times_for_pair(&state.db, &account, &client, since).await?;
    let by_address = login_attempt::times_for_address(&state.db, &client, since).await?;
    let wait = wait_before(now, &by_pair, PAIR_FREE)
        .into_iter()
        .chain(wait_before(now, &by_address, ADDRESS_FREE))
        .max();
    if let Some(retry_after) = wait {
        // A refused attempt checks nothing, so it does not count and extend the wait.
        let _turn = state.write_turn().await;
        login_attempt::delete(&state.db, id).await?;
        return Err(BeginError::Throttled(Throttled { retry_after }));
    }
    Ok(Attempt {
        id,
        account,
        client,
    })
}

/// The password was right: this attempt and the earlier failures of this account from this
/// address are forgotten. (A wrong password leaves the attempt counted.)
pub async fn succeeded(state: &AppState, attempt: Attempt) -> Result<(), sea_orm::DbErr> {
    let _turn = state.write_turn().await;
    login_attempt::delete(&state.db, attempt.id).await?;
    login_attempt::clear_pair(&state.db, &attempt.account, &attempt.client).await?;
    // Housekeeping rides along with sign-ins, which are rare enough to pay for it.
    login_attempt::delete_older_than(&state.db, state.now() - Duration::days(1)).await
}

/// Seconds to wait before one more attempt, given the attempts `times` (this one last) and
/// after how many failures waits start (`free`): each further failure doubles the wait,
/// counted from the last failure.
fn wait_before(now: DateTime<Utc>, times: &[DateTime<Utc>], free: usize) -> Option<u64> {
    let earlier = &times[..times.len().checked_sub(1)?];
    let beyond = earlier.len().checked_sub(free)?;
    let last = *earlier.last()?;
    let factor = 1_i32 << beyond.min(20);
    let delay = (FIRST_DELAY * factor).min(MAX_DELAY);
    let left = (last + delay - now).num_seconds();
    (left > 0).then(|| u64::try_from(left).unwrap_or(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_failure_beyond_the_free_ones_doubles_the_wait() {
        let now = Utc::now();
        let at = |seconds_ago: i64| now - Duration::seconds(seconds_ago);
        // Two failures, then this attempt: no wait.
        assert_eq!(wait_before(now, &[at(2), at(1), now], 3), None);
        // Three failures, the last one just now: 5 s; four: 10 s; five: 20 s.
        assert_eq!(wait_before(now, &[at(2), at(1), now, now], 3), Some(5));
        assert_eq!(
            wait_before(now, &[at(3), at(2), at(1), now, now], 3),
            Some(10)
        );
        let five = [at(4), at(3), at(2), at(1), now, now];
        assert_eq!(wait_before(now, &five, 3), Some(20));
        // The wait counts from the last failure, and ends.
        assert_eq!(wait_before(now, &[at(90), at(80), at(8), now], 3), None);
        assert_eq!(wait_before(now, &[at(90), at(80), at(3), now], 3), Some(2));
        // Never more than the maximum.
        let many: Vec<_> = (0..40).map(|_| now).collect();
        assert_eq!(wait_before(now, &many, 3), Some(15 * 60));
    }
}
