//! The OpenAPI document and the routes the server really has agree, and the docs page
//! needs nothing from elsewhere.

use std::collections::BTreeSet;

use serde_json::json;

use crate::helpers::spawn_app;

fn method(name: &str) -> reqwest::Method {
    name.to_uppercase().parse().expect("method")
}

#[tokio::test]
async fn every_documented_route_is_served_and_no_other_method_is() {
    let app = spawn_app().await;
    app.create_event("probe", json!({})).await;
    let res = app.get("/api/openapi.json").await;
    assert_eq!(res.status(), 200);
    let doc: serde_json::Value = res.json().await.expect("json");
    assert_eq!(doc["openapi"], "3.1.0");
    let paths = doc["paths"].as_object().expect("paths");
    assert_eq!(paths.len(), 19);
    let listed: BTreeSet<(String, String)> = convene::api::openapi::OPERATIONS
        .iter()
        .map(|o| (o.method.to_string(), o.path.to_string()))
        .collect();
    let mut documented = BTreeSet::new();
    for (path, methods) in paths {
        for name in methods.as_object().expect("methods").keys() {
            documented.insert((name.clone(), path.clone()));
        }
    }
    assert_eq!(documented, listed, "the document is the list");

    let mut missing = Vec::new();
    let mut cancel_last = Vec::new();
    for (name, path) in &documented {
        // Cancelling the probe event last keeps it usable for the other probes.
        if path.ends_with("/cancel") {
            cancel_last.push((name, path));
            continue;
        }
        probe(&app, name, path, &mut missing).await;
    }
    for (name, path) in cancel_last {
        probe(&app, name, path, &mut missing).await;
    }
    assert!(missing.is_empty(), "documented but not routed: {missing:?}");
}

/// Sends the documented method (a 404 means no such route: the event exists and the token
/// is an admin's), and every other method (which must be 405, or the router has a route
/// the document lacks).
async fn probe(
    app: &crate::helpers::TestApp,
    name: &str,
    path: &str,
    missing: &mut Vec<(String, String)>,
) {
    let url = app.url(&path.replace("{slug}", "probe"));
    let mut req = app
        .client
        .request(method(name), &url)
        .bearer_auth(&app.token);
    if name == "post" || name == "patch" {
        req = req.json(&json!({"emails": []}));
    }
    let res = req.send().await.expect("request");
    if res.status() == 404 {
        missing.push((name.to_string(), path.to_string()));
        return;
    }
    assert_ne!(res.status(), 405, "{name} {path}");
    let documented: Vec<&str> = convene::api::openapi::OPERATIONS
        .iter()
        .filter(|o| o.path == path)
        .map(|o| o.method)
        .collect();
    for other in ["get", "post", "put", "patch", "delete"] {
        if documented.contains(&other) {
            continue;
        }
        let res = app
            .client
            .request(method(other), &url)
            .bearer_auth(&app.token)
            .send()
            .await
            .expect("request");
        assert_eq!(
            res.status(),
            405,
            "{other} {path} is routed but not documented"
        );
    }
}

#[tokio::test]
async fn the_docs_page_is_drawn_from_the_document_without_outside_assets() {
    let app = spawn_app().await;
    let res = app.get("/api/docs").await;
    assert_eq!(res.status(), 200);
    let page = res.text().await.expect("page");
    for operation in &convene::api::openapi::OPERATIONS {
        assert!(page.contains(operation.path), "{}", operation.path);
        assert!(page.contains(&format!("id=\"{}\"", operation.id)));
    }
    assert!(page.contains("id=\"schema-Event\""));
    assert!(!page.contains("<script"), "no scripts");
    for attr in ["src=\"http", "href=\"http://", "href=\"https://", "//cdn"] {
        assert!(!page.contains(attr), "outside asset: {attr}");
    }
}
