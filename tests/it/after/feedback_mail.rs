//! The feedback link by email: sent by the scheduler `feedback_after_hours` after the end, to
//! attendees only, in their language, once each, also across a restart.

use std::sync::Arc;

use chrono::Duration;
use convene::domain::Lang;
use convene::mail::Transport;
use serde_json::json;

use super::super::attendance::{Person, event_model, seed};
use super::super::helpers::spawn_app;
use super::super::mime;

async fn run_scheduler(state: &convene::state::AppState) {
    convene::services::scheduler::run_once(state)
        .await
        .expect("scheduler");
}

#[tokio::test]
async fn attendees_get_the_feedback_link_once_a_day_after_the_end() {
    let app = spawn_app().await;
    app.create_event(
        "seminar",
        json!({
            "require_email_confirmation": false,
            "feedback_after_hours": 24,
            "feedback": [{"id": "overall", "kind": "rating",
                          "label": {"en": "Overall", "fr": "Dans l'ensemble"}}]
        }),
    )
    .await;
    seed(
        &app,
        "seminar",
        &[
            Person {
                language: Lang::Fr,
                ..Person::new("Inês Gonçalves", "ines@example.org", "SN")
            },
            Person::new("Absent", "absent@example.org", "PE"),
            Person::new("Ada Early", "ada@example.org", "BE"),
        ],
    )
    .await;
    // Each has their confirmation first.
    for address in ["ines@example.org", "absent@example.org", "ada@example.org"] {
        app.smtp.wait_for(address, 1).await;
    }
    let ev = event_model(&app, "seminar").await;

    // The event ends (it starts in ten days and lasts two hours); Inês attended.
    app.clock.advance(Duration::days(10) + Duration::hours(3));
    let (status, body) = app
        .api(
            reqwest::Method::POST,
            "/api/v1/events/seminar/attendance",
            Some(json!({"emails": ["ines@example.org", "ada@example.org"]})),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    // Ada answers from her page before the email is due: she is not asked again.
    let ada = format!(
        "/r/{}/feedback",
        app.state
            .secret
            .registration_token(ev.id, "ada@example.org")
    );
    let res = app.visitor().submit(&ada, &ada, &[("overall", "5")]).await;
    assert!(res.status().as_u16() < 400, "{}", res.status());
    run_scheduler(&app.state).await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(
        app.smtp.to("ines@example.org").len(),
        1,
        "not before the hours have passed"
    );

    app.clock.advance(Duration::hours(24));
    run_scheduler(&app.state).await;
    let mails = app.smtp.wait_for("ines@example.org", 2).await;
    let mail = mime::parse(&mails[1].data);
    assert_eq!(mail.language, "fr");
    assert!(
        mail.subject.contains("Votre avis")
            && mail.subject.contains("La protection sociale pour tous"),
        "{}",
        mail.subject
    );
    let token = app
        .state
        .secret
        .registration_token(ev.id, "ines@example.org");
    let link = format!("{}/r/{token}/feedback", app.base);
    assert!(mail.text.contains(&link), "{}", mail.text);
    // The link opens the form.
    let form = app.get(&format!("/r/{token}/feedback")).await;
    assert_eq!(form.status(), 200);

    // Again, and in a new process on the same database: nothing twice.
    run_scheduler(&app.state).await;
    let settings = app.state.settings.clone();
    let transport =
        Transport::from_settings(&settings.smtp_url, settings.mail_dir.clone()).expect("transport");
    let restarted =
        convene::app::build_state_with(settings, Arc::new(app.clock.clone()), transport)
            .await
            .expect("restart");
    run_scheduler(&restarted).await;
    convene::mail::outbox::deliver_due(&restarted)
        .await
        .expect("deliver");
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert_eq!(
        app.smtp.to("ines@example.org").len(),
        2,
        "once per participant"
    );
    assert_eq!(
        app.smtp.to("absent@example.org").len(),
        1,
        "only attendees are asked"
    );
    assert_eq!(app.smtp.to("ada@example.org").len(), 1, "she had answered");
}

#[tokio::test]
async fn an_event_long_past_sends_no_feedback_email() {
    let app = spawn_app().await;
    app.create_event(
        "seminar",
        json!({
            "require_email_confirmation": false,
            "feedback_after_hours": 0,
            "feedback": [{"id": "overall", "kind": "rating", "label": {"en": "Overall"}}]
        }),
    )
    .await;
    seed(
        &app,
        "seminar",
        &[Person::new("Ada", "ada@example.org", "BE")],
    )
    .await;
    app.smtp.wait_for("ada@example.org", 1).await;
    app.clock.advance(Duration::days(10) + Duration::hours(3));
    let (status, _) = app
        .api(
            reqwest::Method::POST,
            "/api/v1/events/seminar/attendance",
            Some(json!({"emails": ["ada@example.org"]})),
        )
        .await;
    assert_eq!(status, 200);
    app.clock.advance(Duration::days(
        convene::services::feedback_mail::LATE_LIMIT_DAYS + 1,
    ));
    run_scheduler(&app.state).await;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert_eq!(app.smtp.to("ada@example.org").len(), 1);
}
