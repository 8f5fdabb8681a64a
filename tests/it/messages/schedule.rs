//! A scheduled message waits for its time on the app's clock, goes once (also when a
//! restarted instance runs the scheduler), reaches the audience as it is when it goes, and
//! can be changed or withdrawn until then.

use chrono::Duration;
use serde_json::json;

use super::super::helpers::spawn_app;
use super::super::mime;
use super::{confirmed, list, open_event, post_message, wait_delivered};
use convene::services::messages::send_due;

#[tokio::test]
async fn a_scheduled_message_waits_for_its_time_and_goes_once_across_two_instances() {
    let app = spawn_app().await;
    open_event(&app, "webinar").await;
    confirmed(&app, "webinar", "Ana", "ana@example.org", "nl").await;
    let at = app.state.now() + Duration::hours(2);
    let (status, msg) = post_message(
        &app,
        "webinar",
        json!({"audience": "confirmed", "subject": {"en": "Tomorrow"},
               "body": {"en": "See you tomorrow."}, "send_at": at.to_rfc3339()}),
    )
    .await;
    assert_eq!(status, 201, "{msg}");
    assert_eq!(msg["status"], "scheduled");
    let id = msg["id"].as_i64().expect("id");

    assert_eq!(send_due(&app.state).await.expect("due"), 0, "not yet");
    // Changed before it goes: the new text is the one sent.
    let (status, changed) = app
        .api(
            reqwest::Method::PATCH,
            &format!("/api/v1/events/webinar/messages/{id}"),
            Some(json!({"audience": "confirmed", "subject": {"en": "Tomorrow at nine", "nl": "Morgen om negen"},
                        "body": {"en": "See you.", "nl": "Tot morgen."}})),
        )
        .await;
    assert_eq!(status, 200, "{changed}");
    assert_eq!(changed["status"], "scheduled", "still waiting for its time");
    // Someone registering meanwhile is in the audience: it is worked out when it goes.
    confirmed(&app, "webinar", "Bea", "bea@example.org", "en").await;

    app.clock.advance(Duration::hours(3));
    // A second instance on the same database, at the same moment: both find the message due
    // and race for it; the guarded claim lets one of them send it.
    let settings = app.state.settings.clone();
    let transport =
        convene::mail::Transport::from_settings(&settings.smtp_url, settings.mail_dir.clone())
            .expect("transport");
    let other = convene::app::build_state_with(settings, app.state.clock.clone(), transport)
        .await
        .expect("second instance");
    let (here, there) = tokio::join!(send_due(&app.state), send_due(&other));
    let sent = here.expect("due") + there.expect("due");
    assert_eq!(sent, 1, "one instance sends it");
    assert_eq!(send_due(&app.state).await.expect("due"), 0, "once");
    assert_eq!(send_due(&other).await.expect("due"), 0, "once, on either");
    wait_delivered(&app, "webinar", id, 2).await;
    let ana = mime::parse(&app.smtp.to("ana@example.org")[1].data);
    assert_eq!(ana.subject, "Morgen om negen");
    let bea = mime::parse(&app.smtp.to("bea@example.org")[1].data);
    assert_eq!(bea.subject, "Tomorrow at nine");
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(app.smtp.to("ana@example.org").len(), 2);

    let (status, _) = app
        .api(
            reqwest::Method::POST,
            &format!("/api/v1/events/webinar/messages/{id}/withdraw"),
            None,
        )
        .await;
    assert_eq!(status, 409, "a sent message cannot be withdrawn");
    // A message that is not this event's is not found, whatever is asked of it.
    for action in ["send", "withdraw"] {
        let path = format!("/api/v1/events/webinar/messages/{}/{action}", id + 1000);
        let (status, body) = app.api(reqwest::Method::POST, &path, None).await;
        assert_eq!(status, 404, "{action}: {body}");
    }
}

#[tokio::test]
async fn a_withdrawn_message_never_goes() {
    let app = spawn_app().await;
    open_event(&app, "webinar").await;
    confirmed(&app, "webinar", "Ana", "ana@example.org", "nl").await;
    let at = app.state.now() + Duration::hours(1);
    let (_, msg) = post_message(
        &app,
        "webinar",
        json!({"audience": "registered", "subject": {"en": "Soon"},
               "body": {"en": "Soon."}, "send_at": at.to_rfc3339()}),
    )
    .await;
    let id = msg["id"].as_i64().expect("id");
    let (status, body) = app
        .api(
            reqwest::Method::POST,
            &format!("/api/v1/events/webinar/messages/{id}/withdraw"),
            None,
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["status"], "withdrawn");
    app.clock.advance(Duration::hours(2));
    assert_eq!(send_due(&app.state).await.expect("due"), 0);
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(app.smtp.to("ana@example.org").len(), 1);
    assert_eq!(list(&app, "webinar").await[0]["status"], "withdrawn");
}
