//! The rate limit with its shipped default: no one filling in forms by hand meets it, a script
//! from one address does.

use serde_json::json;

use super::helpers::{person, spawn_app};

#[tokio::test]
async fn the_default_rate_limit_lets_thirty_posts_a_minute_through_and_stops_the_next() {
    let app = spawn_app().await;
    assert_eq!(
        app.state.settings.rate_limit, 30,
        "tests run with the shipped default"
    );
    app.create_event("webinar", json!({})).await;
    let mut visitor = app.visitor();
    for i in 0..30 {
        let email = format!("p{i}@example.org");
        let res = visitor.register("webinar", &person("P", &email)).await;
        assert_eq!(res.status(), 303, "post {i}");
    }
    let res = visitor
        .register("webinar", &person("P", "one-too-many@example.org"))
        .await;
    assert_eq!(res.status(), 429);
    let wait: u64 = res
        .headers()
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok())
        .expect("Retry-After");
    assert!((1..=60).contains(&wait), "{wait}");

    // The refusal speaks the visitor's language, negotiated like every other page.
    let page = app
        .client
        .post(app.url("/events/webinar/register"))
        .header("accept-language", "fr-BE,fr;q=0.9")
        .form(&[("name", "P")])
        .send()
        .await
        .expect("post");
    assert_eq!(page.status(), 429);
    let html = page.text().await.expect("page");
    assert!(html.contains("Trop de tentatives"), "{html}");
}
