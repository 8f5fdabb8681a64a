//! The organizers' side of programmes and series: attendance per session (API and check-in
//! desk), per-session counts on the event page and dashboards, and the next meeting of a series.

use chrono::{Duration, Utc};
use reqwest::Method;
use serde_json::json;

use super::admin::{ADMIN, location, signed_in};
use super::helpers::{TestApp, spawn_app};
use super::programmes::{programme_event, with_sessions};

/// Ada chose both sessions, Bea only the plenary.
async fn two_participants(app: &TestApp, slug: &str) {
    programme_event(app, slug).await;
    for (name, email, keys) in [
        ("Ada", "ada@example.org", &["plenary", "workshop"][..]),
        ("Bea", "bea@example.org", &["plenary"][..]),
    ] {
        let res = app.register(slug, &with_sessions(name, email, keys)).await;
        assert_eq!(res.status().as_u16(), 303);
    }
}

fn session<'a>(dashboard: &'a serde_json::Value, key: &str) -> &'a serde_json::Value {
    dashboard["sessions"]
        .as_array()
        .expect("sessions")
        .iter()
        .find(|s| s["key"] == key)
        .unwrap_or_else(|| panic!("no session {key} in {dashboard}"))
}

#[tokio::test]
async fn attendance_is_marked_per_session_through_the_api_and_counted() {
    let app = spawn_app().await;
    two_participants(&app, "seminar").await;
    let (status, body) = app
        .api(
            Method::POST,
            "/api/v1/events/seminar/sessions/workshop/attendance",
            Some(json!({"emails": ["ADA@example.org", "bea@example.org", "nobody@example.org"]})),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["session"], "workshop");
    assert_eq!(body["people_marked"], 1);
    assert_eq!(
        body["unmatched"],
        json!(["bea@example.org", "nobody@example.org"])
    );

    let (status, dashboard) = app
        .api(Method::GET, "/api/v1/events/seminar/dashboard", None)
        .await;
    assert_eq!(status, 200);
    let workshop = session(&dashboard, "workshop");
    assert_eq!(workshop["confirmed"], 1);
    assert_eq!(workshop["attended"], 1);
    assert_eq!(workshop["capacity"], 1);
    assert_eq!(workshop["seats_taken"], 1);
    let plenary = session(&dashboard, "plenary");
    assert_eq!(plenary["confirmed"], 2);
    assert_eq!(plenary["attended"], 0);
    // Coming to a session is coming to the event.
    assert_eq!(dashboard["attended"], 1);

    let (status, body) = app
        .api(
            Method::POST,
            "/api/v1/events/seminar/sessions/nonsense/attendance",
            Some(json!({"emails": ["ada@example.org"]})),
        )
        .await;
    assert_eq!(status, 422, "{body}");
    assert_eq!(body["error"]["fields"][0]["field"], "key");
}

#[tokio::test]
async fn the_checkin_desk_of_a_session_marks_presence_in_it_and_the_pages_count_it() {
    let app = spawn_app().await;
    two_participants(&app, "desk").await;
    let mut v = signed_in(&app, ADMIN).await;

    let (status, html) = v
        .get("/admin/events/desk/checkin?q=example&session=workshop")
        .await;
    assert_eq!(status, 200);
    assert!(html.contains("<option value=\"workshop\" selected>Workshop</option>"));
    assert!(html.contains("Ada"), "Ada chose the workshop");
    assert!(!html.contains("Bea"), "Bea did not");
    let ada = app.registration_page("desk").await["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|r| r["email"] == "ada@example.org")
        .expect("Ada")["id"]
        .as_i64()
        .expect("id");

    let page = "/admin/events/desk/checkin?q=example&session=workshop";
    let action = format!("/admin/events/desk/checkin/{ada}");
    let res = v
        .submit(page, &action, &[("q", "example"), ("session", "workshop")])
        .await;
    assert_eq!(res.status().as_u16(), 303);
    assert!(location(&res).contains("session=workshop"));
    let (_, html) = v.get(&location(&res)).await;
    assert!(html.contains("id=\"done\""), "{html}");

    // Bea has no place in the workshop's desk: refused, never ignored.
    let bea = ada + 1;
    let res = v
        .submit(
            page,
            &format!("/admin/events/desk/checkin/{bea}"),
            &[("session", "workshop")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 422);
    let (status, _) = v
        .get("/admin/events/desk/checkin?q=a&session=nonsense")
        .await;
    assert_eq!(status, 422);

    // The registrations list shows each one's sessions.
    let (_, html) = v.get("/admin/events/desk/registrations").await;
    let start = html
        .find(&format!("id=\"sessions-{ada}\""))
        .expect("Ada's sessions");
    let cell = &html[start..start + html[start..].find("</td>").expect("cell end")];
    assert!(
        cell.contains("plenary: Confirmed") && cell.contains("workshop: Confirmed"),
        "{cell}"
    );

    // The event's page and its dashboard count per session.
    for path in ["/admin/events/desk", "/admin/events/desk/dashboard"] {
        let (status, html) = v.get(path).await;
        assert_eq!(status, 200);
        let start = html.find("id=\"session-count-workshop\"").expect(path);
        let row = &html[start..start + html[start..].find("</tr>").expect("row end")];
        let cells: Vec<&str> = row
            .split("<td>")
            .skip(1)
            .map(|c| c.split('<').next().unwrap_or(""))
            .collect();
        // seats, confirmed, pending, waitlisted, attended
        assert_eq!(cells[1..], ["1", "0", "0", "1"], "{path}: {row}");
    }
}

#[tokio::test]
async fn the_next_meeting_of_a_series_copies_texts_and_questions_through_the_api() {
    let app = spawn_app().await;
    app.create_event(
        "steering-march",
        json!({"series": "steering", "questions": [
            {"id": "mandate", "kind": "text", "label": {"en": "Your mandate", "fr": "Votre mandat"}}]}),
    )
    .await;
    let starts = Utc::now() + Duration::days(40);
    let body = json!({"slug": "steering-april", "starts_at": starts.to_rfc3339(),
        "ends_at": (starts + Duration::hours(2)).to_rfc3339()});
    let (status, next) = app
        .api(
            Method::POST,
            "/api/v1/events/steering-march/next",
            Some(body.clone()),
        )
        .await;
    assert_eq!(status, 201, "{next}");
    assert_eq!(next["slug"], "steering-april");
    assert_eq!(next["series"], "steering");
    assert_eq!(next["status"], "draft");
    assert_eq!(
        next["translations"]["fr"]["title"],
        "La protection sociale pour tous"
    );
    assert_eq!(next["questions"][0]["id"], "mandate");
    assert_eq!(next["questions"][0]["label"]["fr"], "Votre mandat");

    let (status, again) = app
        .api(
            Method::POST,
            "/api/v1/events/steering-march/next",
            Some(body),
        )
        .await;
    assert_eq!(status, 409, "{again}");
    let backwards = json!({"slug": "steering-may", "starts_at": starts.to_rfc3339(),
        "ends_at": (starts - Duration::hours(2)).to_rfc3339()});
    let (status, refused) = app
        .api(
            Method::POST,
            "/api/v1/events/steering-march/next",
            Some(backwards),
        )
        .await;
    assert_eq!(status, 422, "{refused}");
}

#[tokio::test]
async fn an_organizer_creates_the_next_meeting_from_the_event_page() {
    let app = spawn_app().await;
    app.create_event("european-network", json!({})).await;
    let mut v = signed_in(&app, ADMIN).await;
    let (_, html) = v.get("/admin/events/european-network").await;
    assert!(html.contains("href=\"/admin/events/european-network/next\""));

    let page = "/admin/events/european-network/next";
    let action = "/admin/events/european-network/next";
    let res = v
        .submit(
            page,
            action,
            &[
                ("slug", "european-network-2"),
                ("starts_at", "2030-02-03T10:00"),
                ("ends_at", ""),
            ],
        )
        .await;
    assert_eq!(res.status().as_u16(), 422);
    let html = res.text().await.expect("page");
    assert!(html.contains("value=\"european-network-2\""), "values kept");
    assert!(html.contains("value=\"2030-02-03T10:00\""), "values kept");

    let res = v
        .submit(
            page,
            action,
            &[
                ("slug", "european-network-2"),
                ("starts_at", "2030-02-03T10:00"),
                ("ends_at", "2030-02-03T12:00"),
            ],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(
        location(&res),
        "/admin/events/european-network-2?done=created"
    );
    let (_, next) = app
        .api(Method::GET, "/api/v1/events/european-network-2", None)
        .await;
    assert_eq!(
        next["starts_at"], "2030-02-03T09:00:00Z",
        "10:00 in Brussels"
    );
    assert_eq!(next["series"], "european-network");
    // The first meeting started the series and is part of it.
    let (_, first) = app
        .api(Method::GET, "/api/v1/events/european-network", None)
        .await;
    assert_eq!(first["series"], "european-network");
}

/// Moves a `datetime-local` value by `hours`.
fn later(value: &str, hours: i64) -> String {
    let t = chrono::NaiveDateTime::parse_from_str(value, "%Y-%m-%dT%H:%M").expect("local time");
    (t + Duration::hours(hours))
        .format("%Y-%m-%dT%H:%M")
        .to_string()
}

fn set(fields: &mut Vec<(String, String)>, name: &str, value: &str) {
    fields.retain(|(k, _)| k != name);
    fields.push((name.to_string(), value.to_string()));
}

fn get<'a>(fields: &'a [(String, String)], name: &str) -> &'a str {
    fields
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .unwrap_or_else(|| panic!("no field {name}"))
}

#[tokio::test]
async fn the_event_form_edits_the_programme_and_a_moved_session_updates_its_holders() {
    let app = spawn_app().await;
    programme_event(&app, "forum").await;
    let res = app
        .register("forum", &with_sessions("Ada", "ada@example.org", &[]))
        .await;
    assert_eq!(res.status().as_u16(), 303);
    app.smtp.wait_for("ada@example.org", 1).await;

    let mut v = signed_in(&app, ADMIN).await;
    let (status, html) = v.get("/admin/events/forum/edit").await;
    assert_eq!(status, 200);
    let action = "/admin/events/forum/edit";
    let mut fields = super::admin::form_fields(&html, action);
    assert_eq!(get(&fields, "s.0.key"), "plenary");
    assert_eq!(get(&fields, "s.0.room"), "Hall A");
    assert_eq!(get(&fields, "s.0.speakers"), "Aminata Diallo | CSA");
    assert_eq!(get(&fields, "s.1.capacity"), "1");
    assert_eq!(get(&fields, "s.2.key"), "", "a blank row for a new session");

    // A wrong key on the new row: refused next to it, everything typed kept.
    let start = get(&fields, "s.1.starts_at").to_string();
    let end = get(&fields, "s.1.ends_at").to_string();
    set(&mut fields, "s.2.key", "Closing Talk");
    set(&mut fields, "s.2.title.en", "Closing");
    set(&mut fields, "s.2.starts_at", &start);
    set(&mut fields, "s.2.ends_at", &end);
    let refs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let res = v.post(action, &refs).await;
    assert_eq!(res.status().as_u16(), 422);
    let html = res.text().await.expect("page");
    assert!(html.contains("value=\"Closing Talk\""), "values kept");
    assert!(html.contains("different for each session"), "the message");

    // Now right: the workshop moves a day later; the new session overlaps nothing.
    set(&mut fields, "s.2.key", "closing");
    set(&mut fields, "s.2.starts_at", &later(&end, 1));
    set(&mut fields, "s.2.ends_at", &later(&end, 2));
    set(&mut fields, "s.1.starts_at", &later(&start, 24));
    set(&mut fields, "s.1.ends_at", &later(&end, 24));
    let refs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let res = v.post(action, &refs).await;
    assert_eq!(res.status().as_u16(), 303);

    let (_, ev) = app.api(Method::GET, "/api/v1/events/forum", None).await;
    let keys: Vec<&str> = ev["sessions"]
        .as_array()
        .expect("sessions")
        .iter()
        .filter_map(|s| s["key"].as_str())
        .collect();
    assert_eq!(keys, ["plenary", "closing", "workshop"], "in time order");
    assert_eq!(
        ev["sessions"][0]["speakers"][0]["bio"]["en"], "Trainer.",
        "the biography set through the API stays"
    );
    // Ada's calendar: the workshop's entry alone moves.
    let mails = app.smtp.wait_for("ada@example.org", 2).await;
    let parsed = super::mime::parse(&mails.last().expect("update").data);
    let cal = super::ical::parse(&parsed.calendars[0].1);
    let workshop = cal
        .events
        .iter()
        .find(|e| e.summary.starts_with("Workshop"))
        .expect("workshop entry");
    assert_eq!(workshop.sequence, 1);
    assert!(cal.events.iter().filter(|e| e.sequence == 0).count() >= 1);

    // Overlaps are allowed, and the form says so.
    let (_, html) = v.get("/admin/events/forum/edit").await;
    let mut fields = super::admin::form_fields(&html, action);
    let plenary_start = get(&fields, "s.0.starts_at").to_string();
    set(&mut fields, "s.1.starts_at", &plenary_start);
    set(&mut fields, "s.1.ends_at", &later(&plenary_start, 1));
    let refs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let res = v.post(action, &refs).await;
    assert_eq!(res.status().as_u16(), 303);
    let (_, html) = v.get("/admin/events/forum/edit").await;
    assert!(
        html.contains("id=\"session-0-overlaps\""),
        "plenary overlaps"
    );
    assert!(html.contains("id=\"session-1-overlaps\""));
    assert!(!html.contains("id=\"session-2-overlaps\""));
}

#[tokio::test]
async fn the_event_form_sets_the_series_and_the_cap_of_delegates() {
    let app = spawn_app().await;
    app.create_event("assembly", json!({})).await;
    let mut v = signed_in(&app, ADMIN).await;
    let (_, html) = v.get("/admin/events/assembly/edit").await;
    let action = "/admin/events/assembly/edit";
    let mut fields = super::admin::form_fields(&html, action);
    set(&mut fields, "series", "Not A Slug");
    set(&mut fields, "delegates_per_organisation", "2");
    let refs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let res = v.post(action, &refs).await;
    assert_eq!(res.status().as_u16(), 422);
    assert!(
        res.text()
            .await
            .expect("page")
            .contains("value=\"Not A Slug\"")
    );

    set(&mut fields, "series", "assemblies");
    let refs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let res = v.post(action, &refs).await;
    assert_eq!(res.status().as_u16(), 303);
    let (_, ev) = app.api(Method::GET, "/api/v1/events/assembly", None).await;
    assert_eq!(ev["series"], "assemblies");
    assert_eq!(ev["delegates_per_organisation"], 2);
    let (_, html) = v.get("/admin/events/assembly").await;
    assert!(html.contains("href=\"/series/assemblies\""));
}

#[tokio::test]
async fn the_exports_hold_a_column_per_session() {
    let app = spawn_app().await;
    two_participants(&app, "exported").await;
    // Cleo chose the full workshop: she waits for it.
    let res = app
        .register(
            "exported",
            &with_sessions("Cleo", "cleo@example.org", &["workshop"]),
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let (status, _) = app
        .api(
            Method::POST,
            "/api/v1/events/exported/sessions/workshop/attendance",
            Some(json!({"emails": ["ada@example.org"]})),
        )
        .await;
    assert_eq!(status, 200);

    let res = app
        .client
        .get(app.url("/api/v1/events/exported/registrations.csv"))
        .bearer_auth(&app.token)
        .send()
        .await
        .expect("GET");
    assert_eq!(res.status(), 200);
    let body = res.bytes().await.expect("csv");
    let mut reader = csv::Reader::from_reader(&body[3..]);
    let header: Vec<String> = reader
        .headers()
        .expect("header")
        .iter()
        .map(str::to_string)
        .collect();
    // After the contract's columns, which end with the mode and the listening language.
    assert_eq!(header[13..], ["session:plenary", "session:workshop"]);
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.expect("row").iter().map(str::to_string).collect())
        .collect();
    let cells = |email: &str| {
        let row = rows.iter().find(|r| r[2] == email).expect(email);
        (row[13].clone(), row[14].clone())
    };
    assert_eq!(
        cells("ada@example.org"),
        ("confirmed".into(), "attended".into())
    );
    assert_eq!(
        cells("bea@example.org"),
        ("confirmed".into(), String::new())
    );
    assert_eq!(
        cells("cleo@example.org"),
        (String::new(), "waitlisted".into())
    );

    let (status, json) = app
        .api(
            Method::GET,
            "/api/v1/events/exported/registrations.json",
            None,
        )
        .await;
    assert_eq!(status, 200);
    let cleo = json
        .as_array()
        .expect("rows")
        .iter()
        .find(|r| r["email"] == "cleo@example.org")
        .expect("Cleo");
    assert_eq!(
        cleo["sessions"],
        json!({"plenary": "", "workshop": "waitlisted"})
    );
}
