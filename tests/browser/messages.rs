//! An organizer on a phone writes a message to the confirmed participants, previews it as
//! one of them, and sends it; the page passes axe-core at each step and the email arrives.

use serde_json::json;

use super::driver;
use super::helpers::{person, spawn_app};
use super::mime;

#[tokio::test]
async fn an_organizer_writes_and_sends_a_message_on_a_phone() {
    let Some(mut browser) = driver::start("messages", true, true).await else {
        return;
    };
    let app = spawn_app().await;
    app.create_event("webinar", json!({"require_email_confirmation": false}))
        .await;
    let mut fields = person("Lucía Gómez", "lucia@example.org");
    fields.retain(|(k, _)| *k != "language");
    fields.push(("language", "es"));
    app.register("webinar", &fields).await;
    app.smtp.wait_for("lucia@example.org", 1).await;

    browser
        .client
        .goto(&app.url("/admin/events/webinar/messages"))
        .await
        .expect("open");
    browser.fill("#email", "admin@example.org").await;
    browser.fill("#password", "admin-password-1").await;
    browser.submit_by("#login-button").await;
    browser.snap("messages").await;
    let problems = browser.accessibility_problems().await;
    assert!(problems.is_empty(), "messages page: {problems:#?}");

    // Sent without a word: refused, with the reason next to the form.
    browser.submit_by("#send-message-button").await;
    browser.snap("refused").await;
    assert!(
        browser
            .text("#subject-error")
            .await
            .contains("at least one language")
    );
    let problems = browser.accessibility_problems().await;
    assert!(problems.is_empty(), "refused form: {problems:#?}");

    browser.select("#message-audience", "confirmed").await;
    browser.fill("#subject-en", "Documents to read").await;
    browser
        .fill("#body-en", "Please read the **report**.")
        .await;
    browser.fill("#subject-es", "Documentos para leer").await;
    browser
        .fill("#body-es", "Lea el **informe**, por favor.")
        .await;
    browser.submit_by("#preview-message-button").await;
    browser.snap("preview").await;
    let preview = browser.text("#message-preview").await;
    assert!(
        preview.contains("Documentos para leer"),
        "as Lucía reads it: {preview}"
    );
    let problems = browser.accessibility_problems().await;
    assert!(problems.is_empty(), "preview: {problems:#?}");

    let path = browser.submit_by("#send-message-button").await;
    browser.snap("sent").await;
    assert_eq!(path, "/admin/events/webinar/messages");
    assert!(browser.text("#messages-notice").await.contains("1"));
    let problems = browser.accessibility_problems().await;
    assert!(problems.is_empty(), "after sending: {problems:#?}");

    let mails = app.smtp.wait_for("lucia@example.org", 2).await;
    let mail = mime::parse(&mails[1].data);
    assert_eq!(mail.subject, "Documentos para leer");
    assert!(mail.html.contains("<strong>informe</strong>"));
    browser.finish().await;
}
