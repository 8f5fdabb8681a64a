//! Hybrid events and interpretation: seats in the room and online, each with its own waiting
//! list; who gets the join door, the venue and the check-in code; switching mode; the join link
//! of the participant's listening language in every email and in the invite.

use std::collections::BTreeMap;

use chrono::Duration;
use serde_json::{Value, json};

use super::helpers::{TestApp, person, spawn_app};
use super::{ical, mime};

const VENUE: &str = "Hoogstraat 42, 1000 Brussel";

/// A hybrid event with `room` seats in the room and `online` seats online (null: unlimited).
async fn hybrid(app: &TestApp, slug: &str, room: Value, online: Value) {
    app.create_event(
        slug,
        json!({"kind": "hybrid", "require_email_confirmation": false, "venue": VENUE,
            "capacity_in_person": room, "capacity_online": online}),
    )
    .await;
}

fn coming<'a>(name: &'a str, email: &'a str, mode: &'a str) -> Vec<(&'a str, &'a str)> {
    let mut fields = person(name, email);
    fields.push(("attendance_mode", mode));
    fields
}

/// Each registration of the event by address: the API's view.
async fn by_email(app: &TestApp, slug: &str) -> BTreeMap<String, Value> {
    app.registration_page(slug).await["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|r| {
            (
                r["email"].as_str().unwrap_or_default().to_string(),
                r.clone(),
            )
        })
        .collect()
}

fn count(regs: &BTreeMap<String, Value>, mode: &str, status: &str) -> usize {
    regs.values()
        .filter(|r| r["attendance_mode"] == mode && r["status"] == status)
        .count()
}

async fn event(app: &TestApp, slug: &str) -> Value {
    let (status, ev) = app
        .api(
            reqwest::Method::GET,
            &format!("/api/v1/events/{slug}"),
            None,
        )
        .await;
    assert_eq!(status, 200);
    ev
}

#[tokio::test]
async fn two_room_seats_take_two_and_wait_two_while_online_takes_everyone() {
    let app = spawn_app().await;
    hybrid(&app, "congress", json!(2), Value::Null).await;
    for i in 0..4 {
        let email = format!("room{i}@example.org");
        let res = app
            .register("congress", &coming("Room", &email, "in_person"))
            .await;
        assert_eq!(res.status(), 303);
    }
    for i in 0..6 {
        let email = format!("online{i}@example.org");
        app.register("congress", &coming("Online", &email, "online"))
            .await;
    }
    let regs = by_email(&app, "congress").await;
    assert_eq!(count(&regs, "in_person", "confirmed"), 2);
    assert_eq!(count(&regs, "in_person", "waitlisted"), 2);
    assert_eq!(
        (
            regs["room0@example.org"]["status"].as_str(),
            regs["room3@example.org"]["status"].as_str()
        ),
        (Some("confirmed"), Some("waitlisted")),
        "first come, first seated"
    );
    assert_eq!(count(&regs, "online", "confirmed"), 6);
    let ev = event(&app, "congress").await;
    assert_eq!(
        (
            ev["seats_taken_in_person"].as_i64(),
            ev["capacity_online"].clone()
        ),
        (Some(2), Value::Null)
    );

    // The form says which of the two is full and has a waiting list.
    let (_, page) = app.visitor().get("/events/congress").await;
    assert!(
        page.contains("name=\"attendance_mode\" value=\"in_person\""),
        "radio buttons"
    );
    let room_choice = page
        .split("value=\"in_person\"")
        .nth(1)
        .and_then(|rest| rest.split("</label>").next())
        .unwrap_or_default();
    assert!(room_choice.contains("waiting list open"), "{room_choice}");
    let online_choice = page
        .split("value=\"online\"")
        .nth(1)
        .and_then(|rest| rest.split("</label>").next())
        .unwrap_or_default();
    assert!(!online_choice.contains("fully booked"), "{online_choice}");

    // A hybrid form without a mode is refused with the reason, the values kept.
    let res = app
        .register("congress", &person("Nomode", "nomode@example.org"))
        .await;
    assert_eq!(res.status(), 422);
    let body = res.text().await.unwrap_or_default();
    assert!(body.contains("Choose whether you will come to the room or follow online."));
    assert!(body.contains("nomode@example.org"));
}

#[tokio::test]
async fn a_room_cancellation_promotes_the_first_on_the_room_list_only() {
    let app = spawn_app().await;
    hybrid(&app, "congress", json!(1), json!(1)).await;
    for (name, email, mode) in [
        ("Rhea", "rhea@example.org", "in_person"),
        ("Olga", "olga@example.org", "online"),
        ("Otto", "otto@example.org", "online"),
        ("Remi", "remi@example.org", "in_person"),
    ] {
        app.register("congress", &coming(name, email, mode)).await;
    }
    let regs = by_email(&app, "congress").await;
    assert_eq!(regs["otto@example.org"]["status"], "waitlisted");
    assert_eq!(regs["remi@example.org"]["status"], "waitlisted");
    app.smtp.wait_for("rhea@example.org", 1).await;
    let rhea = app.link_in_email("rhea@example.org");
    app.visitor()
        .submit(
            &format!("{rhea}?step=cancel"),
            &format!("{rhea}/cancel"),
            &[],
        )
        .await;
    let regs = by_email(&app, "congress").await;
    assert_eq!(regs["rhea@example.org"]["status"], "cancelled");
    assert_eq!(
        regs["remi@example.org"]["status"], "confirmed",
        "the first on the room's list takes the room's seat"
    );
    assert_eq!(
        regs["otto@example.org"]["status"], "waitlisted",
        "Otto waited longer, but online: a room seat is not his"
    );
    let mails = app.smtp.wait_for("remi@example.org", 2).await;
    let promoted = mails
        .iter()
        .map(|m| mime::parse(&m.data))
        .find(|m| !m.subject.starts_with("Waiting list"))
        .expect("the promotion");
    assert_eq!(promoted.calendars.len(), 1, "the promotion's invite");
}

#[tokio::test]
async fn online_invites_carry_the_join_door_and_room_invites_the_venue_and_checkin_code() {
    let app = spawn_app().await;
    hybrid(&app, "congress", Value::Null, Value::Null).await;
    app.register("congress", &coming("Rhea", "rhea@example.org", "in_person"))
        .await;
    app.register("congress", &coming("Olga", "olga@example.org", "online"))
        .await;

    let room = mime::parse(&app.smtp.wait_for("rhea@example.org", 1).await[0].data);
    let invite = ical::parse(&room.calendars[0].1);
    let entry = &invite.events[0];
    assert!(entry.location.contains(VENUE), "{entry:?}");
    assert!(
        !entry.location.contains("/join") && !entry.description.contains("/join"),
        "{entry:?}"
    );
    assert!(room.text.contains(VENUE), "{}", room.text);
    assert!(
        !room.text.contains("/join"),
        "no door for the room: {}",
        room.text
    );
    assert!(
        room.html.contains("cid:"),
        "the check-in code is in the email"
    );
    assert!(
        room.text.contains("In the room"),
        "the mode is said: {}",
        room.text
    );

    let online = mime::parse(&app.smtp.wait_for("olga@example.org", 1).await[0].data);
    let door = format!("{}/join", app.link_in_email("olga@example.org"));
    let invite = ical::parse(&online.calendars[0].1);
    let entry = &invite.events[0];
    assert_eq!(entry.url, door);
    assert!(entry.location.contains(&door), "{entry:?}");
    assert!(
        !entry.location.contains(VENUE),
        "no venue online: {entry:?}"
    );
    assert!(entry.description.contains(&door));
    assert!(online.text.contains(&door), "{}", online.text);
    assert!(!online.text.contains(VENUE), "{}", online.text);
    assert!(!online.html.contains("cid:"), "no check-in code online");

    // The room's participant has no door; the online one has no check-in code.
    let rhea = app.link_in_email("rhea@example.org");
    let res = app
        .get(&format!("{}/join", rhea.trim_start_matches(&app.base)))
        .await;
    assert_eq!(res.status(), 403);
    let olga = app.link_in_email("olga@example.org");
    let res = app
        .get(&format!("{}/qr.svg", olga.trim_start_matches(&app.base)))
        .await;
    assert_eq!(res.status(), 404);

    // Reminders: the room is not sent to the webinar.
    app.clock.advance(Duration::days(10) - Duration::hours(23));
    convene::services::reminders::send_due(&app.state)
        .await
        .expect("reminders");
    let reminder = mime::parse(&app.smtp.wait_for("rhea@example.org", 2).await[1].data);
    assert!(!reminder.text.contains("/join"), "{}", reminder.text);
    assert!(
        !reminder.text.contains("Join the webinar") && !reminder.text.contains("Follow online")
    );
    let reminder = mime::parse(&app.smtp.wait_for("olga@example.org", 2).await[1].data);
    assert!(reminder.text.contains("Follow online"), "{}", reminder.text);
    assert!(reminder.text.contains(&door));
}

#[tokio::test]
async fn switching_mode_moves_the_seat_and_the_line_follows() {
    let app = spawn_app().await;
    hybrid(&app, "congress", json!(1), json!(2)).await;
    for (name, email, mode) in [
        ("Ada", "ada@example.org", "in_person"),
        ("Bea", "bea@example.org", "online"),
        ("Cai", "cai@example.org", "in_person"),
    ] {
        app.register("congress", &coming(name, email, mode)).await;
    }
    app.smtp.wait_for("ada@example.org", 1).await;
    let ada = app.link_in_email("ada@example.org");
    let mut visitor = app.visitor();
    let (_, page) = visitor.get(&ada).await;
    assert!(
        page.contains("Follow online instead"),
        "the switch is offered"
    );
    let res = visitor
        .submit(
            &ada,
            &format!("{ada}/mode"),
            &[("attendance_mode", "online")],
        )
        .await;
    assert_eq!(res.status(), 303);
    let regs = by_email(&app, "congress").await;
    assert_eq!(
        (
            regs["ada@example.org"]["attendance_mode"].as_str(),
            regs["ada@example.org"]["status"].as_str()
        ),
        (Some("online"), Some("confirmed")),
        "Ada has an online seat now"
    );
    assert_eq!(
        regs["cai@example.org"]["status"], "confirmed",
        "her room seat went to Cai"
    );
    let ev = event(&app, "congress").await;
    assert_eq!(
        (
            ev["seats_taken_in_person"].as_i64(),
            ev["seats_taken_online"].as_i64()
        ),
        (Some(1), Some(2))
    );
    // The email after the switch carries the online invite.
    let mails = app.smtp.wait_for("ada@example.org", 2).await;
    let after = mime::parse(&mails[1].data);
    let entry = &ical::parse(&after.calendars[0].1).events[0];
    assert!(entry.url.ends_with("/join"), "{entry:?}");
    assert!(!entry.location.contains(VENUE));
    app.smtp.wait_for("cai@example.org", 2).await;

    // Bea moves into the full room: onto its waiting list, her online seat freed.
    app.smtp.wait_for("bea@example.org", 1).await;
    let bea = app.link_in_email("bea@example.org");
    let mut visitor = app.visitor();
    let (_, page) = visitor.get(&bea).await;
    assert!(
        page.contains("waiting list"),
        "the page warns of the room's line"
    );
    visitor
        .submit(
            &bea,
            &format!("{bea}/mode"),
            &[("attendance_mode", "in_person")],
        )
        .await;
    let regs = by_email(&app, "congress").await;
    assert_eq!(regs["bea@example.org"]["status"], "waitlisted");
    assert_eq!(regs["bea@example.org"]["attendance_mode"], "in_person");
    let ev = event(&app, "congress").await;
    assert_eq!(
        (
            ev["seats_taken_in_person"].as_i64(),
            ev["seats_taken_online"].as_i64()
        ),
        (Some(1), Some(1))
    );
    let waiting = mime::parse(&app.smtp.wait_for("bea@example.org", 2).await[1].data);
    assert!(
        waiting.subject.starts_with("Waiting list"),
        "{}",
        waiting.subject
    );
}

#[tokio::test]
async fn a_spanish_listener_gets_the_spanish_link_in_every_email_and_the_invite() {
    let app = spawn_app().await;
    app.create_event(
        "webinar",
        json!({"require_email_confirmation": false,
            "interpretation": ["fr", "en", "es"],
            "join_urls": {"fr": "https://meet.example.org/fr", "en": "https://meet.example.org/en",
                "es": "https://meet.example.org/es"}}),
    )
    .await;
    let (_, page) = app.visitor().get("/events/webinar?lang=es").await;
    assert!(
        page.contains("<option value=\"es\" selected>Español</option>"),
        "the listening language defaults to the reader's"
    );
    let mut lucia = person("Lucía", "lucia@example.org");
    lucia.retain(|(k, _)| *k != "language");
    lucia.push(("language", "es"));
    app.register("webinar", &lucia).await;
    let mut pierre = person("Pierre", "pierre@example.org");
    pierre.push(("interpretation_language", "fr"));
    app.register("webinar", &pierre).await;
    let regs = by_email(&app, "webinar").await;
    assert_eq!(regs["lucia@example.org"]["interpretation_language"], "es");
    assert_eq!(regs["pierre@example.org"]["interpretation_language"], "fr");

    let confirmation = mime::parse(&app.smtp.wait_for("lucia@example.org", 1).await[0].data);
    let door = format!("{}/join", app.link_in_email("lucia@example.org"));
    app.smtp.wait_for("pierre@example.org", 1).await;
    let pierre_door = format!("{}/join", app.link_in_email("pierre@example.org"));
    app.clock.advance(Duration::days(10) - Duration::hours(23));
    convene::services::reminders::send_due(&app.state)
        .await
        .expect("reminders");
    let reminder = mime::parse(&app.smtp.wait_for("lucia@example.org", 2).await[1].data);
    for mail in [&confirmation, &reminder] {
        assert!(mail.text.contains(&door), "{}", mail.text);
        assert!(
            !mail.text.contains("meet.example.org"),
            "the raw link stays behind the door"
        );
        let entry = &ical::parse(&mail.calendars[0].1).events[0];
        assert_eq!(entry.url, door, "the invite's link is the door");
    }
    // The door opens on the Spanish link; Pierre's on the French one.
    app.clock
        .advance(Duration::hours(23) - Duration::minutes(5));
    let path = door.trim_start_matches(&app.base).to_string();
    let res = app.get(&path).await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "https://meet.example.org/es");
    let res = app.get(pierre_door.trim_start_matches(&app.base)).await;
    assert_eq!(res.headers()["location"], "https://meet.example.org/fr");
}

#[tokio::test]
async fn bursts_in_each_mode_stay_exact() {
    // A load test: many posts from one address are beyond the per-address rate limit.
    let app = super::helpers::spawn_app_with_settings("rate_limit = 0").await;
    hybrid(&app, "congress", json!(12), json!(8)).await;
    let app = std::sync::Arc::new(app);
    let mut tasks = Vec::new();
    for i in 0..80 {
        let app = app.clone();
        tasks.push(tokio::spawn(async move {
            let mode = if i % 2 == 0 { "in_person" } else { "online" };
            let email = format!("p{i}@example.org");
            app.register("congress", &coming("P", &email, mode))
                .await
                .status()
                .as_u16()
        }));
    }
    for task in tasks {
        assert_eq!(task.await.expect("task"), 303);
    }
    let regs = by_email(&app, "congress").await;
    assert_eq!(regs.len(), 80);
    assert_eq!(count(&regs, "in_person", "confirmed"), 12);
    assert_eq!(count(&regs, "in_person", "waitlisted"), 28);
    assert_eq!(count(&regs, "online", "confirmed"), 8);
    assert_eq!(count(&regs, "online", "waitlisted"), 32);
    let ev = event(&app, "congress").await;
    assert_eq!(
        (
            ev["seats_taken_in_person"].as_i64(),
            ev["seats_taken_online"].as_i64()
        ),
        (Some(12), Some(8))
    );
}

#[tokio::test]
async fn the_demo_has_a_hybrid_celebration_an_interpreted_webinar_and_an_open_hybrid_event() {
    let app = spawn_app().await;
    convene::demo::load(&app.state).await.expect("demo");
    let celebration = event(&app, "inspir-15-years-celebration-2023").await;
    assert_eq!(celebration["kind"], "hybrid");
    assert!(celebration["capacity_in_person"].as_i64().is_some());
    assert!(celebration["capacity_online"].as_i64().is_some());
    let regs = by_email(&app, "inspir-15-years-celebration-2023").await;
    assert!(count(&regs, "in_person", "confirmed") > 0);
    assert!(count(&regs, "online", "confirmed") > count(&regs, "in_person", "confirmed"));
    let ev = event(&app, "inspir-15-years-celebration-2023").await;
    assert_eq!(
        ev["seats_taken_in_person"].as_u64(),
        Some(count(&regs, "in_person", "confirmed") as u64)
    );

    let webinar = event(&app, "ilc-preparation-webinar").await;
    assert_eq!(webinar["interpretation"], json!(["fr", "en", "es"]));
    for lang in ["fr", "en", "es"] {
        assert!(
            webinar["join_urls"][lang]
                .as_str()
                .is_some_and(|u| u.ends_with(lang))
        );
    }

    let (status, page) = app
        .visitor()
        .get("/events/care-inspiration-day-brussels")
        .await;
    assert_eq!(status, 200);
    assert!(
        page.contains("name=\"attendance_mode\""),
        "open for registration, both ways"
    );
}

/// The new fields speak every language on the event page and the participant's page (French
/// spaced before its colons), for a hybrid event with interpretation.
#[tokio::test]
async fn the_mode_and_listening_fields_speak_every_language() {
    let app = spawn_app().await;
    app.create_event(
        "congress",
        json!({"kind": "hybrid", "require_email_confirmation": false, "venue": VENUE,
            "capacity_in_person": 1, "languages": ["en", "fr", "nl", "es", "pt"],
            "interpretation": ["fr", "en", "es"]}),
    )
    .await;
    app.register("congress", &coming("Ada", "ada@example.org", "in_person"))
        .await;
    app.smtp.wait_for("ada@example.org", 1).await;
    let own = app
        .link_in_email("ada@example.org")
        .trim_start_matches(&app.base)
        .to_string();
    let expected = [
        ("en", "In the room", "Listening language"),
        ("fr", "Dans la salle", "Langue d’écoute"),
        ("nl", "In de zaal", "Luistertaal"),
        ("es", "En la sala", "Idioma de escucha"),
        ("pt", "Na sala", "Idioma de escuta"),
    ];
    for (lang, room, listening) in expected {
        let page = app
            .get(&format!("/events/congress?lang={lang}"))
            .await
            .text()
            .await
            .expect("page");
        assert!(page.contains(room) && page.contains(listening), "{lang}");
        if lang != "en" {
            assert!(
                !page.contains("In the room") && !page.contains("Listening language"),
                "{lang}"
            );
        }
        let mine = app
            .get(&format!("{own}?lang={lang}"))
            .await
            .text()
            .await
            .expect("page");
        assert!(
            mine.contains(room) && mine.contains(listening),
            "{lang}: {mine}"
        );
        if lang == "fr" {
            for html in [&page, &mine] {
                let faults = super::languages::bare_colons(html);
                assert!(faults.is_empty(), "{faults:#?}");
            }
        }
    }
}

/// An organizer adds someone to a hybrid event with interpretation: the form asks the mode and
/// the listening language, refuses a missing mode, and the list shows both; the change log
/// names the new event fields when they change.
#[tokio::test]
async fn organizers_add_by_mode_see_it_in_the_list_and_the_change_log() {
    use super::admin::{ADMIN, signed_in};
    let app = spawn_app().await;
    app.create_event(
        "congress",
        json!({"kind": "hybrid", "venue": VENUE, "capacity_in_person": 5,
            "interpretation": ["fr", "en", "es"]}),
    )
    .await;
    let mut admin = signed_in(&app, ADMIN).await;
    let new = "/admin/events/congress/registrations/new";
    let (_, form) = admin.get(new).await;
    assert!(
        form.contains("name=\"attendance_mode\"")
            && form.contains("name=\"interpretation_language\"")
    );
    let res = admin
        .submit(new, new, &person("Ada", "ada@example.org"))
        .await;
    assert_eq!(res.status(), 422, "no mode");
    let mut ada = person("Ada", "ada@example.org");
    ada.push(("attendance_mode", "online"));
    ada.push(("interpretation_language", "fr"));
    assert_eq!(admin.submit(new, new, &ada).await.status(), 303);
    let (_, list) = admin.get("/admin/events/congress/registrations").await;
    assert!(list.contains(">Online</small>"), "the mode in the list");
    assert!(
        list.contains("Français"),
        "the listening language in the list"
    );

    let (status, _) = app
        .api(
            reqwest::Method::PATCH,
            "/api/v1/events/congress",
            Some(
                json!({"capacity_online": 40, "interpretation": ["fr", "es"],
                "join_urls": {"es": "https://meet.example.org/es"}}),
            ),
        )
        .await;
    assert_eq!(status, 200);
    let (_, log) = admin.get("/admin/events/congress/audit").await;
    assert!(log.contains("capacity_online: – → 40"), "{log}");
    assert!(log.contains("interpretation: fr, en, es → fr, es"));
    assert!(log.contains("join_urls"));
    // A link for a language the event is not followed in is refused.
    let (status, body) = app
        .api(
            reqwest::Method::PATCH,
            "/api/v1/events/congress",
            Some(json!({"join_urls": {"nl": "https://meet.example.org/nl"}})),
        )
        .await;
    assert_eq!(status, 422, "{body}");
}

/// The check-in desk of a hybrid event is for the room: it finds those in the room, not those
/// who follow online.
#[tokio::test]
async fn the_checkin_desk_finds_the_room_not_the_stream() {
    use super::admin::{ADMIN, signed_in};
    let app = spawn_app().await;
    hybrid(&app, "congress", Value::Null, Value::Null).await;
    app.register(
        "congress",
        &coming("Rhea Room", "rhea@example.org", "in_person"),
    )
    .await;
    app.register(
        "congress",
        &coming("Olga Online", "olga@example.org", "online"),
    )
    .await;
    let mut admin = signed_in(&app, ADMIN).await;
    let (_, found) = admin.get("/admin/events/congress/checkin?q=rhea").await;
    assert!(found.contains("Rhea Room") && !found.contains("id=\"checkin-none\""));
    let (_, found) = admin.get("/admin/events/congress/checkin?q=olga").await;
    assert!(
        found.contains("id=\"checkin-none\""),
        "online people are not at the door"
    );
}
