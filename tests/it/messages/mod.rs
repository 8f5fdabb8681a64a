//! Messages to registrants over the real SMTP server: audiences, languages, personal links,
//! bulk-mail headers, scheduling with the app's clock, refusals and the `message.sent` webhook.

mod admin_pages;
mod audiences;
mod delivery;
mod schedule;

use serde_json::{Value, json};

use super::helpers::{TestApp, person};

/// An event whose registrations are confirmed at once, in four languages (default English).
pub async fn open_event(app: &TestApp, slug: &str) {
    app.create_event(slug, json!({"require_email_confirmation": false}))
        .await;
}

/// Registers `email` in `language` and waits for the confirmation; returns their own link.
pub async fn confirmed(
    app: &TestApp,
    slug: &str,
    name: &str,
    email: &str,
    language: &str,
) -> String {
    let mut fields = person(name, email);
    fields.retain(|(k, _)| *k != "language");
    fields.push(("language", language));
    let res = app.register(slug, &fields).await;
    assert_eq!(res.status(), 303, "registration of {email}");
    app.smtp.wait_for(email, 1).await;
    app.link_in_email(email)
}

/// Posts a message; returns (status, body).
pub async fn post_message(app: &TestApp, slug: &str, body: Value) -> (u16, Value) {
    app.api(
        reqwest::Method::POST,
        &format!("/api/v1/events/{slug}/messages"),
        Some(body),
    )
    .await
}

/// The event's messages from the API.
pub async fn list(app: &TestApp, slug: &str) -> Vec<Value> {
    let (status, body) = app
        .api(
            reqwest::Method::GET,
            &format!("/api/v1/events/{slug}/messages"),
            None,
        )
        .await;
    assert_eq!(status, 200, "{body}");
    body["items"].as_array().expect("items").clone()
}

/// Waits (up to ten seconds) until the outbox sent `n` emails of message `id`.
pub async fn wait_delivered(app: &TestApp, slug: &str, id: i64, n: i64) {
    for _ in 0..200 {
        let all = list(app, slug).await;
        let msg = all.iter().find(|m| m["id"] == id).expect("message");
        if msg["delivery"]["sent"].as_i64() == Some(n) {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("message {id} did not reach {n} sent emails");
}
