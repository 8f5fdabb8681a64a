//! The event form read from posted fields, and its refusals.

use super::*;
use crate::domain::FieldProblem;

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
    let (input, _, errors) = form.to_input(true);
    assert!(errors.is_empty(), "{errors:?}");
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
    let (_, _, errors) = form.to_input(true);
    let key = |field: &str| errors.get(field).map(|p| p.key);
    assert_eq!(key("starts_at"), Some("admin-error-date"));
    assert_eq!(key("ends_at"), Some("admin-error-required"));
    assert_eq!(key("capacity"), Some("admin-error-capacity"));
    // The rules of an event (a short name, a question's id) are the service's alone.
    assert_eq!(key("slug"), None);
    assert_eq!(key("q.0.id"), None);
}

#[test]
fn the_services_problems_go_back_to_the_rows_they_concern() {
    let rows = Rows {
        questions: vec![1],
        sessions: vec![0, 3],
        feedback: vec![2],
    };
    assert_eq!(rows.form_field("questions[0].id"), "q.1.id");
    assert_eq!(rows.form_field("sessions[1].ends_at"), "s.3.ends_at");
    assert_eq!(rows.form_field("feedback[0].label"), "fb.2.label");
    assert_eq!(rows.form_field("translations.fr.title"), "tr.fr.title");
    assert_eq!(rows.form_field("join_urls.es"), "join_urls");
    assert_eq!(
        rows.form_field("registration_closes_at"),
        "registration_closes_at"
    );
    let errors = rows.errors(vec![
        FieldProblem::new("join_urls.es", "admin-error-join-url"),
        FieldProblem::new("join_urls.fr", "admin-error-join-urls-language"),
    ]);
    assert_eq!(
        errors.get("join_urls").map(|p| p.key),
        Some("admin-error-join-url"),
        "the first problem of a field shows"
    );
}

#[test]
fn the_programme_rows_become_sessions_in_the_event_zone() {
    let form = EventForm::from_pairs(pairs(&[
        ("slug", "seminar"),
        ("kind", "in_person"),
        ("timezone", "Europe/Brussels"),
        ("starts_at", "2030-06-03T09:00"),
        ("ends_at", "2030-06-03T17:00"),
        ("default_language", "fr"),
        ("languages", "fr"),
        ("tr.fr.title", "Séminaire"),
        ("s.0.key", "plenary"),
        ("s.0.title.fr", "Plénière"),
        ("s.0.starts_at", "2030-06-03T09:00"),
        ("s.0.ends_at", "2030-06-03T10:30"),
        ("s.0.room", "Salle A"),
        ("s.0.speakers", "Aminata Diallo | CSA\n\nJo"),
        ("s.1.key", "workshop"),
        ("s.1.title.fr", "Atelier"),
        ("s.1.starts_at", "2030-06-03T10:00"),
        ("s.1.ends_at", "2030-06-03T11:00"),
        ("s.1.capacity", "12"),
        ("s.2.key", "gone"),
        ("s.2.title.fr", "Retirée"),
        ("s.2.starts_at", "2030-06-03T12:00"),
        ("s.2.ends_at", "2030-06-03T13:00"),
        ("s.2.remove", "on"),
        ("s.3.key", ""),
        ("series", "seminars"),
        ("delegates_per_organisation", "3"),
    ]));
    let (input, _, errors) = form.to_input(true);
    assert!(errors.is_empty(), "{errors:?}");
    let sessions = input.sessions.expect("sessions");
    assert_eq!(
        sessions.len(),
        2,
        "the removed and the blank rows are left out"
    );
    assert_eq!(
        sessions[0].starts_at.to_rfc3339(),
        "2030-06-03T09:00:00+02:00"
    );
    assert_eq!(sessions[0].room.as_deref(), Some("Salle A"));
    assert_eq!(sessions[0].speakers.len(), 2);
    assert_eq!(sessions[0].speakers[0].organisation, "CSA");
    assert_eq!(sessions[1].capacity, Some(12));
    assert_eq!(input.series, Some(Some("seminars".into())));
    assert_eq!(input.delegates_per_organisation, Some(Some(3)));
    // Overlapping sessions are allowed, and shown as such.
    assert_eq!(
        sessions::overlapping(&form.sessions, Some(chrono_tz::Europe::Brussels)),
        vec![true, true, false, false]
    );
}

#[test]
fn a_wrong_session_row_is_named_by_its_place_on_the_form() {
    let form = EventForm::from_pairs(pairs(&[
        ("slug", "seminar"),
        ("kind", "in_person"),
        ("timezone", "Europe/Brussels"),
        ("starts_at", "2030-06-03T09:00"),
        ("ends_at", "2030-06-03T17:00"),
        ("default_language", "en"),
        ("s.0.key", "a"),
        ("s.0.title.en", "A"),
        ("s.0.starts_at", "2030-06-03T09:00"),
        ("s.0.ends_at", "2030-06-03T10:00"),
        ("s.1.key", "Bad Key"),
        ("s.1.starts_at", "2030-06-03T09:00"),
        ("s.1.ends_at", "2030-06-03T08:00"),
        ("s.2.key", "c"),
        ("s.2.title.en", "C"),
        ("s.2.starts_at", "soon"),
        ("s.2.ends_at", "2030-06-03T08:00"),
        ("s.2.capacity", "lots"),
        ("delegates_per_organisation", "many"),
    ]));
    let (_, _, errors) = form.to_input(true);
    let key = |field: &str| errors.get(field).map(|p| p.key);
    assert_eq!(key("s.2.starts_at"), Some("admin-error-date"));
    assert_eq!(key("s.2.capacity"), Some("admin-error-capacity"));
    assert_eq!(
        key("delegates_per_organisation"),
        Some("admin-error-delegates")
    );
    // A wrong key or a backwards time is the service's to say, through `Rows`.
    assert_eq!(key("s.1.key"), None);
    assert_eq!(key("s.1.ends_at"), None);

    let fixed = EventForm::from_pairs(pairs(&[
        ("kind", "in_person"),
        ("timezone", "Europe/Brussels"),
        ("starts_at", "2030-06-03T09:00"),
        ("ends_at", "2030-06-03T17:00"),
        ("default_language", "en"),
        ("s.0.key", "gone"),
        ("s.0.starts_at", "2030-06-03T09:00"),
        ("s.0.ends_at", "2030-06-03T10:00"),
        ("s.0.remove", "on"),
        ("s.1.key", "Bad Key"),
        ("s.1.starts_at", "2030-06-03T09:00"),
        ("s.1.ends_at", "2030-06-03T08:00"),
    ]));
    let (input, rows, errors) = fixed.to_input(true);
    assert!(errors.is_empty(), "every value reads: {errors:?}");
    assert_eq!(input.slug, None, "an empty short name is a missing one");
    assert_eq!(rows.sessions, vec![1]);
}
