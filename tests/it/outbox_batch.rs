//! One batch of the outbox renders many emails about the same event at once, sharing what
//! is the same for every participant; each email must still carry its own participant's link,
//! name, invite and language.

use serde_json::json;

use super::helpers::{Options, spawn_app_with};
use super::{ical, mime};

#[tokio::test]
async fn a_batch_of_emails_for_one_event_renders_each_with_its_own_link() {
    // No worker: every confirmation waits, so one call of the worker takes them as one batch.
    let app = spawn_app_with(Options { workers: false }).await;
    app.create_event("webinar", json!({"require_email_confirmation": false}))
        .await;
    let people = [
        ("Ada", "ada@example.org", "en"),
        ("Bea", "bea@example.org", "nl"),
        ("Chloé", "chloe@example.org", "fr"),
        ("Diego", "diego@example.org", "es"),
        ("Eve", "eve@example.org", "en"),
        ("Femke", "femke@example.org", "nl"),
    ];
    for (name, address, lang) in people {
        let fields = [
            ("name", name),
            ("email", address),
            ("organization", "ACV-CSC"),
            ("country", "BE"),
            ("language", lang),
            ("consent", "yes"),
        ];
        let response = app.register("webinar", &fields).await;
        assert_eq!(response.status(), 303, "{address}");
    }
    let sent = convene::mail::outbox::deliver_due(&app.state)
        .await
        .expect("deliver");
    assert_eq!(sent, people.len(), "one batch");
    let mut links = Vec::new();
    for (name, address, lang) in people {
        let mail = &app.smtp.wait_for(address, 1).await[0];
        let parsed = mime::parse(&mail.data);
        assert_eq!(parsed.language, lang, "{address}");
        assert_eq!(parsed.to_name, name, "{address}");
        let link = app.link_in_email(address);
        assert!(
            parsed.html.contains(&link),
            "the HTML part has the same link"
        );
        let invite = ical::parse(&parsed.calendars[0].1);
        let attendees: Vec<&str> = invite.events[0]
            .attendees
            .iter()
            .map(|(a, _)| a.as_str())
            .collect();
        assert_eq!(attendees, [address], "{address}");
        // The link opens this participant's own page.
        let page = app.get(link.trim_start_matches(&app.base)).await;
        assert_eq!(page.status(), 200, "{link}");
        let body = page.text().await.expect("page");
        assert!(body.contains(name), "{address}'s link opens another page");
        links.push(link);
    }
    links.sort();
    links.dedup();
    assert_eq!(
        links.len(),
        people.len(),
        "every participant has a link of their own"
    );
}
