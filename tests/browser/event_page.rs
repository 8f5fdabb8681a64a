//! The event page in a browser: a quick person is registered, visitors from Jakarta and Spain,
//! and the error summary on a phone, each with a screenshot and an accessibility check.

use serde_json::json;

use super::driver::{self, Browser};
use super::helpers::spawn_app;

async fn assert_accessible(browser: &Browser, step: &str) {
    let problems = browser.accessibility_problems().await;
    assert!(problems.is_empty(), "{step}: {problems:#?}");
}

async fn script(browser: &Browser, code: &str) -> String {
    browser
        .client
        .execute(code, vec![])
        .await
        .map(|v| v.as_str().unwrap_or_default().to_string())
        .expect("script")
}

/// Autofill or a practised hand: the form is filled and sent at once, with the default timer.
async fn a_quick_person_is_registered(javascript: bool) {
    let name = if javascript { "quick-js" } else { "quick-nojs" };
    let Some(mut browser) = driver::start(name, javascript, true).await else {
        return;
    };
    let app = spawn_app().await;
    app.create_event("webinar", json!({})).await;
    browser
        .client
        .goto(&app.url("/events/webinar?lang=es"))
        .await
        .expect("open");
    browser.fill("#name", "Rosa Quispe").await;
    browser.fill("#email", "rosa@example.org").await;
    browser.select("#country", "PE").await;
    browser.click("#consent").await;
    let path = browser.submit_by("#register-button").await;
    browser.snap("sent-at-once").await;
    if !path.ends_with("/thanks") {
        // Sooner than the timer: the form is back, as typed, with a sentence; send it again.
        let summary = browser.text("#form-errors").await;
        assert!(summary.contains("vuelva a enviar"), "{summary}");
        browser.submit_by("#register-button").await;
        browser.snap("sent-again").await;
    }
    let path = browser
        .client
        .current_url()
        .await
        .expect("url")
        .path()
        .to_string();
    assert!(path.ends_with("/thanks"), "{path}");
    assert_eq!(app.registration_page("webinar").await["total"], 1);
    browser.finish().await;
}

#[tokio::test]
async fn a_quick_person_is_registered_with_javascript() {
    a_quick_person_is_registered(true).await;
}

#[tokio::test]
async fn a_quick_person_is_registered_without_javascript() {
    a_quick_person_is_registered(false).await;
}

#[tokio::test]
async fn a_visitor_from_jakarta_sees_the_essentials_and_their_zone() {
    let Some(mut browser) = driver::start_in("jakarta", true, false, "Asia/Jakarta", "id").await
    else {
        return;
    };
    let app = spawn_app().await;
    let description = "We discuss social protection floors and how to fund them. ".repeat(40);
    app.create_event(
        "webinar",
        json!({"capacity": 80, "translations": {
            "en": {"title": "Social protection for all", "description": description, "location": "Online"}
        }, "languages": ["en"]}),
    )
    .await;
    browser
        .client
        .goto(&app.url("/events/webinar"))
        .await
        .expect("open");
    browser.snap("event-page").await;
    let zone = script(
        &browser,
        "return document.getElementById('time_zone').value",
    )
    .await;
    assert_eq!(zone, "Asia/Jakarta");
    // On a wide screen the form stands beside the description, not below it.
    let beside = script(
        &browser,
        "const d = document.querySelector('.description').getBoundingClientRect();
         const f = document.getElementById('register').getBoundingClientRect();
         return String(f.left >= d.right && f.top < d.bottom)",
    )
    .await;
    assert_eq!(beside, "true");
    assert_accessible(&browser, "event page").await;
    browser.finish().await;
}

#[tokio::test]
async fn a_spanish_visitor_gets_a_spanish_page_with_the_event_in_english() {
    let Some(mut browser) = driver::start("spanish-fallback", true, false).await else {
        return;
    };
    let app = spawn_app().await;
    app.create_event(
        "trois",
        json!({"default_language": "nl", "languages": ["nl", "fr", "en"], "translations": {
            "nl": {"title": "Sociale bescherming voor iedereen", "description": "Een webinar.", "location": "Online"},
            "fr": {"title": "La protection sociale pour tous", "description": "Un webinaire.", "location": "En ligne"},
            "en": {"title": "Social protection for all", "description": "A webinar.", "location": "Online"}
        }}),
    )
    .await;
    browser
        .client
        .goto(&app.url("/events/trois?lang=es"))
        .await
        .expect("open");
    browser.snap("fallback-page").await;
    assert_eq!(
        script(&browser, "return document.documentElement.lang").await,
        "es"
    );
    assert_eq!(
        script(&browser, "return document.getElementById('title').lang").await,
        "en"
    );
    assert_eq!(browser.text("#title").await, "Social protection for all");
    assert_eq!(
        script(&browser, "return document.getElementById('language').value").await,
        "es"
    );
    assert!(browser.text("nav.langs").await.contains("Español"));
    assert_accessible(&browser, "fallback page").await;
    browser.finish().await;
}

/// The summary needs no script to take the focus; axe-core, which is a script, checks the
/// page in the run with JavaScript.
async fn the_error_summary_takes_the_focus_on_a_phone(javascript: bool) {
    let name = if javascript {
        "error-summary-js"
    } else {
        "error-summary-nojs"
    };
    let Some(mut browser) = driver::start(name, javascript, true).await else {
        return;
    };
    let app = spawn_app().await;
    let description = "Un texto largo sobre el seminario. ".repeat(60);
    app.create_event(
        "webinar",
        json!({"translations": {"es": {"title": "Protección social", "description": description, "location": "En línea"}}}),
    )
    .await;
    browser
        .client
        .goto(&app.url("/events/webinar?lang=es"))
        .await
        .expect("open");
    browser.fill("#email", "rosa-no-valida").await;
    browser.click("#register-button").await;
    browser.snap("error-summary").await;
    let focused = script(&browser, "return document.activeElement.id").await;
    assert_eq!(focused, "form-errors");
    let visible = script(
        &browser,
        "const r = document.getElementById('form-errors').getBoundingClientRect();
         return String(r.top >= -1 && r.top < window.innerHeight)",
    )
    .await;
    assert_eq!(visible, "true", "the summary is on screen");
    // Each line of the summary leads to its field.
    browser.click("#form-errors a[href='#email']").await;
    let on_screen = script(
        &browser,
        "const r = document.getElementById('email').getBoundingClientRect();
         // Sub-pixel layout may leave the field half a pixel above the top edge.
         return String(location.hash === '#email' && r.top >= -1 && r.bottom <= window.innerHeight)",
    )
    .await;
    assert_eq!(on_screen, "true");
    if javascript {
        assert_accessible(&browser, "error summary").await;
    }
    browser.finish().await;
}

#[tokio::test]
async fn the_error_summary_takes_the_focus_on_a_phone_without_javascript() {
    the_error_summary_takes_the_focus_on_a_phone(false).await;
}

#[tokio::test]
async fn the_error_summary_takes_the_focus_on_a_phone_with_javascript() {
    the_error_summary_takes_the_focus_on_a_phone(true).await;
}
