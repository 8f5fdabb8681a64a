//! The event form read from posted fields, and its refusals.

use super::*;

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[test]
fn a_complete_form_becomes_input() {
    let form = EventForm::from_pairs(pairs(&[
        ("slug", "summit"),
        ("kind", "hybrid"),
        ("timezone", "Europe/Brussels"),
        ("starts_at", "2030-06-03T14:00"),
        ("ends_at", "2030-06-03T16:30"),
        ("capacity", "80"),
        ("default_language", "fr"),
        ("languages", "fr"),
        ("languages", "nl"),
        ("tr.fr.title", "Sommet"),
        ("tr.nl.title", "Top"),
        ("waitlist", "on"),
        ("reminders", "1440, 30"),
        ("q.0.id", "diet"),
        ("q.0.kind", "choice"),
        ("q.0.required", "on"),
        ("q.0.label.fr", "Régime"),
        ("q.0.opt.0.value", "veg"),
        ("q.0.opt.0.label.fr", "Végétarien"),
        ("q.1.id", ""),
    ]));
    let input = form.to_input(true).expect("valid");
    assert_eq!(input.slug.as_deref(), Some("summit"));
    assert_eq!(
        input.starts_at.map(|t| t.to_rfc3339()).as_deref(),
        Some("2030-06-03T14:00:00+02:00")
    );
    assert_eq!(input.capacity, Some(Some(80)));
    assert_eq!(input.languages, Some(vec![Lang::Fr, Lang::Nl]));
    assert_eq!(input.require_email_confirmation, Some(false));
    assert_eq!(input.reminders, Some(vec![1440, 30]));
    let questions = input.questions.expect("questions");
    assert_eq!(questions.len(), 1);
    assert_eq!(questions[0].options[0].value, "veg");
    assert!(questions[0].required);
}

#[test]
fn wrong_fields_are_named() {
    let form = EventForm::from_pairs(pairs(&[
        ("kind", "webinar"),
        ("timezone", "Europe/Brussels"),
        ("starts_at", "tomorrow"),
        ("capacity", "many"),
        ("default_language", "en"),
        ("q.0.id", "Bad Id"),
        ("q.0.kind", "text"),
        ("q.0.label.en", "Hm"),
    ]));
    let errors = form.to_input(true).expect_err("invalid");
    assert_eq!(errors.get("starts_at"), Some(&"admin-error-date"));
    assert_eq!(errors.get("ends_at"), Some(&"admin-error-required"));
    assert_eq!(errors.get("capacity"), Some(&"admin-error-capacity"));
    assert_eq!(errors.get("slug"), Some(&"admin-error-required"));
    assert_eq!(errors.get("q.0.id"), Some(&"admin-error-question-id"));
}
