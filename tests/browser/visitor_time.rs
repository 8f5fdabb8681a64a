//! A visitor from Lima sees the Lima time of a Brussels event: with JavaScript from the
//! browser's zone, without it from the zone chosen on the form, remembered for the next visit.

use chrono::{Duration, TimeZone, Utc};
use serde_json::json;

use super::driver::{self, Browser};
use super::helpers::{TestApp, spawn_app};

/// 14:00 in Brussels is 08:00 in Lima.
async fn brussels_event(app: &TestApp) {
    let starts = Utc
        .with_ymd_and_hms(2030, 2, 14, 13, 0, 0)
        .single()
        .expect("valid");
    app.create_event(
        "webinar",
        json!({"starts_at": starts.to_rfc3339(),
            "ends_at": (starts + Duration::hours(2)).to_rfc3339()}),
    )
    .await;
}

async fn assert_accessible(browser: &Browser, step: &str) {
    let problems = browser.accessibility_problems().await;
    assert!(problems.is_empty(), "{step}: {problems:#?}");
}

#[tokio::test]
async fn a_visitor_from_lima_sees_the_lima_time_with_javascript() {
    let Some(mut browser) = driver::start_in("lima-js", true, false, "America/Lima", "es").await
    else {
        return;
    };
    let app = spawn_app().await;
    brussels_event(&app).await;
    browser
        .client
        .goto(&app.url("/events/webinar?lang=es"))
        .await
        .expect("open");
    browser.snap("event-page").await;
    let yours = browser.text("#when-yours").await;
    assert!(
        yours.contains("08:00") && yours.contains("10:00") && yours.contains("America/Lima"),
        "{yours}"
    );
    assert!(yours.contains("14 de febrero de 2030"), "{yours}");
    assert!(browser.text(".when").await.contains("14:00"));
    assert_accessible(&browser, "event page").await;

    browser
        .client
        .goto(&app.url("/?lang=es"))
        .await
        .expect("home");
    browser.snap("home").await;
    let card = browser.text(".card .when-yours").await;
    assert!(
        card.contains("08:00") && card.contains("America/Lima"),
        "{card}"
    );
    assert_accessible(&browser, "home").await;
    browser.finish().await;
}

#[tokio::test]
async fn a_visitor_from_lima_sees_the_lima_time_without_javascript() {
    let Some(mut browser) = driver::start_in("lima-nojs", false, false, "America/Lima", "es").await
    else {
        return;
    };
    let app = spawn_app().await;
    brussels_event(&app).await;
    browser
        .client
        .goto(&app.url("/events/webinar?lang=es"))
        .await
        .expect("open");
    browser.snap("before-choosing").await;
    assert_eq!(browser.text("#when-yours").await, "", "no zone known yet");

    browser.fill("#name", "Rosa Quispe").await;
    browser.fill("#email", "rosa@example.org").await;
    browser.select("#country", "PE").await;
    browser.select("#time_zone", "America/Lima").await;
    browser.click("#consent").await;
    browser.click("#register-button").await;
    browser.snap("sent").await;
    let url = browser.client.current_url().await.expect("url");
    if !url.path().ends_with("/thanks") {
        // Sooner than the timer against bots: the form is back, as typed; send it again.
        browser.click("#register-button").await;
        browser.snap("sent-again").await;
    }
    let url = browser.client.current_url().await.expect("url");
    assert!(url.path().ends_with("/thanks"), "{url}");

    // The next visit to the event page shows the Lima time, from the remembered zone.
    browser
        .client
        .goto(&app.url("/events/webinar?lang=es"))
        .await
        .expect("open");
    browser.snap("event-page-again").await;
    let yours = browser.text("#when-yours").await;
    assert!(
        yours.contains(
            "jueves, 14 de febrero de 2030, 08:00\u{2013}10:00 (America/Lima, UTC-05:00)"
        ),
        "{yours}"
    );
    // (axe-core needs JavaScript: the page's accessibility is checked in the test above.)
    browser
        .client
        .goto(&app.url("/?lang=es"))
        .await
        .expect("home");
    browser.snap("home").await;
    assert!(browser.text(".card .when-yours").await.contains("08:00"));
    browser.finish().await;
}
