//! A delegation in a browser without JavaScript: the contact opens the delegation section,
//! adds a second row by posting the form back, and registers two delegates.

use serde_json::json;

use super::driver;
use super::helpers::spawn_app;

#[tokio::test]
async fn a_contact_registers_two_delegates_without_javascript() {
    let Some(mut browser) = driver::start("delegation-nojs", false, false).await else {
        return;
    };
    let app = spawn_app().await;
    app.create_event("congress", json!({})).await;
    browser
        .client
        .goto(&app.url("/events/congress?lang=fr"))
        .await
        .expect("open");
    browser.fill("#name", "Carla Contact").await;
    browser.fill("#email", "carla@example.org").await;
    browser.select("#country", "BE").await;
    browser.click("#delegation summary").await;
    browser.fill("#delegate_name-1", "Daan Peeters").await;
    browser.fill("#delegate_email-1", "daan@example.org").await;
    browser.select("#delegate_language-1", "nl").await;
    browser.submit_by("#add-delegate").await;
    browser.snap("second-row").await;
    // The form came back as typed, with one more row (the section stays open).
    assert!(
        browser
            .text("#delegate-2 legend")
            .await
            .contains("Délégué 2")
    );
    browser.fill("#delegate_name-2", "Lucía Gómez").await;
    browser.fill("#delegate_email-2", "lucia@example.org").await;
    browser.select("#delegate_language-2", "es").await;
    browser.click("#consent").await;
    let mut path = browser.submit_by("#register-button").await;
    if !path.ends_with("/thanks") {
        // Sooner than the fill timer: the form is back as typed; send it again.
        path = browser.submit_by("#register-button").await;
    }
    browser.snap("sent").await;
    assert!(path.ends_with("/thanks"), "{path}");
    let page = app.registration_page("congress").await;
    assert_eq!(page["total"], 3, "the contact and two delegates");
    let daan = app.smtp.wait_for("daan@example.org", 1).await;
    assert_eq!(super::mime::parse(&daan[0].data).language, "nl");
    let lucia = app.smtp.wait_for("lucia@example.org", 1).await;
    assert_eq!(super::mime::parse(&lucia[0].data).language, "es");
    browser.finish().await;
}
