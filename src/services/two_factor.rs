//! Two-factor sign-in for organizers: TOTP (RFC 6238: HMAC-SHA1, 30-second steps, six
//! digits, as every authenticator app reads it), recovery codes stored hashed and usable once,
//! and the admin setting that requires it of everyone.

use chrono::{DateTime, Utc};
use hmac::{Hmac, Mac};
use rand::RngCore;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use sha1::Sha1;

use crate::db::{organizer, recovery_code, site_setting};
use crate::security::{hash_token, random_token};

const STEP_SECONDS: i64 = 30;
const DIGITS: u32 = 6;
/// Codes of the step before and after are accepted too: phones' clocks drift.
const DRIFT_STEPS: i64 = 1;
pub const RECOVERY_CODES: usize = 8;
const REQUIRED_KEY: &str = "two_factor_required";

/// A fresh secret of 160 bits, in base32 as authenticator apps take it.
pub fn new_secret() -> String {
    let mut bytes = [0u8; 20];
    rand::rng().fill_bytes(&mut bytes);
    base32_encode(&bytes)
}

/// The six-digit code of `secret` at the Unix time `at`.
pub fn code_at(secret: &str, at: i64) -> Option<String> {
    let key = base32_decode(secret)?;
    let counter = at.div_euclid(STEP_SECONDS);
    let mut mac = Hmac::<Sha1>::new_from_slice(&key).ok()?;
    mac.update(&counter.to_be_bytes());
    let digest = mac.finalize().into_bytes();
    let offset = usize::from(digest[19] & 0x0f);
    let binary = u32::from_be_bytes([
        digest[offset] & 0x7f,
        digest[offset + 1],
        digest[offset + 2],
        digest[offset + 3],
    ]);
    Some(format!(
        "{:0width$}",
        binary % 10u32.pow(DIGITS),
        width = DIGITS as usize
    ))
}

/// Whether `code` (spaces allowed) is the code of `secret` now, give or take a step.
pub fn verify(secret: &str, code: &str, now: DateTime<Utc>) -> bool {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != DIGITS as usize {
        return false;
    }
    (-DRIFT_STEPS..=DRIFT_STEPS).any(|step| {
        code_at(secret, now.timestamp() + step * STEP_SECONDS).is_some_and(|c| c == code)
    })
}

/// The `otpauth://` link an authenticator app reads from the QR code.
pub fn otpauth_uri(issuer: &str, account: &str, secret: &str) -> String {
    let enc = |s: &str| -> String { url::form_urlencoded::byte_serialize(s.as_bytes()).collect() };
    format!(
        "otpauth://totp/{}:{}?secret={secret}&issuer={}&algorithm=SHA1&digits={DIGITS}&period={STEP_SECONDS}",
        enc(issuer),
        enc(account),
        enc(issuer)
    )
}

/// Stores a new secret for the organizer; two-factor sign-in starts once a code confirms it.
pub async fn start(db: &impl ConnectionTrait, user: &organizer::Model) -> anyhow::Result<String> {
    let secret = new_secret();
    let mut active: organizer::ActiveModel = user.clone().into();
    active.totp_secret = Set(Some(secret.clone()));
    active.totp_enabled_at = Set(None);
    active.update(db).await?;
    Ok(secret)
}

/// Turns two-factor sign-in on when `code` matches the pending secret; returns the recovery
/// codes, shown once (only their hashes are kept).
pub async fn confirm(
    db: &impl ConnectionTrait,
    user: &organizer::Model,
    code: &str,
    now: DateTime<Utc>,
) -> anyhow::Result<Option<Vec<String>>> {
    let Some(secret) = user.totp_secret.as_deref() else {
        return Ok(None);
    };
    if !verify(secret, code, now) {
        return Ok(None);
    }
    let mut active: organizer::ActiveModel = user.clone().into();
    active.totp_enabled_at = Set(Some(now));
    active.update(db).await?;
    recovery_code::Entity::delete_many()
        .filter(recovery_code::Column::OrganizerId.eq(user.id))
        .exec(db)
        .await?;
    let mut codes = Vec::with_capacity(RECOVERY_CODES);
    for _ in 0..RECOVERY_CODES {
        let code: String = random_token()
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .take(10)
            .collect::<String>()
            .to_lowercase();
        recovery_code::ActiveModel {
            organizer_id: Set(user.id),
            code_hash: Set(hash_token(&code)),
            used_at: Set(None),
            ..Default::default()
        }
        .insert(db)
        .await?;
        codes.push(code);
    }
    Ok(Some(codes))
}

/// The second step of a sign-in: a current code, or an unused recovery code (then used up).
pub async fn check_second_factor(
    db: &impl ConnectionTrait,
    user: &organizer::Model,
    code: &str,
    now: DateTime<Utc>,
) -> Result<bool, sea_orm::DbErr> {
    if let Some(secret) = user.totp_secret.as_deref()
        && verify(secret, code, now)
    {
        return Ok(true);
    }
    let typed = code.trim().to_lowercase();
    if typed.len() != 10 {
        return Ok(false);
    }
    let used = recovery_code::Entity::update_many()
        .col_expr(
            recovery_code::Column::UsedAt,
            sea_orm::sea_query::Expr::value(now),
        )
        .filter(recovery_code::Column::OrganizerId.eq(user.id))
        .filter(recovery_code::Column::CodeHash.eq(hash_token(&typed)))
        .filter(recovery_code::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    Ok(used.rows_affected == 1)
}

/// Whether an admin requires two-factor sign-in of every organizer.
pub async fn required(db: &impl ConnectionTrait) -> Result<bool, sea_orm::DbErr> {
    Ok(site_setting::get(db, REQUIRED_KEY).await?.as_deref() == Some("true"))
}

pub async fn set_required(db: &impl ConnectionTrait, on: bool) -> Result<(), sea_orm::DbErr> {
    site_setting::set(db, REQUIRED_KEY, &on.to_string()).await
}

const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

fn base32_encode(bytes: &[u8]) -> String {
    let mut out = String::new();
    let (mut buffer, mut bits) = (0u32, 0u32);
    for &byte in bytes {
        buffer = (buffer << 8) | u32::from(byte);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(char::from(ALPHABET[((buffer >> bits) & 31) as usize]));
        }
    }
    if bits > 0 {
        out.push(char::from(ALPHABET[((buffer << (5 - bits)) & 31) as usize]));
    }
    out
}

fn base32_decode(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let (mut buffer, mut bits) = (0u32, 0u32);
    for c in text.chars().filter(|c| *c != '=' && !c.is_whitespace()) {
        let value = ALPHABET
            .iter()
            .position(|a| char::from(*a) == c.to_ascii_uppercase())?;
        buffer = (buffer << 5) | value as u32;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push(((buffer >> bits) & 0xff) as u8);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238, appendix B: the SHA-1 key "12345678901234567890", eight digits there; the
    /// last six of them here.
    #[test]
    fn matches_the_rfc_test_vectors() {
        let secret = base32_encode(b"12345678901234567890");
        for (at, eight) in [
            (59, "94287082"),
            (1_111_111_109, "07081804"),
            (1_234_567_890, "89005924"),
            (2_000_000_000, "69279037"),
        ] {
            assert_eq!(code_at(&secret, at).as_deref(), Some(&eight[2..]), "{at}");
        }
        assert_eq!(
            base32_decode(&secret).as_deref(),
            Some(&b"12345678901234567890"[..])
        );
    }
}
