//! Two `convene serve` processes and the test's own app on one PostgreSQL database share
//! the webhook queue: every registration reaches the receiver exactly once.

use std::collections::HashSet;
use std::time::Duration;

use serde_json::json;

use super::super::helpers::{person, spawn_app_with_settings};
use super::super::process::start_instance;
use super::{Behaviour, LOOPBACK, Receiver, add_webhook, signature_holds};

#[tokio::test]
async fn two_instances_on_postgresql_deliver_each_event_once() {
    if !std::env::var("CONVENE_TEST_DATABASE_URL").is_ok_and(|u| u.starts_with("postgres")) {
        eprintln!(
            "multi-instance webhook test skipped: it needs PostgreSQL (CONVENE_TEST_DATABASE_URL)"
        );
        return;
    }
    let app = spawn_app_with_settings(LOOPBACK).await;
    app.create_event("summit", json!({"require_email_confirmation": false}))
        .await;
    let receiver = Receiver::start(Behaviour::Accept).await;
    let (_, secret) = add_webhook(&app, &receiver.url, &["registration.created"]).await;
    let one = start_instance(&app.state.settings).await;
    let two = start_instance(&app.state.settings).await;

    let app = std::sync::Arc::new(app);
    let mut tasks = Vec::new();
    for i in 0..30 {
        let app = app.clone();
        let base = if i % 2 == 0 {
            one.base.clone()
        } else {
            two.base.clone()
        };
        tasks.push(tokio::spawn(async move {
            let email = format!("p{i}@example.org");
            app.visitor_at(&base)
                .register("summit", &person("P", &email))
                .await
                .status()
                .as_u16()
        }));
    }
    for task in tasks {
        assert_eq!(task.await.expect("task"), 303);
    }
    receiver.wait_for(30).await;
    // Three workers poll the queue; give a duplicate time to show up.
    tokio::time::sleep(Duration::from_secs(3)).await;
    let got = receiver.received();
    assert_eq!(got.len(), 30, "exactly one delivery per registration");
    let ids: HashSet<String> = got.iter().map(|r| r.header("webhook-id")).collect();
    assert_eq!(ids.len(), 30);
    let emails: HashSet<String> = got
        .iter()
        .map(|r| {
            r.json()["data"]["registration"]["email"]
                .as_str()
                .unwrap_or_default()
                .to_string()
        })
        .collect();
    assert_eq!(emails.len(), 30);
    assert!(got.iter().all(|r| signature_holds(&secret, r)));
}
