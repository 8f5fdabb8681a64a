//! Registration form parsing and validation: whatever body is posted, `from_pairs` + `parse`
//! never panic, and whatever they accept is clean and within its limits.
#![no_main]

use chrono::Utc;
use convene::db::event;
use convene::domain::{QuestionKind, is_forbidden};
use convene::web::form::RegistrationForm;
use libfuzzer_sys::fuzz_target;

/// An event with one question of each kind, like `web::form::tests::event()`.
fn event() -> event::Model {
    let now = Utc::now();
    event::Model {
        id: 1,
        slug: "e".into(),
        kind: "webinar".into(),
        status: "published".into(),
        timezone: "Europe/Brussels".into(),
        starts_at: now,
        ends_at: now,
        capacity: None,
        seats_taken: 0,
        registration_opens_at: None,
        registration_closes_at: None,
        default_language: "en".into(),
        languages: "en,fr".into(),
        translations: "{}".into(),
        join_url: None,
        venue: None,
        require_email_confirmation: true,
        waitlist: true,
        pending_holds_seat: true,
        questions: r#"[
            {"id":"diet","kind":"choice","required":true,"label":{"en":"Diet"},
             "options":[{"value":"veg","label":{"en":"Vegetarian"}},{"value":"any","label":{"en":"Any"}}]},
            {"id":"note","kind":"text","required":false,"label":{"en":"Note"}},
            {"id":"newsletter","kind":"checkbox","required":false,"label":{"en":"Newsletter"}}
        ]"#
        .into(),
        reminders: String::new(),
        sequence: 0,
        owner_id: None,
        created_at: now,
        updated_at: now,
        retention_months: None,
    }
}

/// A single line of clean text: no control or bidi characters, trimmed, no runs of spaces.
fn assert_clean(field: &str, text: &str, max_chars: usize) {
    assert!(
        !text.chars().any(is_forbidden),
        "{field}: forbidden character accepted: {text:?}"
    );
    assert_eq!(text, text.trim(), "{field}: not trimmed: {text:?}");
    assert!(
        text.chars().count() <= max_chars,
        "{field}: longer than {max_chars} characters: {text:?}"
    );
}

fuzz_target!(|body: &[u8]| {
    let ev = event();
    // The body as posted: `application/x-www-form-urlencoded`, decoded as axum's `Form` does
    // (serde_urlencoded, over the same `form_urlencoded` parser).
    let pairs: Vec<(String, String)> = url::form_urlencoded::parse(body).into_owned().collect();
    let form = RegistrationForm::from_pairs(pairs.clone(), &ev);
    let result = form.parse(&ev);
    // The same post always gets the same answer.
    let again = RegistrationForm::from_pairs(pairs, &ev).parse(&ev);
    assert_eq!(result.is_ok(), again.is_ok());

    match result {
        Ok(reg) => {
            assert_clean("name", reg.name.as_str(), 200);
            assert!(!reg.name.as_str().is_empty(), "empty name accepted");
            assert!(!reg.name.as_str().contains("  "), "run of spaces kept");
            assert_clean("organization", reg.organization.as_str(), 200);
            let email = reg.email.as_str();
            assert_clean("email", email, 254);
            assert!(email.len() <= 254, "email over 254 octets: {email:?}");
            assert!(
                !email.chars().any(char::is_whitespace),
                "space in email: {email:?}"
            );
            assert!(email.contains('@'), "email without @: {email:?}");
            let country = reg.country.as_str();
            assert!(
                country.len() == 2 && country.bytes().all(|b| b.is_ascii_uppercase()),
                "country {country:?}"
            );
            assert!(ev.langs().contains(&reg.language), "language not offered");
            assert!(form.consent, "accepted without consent");
            // Answers: only to the event's questions, each valid for its kind.
            let questions = ev.questions();
            for (id, value) in &reg.answers {
                let q = questions
                    .iter()
                    .find(|q| &q.id == id)
                    .unwrap_or_else(|| panic!("answer to unknown question {id:?}"));
                match q.kind {
                    QuestionKind::Choice => assert!(
                        q.options.iter().any(|o| &o.value == value),
                        "{id}: {value:?} is not an option"
                    ),
                    QuestionKind::Text => assert_clean(id, value, 1000),
                    QuestionKind::Checkbox => assert_eq!(value, "yes"),
                }
            }
            for q in questions.iter().filter(|q| q.required) {
                assert!(reg.answers.contains_key(&q.id), "required {} missing", q.id);
            }
        }
        Err(errors) => {
            assert!(!errors.is_empty(), "rejected without a reason");
            for (field, key) in &errors {
                assert!(key.starts_with("error-"), "{field}: message key {key:?}");
                // The message key is a translation key: ASCII, no user text in it.
                assert!(
                    key.bytes().all(|b| b.is_ascii_lowercase()
                        || b == b'-'
                        || b == b'_'
                        || b.is_ascii_digit()),
                    "{field}: message key carries input: {key:?}"
                );
            }
            assert_eq!(Some(errors), again.err());
        }
    }
});
