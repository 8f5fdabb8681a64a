//! Certificates of attendance: only for attendees, only after the event, in the participant's
//! language, as real text that an independent PDF reader extracts; and their verification page.

use chrono::Duration;
use convene::domain::Lang;
use serde_json::json;

use super::super::attendance::{Person, event_model, seed};
use super::super::helpers::{TestApp, spawn_app};

async fn certificate(app: &TestApp, token: &str) -> reqwest::Response {
    app.get(&format!("/r/{token}/certificate.pdf")).await
}

async fn participant_page(app: &TestApp, token: &str) -> String {
    let res = app.get(&format!("/r/{token}")).await;
    res.text().await.expect("page")
}

/// The verification code printed on the certificate.
fn code_in(text: &str) -> String {
    let start = text.find("/certificates/").expect("verification URL") + "/certificates/".len();
    text[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect()
}

#[tokio::test]
async fn an_attendee_gets_a_certificate_in_their_language_and_others_get_404() {
    let app = spawn_app().await;
    app.create_event("seminar", json!({"require_email_confirmation": false}))
        .await;
    seed(
        &app,
        "seminar",
        &[
            Person {
                language: Lang::Fr,
                ..Person::new("Émilie Noël-Peña Gonçalves", "emilie@example.org", "BJ")
            },
            Person::new("Absent Person", "absent@example.org", "PE"),
        ],
    )
    .await;
    let ev = event_model(&app, "seminar").await;
    let emilie = app
        .state
        .secret
        .registration_token(ev.id, "emilie@example.org");
    let absent = app
        .state
        .secret
        .registration_token(ev.id, "absent@example.org");

    // During the event: marked as attended, but no certificate before the end.
    app.clock
        .advance(Duration::days(10) + Duration::minutes(30));
    let (status, body) = app
        .api(
            reqwest::Method::POST,
            "/api/v1/events/seminar/attendance",
            Some(json!({"emails": ["emilie@example.org"]})),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(certificate(&app, &emilie).await.status(), 404);
    let (status, _) = app
        .api(
            reqwest::Method::GET,
            "/api/v1/events/seminar/certificates.zip",
            None,
        )
        .await;
    assert_eq!(status, 409, "no certificates before the end");

    app.clock.advance(Duration::hours(3));
    let res = certificate(&app, &emilie).await;
    assert_eq!(res.status(), 200);
    assert_eq!(
        res.headers()["content-type"].to_str().unwrap_or_default(),
        "application/pdf"
    );
    let bytes = res.bytes().await.expect("body");
    let text = pdf_extract::extract_text_from_mem(&bytes).expect("an independent reader parses it");
    assert!(text.contains("Émilie Noël-Peña Gonçalves"), "{text}");
    assert!(text.contains("La protection sociale pour tous"), "{text}");
    assert!(text.contains("Attestation de présence"), "{text}");
    assert!(!text.contains("Social protection for all"), "{text}");

    assert_eq!(certificate(&app, &absent).await.status(), 404);
    assert!(
        participant_page(&app, &emilie)
            .await
            .contains("id=\"certificate-link\"")
    );
    assert!(
        !participant_page(&app, &absent)
            .await
            .contains("certificate-link")
    );
    assert_eq!(
        certificate(&app, "x".repeat(43).as_str()).await.status(),
        404
    );

    // The code printed is the one the verification page knows, and it stays the same.
    let code = code_in(&text);
    let again = certificate(&app, &emilie)
        .await
        .bytes()
        .await
        .expect("body");
    let again = pdf_extract::extract_text_from_mem(&again).expect("parses");
    assert_eq!(code_in(&again), code);

    let page = app.get(&format!("/certificates/{code}?lang=fr")).await;
    assert_eq!(page.status(), 200);
    let html = page.text().await.expect("html");
    assert!(html.contains("Émilie Noël-Peña Gonçalves"), "{html}");
    assert!(html.contains("La protection sociale pour tous"), "{html}");
    assert!(
        !html.contains("emilie@example.org"),
        "no more than name, event and date"
    );

    let made_up = if code == "ABCDEFGHJK" {
        "KJHGFEDCBA"
    } else {
        "ABCDEFGHJK"
    };
    assert_eq!(
        app.get(&format!("/certificates/{made_up}")).await.status(),
        404
    );
    assert_eq!(app.get("/certificates/nonsense").await.status(), 404);

    // Organizers download them all: one PDF per attendee, the same text.
    let res = app
        .client
        .get(app.url("/api/v1/events/seminar/certificates.zip"))
        .bearer_auth(&app.token)
        .send()
        .await
        .expect("zip");
    assert_eq!(res.status(), 200);
    let bytes = res.bytes().await.expect("body");
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).expect("a ZIP");
    assert_eq!(archive.len(), 1, "the absent person has none");
    let mut entry = archive.by_index(0).expect("entry");
    let name = entry.name().expect("name").to_string();
    assert!(name.ends_with("-emilie-noel-pena-goncalves.pdf"), "{name}");
    let mut pdf = Vec::new();
    std::io::Read::read_to_end(&mut entry, &mut pdf).expect("read");
    let text = pdf_extract::extract_text_from_mem(&pdf).expect("parses");
    assert!(text.contains("Émilie Noël-Peña Gonçalves"), "{text}");
}

/// How many images the PDF's pages draw, read by an independent PDF library.
fn images_in(pdf: &[u8]) -> usize {
    let doc = lopdf::Document::load_mem(pdf).expect("an independent reader parses it");
    doc.objects
        .values()
        .filter_map(|o| o.as_stream().ok())
        .filter(|s| {
            s.dict
                .get(b"Subtype")
                .and_then(|v| v.as_name())
                .is_ok_and(|n| n == b"Image")
        })
        .count()
}

#[tokio::test]
async fn the_certificate_carries_the_logo_and_the_sessions_attended() {
    let dir = std::env::temp_dir().join(format!("convene-logo-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir).expect("dir");
    let logo = dir.join("logo.png");
    let png = convene::mail::qr_png::qr_png("https://network.example.org").expect("a PNG");
    std::fs::write(&logo, png).expect("logo");
    let app = super::super::helpers::spawn_app_with_settings(&format!(
        "[branding]\nlogo_path = \"{}\"\n",
        logo.display().to_string().replace('\\', "/")
    ))
    .await;
    let start = chrono::Utc::now() + Duration::days(10);
    let at = |minutes: i64| (start + Duration::minutes(minutes)).to_rfc3339();
    app.create_event(
        "training",
        json!({
            "require_email_confirmation": false, "kind": "in_person", "venue": "Dakar",
            "starts_at": at(0), "ends_at": at(120),
            "sessions": [
                {"key": "a", "title": {"en": "Morning plenary", "fr": "Plénière du matin"},
                 "starts_at": at(0), "ends_at": at(30)},
                {"key": "b", "title": {"en": "Parallel workshop", "fr": "Atelier parallèle"},
                 "starts_at": at(30), "ends_at": at(60)},
                {"key": "c", "title": {"en": "Closing", "fr": "Clôture et suites"},
                 "starts_at": at(60), "ends_at": at(120)}
            ]
        }),
    )
    .await;
    // She chose every session (none named: all of them) and came to two.
    seed(
        &app,
        "training",
        &[Person {
            language: Lang::Fr,
            ..Person::new("Émilie Noël", "emilie@example.org", "SN")
        }],
    )
    .await;
    let ev = event_model(&app, "training").await;
    let (status, body) = app
        .api(
            reqwest::Method::POST,
            "/api/v1/events/training/attendance",
            Some(json!({"emails": ["emilie@example.org"]})),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    for key in ["a", "c"] {
        let (status, body) = app
            .api(
                reqwest::Method::POST,
                &format!("/api/v1/events/training/sessions/{key}/attendance"),
                Some(json!({"emails": ["emilie@example.org"]})),
            )
            .await;
        assert_eq!(status, 200, "{body}");
        assert_eq!(body["people_marked"], 1, "{body}");
    }
    app.clock.advance(Duration::days(10) + Duration::hours(3));
    let token = app
        .state
        .secret
        .registration_token(ev.id, "emilie@example.org");
    let res = certificate(&app, &token).await;
    assert_eq!(res.status(), 200);
    let pdf = res.bytes().await.expect("body");
    let text = pdf_extract::extract_text_from_mem(&pdf).expect("parses");
    assert!(text.contains("Sessions suivies"), "{text}");
    assert!(text.contains("Plénière du matin"), "{text}");
    assert!(text.contains("Clôture et suites"), "{text}");
    assert!(!text.contains("Atelier parallèle"), "not attended: {text}");
    assert_eq!(images_in(&pdf), 1, "the logo");
}

#[tokio::test]
async fn without_sessions_or_a_logo_the_certificate_says_neither() {
    let app = spawn_app().await;
    app.create_event("seminar", json!({"require_email_confirmation": false}))
        .await;
    seed(
        &app,
        "seminar",
        &[Person::new("Ada", "ada@example.org", "BE")],
    )
    .await;
    let ev = event_model(&app, "seminar").await;
    let (status, _) = app
        .api(
            reqwest::Method::POST,
            "/api/v1/events/seminar/attendance",
            Some(json!({"emails": ["ada@example.org"]})),
        )
        .await;
    assert_eq!(status, 200);
    app.clock.advance(Duration::days(10) + Duration::hours(3));
    let token = app
        .state
        .secret
        .registration_token(ev.id, "ada@example.org");
    let pdf = certificate(&app, &token).await.bytes().await.expect("body");
    let text = pdf_extract::extract_text_from_mem(&pdf).expect("parses");
    assert!(!text.contains("Sessions attended"), "{text}");
    assert_eq!(images_in(&pdf), 0);
}
