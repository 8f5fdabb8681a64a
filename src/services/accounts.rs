//! Organizer accounts and their API tokens.

use sea_orm::{ActiveModelTrait, ConnectionTrait, DatabaseConnection, Set};

use crate::db::{api_token, is_unique_violation, organizer};
use crate::domain::EmailAddress;
use crate::security::{hash_password, hash_token, random_token};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Admin,
    Organizer,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Organizer => "organizer",
        }
    }
}

/// Why an account could not be created.
#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    #[error("not a valid email address: {0:?}")]
    InvalidEmail(String),
    #[error("the password must have at least {MIN_PASSWORD_CHARS} characters")]
    ShortPassword,
    #[error("an organizer with the address {0} exists already")]
    Taken(String),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<sea_orm::DbErr> for AccountError {
    fn from(e: sea_orm::DbErr) -> Self {
        AccountError::Internal(e.into())
    }
}

pub const MIN_PASSWORD_CHARS: usize = 10;

/// Creates an organizer. Refuses a short password and an address already in use.
pub async fn add_user(
    db: &DatabaseConnection,
    email: &str,
    role: Role,
    password: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> anyhow::Result<organizer::Model> {
    Ok(create_organizer(db, email, role, password, now).await?)
}

/// [`add_user`] with errors a page can explain field by field.
pub async fn create_organizer(
    db: &impl ConnectionTrait,
    email: &str,
    role: Role,
    password: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<organizer::Model, AccountError> {
    let email =
        EmailAddress::parse(email).ok_or_else(|| AccountError::InvalidEmail(email.to_string()))?;
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(AccountError::ShortPassword);
    }
    let result = organizer::ActiveModel {
        email: Set(email.key()),
        name: Set(String::new()),
        role: Set(role.as_str().into()),
        password_hash: Set(hash_password(password)?),
        created_at: Set(now),
        // Written out rather than left to the columns' defaults, so the row read back is whole.
        is_demo: Set(false),
        disabled_at: Set(None),
        totp_secret: Set(None),
        totp_enabled_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await;
    match result {
        Ok(model) => Ok(model),
        Err(e) if is_unique_violation(&e) => Err(AccountError::Taken(email.key())),
        Err(e) => Err(e.into()),
    }
}

/// A new API token for an organizer; the token itself is returned once and stored hashed.
pub async fn create_token(
    db: &DatabaseConnection,
    email: &str,
    name: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> anyhow::Result<String> {
    create_expiring_token(db, email, name, None, now).await
}

/// [`create_token`] with an optional lifetime in days.
pub async fn create_expiring_token(
    db: &DatabaseConnection,
    email: &str,
    name: &str,
    expires_in_days: Option<u32>,
    now: chrono::DateTime<chrono::Utc>,
) -> anyhow::Result<String> {
    let owner = organizer::find_by_email(db, email).await?.ok_or_else(|| {
        anyhow::anyhow!(
            "no organizer with the address {email:?}; create one with `convene user add`"
        )
    })?;
    let expires_at = expires_in_days.map(|days| now + chrono::Duration::days(i64::from(days)));
    create_token_for(db, owner.id, name, expires_at, now).await
}

/// A new API token for the organizer with this id, working until `expires_at` (if any);
/// returned once, stored hashed.
pub async fn create_token_for(
    db: &impl ConnectionTrait,
    organizer_id: i64,
    name: &str,
    expires_at: Option<chrono::DateTime<chrono::Utc>>,
    now: chrono::DateTime<chrono::Utc>,
) -> anyhow::Result<String> {
    let token = format!("cvn_{}", random_token());
    api_token::ActiveModel {
        organizer_id: Set(organizer_id),
        name: Set(name.chars().take(200).collect()),
        token_hash: Set(hash_token(&token)),
        created_at: Set(now),
        expires_at: Set(expires_at),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(token)
}

/// Resolves a bearer token to its organizer, and notes when it was last used.
pub async fn organizer_for_token(
    db: &DatabaseConnection,
    token: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> anyhow::Result<Option<organizer::Model>> {
    use sea_orm::EntityTrait;
    let Some(row) = api_token::find_active(db, &hash_token(token), now).await? else {
        return Ok(None);
    };
    // A disabled organizer's tokens stop working with the account.
    let Some(owner) = organizer::Entity::find_by_id(row.organizer_id)
        .one(db)
        .await?
        .filter(|o| !o.is_disabled())
    else {
        return Ok(None);
    };
    api_token::touch(db, row.id, now).await?;
    Ok(Some(owner))
}

/// Disables (`disabled`) or enables the account with this address.
pub async fn set_disabled(
    db: &DatabaseConnection,
    email: &str,
    disabled: bool,
    now: chrono::DateTime<chrono::Utc>,
) -> anyhow::Result<()> {
    let account = organizer::find_by_email(db, email)
        .await?
        .ok_or_else(|| anyhow::anyhow!("no organizer with the address {email:?}"))?;
    organizer::set_disabled(db, account.id, disabled.then_some(now)).await?;
    Ok(())
}
