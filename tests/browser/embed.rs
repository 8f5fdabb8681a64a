//! The form embedded in another site: a page served from another origin (a second small HTTP
//! server on another loopback port) frames the embed, and a participant registers inside it.

use std::sync::{Arc, Mutex};

use axum::extract::State;
use axum::response::Html;
use fantoccini::Locator;
use serde_json::json;

use super::driver;
use super::helpers::spawn_app_with_settings;

/// The embedding site: one page whose frame points at `frame` (set once the app is up).
async fn embedding_site() -> (String, Arc<Mutex<String>>) {
    let page = Arc::new(Mutex::new(String::new()));
    let router = axum::Router::new()
        .route(
            "/",
            axum::routing::get(|State(page): State<Arc<Mutex<String>>>| async move {
                Html(page.lock().expect("lock").clone())
            }),
        )
        .with_state(page.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let origin = format!("http://{}", listener.local_addr().expect("addr"));
    tokio::spawn(async move {
        let _ = axum::serve(listener, router).await;
    });
    (origin, page)
}

fn host_page(app_base: &str, path: &str) -> String {
    format!(
        r#"<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Le réseau</title></head>
<body><h1>Le réseau</h1>
<iframe id="convene" src="{app_base}{path}" title="Inscription" style="width: 100%; height: 300px; border: 0"></iframe>
<script src="{app_base}/static/embed.js" async></script>
</body></html>"#
    )
}

#[tokio::test]
async fn a_participant_registers_inside_a_frame_on_another_site() {
    let Some(mut browser) = driver::start_in("embed", true, false, "Europe/Paris", "fr").await
    else {
        return;
    };
    let (origin, page) = embedding_site().await;
    let (other_origin, other_page) = embedding_site().await;
    let app = spawn_app_with_settings(&format!("embed_origins = [\"{origin}\"]")).await;
    app.create_event("summit", json!({})).await;
    *page.lock().expect("lock") = host_page(&app.base, "/events/summit/embed?lang=fr");
    *other_page.lock().expect("lock") = host_page(&app.base, "/events/summit/embed?lang=fr");

    // A site that is not listed gets no form in its frame.
    browser
        .client
        .goto(&other_origin)
        .await
        .expect("open other site");
    let frame = browser
        .client
        .find(Locator::Css("#convene"))
        .await
        .expect("frame");
    frame.enter_frame().await.expect("enter frame");
    assert!(
        browser.client.find(Locator::Css("#title")).await.is_err(),
        "the browser refused to show Convene in an unlisted site's frame"
    );
    browser
        .client
        .enter_parent_frame()
        .await
        .expect("leave frame");

    browser.client.goto(&origin).await.expect("open site");
    browser.snap("host-page").await;
    let frame = browser
        .client
        .find(Locator::Css("#convene"))
        .await
        .expect("frame");
    frame.enter_frame().await.expect("enter frame");
    assert_eq!(
        browser.text("#title").await,
        "La protection sociale pour tous"
    );
    browser.fill("#name", "Amélie Dupont").await;
    browser.fill("#email", "amelie@example.org").await;
    browser.fill("#organization", "CSC").await;
    browser.select("#country", "FR").await;
    browser.select("#language", "fr").await;
    browser.click("#consent").await;
    // A person takes a few seconds; the app's clock stands still in tests.
    app.clock.advance(chrono::Duration::seconds(5));
    browser.click("#register-button").await;
    let thanks = browser.text("#embed-thanks").await;
    assert!(
        thanks.contains("e-mail") || thanks.contains("courriel"),
        "{thanks}"
    );
    browser
        .client
        .enter_parent_frame()
        .await
        .expect("leave frame");
    browser.snap("registered-in-frame").await;
    let url = browser.client.current_url().await.expect("url");
    assert_eq!(
        url.origin().ascii_serialization(),
        origin,
        "still on the embedding site"
    );

    // The optional script made the frame as tall as the page inside it.
    let mut height = String::new();
    for _ in 0..50 {
        height = browser
            .client
            .execute(
                "return document.getElementById('convene').style.height",
                vec![],
            )
            .await
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        if height != "300px" {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_ne!(height, "300px", "the frame grew with its content");

    app.smtp.wait_for("amelie@example.org", 1).await;
    let page = app.registration_page("summit").await;
    assert_eq!(page["items"][0]["email"], "amelie@example.org");
    assert_eq!(page["items"][0]["language"], "fr");
    browser.finish().await;
}
