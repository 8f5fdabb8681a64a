//! Delegations and series: a contact registers delegates, each becomes a registration with
//! their own emails in their own language, the contact gets one summary; series pages and feeds.

use chrono::{Duration, Utc};
use serde_json::json;

use super::helpers::{TestApp, person, spawn_app};
use super::{ical, mime};

fn contact_with<'a>(delegates: &[(&'a str, &'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut fields = person("Carla Contact", "carla@example.org");
    for (name, email, language) in delegates {
        fields.push(("delegate_name", name));
        fields.push(("delegate_email", email));
        fields.push(("delegate_language", language));
    }
    fields
}

async fn status_of(app: &TestApp, slug: &str, email: &str) -> String {
    let page = app.registration_page(slug).await;
    page["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|r| r["email"] == email)
        .and_then(|r| r["status"].as_str())
        .unwrap_or_else(|| panic!("no registration of {email}"))
        .to_string()
}

#[tokio::test]
async fn a_delegation_of_three_gives_three_registrations_emails_in_their_languages_and_a_summary() {
    let app = spawn_app().await;
    app.create_event("congress", json!({})).await;
    let res = app
        .register(
            "congress",
            &contact_with(&[
                ("Daan Peeters", "daan@example.org", "nl"),
                ("Lucía Gómez", "lucia@example.org", "es"),
                ("Emma Brown", "emma@example.org", "en"),
            ]),
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let page = app.registration_page("congress").await;
    assert_eq!(page["total"], 4, "the contact and three delegates");
    for (email, lang) in [
        ("daan@example.org", "nl"),
        ("lucia@example.org", "es"),
        ("emma@example.org", "en"),
    ] {
        assert_eq!(status_of(&app, "congress", email).await, "pending");
        let mails = app.smtp.wait_for(email, 1).await;
        assert_eq!(mails.len(), 1, "one email to {email}");
        let parsed = mime::parse(&mails[0].data);
        assert_eq!(parsed.language, lang, "{email} is written to in {lang}");
        assert!(
            parsed.text.contains(&format!("{}/r/", app.base)),
            "each delegate confirms their own address"
        );
    }
    assert!(
        mime::parse(&app.smtp.wait_for("daan@example.org", 1).await[0].data)
            .subject
            .contains("Sociale bescherming")
    );
    // The contact: their own confirmation request and one summary naming every delegate.
    let mails = app.smtp.wait_for("carla@example.org", 2).await;
    let summaries: Vec<_> = mails
        .iter()
        .map(|m| mime::parse(&m.data))
        .filter(|p| p.subject.starts_with("Your delegation"))
        .collect();
    assert_eq!(summaries.len(), 1, "one summary");
    for name in ["Daan Peeters", "Lucía Gómez", "Emma Brown"] {
        assert!(summaries[0].text.contains(name), "{name} in the summary");
    }
}

#[tokio::test]
async fn a_delegation_larger_than_the_seats_left_puts_the_rest_on_the_waiting_list() {
    let app = spawn_app().await;
    app.create_event(
        "small-room",
        json!({"capacity": 2, "require_email_confirmation": false}),
    )
    .await;
    let res = app
        .register(
            "small-room",
            &contact_with(&[
                ("First Delegate", "first@example.org", "en"),
                ("Second Delegate", "second@example.org", "fr"),
                ("Third Delegate", "third@example.org", "en"),
            ]),
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(
        status_of(&app, "small-room", "carla@example.org").await,
        "confirmed"
    );
    assert_eq!(
        status_of(&app, "small-room", "first@example.org").await,
        "confirmed"
    );
    assert_eq!(
        status_of(&app, "small-room", "second@example.org").await,
        "waitlisted"
    );
    assert_eq!(
        status_of(&app, "small-room", "third@example.org").await,
        "waitlisted"
    );
    let mails = app.smtp.wait_for("carla@example.org", 2).await;
    let summary = mails
        .iter()
        .map(|m| mime::parse(&m.data))
        .find(|p| p.subject.starts_with("Your delegation"))
        .expect("a summary");
    assert!(
        summary.text.contains("On the waiting list"),
        "{}",
        summary.text
    );
    assert!(summary.text.contains("no seat yet"));
}

#[tokio::test]
async fn a_repeated_or_registered_delegate_address_is_reported_next_to_its_row() {
    let app = spawn_app().await;
    app.create_event("checks", json!({})).await;
    app.register("checks", &person("Already", "already@example.org"))
        .await;
    let res = app
        .register(
            "checks",
            &contact_with(&[
                ("One", "same@example.org", "en"),
                ("Two", "same@example.org", "en"),
                ("Three", "already@example.org", "fr"),
            ]),
        )
        .await;
    assert_eq!(res.status().as_u16(), 422);
    let html = res.text().await.expect("page");
    assert!(html.contains("id=\"delegate_email-2-error\""));
    assert!(html.contains("This address appears twice in the delegation."));
    assert!(html.contains("id=\"delegate_email-3-error\""));
    assert!(html.contains("This address is already registered for this event."));
    assert!(!html.contains("id=\"delegate_email-1-error\""));
    assert!(html.contains("value=\"Three\""), "values kept");
    assert_eq!(app.registration_page("checks").await["total"], 1);
}

#[tokio::test]
async fn add_another_posts_the_form_back_with_one_more_row() {
    let app = spawn_app().await;
    app.create_event("rows", json!({})).await;
    let mut fields = contact_with(&[("One", "one@example.org", "es")]);
    fields.push(("add_delegate", "1"));
    let res = app.register("rows", &fields).await;
    assert_eq!(res.status().as_u16(), 200);
    let html = res.text().await.expect("page");
    assert!(html.contains("id=\"delegate_name-2\""), "a second row");
    assert!(
        html.contains("value=\"one@example.org\""),
        "the first row kept"
    );
    assert_eq!(
        app.registration_page("rows").await["total"],
        0,
        "nothing registered yet"
    );
}

#[tokio::test]
async fn the_cap_per_organisation_is_kept() {
    let app = spawn_app().await;
    app.create_event("capped", json!({"delegates_per_organisation": 1}))
        .await;
    let res = app
        .register(
            "capped",
            &contact_with(&[
                ("One", "one@example.org", "en"),
                ("Two", "two@example.org", "en"),
            ]),
        )
        .await;
    assert_eq!(res.status().as_u16(), 422);
    let html = res.text().await.expect("page");
    assert!(html.contains("At most 1 delegate per organisation"));
}

#[tokio::test]
async fn a_series_feed_lists_its_events_and_a_past_meeting_points_to_the_next() {
    let app = spawn_app().await;
    let past = Utc::now() - Duration::days(30);
    app.create_event(
        "steering-1",
        json!({"series": "steering-committee",
               "starts_at": past.to_rfc3339(),
               "ends_at": (past + Duration::hours(2)).to_rfc3339()}),
    )
    .await;
    app.create_event("steering-2", json!({"series": "steering-committee"}))
        .await;
    app.create_event("other", json!({})).await;

    let res = app.get("/series/steering-committee/calendar.ics").await;
    assert_eq!(res.status().as_u16(), 200);
    let cal = ical::parse(&res.text().await.expect("feed"));
    assert_eq!(cal.events.len(), 2, "both meetings and nothing else");

    let (status, html) = app.visitor().get("/series/steering-committee").await;
    assert_eq!(status, 200);
    assert!(html.contains("/events/steering-1") && html.contains("/events/steering-2"));
    assert!(!html.contains("/events/other"));

    let (_, html) = app.visitor().get("/events/steering-1").await;
    assert!(html.contains("href=\"/events/steering-2#register\""));
    assert_eq!(
        app.get("/series/no-such-series/calendar.ics")
            .await
            .status()
            .as_u16(),
        404
    );
}

#[tokio::test]
async fn the_contact_adds_and_cancels_delegates_on_their_page() {
    let app = spawn_app().await;
    app.create_event("later", json!({"require_email_confirmation": false}))
        .await;
    app.register(
        "later",
        &contact_with(&[("First", "first@example.org", "fr")]),
    )
    .await;
    app.smtp.wait_for("carla@example.org", 2).await;
    let link = app.link_in_email("carla@example.org");
    let path = link.trim_start_matches(&app.base).to_string();
    let page = format!("{path}/programme");
    let mut carla = app.visitor();
    let (status, html) = carla.get(&page).await;
    assert_eq!(status, 200);
    assert!(html.contains("first@example.org"));
    let res = carla
        .submit(
            &page,
            &page,
            &[
                ("action", "delegates"),
                ("delegate_name", "Second"),
                ("delegate_email", "second@example.org"),
                ("delegate_language", "es"),
            ],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(
        status_of(&app, "later", "second@example.org").await,
        "confirmed"
    );
    let mails = app.smtp.wait_for("second@example.org", 1).await;
    assert_eq!(mime::parse(&mails[0].data).language, "es");

    // Cancelling the first delegate: the id comes from the page's own button.
    let (_, html) = carla.get(&page).await;
    let marker = "name=\"delegate\" value=\"";
    let start = html.find(marker).expect("a cancel button") + marker.len();
    let id = html[start..]
        .split('"')
        .next()
        .unwrap_or_default()
        .to_string();
    let res = carla
        .submit(
            &page,
            &page,
            &[("action", "cancel_delegate"), ("delegate", &id)],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(
        status_of(&app, "later", "first@example.org").await,
        "cancelled"
    );
}
