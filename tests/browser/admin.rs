//! An organizer on a phone, in Spanish, without JavaScript: signs in, edits and publishes an
//! event, finds a registration, cancels the event; and every admin page passes axe-core.

use serde_json::json;

use super::driver;
use super::helpers::{person, spawn_app};

#[tokio::test]
async fn an_organizer_manages_an_event_on_a_phone_without_javascript() {
    let Some(mut browser) = driver::start("admin-nojs", false, true).await else {
        return;
    };
    let app = spawn_app().await;
    app.create_event("mesa-redonda", json!({"status": "draft", "capacity": 30}))
        .await;
    app.create_event("abierto", json!({})).await;
    app.register("abierto", &person("Rosa Quispe", "rosa@example.org"))
        .await;

    browser
        .client
        .goto(&app.url("/admin/events/mesa-redonda?lang=es"))
        .await
        .expect("open");
    browser.snap("sign-in").await;
    browser.fill("#email", "admin@example.org").await;
    browser.fill("#password", "admin-password-1").await;
    browser.click("#login-button").await;
    browser.snap("event").await;
    let url = browser.client.current_url().await.expect("url");
    assert_eq!(
        url.path(),
        "/admin/events/mesa-redonda",
        "back where they were going"
    );
    assert!(browser.text("#event-status").await.contains("Borrador"));

    browser.click("#edit-link").await;
    browser.snap("edit-form").await;
    browser.fill("#capacity", "45").await;
    browser
        .fill("#tr-es-title", "Mesa redonda sobre cuidados")
        .await;
    browser.click("#save-button").await;
    browser.snap("saved").await;
    assert!(browser.text("#done").await.contains("guardado"));
    let (_, ev) = app
        .api(reqwest::Method::GET, "/api/v1/events/mesa-redonda", None)
        .await;
    assert_eq!(ev["capacity"], 45);
    assert_eq!(
        ev["translations"]["es"]["title"],
        "Mesa redonda sobre cuidados"
    );
    assert_eq!(
        ev["sequence"], 0,
        "times posted back unchanged: no updated invites"
    );

    browser.click("#publish-button").await;
    browser.snap("published").await;
    assert!(browser.text("#event-status").await.contains("Publicado"));

    browser
        .client
        .goto(&app.url("/admin/events/abierto/registrations"))
        .await
        .expect("open");
    browser.fill("#q", "quispe").await;
    browser.click("#filter-button").await;
    browser.snap("registrations").await;
    assert!(browser.text("#total").await.starts_with("1 "));
    assert!(browser.text("#registrations").await.contains("Rosa Quispe"));

    browser
        .client
        .goto(&app.url("/admin/events/abierto"))
        .await
        .expect("open");
    browser.click("#cancel-link").await;
    browser.snap("cancel-question").await;
    browser.click("#cancel-confirm-button").await;
    browser.snap("cancelled").await;
    assert!(browser.text("#event-status").await.contains("Cancelado"));
    browser.finish().await;
}

#[tokio::test]
async fn admin_pages_are_accessible_and_fit_a_phone() {
    let Some(mut browser) = driver::start("admin-accessibility", true, true).await else {
        return;
    };
    let app = spawn_app().await;
    app.create_event(
        "webinar",
        json!({"questions": [{"id": "diet", "kind": "choice", "label": {"es": "Dieta"},
            "options": [{"value": "veg", "label": {"es": "Vegetariana"}}]}]}),
    )
    .await;
    app.register("webinar", &person("Ada", "ada@example.org"))
        .await;
    browser
        .client
        .goto(&app.url("/admin/login?lang=es"))
        .await
        .expect("open");
    let problems = browser.accessibility_problems().await;
    assert!(problems.is_empty(), "login: {problems:#?}");
    browser.fill("#email", "admin@example.org").await;
    browser.fill("#password", "admin-password-1").await;
    browser.click("#login-button").await;
    for (step, path) in [
        ("events", "/admin/events"),
        ("event", "/admin/events/webinar"),
        ("edit", "/admin/events/webinar/edit"),
        ("new", "/admin/events/new"),
        ("registrations", "/admin/events/webinar/registrations"),
        ("add", "/admin/events/webinar/registrations/new"),
        ("audit", "/admin/events/webinar/audit"),
        ("cancel", "/admin/events/webinar/cancel"),
        ("users", "/admin/users"),
        ("tokens", "/admin/tokens"),
        ("password", "/admin/password"),
        ("api-docs", "/api/docs"),
    ] {
        browser.client.goto(&app.url(path)).await.expect("open");
        browser.snap(step).await;
        let problems = browser.accessibility_problems().await;
        assert!(problems.is_empty(), "{step}: {problems:#?}");
        // Wide tables scroll inside their frame; the page itself never scrolls sideways.
        let overflow = browser
            .client
            .execute(
                "return document.documentElement.scrollWidth - window.innerWidth",
                vec![],
            )
            .await
            .ok()
            .and_then(|v| v.as_i64())
            .unwrap_or(0);
        assert!(overflow <= 0, "{step} is {overflow}px too wide for a phone");
    }
    browser.finish().await;
}
