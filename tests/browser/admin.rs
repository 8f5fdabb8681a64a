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
    let day = chrono::Utc::now() + chrono::Duration::days(10);
    let at = |hours: i64| (day + chrono::Duration::hours(hours)).to_rfc3339();
    app.create_event(
        "seminario",
        json!({"series": "seminarios", "sessions": [
            {"key": "plenaria", "title": {"es": "Plenaria"}, "starts_at": at(0), "ends_at": at(2),
             "room": "Sala A", "speakers": [{"name": "Aminata Diallo", "organisation": "CSA"}]},
            {"key": "taller", "title": {"es": "Taller"}, "starts_at": at(1), "ends_at": at(3),
             "capacity": 10}]}),
    )
    .await;
    let mut ada = person("Ada", "ada@example.org");
    ada.push(("sessions", "taller"));
    app.register("seminario", &ada).await;
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
        ("programme-event", "/admin/events/seminario"),
        ("programme-edit", "/admin/events/seminario/edit"),
        (
            "programme-registrations",
            "/admin/events/seminario/registrations",
        ),
        ("programme-dashboard", "/admin/events/seminario/dashboard"),
        (
            "session-desk",
            "/admin/events/seminario/checkin?q=a&session=taller",
        ),
        ("next-meeting", "/admin/events/seminario/next"),
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

/// The registrations table at 1,280 px: every row's actions are on screen without scrolling
/// sideways, even with long names, addresses and organisations; and the dashboard's chart
/// labels are drawn at a readable size.
#[tokio::test]
async fn on_a_1280_pixel_screen_the_actions_are_visible_and_chart_labels_readable() {
    let Some(mut browser) = driver::start("admin-desktop", true, false).await else {
        return;
    };
    let app = spawn_app().await;
    app.create_event(
        "wide",
        json!({"capacity": 1, "require_email_confirmation": false}),
    )
    .await;
    for (name, email) in [
        (
            "María Fernanda Quispe Huamán de la Cruz",
            "maria.fernanda.quispe.huaman@sindicato-nacional-de-trabajadoras.example.org",
        ),
        (
            "Jean-Baptiste Mukendi Kabongo",
            "jean-baptiste.mukendi-kabongo@confederation-syndicale-du-congo.example.org",
        ),
    ] {
        app.register("wide", &person(name, email)).await;
    }
    browser
        .client
        .goto(&app.url("/admin/login?lang=fr&next=/admin/events/wide/registrations"))
        .await
        .expect("open");
    browser.fill("#email", "admin@example.org").await;
    browser.fill("#password", "admin-password-1").await;
    browser.click("#login-button").await;
    browser
        .client
        .wait()
        .for_element(fantoccini::Locator::Css("#registrations"))
        .await
        .expect("the registrations table");
    browser.snap("registrations").await;
    let width = browser
        .client
        .execute("return window.innerWidth", vec![])
        .await
        .expect("width");
    assert!(width.as_i64().is_some_and(|w| w >= 1200), "{width}");
    let fits = browser
        .client
        .execute(
            "const wrap = document.querySelector('#registrations').closest('.table-wrap');
             const edge = Math.min(wrap.getBoundingClientRect().right, window.innerWidth);
             const buttons = [...document.querySelectorAll('#registrations td:last-child button')];
             return {rows: buttons.length,
                     cut: buttons.filter(b => b.getBoundingClientRect().right > edge + 0.5).length,
                     scroll: wrap.scrollWidth - wrap.clientWidth};",
            vec![],
        )
        .await
        .expect("measure");
    assert!(fits["rows"].as_i64().is_some_and(|n| n >= 2), "{fits}");
    assert_eq!(fits["cut"], 0, "actions cut off: {fits}");
    assert!(fits["scroll"].as_i64().is_some_and(|s| s <= 0), "{fits}");
    let problems = browser.accessibility_problems().await;
    assert!(problems.is_empty(), "registrations: {problems:#?}");

    browser
        .client
        .goto(&app.url("/admin/events/wide/dashboard"))
        .await
        .expect("open");
    browser.snap("dashboard").await;
    let smallest = browser
        .client
        .execute(
            "let least = 1000;
             for (const svg of document.querySelectorAll('svg.chart')) {
               const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
               for (const t of svg.querySelectorAll('text')) {
                 least = Math.min(least, parseFloat(t.getAttribute('font-size')) * scale);
               }
             }
             return least;",
            vec![],
        )
        .await
        .expect("measure");
    assert!(
        smallest.as_f64().is_some_and(|px| px >= 12.0),
        "chart text drawn at {smallest} px"
    );
    let problems = browser.accessibility_problems().await;
    assert!(problems.is_empty(), "dashboard: {problems:#?}");
    browser.finish().await;
}
