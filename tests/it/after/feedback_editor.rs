//! The feedback questions in the admin event form: rating, choice and text with labels per
//! language and options, the email's hours, the closing date and anonymity; wrong values come
//! back with messages in the organizer's language and what was typed.

use serde_json::json;

use super::super::admin::{ADMIN, form_fields, signed_in};
use super::super::helpers::spawn_app;

/// The edit form's fields as the browser would post them, with `changes` set on top.
fn with(fields: &[(String, String)], changes: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = fields
        .iter()
        .filter(|(k, _)| !changes.iter().any(|(c, _)| c == k))
        .cloned()
        .collect();
    out.extend(changes.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    out
}

#[tokio::test]
async fn organizers_write_feedback_questions_in_the_event_form() {
    let app = spawn_app().await;
    app.create_event("seminar", json!({})).await;
    let mut v = signed_in(&app, ADMIN).await;
    let (status, page) = v.get("/admin/events/seminar/edit?lang=fr").await;
    assert_eq!(status, 200);
    assert!(page.contains("id=\"feedback-section\""), "{page}");
    assert!(page.contains("<option value=\"rating\" selected>Note de 1 à 5</option>"));
    let fields = form_fields(&page, "/admin/events/seminar/edit");

    // A choice without options and a wrong number of hours: refused, in French, kept.
    let wrong = with(
        &fields,
        &[
            ("fb.0.id", "format"),
            ("fb.0.kind", "choice"),
            ("fb.0.label.fr", "Format"),
            ("feedback_after_hours", "deux"),
        ],
    );
    let refs: Vec<(&str, &str)> = wrong
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let res = v.post("/admin/events/seminar/edit", &refs).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.expect("page");
    assert!(
        html.contains("Un choix nécessite au moins une option."),
        "{html}"
    );
    assert!(
        html.contains("heures de 0 à 1440, ou laissez le champ vide"),
        "{html}"
    );
    assert!(html.contains("value=\"deux\"") && html.contains("value=\"Format\""));

    // Three questions, the email a day after, anonymous answers.
    let right = with(
        &fields,
        &[
            ("fb.0.id", "overall"),
            ("fb.0.kind", "rating"),
            ("fb.0.label.en", "Overall"),
            ("fb.0.label.fr", "Dans l'ensemble"),
            ("fb.1.id", "format"),
            ("fb.1.kind", "choice"),
            ("fb.1.label.fr", "Format"),
            ("fb.1.opt.0.value", "longer"),
            ("fb.1.opt.0.label.fr", "Plus long"),
            ("fb.1.opt.1.value", "same"),
            ("fb.1.opt.1.label.fr", "Pareil"),
            ("fb.2.id", "learned"),
            ("fb.2.kind", "text"),
            ("fb.2.label.es", "¿Qué aprendió?"),
            ("feedback_after_hours", "24"),
            ("feedback_anonymous", "on"),
        ],
    );
    let refs: Vec<(&str, &str)> = right
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let res = v.post("/admin/events/seminar/edit", &refs).await;
    assert_eq!(
        res.status(),
        303,
        "{}",
        res.text().await.unwrap_or_default()
    );
    let (_, event) = app
        .api(reqwest::Method::GET, "/api/v1/events/seminar", None)
        .await;
    assert_eq!(
        event["feedback"],
        json!([
            {"id": "overall", "kind": "rating", "label": {"en": "Overall", "fr": "Dans l'ensemble"}},
            {"id": "format", "kind": "choice", "label": {"fr": "Format"},
             "options": [{"value": "longer", "label": {"fr": "Plus long"}},
                         {"value": "same", "label": {"fr": "Pareil"}}]},
            {"id": "learned", "kind": "text", "label": {"es": "¿Qué aprendió?"}}
        ]),
        "{event}"
    );
    assert_eq!(event["feedback_after_hours"], 24);
    assert_eq!(event["feedback_anonymous"], true);

    // Removing a question through the form.
    let (_, page) = v.get("/admin/events/seminar/edit").await;
    let fields = form_fields(&page, "/admin/events/seminar/edit");
    let fewer = with(&fields, &[("fb.2.remove", "on")]);
    let refs: Vec<(&str, &str)> = fewer
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    assert_eq!(
        v.post("/admin/events/seminar/edit", &refs).await.status(),
        303
    );
    let (_, event) = app
        .api(reqwest::Method::GET, "/api/v1/events/seminar", None)
        .await;
    assert_eq!(
        event["feedback"].as_array().map(Vec::len),
        Some(2),
        "{event}"
    );
}
