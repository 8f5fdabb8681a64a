//! A participant from Peru registers in Spanish on a phone, confirms from the email, cancels.

use serde_json::json;

use super::driver;
use super::helpers::spawn_app;

async fn participant_journey(javascript: bool) {
    let name = if javascript {
        "participant-js"
    } else {
        "participant-nojs"
    };
    let Some(mut browser) = driver::start(name, javascript, true).await else {
        return;
    };
    let app = spawn_app().await;
    app.create_event("fondo-global", json!({})).await;

    browser
        .client
        .goto(&app.url("/events/fondo-global?lang=es"))
        .await
        .expect("open");
    browser.snap("event-page").await;
    assert_eq!(browser.text("#title").await, "Protección social para todos");
    let html_lang: String = browser
        .client
        .execute("return document.documentElement.lang", vec![])
        .await
        .map(|v| v.as_str().unwrap_or_default().to_string())
        .unwrap_or_else(|_| "es".into());
    assert_eq!(html_lang, "es");

    // First a mistake: the page answers in Spanish and keeps what was typed.
    browser.fill("#name", "Rosa Quispe Mamani").await;
    browser.fill("#email", "rosa-no-valida").await;
    browser.click("#register-button").await;
    browser.snap("form-error").await;
    let error = browser.text("#email-error").await;
    assert!(error.contains("correo electrónico"), "{error}");
    assert_eq!(
        browser
            .client
            .find(fantoccini::Locator::Css("#name"))
            .await
            .expect("name")
            .prop("value")
            .await
            .expect("value"),
        Some("Rosa Quispe Mamani".to_string())
    );

    let email = format!("rosa-{name}@example.org");
    browser.fill("#email", &email).await;
    browser.fill("#organization", "JOC Perú").await;
    browser.select("#country", "PE").await;
    browser.select("#language", "es").await;
    if !javascript {
        browser.select("#time_zone", "America/Lima").await;
    }
    browser.click("#consent").await;
    browser.click("#register-button").await;
    browser.snap("thanks").await;
    assert!(
        browser
            .client
            .current_url()
            .await
            .expect("url")
            .path()
            .ends_with("/thanks")
    );

    app.smtp.wait_for(&email, 1).await;
    let link = app.link_in_email(&email);
    browser.client.goto(&link).await.expect("open link");
    browser.snap("confirm-page").await;
    browser.click("#confirm-button").await;
    browser.snap("confirmed").await;
    let status = browser.text("#status").await;
    assert!(status.contains("Confirmada"), "{status}");
    let mails = app.smtp.wait_for(&email, 2).await;
    let confirmation = super::mime::parse(&mails[1].data);
    assert!(
        confirmation.text.contains("Lima") || confirmation.text.contains("UTC-05:00"),
        "the time in her own zone:\n{}",
        confirmation.text
    );

    browser.click("#cancel-link").await;
    browser.snap("cancel-question").await;
    browser.click("#cancel-confirm-button").await;
    browser.snap("cancelled").await;
    assert!(browser.text("#status").await.contains("Cancelada"));
    browser.finish().await;
}

#[tokio::test]
async fn a_participant_registers_confirms_and_cancels_with_javascript() {
    participant_journey(true).await;
}

#[tokio::test]
async fn a_participant_registers_confirms_and_cancels_without_javascript() {
    participant_journey(false).await;
}

#[tokio::test]
async fn public_pages_are_accessible_and_light() {
    let Some(mut browser) = driver::start("accessibility", true, false).await else {
        return;
    };
    let app = spawn_app().await;
    app.create_event("webinar", json!({"capacity": 100})).await;
    app.register("webinar", &super::helpers::person("Ada", "ada@example.org"))
        .await;
    app.smtp.wait_for("ada@example.org", 1).await;
    let participant = app.link_in_email("ada@example.org");
    for (step, url) in [
        ("home", app.url("/?lang=fr")),
        ("event", app.url("/events/webinar?lang=nl")),
        ("thanks", app.url("/events/webinar/thanks")),
        ("participant", participant.clone()),
        ("not-found", app.url("/events/nope")),
        ("resend", app.url("/resend?lang=fr")),
        ("broken-link", app.url("/r/cut-short")),
    ] {
        browser.client.goto(&url).await.expect("open");
        browser.snap(step).await;
        let problems = browser.accessibility_problems().await;
        assert!(problems.is_empty(), "{step}: {problems:#?}");
    }
    browser
        .client
        .goto(&app.url("/events/webinar"))
        .await
        .expect("open");
    let weight = browser.page_weight().await;
    eprintln!("event page weight with all resources: {weight} bytes");
    assert!(weight > 1000, "the measurement saw the page ({weight})");
    assert!(weight <= 100 * 1024, "the event page weighs {weight} bytes");
    browser.finish().await;
}
