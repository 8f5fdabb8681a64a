//! The registration form: raw fields in, checked by `validator`, then parsed into domain values.
//! Each wrong field gets a message key; the page shows it next to the field.

use std::collections::BTreeMap;

use validator::{Validate, ValidationError};

use crate::db::event;
use crate::domain::{
    AttendanceMode, CleanText, CountryCode, EmailAddress, EventKind, Lang, QuestionKind, TextError,
    organization, person_name,
};
use crate::services::registration::NewRegistration;

/// The form as posted: strings, so that a rejected form comes back exactly as typed. The
/// checks call the domain's own parsers, which hold each limit once; an error's code is the
/// message key shown next to the field.
#[derive(Debug, Default, Clone, Validate)]
pub struct RegistrationForm {
    #[validate(custom(function = "check_name"))]
    pub name: String,
    #[validate(custom(function = "check_email"))]
    pub email: String,
    #[validate(custom(function = "check_organization"))]
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

fn check_name(value: &str) -> Result<(), ValidationError> {
    person_name(value).map(drop).map_err(|e| {
        ValidationError::new(match e {
            TextError::Empty => "error-name-required",
            TextError::TooLong => "error-name-too-long",
            TextError::ControlCharacters => "error-control-characters",
        })
    })
}

fn check_organization(value: &str) -> Result<(), ValidationError> {
    // Optional: an empty one is fine, so only its length and characters can be wrong.
    organization(value).map(drop).map_err(|e| {
        ValidationError::new(match e {
            TextError::ControlCharacters => "error-control-characters",
            TextError::Empty | TextError::TooLong => "error-organization-too-long",
        })
    })
}

fn check_email(value: &str) -> Result<(), ValidationError> {
    EmailAddress::check(value)
        .map(drop)
        .map_err(|reason| ValidationError::new(reason.message_key()))
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
                    errors.insert(field.to_string(), first.code.to_string());
                }
            }
        }
        // Checked above; parsed again here for the values (None where the check failed).
        let name = person_name(&self.name).ok();
        let organization = organization(&self.organization).ok();
        let email = EmailAddress::check(&self.email).ok();
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
mod tests;
