//! The registration form: raw fields in, checked by `validator`, then parsed into domain values.
//! Each wrong field gets a message key; the page shows it next to the field.

use std::collections::BTreeMap;

use validator::Validate;

use crate::db::event;
use crate::domain::{
    AttendanceMode, CleanText, CountryCode, EmailAddress, EventKind, Lang, QuestionKind, TextError,
};
use crate::services::registration::NewRegistration;

/// The form as posted: strings, so that a rejected form comes back exactly as typed.
#[derive(Debug, Default, Clone, Validate)]
pub struct RegistrationForm {
    #[validate(length(max = 200, code = "too-long"))]
    pub name: String,
    // Whether it is an address at all is decided by `EmailAddress::check` alone.
    #[validate(length(max = 254, code = "too-long"))]
    pub email: String,
    #[validate(length(max = 200, code = "too-long"))]
    pub organization: String,
    pub country: String,
    pub language: String,
    pub consent: bool,
    pub time_zone: String,
    pub csrf_token: String,
    /// The honeypot: hidden from people, filled in by bots.
    pub website: String,
    /// When the form was shown, signed: a post seconds later is a bot.
    pub started: String,
    pub answers: BTreeMap<String, String>,
    /// Chosen session keys, as posted (checked against the programme by the handler).
    pub sessions: Vec<String>,
    /// Delegate rows, as posted.
    pub delegates: Vec<DelegateRow>,
    /// "Add another delegate" was pressed: show the form again with one more row.
    pub add_delegate: bool,
    /// A hybrid event: `in_person` or `online`.
    pub attendance_mode: String,
    /// An event with interpretation: the language listened in.
    pub interpretation_language: String,
}

/// One delegate row of the form, as typed.
#[derive(Debug, Default, Clone)]
pub struct DelegateRow {
    pub name: String,
    pub email: String,
    pub language: String,
}

impl DelegateRow {
    pub fn is_blank(&self) -> bool {
        self.name.trim().is_empty() && self.email.trim().is_empty()
    }
}

impl RegistrationForm {
    pub fn from_pairs(pairs: Vec<(String, String)>, ev: &event::Model) -> RegistrationForm {
        let questions = &ev.questions;
        let mut form = RegistrationForm::default();
        for (key, value) in pairs {
            match key.as_str() {
                "name" => form.name = value,
                "email" => form.email = value,
                "organization" => form.organization = value,
                "country" => form.country = value,
                "language" => form.language = value,
                "consent" => form.consent = !value.is_empty(),
                "time_zone" => form.time_zone = value,
                "csrf_token" => form.csrf_token = value,
                "website" => form.website = value,
                "started" => form.started = value,
                "sessions" => form.sessions.push(value),
                "attendance_mode" => form.attendance_mode = value,
                "interpretation_language" => form.interpretation_language = value,
                "add_delegate" => form.add_delegate = true,
                "delegate_name" => form.delegates.push(DelegateRow {
                    name: value,
                    ..Default::default()
                }),
                "delegate_email" | "delegate_language" => {
                    // Rows are told apart by order: each field fills the first row missing it.
                    let row = form.delegates.iter_mut().find(|r| {
                        if key == "delegate_email" {
                            r.email.is_empty()
                        } else {
                            r.language.is_empty()
                        }
                    });
                    let row = match row {
                        Some(row) => row,
                        None => {
                            form.delegates.push(DelegateRow::default());
                            let last = form.delegates.len() - 1;
                            &mut form.delegates[last]
                        }
                    };
                    if key == "delegate_email" {
                        row.email = value;
                    } else {
                        row.language = value;
                    }
                }
                other if questions.iter().any(|q| q.id == other) => {
                    form.answers.insert(key, value);
                }
                _ => {}
            }
        }
        form
    }

    /// Checks every field and returns the registration, or a message key per wrong field.
    pub fn parse(&self, ev: &event::Model) -> Result<NewRegistration, BTreeMap<String, String>> {
        let mut errors = BTreeMap::new();
        if let Err(failed) = self.validate() {
            for (field, list) in failed.field_errors() {
                if let Some(first) = list.first() {
                    errors.insert(field.to_string(), format!("error-{field}-{}", first.code));
                }
            }
        }
        let mut text = |field: &str, value: &str, max: usize, required: bool| {
            let parsed = if required {
                CleanText::required(value, max)
            } else {
                CleanText::optional(value, max)
            };
            match parsed {
                Ok(t) => Some(t),
                Err(e) => {
                    let key = match e {
                        TextError::Empty => format!("error-{field}-required"),
                        TextError::TooLong => format!("error-{field}-too-long"),
                        TextError::ControlCharacters => "error-control-characters".into(),
                    };
                    errors.entry(field.to_string()).or_insert(key);
                    None
                }
            }
        };
        let name = text("name", &self.name, 200, true);
        let organization = text("organization", &self.organization, 200, false);
        let email = match EmailAddress::check(&self.email) {
            Ok(email) => Some(email),
            Err(reason) => {
                errors
                    .entry("email".into())
                    .or_insert_with(|| reason.message_key().into());
                None
            }
        };
        let country = CountryCode::parse(&self.country);
        if self.country.trim().is_empty() {
            errors.insert("country".into(), "error-country-required".into());
        } else if country.is_none() {
            errors
                .entry("country".into())
                .or_insert_with(|| "error-country-invalid".into());
        }
        // Emails are written in the interface's texts, so every interface language will do,
        // also one the event's own texts are not in.
        let language = self.language.parse::<Lang>().ok();
        if language.is_none() {
            errors.insert("language".into(), "error-language-invalid".into());
        }
        if !self.consent {
            errors.insert("consent".into(), "error-consent-required".into());
        }
        let time_zone = self.time_zone.parse::<chrono_tz::Tz>().ok();
        let attendance_mode = self.attendance_mode(ev, &mut errors);
        let interpretation_language = self.interpretation_language(ev, language);
        if !self.interpretation_language.is_empty() && interpretation_language.is_none() {
            errors.insert(
                "interpretation_language".into(),
                "error-interpretation-language-invalid".into(),
            );
        }
        let mut answers = BTreeMap::new();
        for q in ev.questions.iter() {
            let value = self
                .answers
                .get(&q.id)
                .map(|v| v.trim().to_string())
                .unwrap_or_default();
            let error = match q.kind {
                _ if value.is_empty() && q.required => Some("error-answer-required"),
                _ if value.is_empty() => None,
                QuestionKind::Choice if !q.options.iter().any(|o| o.value == value) => {
                    Some("error-answer-invalid")
                }
                QuestionKind::Text if CleanText::optional(&value, 1000).is_err() => {
                    Some("error-answer-invalid")
                }
                _ => None,
            };
            match error {
                Some(key) => {
                    errors.insert(q.id.clone(), key.into());
                }
                None if !value.is_empty() => {
                    answers.insert(
                        q.id.clone(),
                        if q.kind == QuestionKind::Checkbox {
                            "yes".into()
                        } else {
                            value
                        },
                    );
                }
                None => {}
            }
        }
        match (name, organization, email, country, language) {
            (Some(name), Some(organization), Some(email), Some(country), Some(language))
                if errors.is_empty() =>
            {
                Ok(NewRegistration {
                    name,
                    email,
                    organization,
                    country,
                    language,
                    time_zone,
                    answers,
                    sessions: self.sessions.clone(),
                    attendance_mode,
                    interpretation_language,
                })
            }
            _ => Err(errors),
        }
    }
}

impl RegistrationForm {
    /// A hybrid event asks "in the room or online"; other events ignore the field.
    fn attendance_mode(
        &self,
        ev: &event::Model,
        errors: &mut BTreeMap<String, String>,
    ) -> Option<AttendanceMode> {
        if ev.kind != EventKind::Hybrid {
            return None;
        }
        let mode = self.attendance_mode.parse::<AttendanceMode>().ok();
        if mode.is_none() {
            errors.insert(
                "attendance_mode".into(),
                "error-attendance-mode-required".into(),
            );
        }
        mode
    }

    /// The language listened in: the one chosen, else the participant's own when the event
    /// offers it, else the event's first; None for an event without interpretation or a choice
    /// it does not offer.
    pub fn interpretation_language(&self, ev: &event::Model, own: Option<Lang>) -> Option<Lang> {
        let offered = &ev.interpretation;
        if offered.is_empty() {
            return None;
        }
        if !self.interpretation_language.is_empty() {
            return self
                .interpretation_language
                .parse::<Lang>()
                .ok()
                .filter(|l| offered.contains(l));
        }
        own.filter(|l| offered.contains(l))
            .or_else(|| offered.first().copied())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(super) fn event() -> event::Model {
        use crate::db::column::{Json, Langs, Minutes};
        let now = chrono::Utc::now();
        event::Model {
            id: 1,
            slug: "e".into(),
            status: crate::domain::EventStatus::Published,
            timezone: crate::db::column::Zone(chrono_tz::Europe::Brussels),
            languages: Langs(vec![Lang::En, Lang::Fr]),
            questions: serde_json::from_str(
                r#"[{"id":"diet","kind":"choice","required":true,"label":{"en":"Diet"},
                "options":[{"value":"veg","label":{"en":"Vegetarian"}}]}]"#,
            )
            .map(Json)
            .expect("questions"),
            reminders: Minutes::default(),
            ..event::Model::draft(now)
        }
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn a_good_form_parses() {
        let ev = event();
        let form = RegistrationForm::from_pairs(
            pairs(&[
                ("name", " Ada "),
                ("email", "ada@example.org"),
                ("country", "be"),
                ("language", "fr"),
                ("consent", "on"),
                ("diet", "veg"),
                ("unknown", "x"),
            ]),
            &ev,
        );
        let reg = form.parse(&ev).expect("valid");
        assert_eq!(reg.name.as_str(), "Ada");
        assert_eq!(reg.country.as_str(), "BE");
        assert_eq!(reg.answers.get("diet").map(String::as_str), Some("veg"));
    }

    #[test]
    fn each_wrong_field_gets_its_message() {
        let ev = event();
        let form = RegistrationForm::from_pairs(
            pairs(&[
                ("name", ""),
                ("email", "nope"),
                ("country", "XX"),
                ("language", "pt-XX"),
                ("diet", "meat"),
                ("organization", &"o".repeat(201)),
            ]),
            &ev,
        );
        let errors = form.parse(&ev).expect_err("invalid");
        assert_eq!(
            errors.get("name").map(String::as_str),
            Some("error-name-required")
        );
        assert_eq!(
            errors.get("email").map(String::as_str),
            Some("error-email-invalid")
        );
        assert_eq!(
            errors.get("country").map(String::as_str),
            Some("error-country-invalid")
        );
        assert_eq!(
            errors.get("language").map(String::as_str),
            Some("error-language-invalid")
        );
        assert_eq!(
            errors.get("consent").map(String::as_str),
            Some("error-consent-required")
        );
        assert_eq!(
            errors.get("diet").map(String::as_str),
            Some("error-answer-invalid")
        );
        assert_eq!(
            errors.get("organization").map(String::as_str),
            Some("error-organization-too-long")
        );
    }
}

#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// Whatever is posted, parsing never panics, and what it accepts is clean: no control
        /// characters or line breaks in any text that reaches storage, email headers or exports.
        #[test]
        fn parsing_never_panics_and_accepts_only_clean_text(
            pairs in proptest::collection::vec((prop_oneof![
                Just("name".to_string()), Just("email".to_string()), Just("organization".to_string()),
                Just("country".to_string()), Just("language".to_string()), Just("consent".to_string()),
                Just("diet".to_string()), Just("time_zone".to_string()), any::<String>()], any::<String>()), 0..12)
        ) {
            let ev = tests::event();
            let form = RegistrationForm::from_pairs(pairs, &ev);
            if let Ok(reg) = form.parse(&ev) {
                for text in [reg.name.as_str(), reg.organization.as_str(), reg.email.as_str()] {
                    prop_assert!(!text.chars().any(crate::domain::is_forbidden), "{text:?}");
                }
                prop_assert!(!reg.name.as_str().is_empty());
                prop_assert_eq!(reg.country.as_str().len(), 2);
            }
        }
    }
}
