//! What a receiver gets: signed deliveries of each event type, once, even after an outage.

use std::time::{Duration, Instant};

use base64::Engine;
use serde_json::json;

use super::super::helpers::{TestApp, person, spawn_app_with_settings};
use super::{Behaviour, LOOPBACK, Receiver, add_webhook, deliveries, signature_holds};

/// Waits (up to 15 s) until the receiver's newest delivery satisfies `done`.
async fn wait_for_delivery(
    app: &TestApp,
    id: i64,
    done: impl Fn(&serde_json::Value) -> bool,
) -> serde_json::Value {
    for _ in 0..300 {
        if let Some(first) = deliveries(app, id).await.first()
            && done(first)
        {
            return first.clone();
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!(
        "delivery never reached the state: {:?}",
        deliveries(app, id).await
    );
}

#[tokio::test]
async fn a_registration_is_delivered_signed_with_the_receivers_secret() {
    let app = spawn_app_with_settings(LOOPBACK).await;
    app.create_event("summit", json!({})).await;
    let receiver = Receiver::start(Behaviour::Accept).await;
    let (id, secret) = add_webhook(&app, &receiver.url, &["registration.created"]).await;
    assert!(secret.starts_with("whsec_"), "{secret}");

    let res = app
        .register("summit", &person("Ada Lovelace", "ada@example.org"))
        .await;
    assert_eq!(res.status(), 303);
    let got = receiver.wait_for(1).await;
    let first = &got[0];
    assert!(signature_holds(&secret, first), "signature: {first:?}");
    let other = format!(
        "whsec_{}",
        base64::engine::general_purpose::STANDARD.encode([7u8; 24])
    );
    assert!(!signature_holds(&other, first), "another secret must fail");
    assert!(first.header("webhook-id").starts_with("msg_"));
    let stamp: i64 = first
        .header("webhook-timestamp")
        .parse()
        .expect("timestamp");
    assert!((stamp - app.state.now().timestamp()).abs() < 60);
    assert_eq!(first.header("content-type"), "application/json");

    let body = first.json();
    assert_eq!(body["type"], "registration.created");
    assert!(body["timestamp"].as_str().is_some_and(|t| t.ends_with('Z')));
    assert_eq!(body["data"]["event"]["slug"], "summit");
    assert_eq!(body["data"]["registration"]["email"], "ada@example.org");
    assert_eq!(body["data"]["registration"]["status"], "pending");

    let delivery = wait_for_delivery(&app, id, |d| d["status"] == "delivered").await;
    assert_eq!(delivery["attempts"][0]["status_code"], 204);
    assert_eq!(delivery["body"], first.body, "the body sent is kept");
}

#[tokio::test]
async fn confirmation_attendance_cancellation_and_messages_produce_their_types() {
    let app = spawn_app_with_settings(LOOPBACK).await;
    app.create_event("summit", json!({})).await;
    let receiver = Receiver::start(Behaviour::Accept).await;
    let all = [
        "registration.created",
        "registration.confirmed",
        "registration.cancelled",
        "attendance.marked",
        "message.sent",
    ];
    let (_, secret) = add_webhook(&app, &receiver.url, &all).await;

    app.register("summit", &person("Ada", "ada@example.org"))
        .await;
    receiver.wait_for(1).await;
    app.smtp.wait_for("ada@example.org", 1).await;
    let link = app.link_in_email("ada@example.org");
    let mut ada = app.visitor();
    let res = ada.submit(&link, &format!("{link}/confirm"), &[]).await;
    assert_eq!(res.status(), 303);
    receiver.wait_for(2).await;

    let (status, body) = app
        .api(
            reqwest::Method::POST,
            "/api/v1/events/summit/attendance",
            Some(json!({"emails": ["ada@example.org"]})),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    receiver.wait_for(3).await;

    let res = ada.submit(&link, &format!("{link}/cancel"), &[]).await;
    assert_eq!(res.status(), 303);
    receiver.wait_for(4).await;

    // Messages to registrants call this in the transaction that records the sending.
    let ev = convene::db::event::find_by_slug(&app.state.db, "summit")
        .await
        .expect("db")
        .expect("event");
    let txn = app.state.write().await.expect("write");
    convene::webhooks::payload::message_sent(&*txn, &app.state, &ev, 41, "confirmed", 12)
        .await
        .expect("queued");
    txn.commit().await.expect("commit");
    let got = receiver.wait_for(5).await;

    let types: Vec<String> = got
        .iter()
        .map(|r| r.json()["type"].as_str().unwrap_or_default().to_string())
        .collect();
    assert_eq!(
        types,
        [
            "registration.created",
            "registration.confirmed",
            "attendance.marked",
            "registration.cancelled",
            "message.sent",
        ]
    );
    assert!(got.iter().all(|r| signature_holds(&secret, r)));
    let reg_id = got[0].json()["data"]["registration"]["id"].clone();
    let confirmed = got[1].json();
    assert_eq!(confirmed["data"]["registration"]["id"], reg_id);
    assert_eq!(confirmed["data"]["registration"]["status"], "confirmed");
    assert!(
        !got[1].body.contains("ada@example.org"),
        "only registration.created carries personal data"
    );
    let marked = got[2].json();
    assert_eq!(marked["data"]["attendance"][0]["registration_id"], reg_id);
    assert_eq!(marked["data"]["attendance"][0]["attended"], true);
    assert_eq!(got[3].json()["data"]["registration"]["status"], "cancelled");
    let message = got[4].json();
    assert_eq!(message["data"]["message"]["recipients"], 12);
    assert_eq!(message["data"]["event"]["slug"], "summit");
}

#[tokio::test]
async fn a_receiver_that_is_down_at_first_gets_the_delivery_once_after_it_comes_back() {
    let app = spawn_app_with_settings(LOOPBACK).await;
    app.create_event("summit", json!({})).await;
    // A port that nothing listens on, for now.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port();
    let url = format!("http://127.0.0.1:{port}/hook");
    let (id, secret) = add_webhook(&app, &url, &["registration.created"]).await;
    app.register("summit", &person("Ada", "ada@example.org"))
        .await;

    let failed = wait_for_delivery(&app, id, |d| d["status"] == "retrying").await;
    assert_eq!(
        failed["attempts"][0]["status_code"],
        serde_json::Value::Null
    );
    assert!(
        failed["attempts"][0]["error"]
            .as_str()
            .is_some_and(|e| e.contains("connect")),
        "{failed}"
    );

    let receiver = Receiver::start_on(port, Behaviour::Accept).await;
    // The retry is due seconds later by the app's clock.
    app.clock.advance(chrono::Duration::minutes(2));
    let got = receiver.wait_for(1).await;
    assert!(signature_holds(&secret, &got[0]));
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(receiver.received().len(), 1, "delivered once");
    let delivered = wait_for_delivery(&app, id, |d| d["status"] == "delivered").await;
    assert_eq!(delivered["attempts"].as_array().map(Vec::len), Some(2));
}

#[tokio::test]
async fn a_slow_or_flooding_receiver_cannot_hold_the_worker() {
    let app = spawn_app_with_settings(LOOPBACK).await;
    app.create_event("summit", json!({})).await;
    let slow = Receiver::start(Behaviour::Slow(Duration::from_secs(30))).await;
    let flood = Receiver::start(Behaviour::Huge(20 * 1024 * 1024)).await;
    let (slow_id, _) = add_webhook(&app, &slow.url, &["registration.created"]).await;
    let (flood_id, _) = add_webhook(&app, &flood.url, &["registration.created"]).await;
    let started = Instant::now();
    app.register("summit", &person("Ada", "ada@example.org"))
        .await;

    let timed_out = wait_for_delivery(&app, slow_id, |d| d["status"] == "retrying").await;
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "the 2 s timeout cut the slow receiver off"
    );
    assert!(
        timed_out["attempts"][0]["error"]
            .as_str()
            .is_some_and(|e| e.contains("timed out")),
        "{timed_out}"
    );
    let flooded = wait_for_delivery(&app, flood_id, |d| d["status"] == "retrying").await;
    assert_eq!(flooded["attempts"][0]["status_code"], 500);
    let kept = flooded["attempts"][0]["error"].as_str().unwrap_or_default();
    assert!(kept.len() <= 500, "only the start of a huge answer is kept");
}
