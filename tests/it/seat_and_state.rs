//! Who gets what: the personal invite of people without a seat, the states a cancelled
//! event and its registrations may not leave, and participant pages kept out of caches.

use serde_json::json;

use super::helpers::{TestApp, person, spawn_app};
use super::ical;

const JOIN: &str = "meet.example.org/join-123";

async fn invite_of(app: &TestApp, link: &str) -> (String, ical::Cal) {
    let res = app
        .get(&format!(
            "{}/invite.ics",
            link.trim_start_matches(&app.base)
        ))
        .await;
    assert_eq!(res.status(), 200);
    let body = res.text().await.expect("ics");
    let cal = ical::parse(&body);
    (body, cal)
}

#[tokio::test]
async fn only_a_confirmed_participant_gets_the_join_link_in_the_invite() {
    let app = spawn_app().await;
    app.create_event(
        "webinar",
        json!({"require_email_confirmation": false, "capacity": 1, "waitlist": true}),
    )
    .await;
    app.create_event("optin", json!({})).await;
    app.register("webinar", &person("Ada", "ada@example.org"))
        .await;
    app.register("webinar", &person("Bob", "bob@example.org"))
        .await;
    app.register("optin", &person("Cleo", "cleo@example.org"))
        .await;
    app.smtp.wait_for("ada@example.org", 1).await;
    app.smtp.wait_for("bob@example.org", 1).await;
    app.smtp.wait_for("cleo@example.org", 1).await;

    let ada = app.link_in_email("ada@example.org");
    let (body, confirmed) = invite_of(&app, &ada).await;
    assert_eq!(confirmed.method, "REQUEST");
    // The way in is the participant's own door, never the raw meeting link.
    assert_eq!(
        confirmed.events[0].url,
        format!("{ada}/join"),
        "the confirmed participant has a seat"
    );
    assert!(!body.contains(JOIN), "no raw meeting link in {body}");

    for (who, state) in [
        ("bob@example.org", "waitlisted"),
        ("cleo@example.org", "pending"),
    ] {
        let link = app.link_in_email(who);
        let (body, cal) = invite_of(&app, &link).await;
        assert_eq!(cal.method, "PUBLISH", "{state}: no meeting request");
        assert!(!body.contains(JOIN), "{state}: no join link in {body}");
        assert!(
            !cal.events[0].description.contains("/join") && !cal.events[0].url.ends_with("/join"),
            "{state}: no join door in {body}"
        );
        assert_eq!(cal.events.len(), 1, "{state}: the date is still there");
    }

    // Ada cancels: her file is a cancellation, without the link.
    let link = app.link_in_email("ada@example.org");
    let mut visitor = app.visitor();
    let res = visitor
        .submit(
            &format!("{link}?step=cancel"),
            &format!("{link}/cancel"),
            &[],
        )
        .await;
    assert_eq!(res.status(), 303);
    let (body, cancelled) = invite_of(&app, &link).await;
    assert_eq!(cancelled.method, "CANCEL");
    assert!(!body.contains(JOIN), "cancelled: no join link");
    assert!(
        !cancelled.events[0].description.contains("/join"),
        "cancelled: no join door"
    );
}

#[tokio::test]
async fn a_cancelled_event_stays_cancelled_and_its_pending_registrations_cannot_be_confirmed() {
    let app = spawn_app().await;
    app.create_event("optin", json!({})).await;
    app.register("optin", &person("Cleo", "cleo@example.org"))
        .await;
    app.smtp.wait_for("cleo@example.org", 1).await;
    let link = app.link_in_email("cleo@example.org");
    let (status, _) = app
        .api(reqwest::Method::POST, "/api/v1/events/optin/cancel", None)
        .await;
    assert_eq!(status, 200);

    let (status, body) = app
        .api(
            reqwest::Method::PATCH,
            "/api/v1/events/optin",
            Some(json!({"status": "published"})),
        )
        .await;
    assert_eq!(status, 409, "a cancelled event is not reopened: {body}");
    assert_eq!(body["error"]["code"], "invalid_transition", "{body}");
    let (_, ev) = app
        .api(reqwest::Method::GET, "/api/v1/events/optin", None)
        .await;
    assert_eq!(ev["status"], "cancelled");

    let mut visitor = app.visitor();
    let res = visitor.post(&format!("{link}/confirm"), &[]).await;
    assert!(res.status().as_u16() < 500, "{}", res.status());
    let list = app.registration_page("optin").await;
    assert_ne!(
        list["items"][0]["status"], "confirmed",
        "a pending registration of a cancelled event stays unconfirmed"
    );
    let (body, cal) = invite_of(&app, &link).await;
    assert_ne!(cal.method, "REQUEST");
    assert!(!body.contains(JOIN));
}

#[tokio::test]
async fn participant_pages_are_never_stored_in_a_cache() {
    let app = spawn_app().await;
    app.create_event("optin", json!({})).await;
    app.register("optin", &person("Cleo", "cleo@example.org"))
        .await;
    app.smtp.wait_for("cleo@example.org", 1).await;
    let link = app.link_in_email("cleo@example.org");
    let path = link.trim_start_matches(&app.base).to_string();
    for page in [
        path.clone(),
        format!("{path}?step=cancel"),
        format!("{path}/invite.ics"),
        "/r/not-a-real-token".to_string(),
    ] {
        let res = app.get(&page).await;
        let cache = res
            .headers()
            .get("cache-control")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string();
        assert!(cache.contains("no-store"), "{page}: {cache:?}");
    }
}
