//! Portuguese, added through `src/i18n/languages.toml` and its folder of Fluent files: every
//! public and admin page, the emails, the invite, dates and country names speak it.

use chrono::{Duration, TimeZone, Utc};
use serde_json::json;

use super::admin::{ADMIN, signed_in};
use super::helpers::{TestApp, person, spawn_app};
use super::{ical, mime};

/// An event offered in Portuguese too, with its own Portuguese texts.
pub(super) async fn event_with_portuguese(app: &TestApp) {
    let starts = Utc
        .with_ymd_and_hms(2030, 2, 14, 17, 0, 0)
        .single()
        .expect("valid");
    app.create_event(
        "webinar",
        json!({
            "starts_at": starts.to_rfc3339(),
            "ends_at": (starts + Duration::hours(2)).to_rfc3339(),
            "require_email_confirmation": false,
            "languages": ["en", "es", "pt"],
            "translations": {
                "en": {"title": "Social protection for all", "description": "A webinar.", "location": "Online"},
                "es": {"title": "Protección social para todos", "description": "Un seminario web.", "location": "En línea"},
                "pt": {"title": "Proteção social para todos", "description": "Um webinário.", "location": "On-line"}
            }
        }),
    )
    .await;
}

fn brazilian<'a>() -> Vec<(&'a str, &'a str)> {
    let mut fields = person("Ricardo Patah", "ricardo@example.org");
    fields.retain(|(k, _)| *k != "language" && *k != "country");
    fields.extend([
        ("language", "pt"),
        ("country", "BR"),
        ("time_zone", "America/Sao_Paulo"),
    ]);
    fields
}

#[tokio::test]
async fn every_public_page_speaks_portuguese() {
    let app = spawn_app().await;
    event_with_portuguese(&app).await;
    app.register("webinar", &brazilian()).await;
    app.smtp.wait_for("ricardo@example.org", 1).await;
    let own = app
        .link_in_email("ricardo@example.org")
        .trim_start_matches(&app.base)
        .to_string();
    let english = [
        ">Upcoming events<",
        ">Register<",
        ">Full name<",
        ">Status<",
        ">Something went wrong<",
        ">Thank you<",
        ">Country<",
    ];
    for path in [
        "/",
        "/events/webinar",
        "/events/webinar/thanks",
        own.as_str(),
        "/events/nope",
        "/resend",
    ] {
        let html = app
            .get(&format!("{path}?lang=pt"))
            .await
            .text()
            .await
            .expect("page");
        assert!(html.contains("<html lang=\"pt\">"), "{path}: {html}");
        for word in english {
            assert!(!html.contains(word), "{path} in pt shows English {word}");
        }
    }
    let page = app
        .get("/events/webinar?lang=pt")
        .await
        .text()
        .await
        .expect("page");
    for phrase in [
        "Inscrição",
        "Proteção social para todos",
        "Nome completo",
        "quinta-feira, 14 de fevereiro de 2030",
        "<option value=\"BR\">Brasil</option>",
        "<option value=\"CI\">Costa do Marfim</option>",
        "hreflang=\"pt\"",
        ">Português<",
    ] {
        assert!(page.contains(phrase), "{phrase}: {page}");
    }
}

#[tokio::test]
async fn a_brazilian_participant_reads_portuguese_emails_invite_and_dates() {
    let app = spawn_app().await;
    event_with_portuguese(&app).await;
    app.register("webinar", &brazilian()).await;
    let mail = mime::parse(&app.smtp.wait_for("ricardo@example.org", 1).await[0].data);
    assert_eq!(mail.language, "pt");
    assert!(
        mail.subject
            .contains("Inscrição confirmada: Proteção social para todos"),
        "{}",
        mail.subject
    );
    for phrase in [
        "Prezado(a) Ricardo Patah,",
        "A inscrição em “Proteção social para todos” está confirmada.",
        // 17:00 UTC is 14:00 in São Paulo: the participant's own zone beside the event's.
        "quinta-feira, 14 de fevereiro de 2030, 18:00\u{2013}20:00 (Europe/Brussels, UTC+01:00)",
        "quinta-feira, 14 de fevereiro de 2030, 14:00\u{2013}16:00 (America/Sao_Paulo, UTC-03:00)",
        "No seu fuso horário",
        "Link de acesso",
    ] {
        assert!(mail.text.contains(phrase), "{phrase}: {}", mail.text);
    }
    let cal = ical::parse(&mail.calendars[0].1);
    assert_eq!(cal.events[0].summary, "Proteção social para todos");

    // The organizers see the Brazilian's country named in their own language, Portuguese too.
    let mut admin = signed_in(&app, ADMIN).await;
    let (status, html) = admin
        .get("/admin/events/webinar/registrations?lang=pt")
        .await;
    assert_eq!(status, 200);
    assert!(html.contains("<html lang=\"pt\">"), "{html}");
    assert!(html.contains("Brasil"), "{html}");
    assert!(html.contains("Inscrições"), "{html}");
    let (_, list) = admin.get("/admin/events?lang=pt").await;
    assert!(list.contains("Novo evento"), "{list}");
}

#[tokio::test]
async fn the_api_takes_and_describes_portuguese() {
    let app = spawn_app().await;
    event_with_portuguese(&app).await;
    let (status, body) = app
        .api(reqwest::Method::GET, "/api/v1/events/webinar", None)
        .await;
    assert_eq!(status, 200, "{body}");
    assert!(
        body["languages"]
            .as_array()
            .is_some_and(|l| l.contains(&json!("pt"))),
        "{body}"
    );
    assert_eq!(
        body["translations"]["pt"]["title"],
        "Proteção social para todos"
    );
    let (_, spec) = app
        .api(reqwest::Method::GET, "/api/openapi.json", None)
        .await;
    assert!(spec.to_string().contains("\"pt\""), "the schema lists pt");
    // An unknown language is still refused, with the list that is offered.
    let (status, body) = app
        .api(
            reqwest::Method::PATCH,
            "/api/v1/events/webinar",
            Some(json!({"languages": ["pt", "de"]})),
        )
        .await;
    assert_eq!(status, 400, "{body}");
    assert!(
        body.to_string().contains("`pt`"),
        "the error names what is offered: {body}"
    );
}

/// The "moved" email gives the new and the previous date in the reader's own zone and language,
/// without brackets inside brackets.
#[tokio::test]
async fn a_moved_event_is_told_in_the_readers_own_zone() {
    let app = spawn_app().await;
    event_with_portuguese(&app).await;
    let mut rosa = person("Rosa", "rosa@example.org");
    rosa.retain(|(k, _)| *k != "language");
    rosa.extend([("language", "es"), ("time_zone", "America/Lima")]);
    app.register("webinar", &rosa).await;
    app.smtp.wait_for("rosa@example.org", 1).await;
    let starts = Utc
        .with_ymd_and_hms(2030, 2, 15, 15, 0, 0)
        .single()
        .expect("valid");
    let (status, body) = app
        .api(
            reqwest::Method::PATCH,
            "/api/v1/events/webinar",
            Some(json!({"starts_at": starts.to_rfc3339(),
                "ends_at": (starts + Duration::hours(2)).to_rfc3339()})),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let update = mime::parse(&app.smtp.wait_for("rosa@example.org", 2).await[1].data);
    assert!(
        update.text.contains(
            "Nueva fecha: viernes, 15 de febrero de 2030, 10:00\u{2013}12:00 (America/Lima, UTC-05:00). \
             Fecha anterior: jueves, 14 de febrero de 2030, 12:00\u{2013}14:00 (America/Lima, UTC-05:00)."
        ),
        "{}",
        update.text
    );
}
