//! The registration form read and checked: each wrong field's message key, and that nothing
//! unclean gets through.

use super::*;

fn event() -> event::Model {
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

#[test]
fn the_limits_are_the_domains() {
    let ev = event();
    let long_email = format!("{}@example.org", "a".repeat(crate::domain::EMAIL_MAX));
    let form = RegistrationForm::from_pairs(
        pairs(&[
            ("name", &"n".repeat(crate::domain::NAME_MAX + 1)),
            ("email", &long_email),
            ("organization", "Union\u{202E}"),
        ]),
        &ev,
    );
    let errors = form.parse(&ev).expect_err("invalid");
    let key = |field: &str| errors.get(field).map(String::as_str);
    assert_eq!(key("name"), Some("error-name-too-long"));
    assert_eq!(key("email"), Some("error-email-too-long"));
    assert_eq!(key("organization"), Some("error-control-characters"));
    let form = RegistrationForm::from_pairs(
        pairs(&[("name", &"n".repeat(crate::domain::NAME_MAX))]),
        &ev,
    );
    let errors = form.parse(&ev).expect_err("invalid");
    assert!(!errors.contains_key("name"), "{errors:?}");
}

mod properties {
    use proptest::prelude::*;

    use super::super::*;

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
            let ev = super::event();
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
