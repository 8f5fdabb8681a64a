//! What participants read: start and end times, the full address with a map, the check-in
//! code inside the email, their own join door, and what a cancelled event says.

use chrono::{Duration, TimeZone, Utc};
use mail_parser::{MessageParser, MimeHeaders};
use sea_orm::EntityTrait;
use serde_json::json;

use super::admin::{ADMIN, signed_in};
use super::helpers::{TestApp, person, spawn_app};
use super::{ical, mime};

/// 14 February 2030, 14:00 to 16:00 in Brussels (UTC+1).
fn valentine() -> serde_json::Value {
    let starts = Utc
        .with_ymd_and_hms(2030, 2, 14, 13, 0, 0)
        .single()
        .expect("valid");
    json!({
        "starts_at": starts.to_rfc3339(),
        "ends_at": (starts + Duration::hours(2)).to_rfc3339(),
        "require_email_confirmation": false,
    })
}

fn with(mut base: serde_json::Value, extra: serde_json::Value) -> serde_json::Value {
    if let (Some(map), Some(extra)) = (base.as_object_mut(), extra.as_object()) {
        for (k, v) in extra {
            map.insert(k.clone(), v.clone());
        }
    }
    base
}

/// An in-person event with a place name and a street address.
async fn in_person(app: &TestApp, slug: &str, kind: &str) {
    app.create_event(
        slug,
        with(
            valentine(),
            json!({
                "kind": kind,
                "venue": "Haachtsesteenweg 579, 1030 Brussel",
                "translations": {
                    "en": {"title": "Open day", "description": "Come.", "location": "ACV-CSC head office"},
                    "fr": {"title": "Journée portes ouvertes", "description": "Venez.", "location": "Siège de l’ACV-CSC"}
                },
                "languages": ["en", "fr"],
            }),
        ),
    )
    .await;
}

fn fields<'a>(name: &'a str, email: &'a str, lang: &'a str) -> Vec<(&'a str, &'a str)> {
    let mut fields = person(name, email);
    fields.retain(|(k, _)| *k != "language");
    fields.push(("language", lang));
    fields
}

#[tokio::test]
async fn start_and_end_times_everywhere_and_in_the_visitors_own_zone() {
    let app = spawn_app().await;
    app.create_event("webinar", valentine()).await;
    let mut ada = fields("Ada", "ada@example.org", "en");
    ada.push(("time_zone", "Asia/Jakarta"));
    app.register("webinar", &ada).await;
    let mail = mime::parse(&app.smtp.wait_for("ada@example.org", 1).await[0].data);
    assert!(
        mail.text
            .contains("Thursday 14 February 2030, 14:00\u{2013}16:00 (Europe/Brussels, UTC+01:00)"),
        "{}",
        mail.text
    );
    assert!(
        mail.text
            .contains("20:00\u{2013}22:00 (Asia/Jakarta, UTC+07:00)"),
        "the participant's own time, with its end: {}",
        mail.text
    );
    let link = app.link_in_email("ada@example.org");
    let path = link.trim_start_matches(&app.base).to_string();
    for page in ["/", "/events/webinar", path.as_str()] {
        let html = app.get(page).await.text().await.expect("page");
        assert!(html.contains("14:00\u{2013}16:00"), "{page} shows the end");
    }

    // The reminder says the same.
    app.clock.advance(
        Utc.with_ymd_and_hms(2030, 2, 14, 12, 30, 0)
            .single()
            .expect("valid")
            - app.state.now(),
    );
    convene::services::reminders::send_due(&app.state)
        .await
        .expect("reminders");
    let mails = app.smtp.wait_for("ada@example.org", 2).await;
    let reminder = mime::parse(&mails[1].data);
    assert!(
        reminder.text.contains("14:00\u{2013}16:00"),
        "{}",
        reminder.text
    );
}

#[tokio::test]
async fn the_join_page_counts_days_and_hours() {
    let app = spawn_app().await;
    app.create_event("webinar", json!({"require_email_confirmation": false}))
        .await;
    app.register("webinar", &person("Ada", "ada@example.org"))
        .await;
    app.smtp.wait_for("ada@example.org", 1).await;
    let link = app.link_in_email("ada@example.org");
    let html = app
        .get(&format!("{}/join", link.trim_start_matches(&app.base)))
        .await
        .text()
        .await
        .expect("page");
    let countdown = html
        .split("id=\"countdown\">")
        .nth(1)
        .and_then(|rest| rest.split('<').next())
        .expect("countdown");
    assert!(
        countdown.starts_with("Opens in 9 days, 23 hours")
            || countdown.starts_with("Opens in 10 days"),
        "{countdown}"
    );
}

#[tokio::test]
async fn the_full_address_with_a_map_in_the_invite_the_email_and_the_page() {
    let app = spawn_app().await;
    in_person(&app, "open-day", "in_person").await;
    app.register("open-day", &person("Ada", "ada@example.org"))
        .await;
    let mail = mime::parse(&app.smtp.wait_for("ada@example.org", 1).await[0].data);
    let full = "ACV-CSC head office, Haachtsesteenweg 579, 1030 Brussel";
    let invite = ical::parse(&mail.calendars[0].1);
    assert_eq!(invite.events[0].location, full);
    assert!(mail.text.contains(full), "{}", mail.text);
    let map = "https://www.openstreetmap.org/search?query=Haachtsesteenweg+579%2C+1030+Brussel";
    assert!(mail.text.contains(map), "{}", mail.text);
    let link = app.link_in_email("ada@example.org");
    let html = app
        .get(link.trim_start_matches(&app.base))
        .await
        .text()
        .await
        .expect("page");
    assert!(html.contains(full), "the participant page has the address");
    assert!(html.contains(map), "and a map link");
}

/// The parts of an email: (content type, Content-ID) of each part.
fn parts(raw: &str) -> Vec<(String, Option<String>)> {
    let message = MessageParser::default()
        .parse(raw.as_bytes())
        .expect("parsable email");
    message
        .parts
        .iter()
        .map(|part| {
            let ct = part
                .content_type()
                .map(|ct| format!("{}/{}", ct.ctype(), ct.subtype().unwrap_or_default()))
                .unwrap_or_default();
            (ct, part.content_id().map(str::to_string))
        })
        .collect()
}

#[tokio::test]
async fn the_checkin_code_is_an_inline_png_with_a_readable_line_in_each_language() {
    let app = spawn_app().await;
    in_person(&app, "hybrid-day", "hybrid").await;
    let mut zoe = fields("Zoé", "zoe@example.org", "fr");
    zoe.push(("attendance_mode", "in_person"));
    app.register("hybrid-day", &zoe).await;
    let raw = app.smtp.wait_for("zoe@example.org", 1).await[0]
        .data
        .clone();
    let found = parts(&raw);
    let cid = found
        .iter()
        .find(|(ct, _)| ct == "image/png")
        .and_then(|(_, cid)| cid.clone())
        .expect("an image/png part with a Content-ID");
    assert!(
        found.iter().any(|(ct, _)| ct == "multipart/related"),
        "{found:?}"
    );
    let mail = mime::parse(&raw);
    let cid = cid.trim_matches(|c| c == '<' || c == '>');
    assert!(
        mail.html.contains(&format!("src=\"cid:{cid}\"")),
        "the HTML shows the attached image"
    );
    assert!(!mail.html.contains("src=\"http"), "no remote image");
    assert!(mail.html.contains("/qr.svg"), "the link stays");
    let lines: Vec<&str> = mail.text.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.ends_with("à présenter à l’entrée, se trouve à cette adresse\u{a0}:"))
        .unwrap_or_else(|| panic!("the check-in line reads naturally: {}", mail.text));
    assert!(
        lines[at + 1].ends_with("/qr.svg"),
        "the link on its own line"
    );
    assert!(!mail.text.contains(".:"), "{}", mail.text);

    // A webinar has no door to check in at.
    app.create_event("webinar", json!({"require_email_confirmation": false}))
        .await;
    app.register("webinar", &person("Ada", "ada@example.org"))
        .await;
    let raw = app.smtp.wait_for("ada@example.org", 1).await[0]
        .data
        .clone();
    assert!(!parts(&raw).iter().any(|(ct, _)| ct == "image/png"));
}

#[tokio::test]
async fn emails_and_the_page_give_the_join_door_which_records_the_first_opening() {
    let app = spawn_app().await;
    app.create_event("webinar", json!({"require_email_confirmation": false}))
        .await;
    app.register("webinar", &person("Ada", "ada@example.org"))
        .await;
    let mail = mime::parse(&app.smtp.wait_for("ada@example.org", 1).await[0].data);
    let link = app.link_in_email("ada@example.org");
    let door = format!("{link}/join");
    assert!(mail.text.contains(&door), "{}", mail.text);
    assert!(!mail.text.contains("meet.example.org"), "{}", mail.text);
    assert!(!mail.html.contains("meet.example.org"));

    let door_path = door.trim_start_matches(&app.base).to_string();
    let early = app.get(&door_path).await;
    assert_eq!(early.status(), 200, "a countdown before it opens");
    let reg = registration(&app).await;
    assert!(
        reg.join_opened_at.is_none(),
        "the countdown is not an opening"
    );

    app.clock.advance(Duration::days(10) - Duration::minutes(5));
    let open = app.get(&door_path).await;
    assert_eq!(open.status(), 303);
    assert_eq!(
        open.headers()["location"].to_str().expect("location"),
        "https://meet.example.org/join-123"
    );
    let first = registration(&app).await.join_opened_at.expect("recorded");
    app.clock.advance(Duration::minutes(2));
    app.get(&door_path).await;
    assert_eq!(
        registration(&app).await.join_opened_at,
        Some(first),
        "only the first opening counts"
    );

    let mut admin = signed_in(&app, ADMIN).await;
    let (_, html) = admin.get("/admin/events/webinar/registrations").await;
    let reg = registration(&app).await;
    assert!(
        html.contains(&format!("id=\"joined-{}\"", reg.id)),
        "the organizers see who opened the link"
    );
}

async fn registration(app: &TestApp) -> convene::db::registration::Model {
    convene::db::registration::Entity::find()
        .all(&app.state.db)
        .await
        .expect("query")
        .pop()
        .expect("a registration")
}

#[tokio::test]
async fn a_cancelled_event_says_so_without_a_join_link_and_waitlisted_people_get_no_cancel() {
    let app = spawn_app().await;
    app.create_event(
        "webinar",
        json!({"require_email_confirmation": false, "capacity": 1, "waitlist": true}),
    )
    .await;
    app.register("webinar", &person("Ada", "ada@example.org"))
        .await;
    app.register("webinar", &person("Bea", "bea@example.org"))
        .await;
    app.smtp.wait_for("ada@example.org", 1).await;
    app.smtp.wait_for("bea@example.org", 1).await;
    let (status, _) = app
        .api(reqwest::Method::POST, "/api/v1/events/webinar/cancel", None)
        .await;
    assert_eq!(status, 200);

    let ada = mime::parse(&app.smtp.wait_for("ada@example.org", 2).await[1].data);
    assert!(ada.text.contains("Status: Cancelled"), "{}", ada.text);
    assert!(!ada.text.contains("Status: Confirmed"), "{}", ada.text);
    assert!(!ada.text.contains("/join"), "no join link: {}", ada.text);
    assert!(!ada.text.contains("meet.example.org"));
    assert_eq!(ada.calendars.len(), 1, "a seat's invite is withdrawn");
    assert!(ada.calendars[0].0.contains("method=CANCEL"));

    let bea = mime::parse(&app.smtp.wait_for("bea@example.org", 2).await[1].data);
    assert!(bea.calendars.is_empty(), "no invite, so nothing to cancel");
    assert!(bea.text.contains("has been cancelled"), "{}", bea.text);
    assert!(!bea.text.contains("attached"), "{}", bea.text);
}

#[tokio::test]
async fn the_page_says_when_the_last_email_was_sent() {
    let app = spawn_app().await;
    app.create_event("webinar", valentine()).await;
    app.register("webinar", &fields("Zoé", "zoe@example.org", "fr"))
        .await;
    app.smtp.wait_for("zoe@example.org", 1).await;
    let link = app.link_in_email("zoe@example.org");
    let path = link.trim_start_matches(&app.base).to_string();
    let mut html = String::new();
    for _ in 0..100 {
        html = app.get(&path).await.text().await.expect("page");
        if html.contains("Nous vous avons envoyé un e-mail le") {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(
        html.contains("Nous vous avons envoyé un e-mail le"),
        "{html}"
    );
    assert!(!html.contains("Dernier e-mail"), "{html}");
}

#[tokio::test]
async fn a_moved_event_gives_the_old_and_new_start_and_end() {
    let app = spawn_app().await;
    app.create_event("webinar", valentine()).await;
    app.register("webinar", &person("Ada", "ada@example.org"))
        .await;
    app.smtp.wait_for("ada@example.org", 1).await;
    let starts = Utc
        .with_ymd_and_hms(2030, 2, 15, 8, 0, 0)
        .single()
        .expect("valid");
    let (status, body) = app
        .api(
            reqwest::Method::PATCH,
            "/api/v1/events/webinar",
            Some(json!({"starts_at": starts.to_rfc3339(),
                "ends_at": (starts + Duration::hours(27)).to_rfc3339()})),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let update = mime::parse(&app.smtp.wait_for("ada@example.org", 2).await[1].data);
    assert!(
        update.text.contains(
            "New date: Friday 15 February 2030, 09:00 \u{2013} Saturday 16 February 2030, 12:00 (Europe/Brussels, UTC+01:00). Previous date: Thursday 14 February 2030, 14:00\u{2013}16:00"
        ),
        "{}",
        update.text
    );
}
