//! The domain of calendar UIDs and Message-IDs. Calendar programs match an updated or
//! cancelled invite to the one they hold by its UID, so the domain in it must outlive a move
//! of the public URL: it is settled on first start and kept in the database.

use sea_orm::DatabaseConnection;

use crate::config::Settings;
use crate::db::site_setting;

const KEY: &str = "uid_domain";

/// The domain to use: the configured `uid_domain` when set (stored, so it stays), else the
/// stored one, else the public URL's host, stored for every later start.
pub async fn settle(db: &DatabaseConnection, settings: &Settings) -> anyhow::Result<String> {
    let configured = settings.uid_domain.trim();
    let stored = site_setting::get(db, KEY).await?;
    match stored {
        Some(stored) if configured.is_empty() || stored == configured => Ok(stored),
        Some(stored) => {
            tracing::warn!(
                from = %stored,
                to = %configured,
                "uid_domain changed: calendar programs will not match updates to invites sent before"
            );
            site_setting::set(db, KEY, configured).await?;
            Ok(configured.to_string())
        }
        None => {
            let first = if configured.is_empty() {
                public_host(settings)
            } else {
                configured.to_string()
            };
            Ok(site_setting::get_or_insert(db, KEY, &first).await?)
        }
    }
}

/// The host part of the public URL.
pub fn public_host(settings: &Settings) -> String {
    url::Url::parse(&settings.public_url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_string))
        .unwrap_or_else(|| "localhost".into())
}
