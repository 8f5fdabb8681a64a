//! Organizer accounts and their API tokens.

use sea_orm::{ActiveModelTrait, DatabaseConnection, Set};

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

/// Creates an organizer. Refuses a short password and an address already in use.
pub async fn add_user(
    db: &DatabaseConnection,
    email: &str,
    role: Role,
    password: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> anyhow::Result<organizer::Model> {
    let email = EmailAddress::parse(email)
        .ok_or_else(|| anyhow::anyhow!("not a valid email address: {email:?}"))?;
    if password.chars().count() < 10 {
        anyhow::bail!("the password must have at least 10 characters");
    }
    let result = organizer::ActiveModel {
        email: Set(email.key()),
        name: Set(String::new()),
        role: Set(role.as_str().into()),
        password_hash: Set(hash_password(password)?),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await;
    match result {
        Ok(model) => Ok(model),
        Err(e) if is_unique_violation(&e) => anyhow::bail!(
            "an organizer with the address {} exists already",
            email.key()
        ),
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
    let owner = organizer::find_by_email(db, email).await?.ok_or_else(|| {
        anyhow::anyhow!(
            "no organizer with the address {email:?}; create one with `convene user add`"
        )
    })?;
    let token = format!("cvn_{}", random_token());
    api_token::ActiveModel {
        organizer_id: Set(owner.id),
        name: Set(name.to_string()),
        token_hash: Set(hash_token(&token)),
        created_at: Set(now),
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
    let Some(row) = api_token::find_active(db, &hash_token(token)).await? else {
        return Ok(None);
    };
    api_token::touch(db, row.id, now).await?;
    Ok(organizer::Entity::find_by_id(row.organizer_id)
        .one(db)
        .await?)
}
