//! A message to confirmed participants: each gets one, in their language, with their own
//! link and the headers of bulk mail; a cancelled one gets nothing.

use mail_parser::MessageParser;
use serde_json::json;

use super::super::helpers::spawn_app_with_settings;
use super::super::mime;
use super::super::webhooks::{Behaviour, LOOPBACK, Receiver, add_webhook};
use super::{confirmed, list, open_event, post_message, wait_delivered};

fn header(raw: &str, name: &str) -> String {
    let message = MessageParser::default()
        .parse(raw.as_bytes())
        .expect("parsable");
    message
        .header_raw(name)
        .map(|v| v.split_whitespace().collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}

#[tokio::test]
async fn a_message_to_confirmed_reaches_each_in_their_language_with_their_own_link() {
    let app = spawn_app_with_settings(LOOPBACK).await;
    let receiver = Receiver::start(Behaviour::Accept).await;
    add_webhook(&app, &receiver.url, &["message.sent"]).await;
    open_event(&app, "talk").await;
    let ana = confirmed(&app, "talk", "Ana", "ana@example.org", "nl").await;
    let bruno = confirmed(&app, "talk", "Bruno", "bruno@example.org", "fr").await;
    let carla = confirmed(&app, "talk", "Carla", "carla@example.org", "es").await;
    let dan = confirmed(&app, "talk", "Dan", "dan@example.org", "en").await;
    let eve = confirmed(&app, "talk", "Eve", "eve@example.org", "en").await;
    let mut visitor = app.visitor();
    let res = visitor.submit(&eve, &format!("{eve}/cancel"), &[]).await;
    assert_eq!(res.status(), 303, "Eve cancels");
    app.smtp.wait_for("eve@example.org", 2).await;

    let (status, body) = post_message(
        &app,
        "talk",
        json!({
            "audience": "confirmed",
            "subject": {"en": "New programme", "nl": "Nieuw programma", "fr": "Nouveau programme", "es": "Nuevo programa"},
            "body": {
                "en": "The **programme** changed. See {{link}}",
                "nl": "Het **programma** is gewijzigd.",
                "fr": "Le **programme** a changé.",
                "es": "El **programa** cambió."
            },
            "send_at": null
        }),
    )
    .await;
    assert_eq!(status, 201, "{body}");
    assert_eq!(
        body["recipients"], 4,
        "cancelled Eve is not counted: {body}"
    );
    assert_eq!(body["status"], "sent");
    assert_eq!(body["audience"], "confirmed");
    let id = body["id"].as_i64().expect("id");

    for (address, link, subject, lang, words) in [
        (
            "ana@example.org",
            &ana,
            "Nieuw programma",
            "nl",
            "Het <strong>programma</strong>",
        ),
        (
            "bruno@example.org",
            &bruno,
            "Nouveau programme",
            "fr",
            "Le <strong>programme</strong>",
        ),
        (
            "carla@example.org",
            &carla,
            "Nuevo programa",
            "es",
            "El <strong>programa</strong>",
        ),
        (
            "dan@example.org",
            &dan,
            "New programme",
            "en",
            "The <strong>programme</strong>",
        ),
    ] {
        let mails = app.smtp.wait_for(address, 2).await;
        assert_eq!(mails.len(), 2, "one message to {address}");
        let raw = &mails[1].data;
        let mail = mime::parse(raw);
        assert_eq!(mail.subject, subject);
        assert_eq!(mail.language, lang);
        assert!(
            mail.html.contains(words),
            "Markdown rendered: {}",
            mail.html
        );
        assert!(
            mail.text.contains(link.as_str()),
            "own link in {address}'s footer: {}",
            mail.text
        );
        assert!(mail.calendars.is_empty(), "a message carries no invite");
        assert_eq!(header(raw, "Auto-Submitted"), "auto-generated");
        assert_eq!(header(raw, "List-Unsubscribe"), format!("<{link}>"));
        assert!(
            header(raw, "List-Id").contains("<talk."),
            "{}",
            header(raw, "List-Id")
        );
    }
    let dan_mail = mime::parse(&app.smtp.to("dan@example.org")[1].data);
    assert!(
        dan_mail.text.contains(&format!("See {dan}")),
        "{{{{link}}}} is Dan's own: {}",
        dan_mail.text
    );
    for other in [&ana, &bruno, &carla, &eve] {
        assert!(
            !dan_mail.text.contains(other.as_str()),
            "no one else's link"
        );
    }

    wait_delivered(&app, "talk", id, 4).await;
    assert_eq!(
        app.smtp.to("eve@example.org").len(),
        2,
        "the cancelled one got nothing"
    );

    let hooks = receiver.wait_for(1).await;
    let hook = hooks[0].json();
    assert_eq!(hook["type"], "message.sent");
    assert_eq!(hook["data"]["message"]["id"], id);
    assert_eq!(hook["data"]["message"]["recipients"], 4);
    assert_eq!(hook["data"]["message"]["audience"], "confirmed");

    let listed = list(&app, "talk").await;
    assert_eq!(listed[0]["delivery"]["sent"], 4);
    assert_eq!(listed[0]["missing_languages"], json!([]));
}

#[tokio::test]
async fn a_message_without_text_is_refused_and_nothing_is_sent() {
    let app = spawn_app_with_settings(LOOPBACK).await;
    open_event(&app, "talk").await;
    confirmed(&app, "talk", "Ana", "ana@example.org", "nl").await;
    for (body, field) in [
        (
            json!({"audience": "confirmed", "subject": {}, "body": {}}),
            "subject",
        ),
        (
            json!({"audience": "confirmed", "subject": {"en": "  "}, "body": {"en": ""}}),
            "subject",
        ),
        (
            json!({"audience": "confirmed", "subject": {"en": "Hi"}, "body": {}}),
            "body.en",
        ),
        (
            json!({"audience": "everyone", "subject": {"en": "Hi"}, "body": {"en": "Hi"}}),
            "audience",
        ),
        (
            json!({"audience": "confirmed", "subject": {"xx": "Hi"}, "body": {"xx": "Hi"}}),
            "subject.xx",
        ),
    ] {
        let (status, answer) = post_message(&app, "talk", body.clone()).await;
        assert_eq!(status, 422, "{body} → {answer}");
        let fields: Vec<&str> = answer["error"]["fields"]
            .as_array()
            .expect("fields")
            .iter()
            .filter_map(|f| f["field"].as_str())
            .collect();
        assert!(fields.contains(&field), "{field} named in {answer}");
    }
    assert!(list(&app, "talk").await.is_empty(), "nothing was written");
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(app.smtp.to("ana@example.org").len(), 1, "nothing was sent");
}
