//! The JSON API: authentication, errors in the contract's shape, create/read/change.

use serde_json::json;

use super::helpers::spawn_app;

#[tokio::test]
async fn without_a_valid_token_the_api_says_401_in_json() {
    let app = spawn_app().await;
    for token in [None, Some("wrong")] {
        let mut req = app.client.get(app.url("/api/v1/events"));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        let res = req.send().await.expect("request");
        assert_eq!(res.status(), 401);
        let body: serde_json::Value = res.json().await.expect("json");
        assert_eq!(body["error"]["code"], "unauthorized");
        assert!(
            body["error"]["message"]
                .as_str()
                .is_some_and(|m| !m.is_empty())
        );
    }
}

#[tokio::test]
async fn create_read_list_and_patch_an_event() {
    let app = spawn_app().await;
    let created = app
        .create_event(
            "webinar",
            json!({"capacity": 50, "questions": [
        {"id": "diet", "kind": "choice", "required": true, "label": {"en": "Diet", "fr": "Régime"},
         "options": [{"value": "veg", "label": {"en": "Vegetarian"}}]}]}),
        )
        .await;
    assert_eq!(created["slug"], "webinar");
    assert_eq!(created["capacity"], 50);
    assert_eq!(created["waitlist"], true);
    assert_eq!(created["require_email_confirmation"], true);
    let (status, one) = app
        .api(reqwest::Method::GET, "/api/v1/events/webinar", None)
        .await;
    assert_eq!(status, 200);
    assert_eq!(
        one["translations"]["fr"]["title"],
        "La protection sociale pour tous"
    );
    assert_eq!(one["questions"][0]["id"], "diet");
    let (_, list) = app.api(reqwest::Method::GET, "/api/v1/events", None).await;
    assert_eq!(list.as_array().map(Vec::len), Some(1));
    let (status, patched) = app
        .api(
            reqwest::Method::PATCH,
            "/api/v1/events/webinar",
            Some(json!({"capacity": null})),
        )
        .await;
    assert_eq!(status, 200);
    assert_eq!(patched["capacity"], serde_json::Value::Null);
    let html = app
        .get("/events/webinar?lang=fr")
        .await
        .text()
        .await
        .expect("page");
    assert!(
        html.contains("Régime"),
        "the custom question is on the form, in French"
    );
}

#[tokio::test]
async fn bad_input_gets_a_json_error_with_the_field() {
    let app = spawn_app().await;
    let (status, body) = app
        .api(
            reqwest::Method::POST,
            "/api/v1/events",
            Some(json!({"slug": "Bad Slug!"})),
        )
        .await;
    assert_eq!(status, 422);
    assert_eq!(body["error"]["code"], "validation_failed");
    let (status, body) = app
        .api(
            reqwest::Method::POST,
            "/api/v1/events",
            Some(json!({"slug": "x-y", "starts_at": "2030-01-01T10:00:00Z",
            "ends_at": "2030-01-01T09:00:00Z", "timezone": "Mars/Olympus", "title": "T"})),
        )
        .await;
    assert_eq!(status, 422);
    let message = body["error"]["message"].as_str().unwrap_or_default();
    assert!(
        message.contains("ends_at") && message.contains("timezone"),
        "{message}"
    );
    let res = app
        .client
        .post(app.url("/api/v1/events"))
        .bearer_auth(&app.token)
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .expect("post");
    assert_eq!(res.status(), 400);
    let body: serde_json::Value = res.json().await.expect("json");
    assert_eq!(body["error"]["code"], "invalid_json");
    let (status, body) = app
        .api(
            reqwest::Method::POST,
            "/api/v1/events",
            Some(json!({"unknown_field": 1})),
        )
        .await;
    assert_eq!(status, 400, "{body}");
    app.create_event("taken", json!({})).await;
    let (status, body) = app
        .api(
            reqwest::Method::POST,
            "/api/v1/events",
            Some(json!({"slug": "taken", "starts_at": "2030-01-01T10:00:00Z",
            "ends_at": "2030-01-01T11:00:00Z", "timezone": "UTC", "title": "T"})),
        )
        .await;
    assert_eq!(status, 409);
    assert_eq!(body["error"]["code"], "slug_taken");
    let (status, body) = app
        .api(reqwest::Method::GET, "/api/v1/events/nope", None)
        .await;
    assert_eq!(status, 404);
    assert_eq!(body["error"]["code"], "not_found");
}

#[tokio::test]
async fn an_organizer_sees_only_their_own_events() {
    let app = spawn_app().await;
    app.create_event("admins-event", json!({})).await;
    convene::services::accounts::add_user(
        &app.state.db,
        "org@example.org",
        convene::services::accounts::Role::Organizer,
        "organizer-pass-1",
        chrono::Utc::now(),
    )
    .await
    .expect("user");
    let token = convene::services::accounts::create_token(
        &app.state.db,
        "org@example.org",
        "",
        chrono::Utc::now(),
    )
    .await
    .expect("token");
    let res = app
        .client
        .get(app.url("/api/v1/events"))
        .bearer_auth(&token)
        .send()
        .await
        .expect("get");
    let list: serde_json::Value = res.json().await.expect("json");
    assert_eq!(list.as_array().map(Vec::len), Some(0));
    let res = app
        .client
        .get(app.url("/api/v1/events/admins-event"))
        .bearer_auth(&token)
        .send()
        .await
        .expect("get");
    assert_eq!(res.status(), 404);
}

#[tokio::test]
async fn registrations_are_paginated() {
    let app = spawn_app().await;
    app.create_event("webinar", json!({})).await;
    for i in 0..5 {
        let email = format!("p{i}@example.org");
        app.register("webinar", &super::helpers::person("P", &email))
            .await;
    }
    let (_, page) = app
        .api(
            reqwest::Method::GET,
            "/api/v1/events/webinar/registrations?page=2&per_page=2",
            None,
        )
        .await;
    assert_eq!(page["total"], 5);
    assert_eq!(page["items"].as_array().map(Vec::len), Some(2));
    assert_eq!(page["items"][0]["email"], "p2@example.org");
}

#[tokio::test]
async fn health_and_readiness() {
    let app = spawn_app().await;
    assert_eq!(app.get("/healthz").await.status(), 200);
    let res = app.get("/readyz").await;
    assert_eq!(res.status(), 200);
    let body: serde_json::Value = res.json().await.expect("json");
    assert_eq!(body["database"], "ok");
}
