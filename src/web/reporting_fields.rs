//! The optional reporting fields on the registration form (gender, age group), shown when the
//! event switches them on with `collect`, each with why it is asked and "I prefer not to say".

use std::collections::BTreeMap;

use crate::db::{followup, profile};
use crate::domain::Lang;
use crate::i18n::Tr;
use crate::services::reporting::{AGE_GROUPS, GENDERS};
use crate::state::AppState;

/// One field as the form template draws it.
pub struct ReportingField {
    pub name: &'static str,
    pub label: String,
    pub help: String,
    /// (value, label, selected)
    pub options: Vec<(&'static str, String, bool)>,
    pub invalid: bool,
}

/// The answers a form post gave, before they are checked.
#[derive(Debug, Default, Clone)]
pub struct Submitted {
    pub gender: String,
    pub age_group: String,
}

impl Submitted {
    pub fn from_pairs(pairs: &[(String, String)]) -> Submitted {
        let get = |name: &str| {
            pairs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.trim().to_string())
                .unwrap_or_default()
        };
        Submitted {
            gender: get("gender"),
            age_group: get("age_group"),
        }
    }

    /// The fields whose value is not one offered (empty is fine: the fields are optional).
    pub fn invalid(&self) -> Vec<&'static str> {
        let mut bad = Vec::new();
        if !self.gender.is_empty() && !GENDERS.contains(&self.gender.as_str()) {
            bad.push("gender");
        }
        if !self.age_group.is_empty() && !AGE_GROUPS.contains(&self.age_group.as_str()) {
            bad.push("age_group");
        }
        bad
    }

    /// Stores the answers the event asks for; nothing when none was given.
    pub async fn save(
        &self,
        state: &AppState,
        row: &followup::Model,
        registration_id: i64,
    ) -> Result<(), sea_orm::DbErr> {
        let keep = |field: &str, value: &str| {
            (row.collects(field) && !value.is_empty()).then(|| value.to_string())
        };
        let gender = keep("gender", &self.gender);
        let age_group = keep("age_group", &self.age_group);
        if gender.is_none() && age_group.is_none() {
            return Ok(());
        }
        profile::save(
            &state.db,
            registration_id,
            gender.as_deref(),
            age_group.as_deref(),
        )
        .await
    }
}

/// The fields the event asks, in `lang`, with `submitted` selected and `invalid` marked.
pub fn fields(
    row: &followup::Model,
    lang: Lang,
    submitted: &Submitted,
    invalid: &[&str],
) -> Vec<ReportingField> {
    let tr = Tr(lang);
    let values: BTreeMap<&str, &str> = [
        ("gender", submitted.gender.as_str()),
        ("age_group", submitted.age_group.as_str()),
    ]
    .into_iter()
    .collect();
    [("gender", &GENDERS[..]), ("age_group", &AGE_GROUPS[..])]
        .into_iter()
        .filter(|(name, _)| row.collects(name))
        .map(|(name, options)| {
            let chosen = values.get(name).copied().unwrap_or_default();
            ReportingField {
                name,
                label: tr.t(&format!("reporting-{name}")),
                help: tr.t("reporting-why"),
                options: options
                    .iter()
                    .map(|v| (*v, tr.t(&format!("reporting-{name}-{v}")), *v == chosen))
                    .collect(),
                invalid: invalid.contains(&name),
            }
        })
        .collect()
}
