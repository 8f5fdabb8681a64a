//! Calendar files read back by an independent parser: instants across DST, escaping,
//! folding, updates with SEQUENCE, cancellations, and the public files.

use chrono::{TimeZone, Utc};
use serde_json::json;

use super::helpers::{person, spawn_app};
use super::{ical, mime};

#[tokio::test]
async fn public_event_file_and_feed_never_carry_the_join_link() {
    let app = spawn_app().await;
    app.create_event("webinar", json!({})).await;
    app.create_event(
        "second",
        json!({"translations": {"en": {"title": "Second, with; comma"}}}),
    )
    .await;
    let res = app.get("/events/webinar/calendar.ics").await;
    assert!(
        res.headers()["content-type"]
            .to_str()
            .expect("ct")
            .starts_with("text/calendar")
    );
    let body = res.text().await.expect("body");
    assert!(
        !body.contains("meet.example.org"),
        "no join link in public files"
    );
    let cal = ical::parse(&body);
    assert_eq!(cal.method, "PUBLISH");
    assert_eq!(cal.events.len(), 1);
    let feed_res = app.get("/calendar.ics").await;
    assert!(
        feed_res.headers()["cache-control"]
            .to_str()
            .expect("cc")
            .contains("max-age")
    );
    let feed = feed_res.text().await.expect("feed");
    assert!(!feed.contains("meet.example.org"));
    let feed = ical::parse(&feed);
    assert_eq!(feed.events.len(), 2);
    assert!(
        feed.events
            .iter()
            .any(|e| e.summary == "Second, with; comma"),
        "escaped text reads back"
    );
}

#[tokio::test]
async fn brussels_across_the_march_change_seen_from_jakarta_and_lima() {
    let app = spawn_app().await;
    // 26 March 2027, 10:00 in Brussels is still winter time (UTC+1); the clocks change on
    // 28 March; 30 March, 10:00 is summer time (UTC+2).
    app.create_event(
        "before",
        json!({"starts_at": "2027-03-26T10:00:00+01:00", "ends_at": "2027-03-26T12:00:00+01:00",
        "require_email_confirmation": false}),
    )
    .await;
    app.create_event(
        "after",
        json!({"starts_at": "2027-03-30T10:00:00+02:00", "ends_at": "2027-03-30T12:00:00+02:00",
        "require_email_confirmation": false}),
    )
    .await;
    let mut fields = person("Siti", "siti@example.org");
    fields.push(("time_zone", "Asia/Jakarta"));
    app.register("before", &fields).await;
    let mut fields = person("Rosa", "rosa@example.org");
    fields.push(("time_zone", "America/Lima"));
    fields.retain(|(k, _)| *k != "language");
    fields.push(("language", "es"));
    app.register("after", &fields).await;

    let siti = mime::parse(&app.smtp.wait_for("siti@example.org", 1).await[0].data);
    let cal = ical::parse(&siti.calendars[0].1);
    assert_eq!(cal.events[0].tzid, "Europe/Brussels");
    assert_eq!(
        cal.events[0].start,
        Utc.with_ymd_and_hms(2027, 3, 26, 9, 0, 0)
            .single()
            .expect("t")
    );
    assert_eq!(
        cal.events[0].end - cal.events[0].start,
        chrono::Duration::hours(2)
    );
    assert!(
        siti.text.contains("16:00"),
        "Jakarta (UTC+7) sees 16:00:\n{}",
        siti.text
    );

    let rosa = mime::parse(&app.smtp.wait_for("rosa@example.org", 1).await[0].data);
    let cal = ical::parse(&rosa.calendars[0].1);
    assert_eq!(
        cal.events[0].start,
        Utc.with_ymd_and_hms(2027, 3, 30, 8, 0, 0)
            .single()
            .expect("t")
    );
    assert!(
        rosa.text.contains("03:00"),
        "Lima (UTC-5) sees 03:00:\n{}",
        rosa.text
    );
    assert!(
        rosa.text.contains("marzo"),
        "Spanish dates for a Spanish speaker"
    );
}

#[tokio::test]
async fn personal_invite_has_attendee_organizer_alarm_and_long_folded_text() {
    let app = spawn_app().await;
    let long = "Solidarité intergénérationnelle — protección social 社会保障 ".repeat(12);
    app.create_event(
        "webinar",
        json!({"require_email_confirmation": false,
        "translations": {"en": {"title": "Ünïcode, title; test", "description": long}}}),
    )
    .await;
    app.register("webinar", &person("Lovelace, Ada", "ada@example.org"))
        .await;
    let mail = mime::parse(&app.smtp.wait_for("ada@example.org", 1).await[0].data);
    let cal = ical::parse(&mail.calendars[0].1);
    let ev = &cal.events[0];
    assert_eq!(ev.summary, "Ünïcode, title; test");
    assert!(
        ev.description.contains(long.trim()),
        "long text survives folding"
    );
    // The participant's own join door, never the raw meeting link: it stays theirs and
    // follows the link if the organizer changes it.
    let door = format!("{}/join", app.link_in_email("ada@example.org"));
    assert!(
        ev.description.contains(&door),
        "the join door is in a webinar invite: {}",
        ev.description
    );
    assert_eq!(ev.url, door);
    assert_eq!(ev.location, door);
    assert!(
        !mail.calendars[0].1.contains("meet.example.org"),
        "no raw meeting link in the invite"
    );
    assert_eq!(ev.alarms, 1);
    assert!(ev.organizer.starts_with("mailto:"));
    let (address, params) = &ev.attendees[0];
    assert_eq!(address, "ada@example.org");
    for expected in [
        "CN=Lovelace, Ada",
        "ROLE=REQ-PARTICIPANT",
        "PARTSTAT=ACCEPTED",
        "RSVP=FALSE",
    ] {
        assert!(
            params
                .iter()
                .any(|p| p.trim_matches('"') == expected || p.replace('"', "") == expected),
            "{expected} in {params:?}"
        );
    }
    // The same file is served on the participant's page.
    let link = app.link_in_email("ada@example.org");
    let served = app
        .get(&format!(
            "{}/invite.ics",
            link.trim_start_matches(&app.base)
        ))
        .await
        .text()
        .await
        .expect("ics");
    let served = ical::parse(&served);
    assert_eq!(served.events[0].uid, ev.uid);
}

#[tokio::test]
async fn a_moved_event_sends_a_higher_sequence_and_a_cancelled_one_a_cancel() {
    let app = spawn_app().await;
    app.create_event("webinar", json!({"require_email_confirmation": false}))
        .await;
    let mut fields = person("Piet", "piet@example.org");
    fields.retain(|(k, _)| *k != "language");
    fields.push(("language", "nl"));
    app.register("webinar", &fields).await;
    let first = mime::parse(&app.smtp.wait_for("piet@example.org", 1).await[0].data);
    let original = ical::parse(&first.calendars[0].1);

    let new_start = Utc::now() + chrono::Duration::days(20);
    let (status, body) = app
        .api(reqwest::Method::PATCH, "/api/v1/events/webinar", Some(json!({
            "starts_at": new_start.to_rfc3339(), "ends_at": (new_start + chrono::Duration::hours(1)).to_rfc3339()})))
        .await;
    assert_eq!(status, 200, "{body}");
    let update = mime::parse(&app.smtp.wait_for("piet@example.org", 2).await[1].data);
    assert_eq!(
        update.language, "nl",
        "the update speaks the participant's language"
    );
    let updated = ical::parse(&update.calendars[0].1);
    assert_eq!(updated.method, "REQUEST");
    assert_eq!(updated.events[0].uid, original.events[0].uid);
    assert!(updated.events[0].sequence > original.events[0].sequence);
    assert_eq!(
        updated.events[0].start.timestamp(),
        convene::clock::whole_seconds(new_start).timestamp()
    );

    // A PATCH that changes nothing about time or place sends nothing.
    app.api(
        reqwest::Method::PATCH,
        "/api/v1/events/webinar",
        Some(json!({"capacity": 500})),
    )
    .await;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert_eq!(app.smtp.to("piet@example.org").len(), 2);

    let (status, _) = app
        .api(reqwest::Method::POST, "/api/v1/events/webinar/cancel", None)
        .await;
    assert_eq!(status, 200);
    let cancel = mime::parse(&app.smtp.wait_for("piet@example.org", 3).await[2].data);
    let cancelled = ical::parse(&cancel.calendars[0].1);
    assert_eq!(cancelled.method, "CANCEL");
    assert_eq!(cancelled.events[0].status, "CANCELLED");
    assert_eq!(cancelled.events[0].uid, original.events[0].uid);
    assert!(cancelled.events[0].sequence > updated.events[0].sequence);
}

#[tokio::test]
async fn a_participant_who_cancels_gets_a_cancel_for_their_invite() {
    let app = spawn_app().await;
    app.create_event("webinar", json!({"require_email_confirmation": false}))
        .await;
    app.register("webinar", &person("Ada", "ada@example.org"))
        .await;
    app.smtp.wait_for("ada@example.org", 1).await;
    let link = app.link_in_email("ada@example.org");
    let mut visitor = app.visitor();
    let (_, page) = visitor.get(&format!("{link}?step=cancel")).await;
    assert!(
        page.contains("id=\"cancel-confirm-button\""),
        "cancelling asks first"
    );
    let res = visitor
        .submit(
            &format!("{link}?step=cancel"),
            &format!("{link}/cancel"),
            &[],
        )
        .await;
    assert_eq!(res.status(), 303);
    let mail = mime::parse(&app.smtp.wait_for("ada@example.org", 2).await[1].data);
    let cal = ical::parse(&mail.calendars[0].1);
    assert_eq!(cal.method, "CANCEL");
    assert!(mail.calendars[0].0.contains("method=CANCEL"));
}
