//! Checking a registration form that may carry chosen sessions and delegate rows: every
//! wrong value is reported next to its field or row (422), with everything typed kept.

use std::collections::BTreeMap;

use crate::db::event;
use crate::domain::{CleanText, EmailAddress, Lang};
use crate::services::delegation::{self, NewDelegate};
use crate::services::registration::NewRegistration;
use crate::state::AppState;

use super::form::{DelegateRow, RegistrationForm};

/// A form that passed every check.
pub struct Checked {
    pub new: NewRegistration,
    pub delegates: Vec<NewDelegate>,
}

/// Checks the contact's fields, the chosen sessions and each delegate row.
pub async fn parse(
    state: &AppState,
    ev: &event::Model,
    form: &RegistrationForm,
) -> Result<Result<Checked, BTreeMap<String, String>>, sea_orm::DbErr> {
    let parsed = form.parse(ev);
    let mut errors = parsed.as_ref().err().cloned().unwrap_or_default();
    super::programme_view::check_keys(state, ev, form, &mut errors).await?;
    let contact_lang = form.language.parse::<Lang>().unwrap_or(ev.default_language);
    let delegates = check_delegates(
        state,
        ev,
        &form.delegates,
        &form.email,
        &form.organization,
        contact_lang,
        &mut errors,
    )
    .await?;
    Ok(match parsed {
        Ok(new) if errors.is_empty() => Ok(Checked { new, delegates }),
        _ => Err(errors),
    })
}

/// Checks delegate rows (blank ones are skipped): each error goes under the row's number.
pub async fn check_delegates(
    state: &AppState,
    ev: &event::Model,
    rows: &[DelegateRow],
    contact_email: &str,
    organization: &str,
    default_lang: Lang,
    errors: &mut BTreeMap<String, String>,
) -> Result<Vec<NewDelegate>, sea_orm::DbErr> {
    let mut delegates = Vec::new();
    let mut seen: Vec<String> = vec![contact_email.trim().to_lowercase()];
    for (i, row) in rows.iter().enumerate() {
        if row.is_blank() {
            continue;
        }
        let n = i + 1;
        let name = match CleanText::required(&row.name, 200) {
            Ok(name) => Some(name),
            Err(_) => {
                errors.insert(
                    format!("delegate_name-{n}"),
                    "error-delegate-name-required".into(),
                );
                None
            }
        };
        let email = match EmailAddress::check(&row.email) {
            Ok(email) if seen.contains(&email.key()) => {
                errors.insert(
                    format!("delegate_email-{n}"),
                    "error-delegate-duplicate".into(),
                );
                None
            }
            Ok(email) if delegation::already_registered(&state.db, ev, &email).await? => {
                errors.insert(
                    format!("delegate_email-{n}"),
                    "error-delegate-registered".into(),
                );
                None
            }
            Ok(email) => {
                seen.push(email.key());
                Some(email)
            }
            Err(reason) => {
                errors.insert(format!("delegate_email-{n}"), reason.message_key().into());
                None
            }
        };
        let language = row.language.parse::<Lang>().unwrap_or(default_lang);
        if let (Some(name), Some(email)) = (name, email) {
            delegates.push(NewDelegate {
                name,
                email,
                language,
            });
        }
    }
    if !delegates.is_empty()
        && let Some(left) = delegation::room_left(&state.db, ev, organization).await?
        && delegates.len() > left
    {
        errors.insert("delegates".into(), "error-delegates-too-many".into());
    }
    Ok(delegates)
}
