//! Audiences after an attendance import: "attended" and "absent" split the confirmed
//! participants; a language without text falls back to the event's default.

use serde_json::json;

use super::super::helpers::spawn_app;
use super::super::mime;
use super::{confirmed, open_event, post_message, wait_delivered};

#[tokio::test]
async fn attended_and_absent_split_after_an_attendance_import() {
    let app = spawn_app().await;
    open_event(&app, "seminar").await;
    confirmed(&app, "seminar", "Ana", "ana@example.org", "fr").await;
    confirmed(&app, "seminar", "Ben", "ben@example.org", "en").await;
    let carla = confirmed(&app, "seminar", "Carla", "carla@example.org", "es").await;
    let (status, body) = app
        .api(
            reqwest::Method::POST,
            "/api/v1/events/seminar/attendance",
            Some(json!({"emails": ["ANA@example.org", "ben@example.org"]})),
        )
        .await;
    assert_eq!(status, 200, "{body}");

    let texts = |subject_en: &str, subject_fr: &str| {
        json!({
            "subject": {"en": subject_en, "fr": subject_fr},
            "body": {"en": "Thanks, {{name}}.", "fr": "Merci, {{name}}."}
        })
    };
    let mut attended = texts("The recording", "L’enregistrement");
    attended["audience"] = json!("attended");
    let (status, one) = post_message(&app, "seminar", attended).await;
    assert_eq!(status, 201, "{one}");
    assert_eq!(one["recipients"], 2);
    assert_eq!(one["missing_languages"], json!(["nl", "es"]));
    let mut absent = texts("We missed you", "Vous nous avez manqué");
    absent["audience"] = json!("absent");
    let (status, two) = post_message(&app, "seminar", absent).await;
    assert_eq!(status, 201, "{two}");
    assert_eq!(two["recipients"], 1);

    wait_delivered(&app, "seminar", one["id"].as_i64().expect("id"), 2).await;
    wait_delivered(&app, "seminar", two["id"].as_i64().expect("id"), 1).await;
    let subjects = |address: &str| -> Vec<String> {
        app.smtp
            .to(address)
            .iter()
            .skip(1)
            .map(|m| mime::parse(&m.data).subject)
            .collect()
    };
    assert_eq!(subjects("ana@example.org"), ["L’enregistrement"]);
    assert_eq!(subjects("ben@example.org"), ["The recording"]);
    assert_eq!(
        subjects("carla@example.org"),
        ["We missed you"],
        "Spanish has no text: the event's default, English"
    );
    let carla_mail = mime::parse(&app.smtp.to("carla@example.org")[1].data);
    assert!(
        carla_mail.text.contains("Thanks, Carla."),
        "{}",
        carla_mail.text
    );
    assert!(carla_mail.text.contains(&carla), "her own link");
}
