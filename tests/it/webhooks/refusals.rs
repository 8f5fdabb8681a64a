//! Receiver addresses that are refused, with a message that says why.

use serde_json::json;

use super::super::helpers::spawn_app;

async fn refusal(
    app: &super::super::helpers::TestApp,
    body: serde_json::Value,
) -> serde_json::Value {
    let (status, body) = app
        .api(reqwest::Method::POST, "/api/v1/webhooks", Some(body))
        .await;
    assert_eq!(status, 422, "{body}");
    assert_eq!(body["error"]["code"], "validation_failed");
    body["error"].clone()
}

#[tokio::test]
async fn plain_http_private_and_loopback_receivers_are_refused_by_default() {
    let app = spawn_app().await;
    let cases = [
        ("http://example.org/hook", "https://"),
        ("https://127.0.0.1/hook", "private, local or link-local"),
        (
            "https://169.254.169.254/latest/meta-data",
            "private, local or link-local",
        ),
        ("https://[::1]:8443/hook", "private, local or link-local"),
        ("https://localhost/hook", "private, local or link-local"),
        ("https://10.0.0.8/hook", "private, local or link-local"),
        ("https://user:pw@example.org/hook", "user name or password"),
        ("not a url", "full web address"),
    ];
    for (url, says) in cases {
        let error = refusal(
            &app,
            json!({"url": url, "events": ["registration.created"]}),
        )
        .await;
        assert_eq!(error["fields"][0]["field"], "url", "{url}: {error}");
        assert!(
            error["message"].as_str().is_some_and(|m| m.contains(says)),
            "{url}: {error}"
        );
    }
    let (_, list) = app
        .api(reqwest::Method::GET, "/api/v1/webhooks", None)
        .await;
    assert_eq!(list["items"], json!([]), "nothing refused was stored");
}

#[tokio::test]
async fn unknown_event_types_and_events_are_refused() {
    let app = spawn_app().await;
    let error = refusal(
        &app,
        json!({"url": "https://example.org/hook", "events": ["registration.exploded"]}),
    )
    .await;
    assert!(
        error["fields"]
            .as_array()
            .is_some_and(|f| f.iter().any(|f| f["field"] == "events")),
        "{error}"
    );
    let error = refusal(
        &app,
        json!({"url": "https://example.org/hook", "events": []}),
    )
    .await;
    assert!(
        error["message"]
            .as_str()
            .is_some_and(|m| m.contains("event types")),
        "{error}"
    );
    let error = refusal(
        &app,
        json!({"url": "https://example.org/hook", "events": ["registration.created"], "event": "nope"}),
    )
    .await;
    assert!(
        error["fields"]
            .as_array()
            .is_some_and(|f| f.iter().any(|f| f["field"] == "event")),
        "{error}"
    );
}
