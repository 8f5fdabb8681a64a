//! A hybrid event in a browser: the room is full, so a visitor chooses online with the radio
//! buttons (no script needed), then switches to the room's waiting list from their page; the
//! pages pass the accessibility check.

use serde_json::json;

use super::driver;
use super::helpers::spawn_app;

async fn online_then_the_room(javascript: bool) {
    let name = if javascript {
        "hybrid-js"
    } else {
        "hybrid-nojs"
    };
    let Some(mut browser) = driver::start(name, javascript, true).await else {
        return;
    };
    let app = spawn_app().await;
    app.create_event(
        "congress",
        json!({"kind": "hybrid", "require_email_confirmation": false,
            "venue": "Hoogstraat 42, 1000 Brussel", "capacity_in_person": 1,
            "interpretation": ["fr", "en", "es"]}),
    )
    .await;
    let mut first = super::visitor::person("Ada", "ada@example.org");
    first.push(("attendance_mode", "in_person"));
    app.register("congress", &first).await;

    browser
        .client
        .goto(&app.url("/events/congress?lang=es"))
        .await
        .expect("open");
    browser.fill("#name", "Rosa Quispe").await;
    browser.fill("#email", "rosa@example.org").await;
    browser.select("#country", "PE").await;
    browser
        .click("input[name='attendance_mode'][value='online']")
        .await;
    browser.click("#consent").await;
    browser.snap("form").await;
    if javascript {
        let problems = browser.accessibility_problems().await;
        assert!(problems.is_empty(), "form: {problems:#?}");
    }
    let mut path = browser.submit_by("#register-button").await;
    if !path.ends_with("/thanks") {
        // Sooner than the fill timer: the form is back as typed; send it again.
        path = browser.submit_by("#register-button").await;
    }
    assert!(path.ends_with("/thanks"), "{path}");
    let list = app.registration_page("congress").await;
    let rosa = list["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|r| r["email"] == "rosa@example.org")
        .cloned()
        .expect("Rosa registered");
    assert_eq!(rosa["attendance_mode"], "online");
    assert_eq!(
        rosa["interpretation_language"], "es",
        "her own language, preselected"
    );
    assert_eq!(rosa["status"], "confirmed");

    app.smtp.wait_for("rosa@example.org", 1).await;
    let own = app.link_in_email("rosa@example.org");
    browser.client.goto(&own).await.expect("own page");
    assert_eq!(browser.text("#attendance-mode").await, "En línea");
    assert!(
        browser
            .text("#switch-note")
            .await
            .contains("lista de espera")
    );
    browser.submit_by("#switch-mode").await;
    browser.snap("switched").await;
    assert_eq!(browser.text("#attendance-mode").await, "En la sala");
    if javascript {
        let problems = browser.accessibility_problems().await;
        assert!(problems.is_empty(), "participant page: {problems:#?}");
    }
    let list = app.registration_page("congress").await;
    let rosa = list["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|r| r["email"] == "rosa@example.org")
        .cloned()
        .expect("Rosa");
    assert_eq!(
        (rosa["attendance_mode"].as_str(), rosa["status"].as_str()),
        (Some("in_person"), Some("waitlisted"))
    );
    browser.finish().await;
}

#[tokio::test]
async fn a_visitor_chooses_online_then_the_rooms_waiting_list_without_javascript() {
    online_then_the_room(false).await;
}

#[tokio::test]
async fn a_visitor_chooses_online_then_the_rooms_waiting_list_with_javascript() {
    online_then_the_room(true).await;
}
