//! The admin's webhook pages: adding one (secret shown once), refusals on the form, the
//! deliveries with their attempts and body, "send again", and who sees what.

use std::time::Duration;

use serde_json::json;

use super::super::admin::{ADMIN, organizer, signed_in};
use super::super::helpers::{hidden, person, spawn_app_with_settings};
use super::{Behaviour, LOOPBACK, Receiver, deliveries};

#[tokio::test]
async fn an_admin_adds_a_webhook_sees_its_deliveries_and_sends_one_again() {
    let app = spawn_app_with_settings(LOOPBACK).await;
    app.create_event("summit", json!({})).await;
    let receiver = Receiver::start(Behaviour::Accept).await;
    let mut admin = signed_in(&app, ADMIN).await;

    let (status, page) = admin.get("/admin/webhooks").await;
    assert_eq!(status, 200);
    let csrf = hidden(&page, "csrf_token");
    let refused = admin
        .post(
            "/admin/webhooks",
            &[
                ("csrf_token", &csrf),
                ("url", "ftp://example.org/"),
                ("events", "registration.created"),
            ],
        )
        .await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.expect("body");
    assert!(
        html.contains("id=\"webhook-url-error\"") && html.contains("full web address"),
        "{html}"
    );

    let res = admin
        .post(
            "/admin/webhooks",
            &[
                ("csrf_token", &csrf),
                ("url", &receiver.url),
                ("events", "registration.created"),
                ("events", "registration.cancelled"),
                ("event", "summit"),
            ],
        )
        .await;
    assert_eq!(res.status(), 201);
    let html = res.text().await.expect("body");
    let secret = html
        .split("id=\"new-secret\">")
        .nth(1)
        .and_then(|rest| rest.split('<').next())
        .expect("secret shown")
        .to_string();
    assert!(secret.starts_with("whsec_"));
    let (_, again) = admin.get("/admin/webhooks").await;
    assert!(!again.contains(&secret), "the secret is shown once");
    let (_, list) = app
        .api(reqwest::Method::GET, "/api/v1/webhooks", None)
        .await;
    let id = list["items"][0]["id"].as_i64().expect("id");
    assert_eq!(
        list["items"][0]["events"],
        json!(["registration.created", "registration.cancelled"])
    );

    app.register("summit", &person("Ada", "ada@example.org"))
        .await;
    let first = receiver.wait_for(1).await;
    assert!(super::signature_holds(&secret, &first[0]));
    for _ in 0..100 {
        if deliveries(&app, id).await[0]["status"] == "delivered" {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let (status, page) = admin.get(&format!("/admin/webhooks/{id}")).await;
    assert_eq!(status, 200);
    assert!(
        page.contains("registration.created") && page.contains("class=\"status-code\">204<"),
        "{page}"
    );
    assert!(page.contains("ada@example.org"), "the body sent is shown");
    let delivery = deliveries(&app, id).await[0]["id"]
        .as_i64()
        .expect("delivery id");
    let csrf = hidden(&page, "csrf_token");
    let res = admin
        .post(
            &format!("/admin/webhooks/{id}/deliveries/{delivery}/resend"),
            &[("csrf_token", &csrf)],
        )
        .await;
    assert_eq!(res.status(), 303);
    let got = receiver.wait_for(2).await;
    assert_eq!(
        got[0].header("webhook-id"),
        got[1].header("webhook-id"),
        "the same message again"
    );
}

#[tokio::test]
async fn an_organizer_does_not_see_another_organizers_webhooks() {
    let app = spawn_app_with_settings(LOOPBACK).await;
    let receiver = Receiver::start(Behaviour::Accept).await;
    let (id, _) = super::add_webhook(&app, &receiver.url, &["registration.created"]).await;
    let who = organizer(&app, "olga@example.org").await;
    let mut olga = signed_in(&app, who).await;
    let (status, page) = olga.get("/admin/webhooks").await;
    assert_eq!(status, 200);
    assert!(!page.contains(&receiver.url));
    let (status, _) = olga.get(&format!("/admin/webhooks/{id}")).await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn a_receiver_failing_for_a_day_is_disabled_and_its_owner_told() {
    let app = spawn_app_with_settings(LOOPBACK).await;
    app.create_event("summit", json!({})).await;
    let receiver = Receiver::start(Behaviour::Huge(100)).await;
    let (id, _) = super::add_webhook(&app, &receiver.url, &["registration.created"]).await;
    app.register("summit", &person("Ada", "ada@example.org"))
        .await;
    let mut seen = 0;
    for _ in 0..40 {
        let now = receiver.received().len();
        if now > seen {
            seen = now;
            // Past the next retry (at most 8 hours and a fifth away).
            app.clock.advance(chrono::Duration::hours(10));
        }
        if deliveries(&app, id).await[0]["status"] == "failed" {
            break;
        }
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    let delivery = &deliveries(&app, id).await[0];
    assert_eq!(delivery["status"], "failed", "{delivery}");
    assert!(
        delivery["attempts"]
            .as_array()
            .is_some_and(|a| a.len() >= 3)
    );
    let (_, list) = app
        .api(reqwest::Method::GET, "/api/v1/webhooks", None)
        .await;
    assert_eq!(list["items"][0]["active"], false);
    app.smtp.wait_for("admin@example.org", 1).await;
    let note = app.smtp.to("admin@example.org");
    assert!(note[0].data.contains("switched off"), "{}", note[0].data);
    assert!(note[0].data.contains(&receiver.url));
}
