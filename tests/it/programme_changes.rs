//! A programme as it changes: a full session says so on the event page, a session removed
//! from the programme is withdrawn from its holders' calendars, and a participant's page
//! refuses a session that does not exist.

use reqwest::Method;
use serde_json::json;

use super::helpers::spawn_app;
use super::ical;
use super::mime;
use super::programmes::{newest_invite, programme_event, two_sessions, with_sessions};

#[tokio::test]
async fn a_full_session_says_so_on_the_event_page() {
    let app = spawn_app().await;
    programme_event(&app, "filling").await;
    let (_, html) = app.visitor().get("/events/filling").await;
    assert!(html.contains("1 seat left"), "the workshop before");
    assert!(!html.contains("Full: waiting list"));
    app.register(
        "filling",
        &with_sessions("Ada", "ada@example.org", &["workshop"]),
    )
    .await;
    let (_, html) = app.visitor().get("/events/filling").await;
    let workshop = html.find("value=\"workshop\"").expect("the workshop's box");
    let line = &html[workshop..workshop + html[workshop..].find("</label>").expect("label")];
    assert!(line.contains("Full: waiting list"), "{line}");
}

#[tokio::test]
async fn a_session_removed_from_the_programme_is_cancelled_in_its_holders_calendars() {
    let app = spawn_app().await;
    programme_event(&app, "shrinking").await;
    app.register(
        "shrinking",
        &with_sessions("Ada", "ada@example.org", &["plenary", "workshop"]),
    )
    .await;
    app.register(
        "shrinking",
        &with_sessions("Bea", "bea@example.org", &["plenary"]),
    )
    .await;
    app.smtp.wait_for("ada@example.org", 1).await;
    let (_, first) = newest_invite(&app, "ada@example.org");
    let workshop_uid = first
        .events
        .iter()
        .find(|e| e.summary.starts_with("Workshop"))
        .expect("workshop entry")
        .uid
        .clone();

    let only_plenary = json!([two_sessions()[0].clone()]);
    let (status, body) = app
        .api(
            Method::PATCH,
            "/api/v1/events/shrinking",
            Some(json!({"sessions": only_plenary})),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["sessions"].as_array().map(Vec::len), Some(1));

    let mails = app.smtp.wait_for("ada@example.org", 2).await;
    let cancel = mails
        .iter()
        .map(|m| mime::parse(&m.data))
        .find(|p| p.calendars.iter().any(|(ct, _)| ct.contains("CANCEL")))
        .expect("a cancellation");
    let cal = ical::parse(&cancel.calendars[0].1);
    assert_eq!(cal.method, "CANCEL");
    assert_eq!(cal.events.len(), 1);
    assert_eq!(cal.events[0].uid, workshop_uid, "the workshop alone");
    // Bea had no seat in the workshop: nothing to withdraw.
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(app.smtp.to("bea@example.org").len(), 1);
}

#[tokio::test]
async fn the_participants_page_refuses_a_session_that_does_not_exist() {
    let app = spawn_app().await;
    programme_event(&app, "own-page").await;
    app.register(
        "own-page",
        &with_sessions("Ada", "ada@example.org", &["plenary"]),
    )
    .await;
    app.smtp.wait_for("ada@example.org", 1).await;
    let link = app.link_in_email("ada@example.org");
    let page = format!("{}/programme", link.trim_start_matches(&app.base));
    let mut ada = app.visitor();
    let res = ada
        .submit(
            &page,
            &page,
            &[
                ("action", "sessions"),
                ("sessions", "workshop"),
                ("sessions", "nonsense"),
            ],
        )
        .await;
    assert_eq!(res.status().as_u16(), 422);
    let page = app.registration_page("own-page").await;
    assert_eq!(
        page["items"][0]["sessions"],
        json!([{"key": "plenary", "status": "confirmed"}]),
        "nothing changed"
    );
}
