//! An attendee gives feedback on a phone without JavaScript; the form is axe-core clean.

use chrono::Duration;
use serde_json::json;

use super::driver;
use super::helpers::spawn_app;

#[tokio::test]
async fn an_attendee_gives_feedback_on_a_phone_without_javascript() {
    let Some(mut browser) = driver::start("feedback-nojs", false, true).await else {
        return;
    };
    let app = spawn_app().await;
    app.create_event(
        "seminario",
        json!({"require_email_confirmation": false, "feedback": [
            {"id": "overall", "kind": "rating", "label": {"en": "Overall", "es": "En general"}},
            {"id": "learned", "kind": "text", "label": {"en": "What did you learn?", "es": "¿Qué aprendió?"}}
        ]}),
    )
    .await;
    let mut fields = super::helpers::person("Inés Peña", "ines@example.org");
    fields.retain(|(k, _)| *k != "language" && *k != "country");
    fields.extend([("language", "es"), ("country", "PE")]);
    assert_eq!(app.register("seminario", &fields).await.status(), 303);
    app.clock.advance(Duration::days(10) + Duration::hours(3));
    let (status, body) = app
        .api(
            reqwest::Method::POST,
            "/api/v1/events/seminario/attendance",
            Some(json!({"emails": ["ines@example.org"]})),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    app.smtp.wait_for("ines@example.org", 1).await;
    let page = app.link_in_email("ines@example.org");

    browser
        .client
        .goto(&format!("{page}/feedback"))
        .await
        .expect("open");
    browser.snap("feedback-form").await;
    assert_eq!(browser.text("#feedback-title").await, "Su opinión");
    browser.click("input[name='overall'][value='4']").await;
    browser.fill("#q-learned", "Mucho, gracias").await;
    browser.click("#feedback-button").await;
    browser.snap("feedback-saved").await;
    assert!(!browser.text("#feedback-saved").await.is_empty());
    browser.finish().await;

    // axe-core needs JavaScript: a second phone, with it, checks the same pages.
    let Some(checker) = driver::start("feedback-axe", true, true).await else {
        return;
    };
    for (step, url) in [
        ("form", format!("{page}/feedback")),
        ("saved", format!("{page}/feedback?saved=1")),
    ] {
        checker.client.goto(&url).await.expect("open");
        let problems = checker.accessibility_problems().await;
        assert!(problems.is_empty(), "{step}: {problems:#?}");
    }
    checker.finish().await;

    let (_, results) = app
        .api(
            reqwest::Method::GET,
            "/api/v1/events/seminario/feedback",
            None,
        )
        .await;
    assert_eq!(results["responses"], 1, "{results}");
    assert_eq!(results["questions"][1]["texts"], json!(["Mucho, gracias"]));
}
