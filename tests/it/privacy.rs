//! Personal data: download, self-service deletion, erasure by an admin, retention.

use chrono::Duration;
use serde_json::json;

use super::helpers::{person, spawn_app};

#[tokio::test]
async fn a_participant_downloads_then_deletes_their_data_and_the_seat_moves_on() {
    let app = spawn_app().await;
    app.create_event(
        "small",
        json!({"capacity": 1, "require_email_confirmation": false}),
    )
    .await;
    app.register("small", &person("Ada", "ada@example.org"))
        .await;
    app.register("small", &person("Bea", "bea@example.org"))
        .await;
    app.smtp.wait_for("ada@example.org", 1).await;
    let link = app.link_in_email("ada@example.org");
    let path = link.trim_start_matches(&app.base).to_string();

    let data: serde_json::Value = app
        .get(&format!("{path}/data.json"))
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(data["email"], "ada@example.org");
    assert_eq!(data["consent_version"], "2026-01");
    assert!(data["emails"].as_array().is_some_and(|e| !e.is_empty()));

    let mut visitor = app.visitor();
    let (_, page) = visitor.get(&format!("{path}?step=delete")).await;
    assert!(
        page.contains("id=\"delete-confirm-button\""),
        "deleting asks first"
    );
    let res = visitor
        .submit(
            &format!("{path}?step=delete"),
            &format!("{path}/delete"),
            &[],
        )
        .await;
    assert_eq!(res.status(), 200);
    assert_eq!(app.get(&path).await.status(), 404, "the link is dead");
    let list = app.registration_page("small").await;
    assert_eq!(list["total"], 1);
    assert_eq!(list["items"][0]["email"], "bea@example.org");
    assert_eq!(
        list["items"][0]["status"], "confirmed",
        "the freed seat went to Bea"
    );
}

#[tokio::test]
async fn an_admin_erases_a_person_from_every_event() {
    let app = spawn_app().await;
    for slug in ["one", "two"] {
        app.create_event(slug, json!({})).await;
        app.register(slug, &person("Eve", "Eve@Example.org")).await;
        app.register(slug, &person("Ada", "ada@example.org")).await;
    }
    let (status, body) = app
        .api(
            reqwest::Method::POST,
            "/api/v1/erasure",
            Some(json!({"email": "eve@example.org"})),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["erased_registrations"], 2);
    for slug in ["one", "two"] {
        let list = app.registration_page(slug).await;
        assert_eq!(list["total"], 1);
        assert_eq!(list["items"][0]["email"], "ada@example.org");
    }
}

#[tokio::test]
async fn retention_anonymises_old_registrations_but_keeps_the_numbers() {
    let app = spawn_app().await;
    app.create_event(
        "default-retention",
        json!({"require_email_confirmation": false}),
    )
    .await;
    app.create_event(
        "long-retention",
        json!({"require_email_confirmation": false, "retention_months": 24}),
    )
    .await;
    for slug in ["default-retention", "long-retention"] {
        let mut fields = person("Ada Lovelace", "ada@example.org");
        fields.retain(|(k, _)| *k != "country");
        fields.push(("country", "PE"));
        app.register(slug, &fields).await;
    }
    app.smtp.wait_for("ada@example.org", 2).await;
    app.clock.advance(Duration::days(30 * 11));
    convene::services::scheduler::run_once(&app.state)
        .await
        .expect("scheduler");
    let list = app.registration_page("default-retention").await;
    assert_eq!(
        list["items"][0]["name"], "Ada Lovelace",
        "not yet: eleven months"
    );

    app.clock.advance(Duration::days(60));
    convene::services::scheduler::run_once(&app.state)
        .await
        .expect("scheduler");
    let list = app.registration_page("default-retention").await;
    let reg = &list["items"][0];
    assert_eq!(reg["name"], "");
    assert!(
        reg["email"]
            .as_str()
            .is_some_and(|e| e.starts_with("anonymised-")),
        "{reg}"
    );
    assert_eq!(
        reg["organization"], "",
        "the organisation goes with the name"
    );
    assert_eq!(reg["country"], "PE", "statistics keep the country");
    assert_eq!(reg["status"], "confirmed");
    let list = app.registration_page("long-retention").await;
    assert_eq!(
        list["items"][0]["name"], "Ada Lovelace",
        "this event keeps data for 24 months"
    );
}
