//! Double opt-in over real SMTP, the outbox through outages and restarts.

use chrono::Duration;
use serde_json::json;

use super::helpers::{Options, person, spawn_app, spawn_app_with};
use super::{ical, mime};

#[tokio::test]
async fn double_opt_in_from_form_to_invite() {
    let app = spawn_app().await;
    app.create_event("webinar", json!({})).await;
    app.register("webinar", &person("Zoë Ñúñez", "zoe@example.org"))
        .await;

    let first = app.smtp.wait_for("zoe@example.org", 1).await;
    let mail = mime::parse(&first[0].data);
    assert!(
        mail.subject.contains("Social protection for all"),
        "{}",
        mail.subject
    );
    assert_eq!(
        mail.to_name, "Zoë Ñúñez",
        "a name with accents survives header encoding"
    );
    assert!(
        mail.calendars.is_empty(),
        "no invite before the address is confirmed"
    );
    assert!(
        !mail.html.is_empty() && !mail.text.is_empty(),
        "plain text and HTML"
    );
    let link = app.link_in_email("zoe@example.org");

    // Opening the link (as a mail scanner would) changes nothing.
    let mut person = app.visitor();
    let (status, page) = person.get(&link).await;
    assert_eq!(status, 200);
    assert!(page.contains("id=\"confirm-button\""));
    let (status, page) = person.get(&link).await;
    assert_eq!(status, 200);
    assert!(page.contains("status-pending"), "a GET never confirms");
    assert_eq!(app.smtp.to("zoe@example.org").len(), 1);

    let res = person.submit(&link, &format!("{link}/confirm"), &[]).await;
    assert_eq!(res.status(), 303);
    let (_, page) = person.get(&link).await;
    assert!(page.contains("status-confirmed"));
    assert!(
        page.contains(&format!(
            "href=\"{}/join\"",
            link.trim_start_matches(&app.base)
        )),
        "confirmed participants see their own join door"
    );
    assert!(
        !page.contains("meet.example.org"),
        "the raw meeting link stays behind the door"
    );

    let mails = app.smtp.wait_for("zoe@example.org", 2).await;
    let confirmation = mime::parse(&mails[1].data);
    assert!(
        confirmation.subject.contains("confirmed"),
        "{}",
        confirmation.subject
    );
    assert_eq!(
        confirmation.calendars.len(),
        1,
        "the confirmation carries an invite"
    );
    let (content_type, body) = &confirmation.calendars[0];
    assert!(content_type.contains("method=REQUEST"), "{content_type}");
    let cal = ical::parse(body);
    assert_eq!(cal.method, "REQUEST");
    assert_eq!(cal.events[0].attendees[0].0, "zoe@example.org");
}

#[tokio::test]
async fn a_repeat_registration_resends_at_most_every_few_minutes() {
    let app = spawn_app().await;
    app.create_event("webinar", json!({})).await;
    app.register("webinar", &person("Ada", "ada@example.org"))
        .await;
    app.smtp.wait_for("ada@example.org", 1).await;
    let again = app
        .register("webinar", &person("Ada", "ada@example.org"))
        .await;
    assert_eq!(
        again.status(),
        303,
        "a stranger cannot tell the address is registered"
    );
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert_eq!(
        app.smtp.to("ada@example.org").len(),
        1,
        "no second email within minutes"
    );
    app.clock.advance(Duration::minutes(6));
    app.register("webinar", &person("Ada", "ada@example.org"))
        .await;
    let mails = app.smtp.wait_for("ada@example.org", 2).await;
    assert!(
        mime::parse(&mails[1].data).subject.contains("confirm"),
        "the confirmation request again"
    );
    let list = app.registration_page("webinar").await;
    assert_eq!(list["total"], 1);
}

#[tokio::test]
async fn unconfirmed_registrations_expire() {
    let app = spawn_app().await;
    app.create_event("webinar", json!({})).await;
    app.register("webinar", &person("Ada", "ada@example.org"))
        .await;
    app.clock.advance(Duration::hours(47));
    convene::services::scheduler::run_once(&app.state)
        .await
        .expect("scheduler");
    let list = app.registration_page("webinar").await;
    assert_eq!(list["items"][0]["status"], "pending", "not yet");
    app.clock.advance(Duration::hours(2));
    convene::services::scheduler::run_once(&app.state)
        .await
        .expect("scheduler");
    let list = app.registration_page("webinar").await;
    assert_eq!(list["items"][0]["status"], "expired");
}

#[tokio::test]
async fn confirmation_off_confirms_at_once() {
    let app = spawn_app().await;
    app.create_event(
        "open-day",
        json!({"require_email_confirmation": false, "kind": "in_person", "venue": "Brussels"}),
    )
    .await;
    app.register("open-day", &person("Ada", "ada@example.org"))
        .await;
    let mails = app.smtp.wait_for("ada@example.org", 1).await;
    let mail = mime::parse(&mails[0].data);
    assert_eq!(mail.calendars.len(), 1);
    assert!(
        mail.html.contains("/qr.svg\""),
        "the check-in code for the door"
    );
    let list = app.registration_page("open-day").await;
    assert_eq!(list["items"][0]["status"], "confirmed");
}

#[tokio::test]
async fn an_smtp_outage_delays_the_email_and_it_arrives_exactly_once() {
    let mut app = spawn_app().await;
    app.create_event("webinar", json!({})).await;
    app.smtp.stop();
    app.register("webinar", &person("Ada", "ada@example.org"))
        .await;
    // The first attempt fails and is scheduled again.
    let mut delivery = String::new();
    for _ in 0..100 {
        let list = app.registration_page("webinar").await;
        delivery = list["items"][0]["email_delivery"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        if delivery == "retrying" {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(delivery, "retrying");
    app.smtp.restart().await;
    app.clock.advance(Duration::minutes(20));
    app.state.outbox_wake.notify_one();
    app.smtp.wait_for("ada@example.org", 1).await;
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    assert_eq!(app.smtp.to("ada@example.org").len(), 1, "exactly once");
    let list = app.registration_page("webinar").await;
    assert_eq!(list["items"][0]["email_delivery"], "sent");
}

#[tokio::test]
async fn an_email_committed_before_a_crash_goes_out_after_the_restart() {
    // No worker runs: the process "dies" after the registration committed.
    let app = spawn_app_with(Options { workers: false }).await;
    app.create_event("webinar", json!({})).await;
    app.register("webinar", &person("Ada", "ada@example.org"))
        .await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert!(app.smtp.to("ada@example.org").is_empty());
    // The visitor took the form's fill time on the app's clock; the new process reads the
    // real one, so it waits until the email is due there too.
    while chrono::Utc::now() < convene::clock::Clock::now(&app.clock) {
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    // A new process on the same database finds the row and sends it.
    let restarted = convene::app::build_state(app.state.settings.clone())
        .await
        .expect("restart");
    let sent = convene::mail::outbox::deliver_due(&restarted)
        .await
        .expect("deliver");
    assert_eq!(sent, 1);
    assert_eq!(app.smtp.wait_for("ada@example.org", 1).await.len(), 1);
    assert_eq!(
        convene::mail::outbox::deliver_due(&restarted)
            .await
            .expect("deliver"),
        0,
        "nothing twice"
    );
}

#[tokio::test]
async fn a_refused_recipient_fails_without_blocking_the_others() {
    let app = spawn_app_with(Options { workers: false }).await;
    app.create_event("webinar", json!({})).await;
    app.smtp.refuse("nobody@example.org");
    app.register("webinar", &person("Nobody", "nobody@example.org"))
        .await;
    app.register("webinar", &person("Ada", "ada@example.org"))
        .await;
    convene::mail::outbox::deliver_due(&app.state)
        .await
        .expect("deliver");
    assert_eq!(app.smtp.to("ada@example.org").len(), 1);
    let list = app.registration_page("webinar").await;
    let states: Vec<_> = list["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|r| (r["email"].clone(), r["email_delivery"].clone()))
        .collect();
    assert!(
        states.contains(&(json!("nobody@example.org"), json!("failed"))),
        "{states:?}"
    );
    assert!(
        states.contains(&(json!("ada@example.org"), json!("sent"))),
        "{states:?}"
    );
}
