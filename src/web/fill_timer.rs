//! The form's signed start time: a post sooner than `min_fill_seconds` after the page, or with
//! a start time older than a day, may be a bot, or a person with autofill. Such a post gets the
//! form back rather than a silent "thank you"; only the honeypot stays silent.

use crate::state::AppState;

/// A start time older than this is stale: the page was left open, or the token was copied.
const MAX_AGE_SECONDS: i64 = 24 * 60 * 60;

/// The moment the form was shown, signed so that a bot cannot fake it.
pub fn started_token(state: &AppState) -> String {
    signed(state, state.now().timestamp())
}

/// A start token for a form shown again after a fast post: dated back by the timer, so that
/// the person, who has now seen the form and sent it twice, passes on the second post.
pub fn started_token_for_second_post(state: &AppState) -> String {
    signed(
        state,
        state.now().timestamp() - i64::from(state.settings.min_fill_seconds),
    )
}

fn signed(state: &AppState, at: i64) -> String {
    let at = at.to_string();
    format!("{at}.{}", state.secret.sign(&["started", &at]))
}

/// Whether a valid token says the form was shown long enough ago, and not too long ago.
pub fn filled_in_time(state: &AppState, token: &str) -> bool {
    let Some((at, signature)) = token.split_once('.') else {
        return false;
    };
    let Ok(seconds) = at.parse::<i64>() else {
        return false;
    };
    let age = state.now().timestamp() - seconds;
    state.secret.verify(&["started", at], signature)
        && age >= i64::from(state.settings.min_fill_seconds)
        && age <= MAX_AGE_SECONDS
}
