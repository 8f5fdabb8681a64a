//! Every language everywhere: pages, the negotiation order, French spacing, hybrid wording,
//! and a participant's language following them through every email while the organizer works
//! in English.

use serde_json::json;

use super::helpers::{person, spawn_app};
use super::{ical, mime};

/// A phrase each page must show in each language (and that no other language uses).
const REGISTER: [(&str, &str); 4] = [
    ("nl", "Inschrijven"),
    ("fr", "Inscription"),
    ("en", "Register"),
    ("es", "Inscripción"),
];

#[tokio::test]
async fn every_public_page_speaks_each_language() {
    let app = spawn_app().await;
    app.create_event("webinar", json!({})).await;
    app.register("webinar", &person("Ada", "ada@example.org"))
        .await;
    app.smtp.wait_for("ada@example.org", 1).await;
    let own = app
        .link_in_email("ada@example.org")
        .trim_start_matches(&app.base)
        .to_string();
    let english_words = [
        "Upcoming events",
        "Register",
        "Full name",
        "Status",
        "Something went wrong",
        "Thank you",
    ];
    for (lang, _) in REGISTER {
        for path in [
            "/",
            "/events/webinar",
            "/events/webinar/thanks",
            own.as_str(),
            "/events/nope",
        ] {
            let html = app
                .get(&format!("{path}?lang={lang}"))
                .await
                .text()
                .await
                .expect("page");
            assert!(
                html.contains(&format!("<html lang=\"{lang}\">")),
                "{path} in {lang}"
            );
            if lang != "en" {
                for word in english_words {
                    assert!(
                        !html.contains(&format!(">{word}<")),
                        "{path} in {lang} shows English {word:?}"
                    );
                }
            }
        }
    }
    for (lang, phrase) in REGISTER {
        let html = app
            .get(&format!("/events/webinar?lang={lang}"))
            .await
            .text()
            .await
            .expect("page");
        assert!(html.contains(phrase), "{lang}: {phrase}");
    }
}

#[tokio::test]
async fn the_language_is_chosen_by_query_then_cookie_then_browser_then_event() {
    let app = spawn_app().await;
    app.create_event(
        "fr-event",
        json!({"default_language": "fr", "languages": ["fr", "en", "nl", "es"]}),
    )
    .await;
    let lang_of = |html: &str| {
        html.split("<html lang=\"")
            .nth(1)
            .and_then(|s| s.split('"').next())
            .unwrap_or_default()
            .to_string()
    };
    // Nothing said: the event's own default language.
    let html = app
        .get("/events/fr-event")
        .await
        .text()
        .await
        .expect("page");
    assert_eq!(lang_of(&html), "fr");
    // The browser's preference, with quality values.
    let res = app
        .client
        .get(app.url("/events/fr-event"))
        .header("accept-language", "de;q=1, es;q=0.8, nl;q=0.5")
        .send()
        .await
        .expect("get");
    assert_eq!(lang_of(&res.text().await.expect("page")), "es");
    // ?lang= wins, and is remembered in a cookie that beats the browser afterwards.
    let mut visitor = app.visitor();
    let (_, html) = visitor.get("/events/fr-event?lang=nl").await;
    assert_eq!(lang_of(&html), "nl");
    let res = app
        .client
        .get(app.url("/"))
        .header("cookie", "convene_lang=nl")
        .header("accept-language", "es")
        .send()
        .await
        .expect("get");
    assert_eq!(lang_of(&res.text().await.expect("page")), "nl");
    // Every page has a switcher that comes back to the same page.
    assert!(html.contains("href=\"/events/fr-event?lang=es\""));
}

#[tokio::test]
async fn a_dutch_participant_gets_dutch_emails_and_a_dutch_invite_while_the_organizer_works_in_english()
 {
    let app = spawn_app().await;
    app.create_event("webinar", json!({"require_email_confirmation": true}))
        .await;
    let mut fields = person("Piet Janssens", "piet@example.org");
    fields.retain(|(k, _)| *k != "language");
    fields.push(("language", "nl"));
    // The form itself was shown in English.
    app.register("webinar", &fields).await;
    let first = mime::parse(&app.smtp.wait_for("piet@example.org", 1).await[0].data);
    assert_eq!(first.language, "nl");
    assert!(
        first.subject.contains("Sociale bescherming voor iedereen"),
        "{}",
        first.subject
    );
    assert!(
        first.text.contains("Geachte") || first.text.contains("Beste"),
        "{}",
        first.text
    );
    let link = app.link_in_email("piet@example.org");
    app.visitor()
        .submit(&link, &format!("{link}/confirm"), &[])
        .await;
    let confirmation = mime::parse(&app.smtp.wait_for("piet@example.org", 2).await[1].data);
    assert_eq!(confirmation.language, "nl");
    let cal = ical::parse(&confirmation.calendars[0].1);
    assert_eq!(
        cal.events[0].summary, "Sociale bescherming voor iedereen",
        "the invite speaks Dutch"
    );
    assert!(
        confirmation.text.contains("december")
            || confirmation.text.contains("januari")
            || confirmation.text.contains("dag"),
        "{}",
        confirmation.text
    );

    // The participant switches to French on their page; the next email follows.
    let mut visitor = app.visitor();
    visitor
        .submit(&link, &format!("{link}/language"), &[("language", "fr")])
        .await;
    app.api(
        reqwest::Method::PATCH,
        "/api/v1/events/webinar",
        Some(json!({"join_url": "https://meet.example.org/other"})),
    )
    .await;
    let update = mime::parse(&app.smtp.wait_for("piet@example.org", 3).await[2].data);
    assert_eq!(update.language, "fr");
    assert!(
        update.subject.contains("La protection sociale pour tous"),
        "{}",
        update.subject
    );
}

/// An event in nl, fr and en; a Spanish visitor keeps a Spanish interface, reads the event in
/// the best language they read, and may choose Spanish emails.
async fn three_language_event(app: &super::helpers::TestApp) {
    app.create_event(
        "trois",
        json!({"default_language": "nl", "languages": ["nl", "fr", "en"], "translations": {
            "nl": {"title": "Sociale bescherming voor iedereen", "description": "Een webinar.", "location": "Online"},
            "fr": {"title": "La protection sociale pour tous", "description": "Un webinaire.", "location": "En ligne"},
            "en": {"title": "Social protection for all", "description": "A webinar.", "location": "Online"}
        }}),
    )
    .await;
}

#[tokio::test]
async fn a_spanish_visitor_reads_the_best_language_they_read_in_a_spanish_interface() {
    let app = spawn_app().await;
    three_language_event(&app).await;
    let html = app
        .client
        .get(app.url("/events/trois?lang=es"))
        .header("accept-language", "es-PE,es;q=0.9,fr;q=0.8,nl;q=0.3")
        .send()
        .await
        .expect("page")
        .text()
        .await
        .expect("text");
    assert!(html.contains("<html lang=\"es\">"), "Spanish interface");
    assert!(html.contains("Inscripción"), "Spanish interface");
    assert!(
        html.contains("lang=\"fr\">La protection sociale pour tous</h1>"),
        "French, their next language, marked as French: {html}"
    );
    assert!(html.contains("hreflang=\"es\""), "Español stays in the bar");
    assert!(
        html.contains("<option value=\"es\" selected>Español</option>"),
        "Spanish emails preselected"
    );

    // With no other language named, English comes before the event's Dutch default.
    let html = app
        .get("/events/trois?lang=es")
        .await
        .text()
        .await
        .expect("page");
    assert!(
        html.contains("lang=\"en\">Social protection for all</h1>"),
        "{html}"
    );
    let home = app.get("/?lang=es").await.text().await.expect("home");
    assert!(
        home.contains("lang=\"en\">Social protection for all</a>"),
        "the list too: {home}"
    );

    // Spanish emails can be chosen, and the person is registered with them.
    let mut fields = person("Rosa", "rosa@example.org");
    fields.retain(|(k, _)| *k != "language");
    fields.push(("language", "es"));
    let mut visitor = app.visitor();
    visitor.get("/events/trois?lang=es").await;
    assert_eq!(visitor.register("trois", &fields).await.status(), 303);
    let mail = app.smtp.wait_for("rosa@example.org", 1).await;
    let text = mime::plain_text(&mail[0].data);
    assert!(
        text.contains("inscripción") || text.contains("Inscripción"),
        "{text}"
    );
    // Her own page keeps Spanish chosen for her emails, though the event has no Spanish text.
    let page = app
        .get(&app.link_in_email("rosa@example.org").replace(&app.base, ""))
        .await
        .text()
        .await
        .expect("participant page");
    assert!(
        page.contains("<option value=\"es\" selected>Español</option>"),
        "{page}"
    );
}

/// A colon right after a word, as a label's colon written without French spacing.
pub(super) fn bare_colons(html: &str) -> Vec<String> {
    let chars: Vec<char> = html.chars().collect();
    chars
        .iter()
        .enumerate()
        .filter(|(i, c)| {
            **c == ':'
                && i.checked_sub(1)
                    .and_then(|j| chars.get(j))
                    .is_some_and(|p| p.is_alphabetic())
                && chars
                    .get(i + 1)
                    .is_some_and(|n| matches!(n, ' ' | '<' | '\n'))
        })
        .map(|(i, _)| {
            chars[i.saturating_sub(30)..(i + 2).min(chars.len())]
                .iter()
                .collect()
        })
        .collect()
}

/// French pages put a non-breaking space before the colons the templates add after labels.
#[tokio::test]
async fn french_pages_space_their_colons() {
    let app = spawn_app().await;
    super::portuguese::event_with_portuguese(&app).await;
    let mut zoe = person("Zoé", "zoe@example.org");
    zoe.retain(|(k, _)| *k != "language");
    zoe.push(("language", "fr"));
    app.register("webinar", &zoe).await;
    app.smtp.wait_for("zoe@example.org", 1).await;
    let own = app
        .link_in_email("zoe@example.org")
        .trim_start_matches(&app.base)
        .to_string();
    for path in ["/events/webinar", own.as_str()] {
        let html = app
            .get(&format!("{path}?lang=fr"))
            .await
            .text()
            .await
            .expect("page");
        let faults = bare_colons(&html);
        assert!(faults.is_empty(), "{path}: {faults:#?}");
    }
}

/// A hybrid event's reminder is not "Join the webinar": people in the room get no door at all,
/// those who follow online are asked to "Follow online".
#[tokio::test]
async fn a_hybrid_reminder_does_not_send_the_room_to_the_webinar() {
    let app = spawn_app().await;
    let start = chrono::Utc::now() + chrono::Duration::hours(23);
    app.create_event(
        "both",
        json!({"kind": "hybrid", "require_email_confirmation": false,
            "starts_at": start.to_rfc3339(),
            "ends_at": (start + chrono::Duration::hours(1)).to_rfc3339()}),
    )
    .await;
    let mut ada = person("Ada", "ada@example.org");
    ada.push(("attendance_mode", "online"));
    app.register("both", &ada).await;
    let mut rhea = person("Rhea", "rhea@example.org");
    rhea.push(("attendance_mode", "in_person"));
    app.register("both", &rhea).await;
    app.smtp.wait_for("ada@example.org", 1).await;
    app.smtp.wait_for("rhea@example.org", 1).await;
    convene::services::reminders::send_due(&app.state)
        .await
        .expect("reminders");
    let reminder = mime::parse(&app.smtp.wait_for("ada@example.org", 2).await[1].data);
    assert!(
        reminder.subject.starts_with("Reminder"),
        "{}",
        reminder.subject
    );
    assert!(
        !reminder.text.contains("Join the webinar"),
        "{}",
        reminder.text
    );
    assert!(reminder.text.contains("Follow online"), "{}", reminder.text);
    assert!(reminder.text.contains("/join"), "{}", reminder.text);
    let room = mime::parse(&app.smtp.wait_for("rhea@example.org", 2).await[1].data);
    assert!(!room.text.contains("/join"), "{}", room.text);
    assert!(
        !room.text.contains("Join the webinar") && !room.text.contains("Follow online"),
        "{}",
        room.text
    );
}
