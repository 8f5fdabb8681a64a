//! Programmes: sessions with their own seats and waiting lines, one calendar entry per
//! session, updates of the moved session only, and an unknown session refused.

use chrono::{Duration, Utc};
use serde_json::{Value, json};

use super::helpers::{TestApp, person, spawn_app};
use super::{ical, mime};

/// The programme's day: whole seconds, so that the same programme sent twice is equal.
fn programme_day() -> chrono::DateTime<Utc> {
    let day = Utc::now() + Duration::days(10);
    day - Duration::nanoseconds(i64::from(day.timestamp_subsec_nanos()))
        - Duration::seconds(day.timestamp() % 3600)
}

/// A two-session programme: `plenary` without a limit and `workshop` with one seat.
pub fn two_sessions() -> Value {
    let day = programme_day();
    json!([
        {"key": "plenary", "title": {"en": "Plenary", "fr": "Plénière"},
         "starts_at": day.to_rfc3339(), "ends_at": (day + Duration::hours(1)).to_rfc3339(),
         "capacity": null, "room": "Hall A",
         "speakers": [{"name": "Aminata Diallo", "organisation": "CSA", "bio": {"en": "Trainer."}}]},
        {"key": "workshop", "title": {"en": "Workshop", "fr": "Atelier"},
         "starts_at": (day + Duration::hours(2)).to_rfc3339(),
         "ends_at": (day + Duration::hours(3)).to_rfc3339(), "capacity": 1}
    ])
}

pub async fn programme_event(app: &TestApp, slug: &str) -> Value {
    app.create_event(
        slug,
        json!({"sessions": two_sessions(), "require_email_confirmation": false,
               "kind": "in_person", "venue": "Brussels"}),
    )
    .await
}

async fn sessions_of(app: &TestApp, slug: &str, email: &str) -> Vec<(String, String)> {
    let page = app.registration_page(slug).await;
    let reg = page["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|r| r["email"] == email)
        .unwrap_or_else(|| panic!("no registration of {email}"))
        .clone();
    reg["sessions"]
        .as_array()
        .expect("sessions")
        .iter()
        .map(|s| {
            (
                s["key"].as_str().unwrap_or_default().to_string(),
                s["status"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

pub fn with_sessions<'a>(
    name: &'a str,
    email: &'a str,
    keys: &[&'a str],
) -> Vec<(&'a str, &'a str)> {
    let mut fields = person(name, email);
    for key in keys {
        fields.push(("sessions", key));
    }
    fields
}

/// The calendar attached to the newest email to `address`.
pub fn newest_invite(app: &TestApp, address: &str) -> (mime::Parsed, ical::Cal) {
    let mails = app.smtp.to(address);
    let parsed = mime::parse(&mails.last().expect("an email").data);
    let (_, body) = parsed
        .calendars
        .first()
        .expect("a calendar attachment")
        .clone();
    let cal = ical::parse(&body);
    (parsed, cal)
}

#[tokio::test]
async fn a_full_session_waitlists_the_second_person_for_it_alone() {
    let app = spawn_app().await;
    let created = programme_event(&app, "seminar").await;
    assert_eq!(created["sessions"].as_array().map(Vec::len), Some(2));
    assert_eq!(created["sessions"][1]["capacity"], 1);

    let first = app
        .register(
            "seminar",
            &with_sessions("Ada", "ada@example.org", &["plenary", "workshop"]),
        )
        .await;
    assert_eq!(first.status().as_u16(), 303);
    let second = app
        .register(
            "seminar",
            &with_sessions("Bea", "bea@example.org", &["plenary", "workshop"]),
        )
        .await;
    assert_eq!(second.status().as_u16(), 303);

    assert_eq!(
        sessions_of(&app, "seminar", "ada@example.org").await,
        vec![
            ("plenary".to_string(), "confirmed".to_string()),
            ("workshop".to_string(), "confirmed".to_string())
        ]
    );
    assert_eq!(
        sessions_of(&app, "seminar", "bea@example.org").await,
        vec![
            ("plenary".to_string(), "confirmed".to_string()),
            ("workshop".to_string(), "waitlisted".to_string())
        ]
    );

    // Ada's invite: one entry per session, each with its own UID.
    app.smtp.wait_for("ada@example.org", 1).await;
    let (_, cal) = newest_invite(&app, "ada@example.org");
    assert_eq!(cal.method, "REQUEST");
    assert_eq!(cal.events.len(), 2, "one VEVENT per session: {cal:?}");
    assert_ne!(cal.events[0].uid, cal.events[1].uid);
    assert!(cal.events[0].summary.starts_with("Plenary"));
    assert!(cal.events[0].location.contains("Hall A"));
    // Bea's: only the session she has a seat in.
    app.smtp.wait_for("bea@example.org", 1).await;
    let (_, cal) = newest_invite(&app, "bea@example.org");
    assert_eq!(cal.events.len(), 1);
    assert!(cal.events[0].summary.starts_with("Plenary"));
}

#[tokio::test]
async fn moving_a_session_raises_the_sequence_of_that_session_only() {
    let app = spawn_app().await;
    programme_event(&app, "moving").await;
    app.register("moving", &with_sessions("Ada", "ada@example.org", &[]))
        .await;
    app.smtp.wait_for("ada@example.org", 1).await;
    let (_, before) = newest_invite(&app, "ada@example.org");
    assert_eq!(before.events.len(), 2, "none chosen means every session");

    let mut sessions = two_sessions();
    let later = Utc::now() + Duration::days(11);
    sessions[1]["starts_at"] = json!(later.to_rfc3339());
    sessions[1]["ends_at"] = json!((later + Duration::hours(1)).to_rfc3339());
    let (status, body) = app
        .api(
            reqwest::Method::PATCH,
            "/api/v1/events/moving",
            Some(json!({"sessions": sessions})),
        )
        .await;
    assert_eq!(status, 200, "{body}");

    app.smtp.wait_for("ada@example.org", 2).await;
    let (_, after) = newest_invite(&app, "ada@example.org");
    assert_eq!(after.events.len(), 2);
    for ev in &after.events {
        let old = before
            .events
            .iter()
            .find(|b| b.uid == ev.uid)
            .expect("same UIDs as before");
        if ev.summary.starts_with("Workshop") {
            assert_eq!(ev.sequence, old.sequence + 1, "the moved session");
            assert_eq!(ev.start.timestamp(), later.timestamp());
        } else {
            assert_eq!(ev.sequence, old.sequence, "the session that stayed");
        }
    }
}

#[tokio::test]
async fn an_unknown_session_key_is_refused_with_the_values_kept() {
    let app = spawn_app().await;
    programme_event(&app, "strict").await;
    let res = app
        .register(
            "strict",
            &with_sessions("Ada", "ada@example.org", &["plenary", "nonsense"]),
        )
        .await;
    assert_eq!(res.status().as_u16(), 422);
    let html = res.text().await.expect("page");
    assert!(html.contains("nonsense"), "the message names the key");
    assert!(html.contains("value=\"ada@example.org\""), "values kept");
    let page = app.registration_page("strict").await;
    assert_eq!(page["total"], 0);
}

#[tokio::test]
async fn the_event_page_shows_the_programme_and_overlaps() {
    let app = spawn_app().await;
    let day = Utc::now() + Duration::days(10);
    let sessions = json!([
        {"key": "a", "title": {"en": "Morning plenary", "fr": "Plénière du matin"},
         "starts_at": day.to_rfc3339(), "ends_at": (day + Duration::hours(2)).to_rfc3339()},
        {"key": "b", "title": {"en": "Parallel workshop", "fr": "Atelier parallèle"},
         "starts_at": (day + Duration::hours(1)).to_rfc3339(),
         "ends_at": (day + Duration::hours(3)).to_rfc3339(), "capacity": 5}
    ]);
    app.create_event("overlap", json!({"sessions": sessions}))
        .await;
    let (status, html) = app.visitor().get("/events/overlap?lang=fr").await;
    assert_eq!(status, 200);
    assert!(html.contains("Plénière du matin"));
    assert!(html.contains("Atelier parallèle"));
    assert!(html.contains("Se chevauche avec une autre session"));
    assert!(html.contains("name=\"sessions\" value=\"b\""));
}

#[tokio::test]
async fn leaving_a_full_session_cancels_it_in_the_calendar_and_gives_the_seat_to_the_next() {
    let app = spawn_app().await;
    programme_event(&app, "swap").await;
    app.register(
        "swap",
        &with_sessions("Ada", "ada@example.org", &["plenary", "workshop"]),
    )
    .await;
    app.register(
        "swap",
        &with_sessions("Bea", "bea@example.org", &["plenary", "workshop"]),
    )
    .await;
    app.smtp.wait_for("ada@example.org", 1).await;
    let (_, first) = newest_invite(&app, "ada@example.org");
    let workshop_uid = first
        .events
        .iter()
        .find(|e| e.summary.starts_with("Workshop"))
        .expect("workshop entry")
        .uid
        .clone();

    let link = app.link_in_email("ada@example.org");
    let path = link.trim_start_matches(&app.base).to_string();
    let mut ada = app.visitor();
    let (status, html) = ada.get(&format!("{path}/programme")).await;
    assert_eq!(status, 200);
    assert!(html.contains("name=\"sessions\" value=\"workshop\" checked"));
    let res = ada
        .submit(
            &format!("{path}/programme"),
            &format!("{path}/programme"),
            &[("action", "sessions"), ("sessions", "plenary")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);

    // Ada: the workshop withdrawn from her calendar, with the same UID.
    let mails = app.smtp.wait_for("ada@example.org", 3).await;
    let cancel = mails
        .iter()
        .map(|m| mime::parse(&m.data))
        .find(|p| p.calendars.iter().any(|(ct, _)| ct.contains("CANCEL")))
        .expect("a cancellation");
    let cal = ical::parse(&cancel.calendars[0].1);
    assert_eq!(cal.method, "CANCEL");
    assert_eq!(cal.events.len(), 1);
    assert_eq!(cal.events[0].uid, workshop_uid);
    // Bea moved up by herself, and her new invite holds the workshop.
    assert_eq!(
        sessions_of(&app, "swap", "bea@example.org").await,
        vec![
            ("plenary".to_string(), "confirmed".to_string()),
            ("workshop".to_string(), "confirmed".to_string())
        ]
    );
    app.smtp.wait_for("bea@example.org", 2).await;
    let (_, cal) = newest_invite(&app, "bea@example.org");
    assert_eq!(cal.events.len(), 2);
}

#[tokio::test]
async fn a_burst_for_a_one_seat_session_gives_exactly_one_seat() {
    // A load: many posts from one address are beyond the per-address rate limit.
    let app = super::helpers::spawn_app_with_settings("rate_limit = 0").await;
    programme_event(&app, "burst").await;
    let app = std::sync::Arc::new(app);
    let mut tasks = Vec::new();
    for i in 0..30 {
        let app = app.clone();
        tasks.push(tokio::spawn(async move {
            let email = format!("p{i}@example.org");
            app.register("burst", &with_sessions("P", &email, &["workshop"]))
                .await
                .status()
                .as_u16()
        }));
    }
    for task in tasks {
        assert_eq!(task.await.expect("task"), 303);
    }
    let page = app.registration_page("burst").await;
    let seated = page["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter(|r| r["sessions"][0]["status"] == "confirmed")
        .count();
    assert_eq!(seated, 1);
    let (_, ev) = app
        .api(reqwest::Method::GET, "/api/v1/events/burst", None)
        .await;
    assert_eq!(ev["sessions"][1]["seats_taken"], 1);
}
