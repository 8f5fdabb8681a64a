//! Capacity, the waiting list, reminders and the join link.

use chrono::{Duration, Utc};
use serde_json::json;

use super::helpers::{TestApp, hidden, person, spawn_app};
use super::mime;

async fn statuses(app: &TestApp, slug: &str) -> Vec<(String, String)> {
    let (_, list) = app
        .api(
            reqwest::Method::GET,
            &format!("/api/v1/events/{slug}/registrations?per_page=1000"),
            None,
        )
        .await;
    list["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|r| {
            (
                r["email"].as_str().unwrap_or_default().to_string(),
                r["status"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

fn count(list: &[(String, String)], status: &str) -> usize {
    list.iter().filter(|(_, s)| s == status).count()
}

#[tokio::test]
async fn a_burst_of_120_for_20_seats_gives_20_confirmed_and_100_waiting() {
    // A load test: 120 posts from one address are far beyond the per-address rate limit.
    let app = super::helpers::spawn_app_with_settings("rate_limit = 0").await;
    app.create_event("room", json!({"capacity": 20, "require_email_confirmation": false, "kind": "in_person", "venue": "Brussels"})).await;
    let mut tasks = Vec::new();
    let app = std::sync::Arc::new(app);
    for i in 0..120 {
        let app = app.clone();
        tasks.push(tokio::spawn(async move {
            let email = format!("person{i}@example.org");
            app.register("room", &person("Participant", &email))
                .await
                .status()
                .as_u16()
        }));
    }
    for task in tasks {
        assert_eq!(task.await.expect("task"), 303);
    }
    let list = statuses(&app, "room").await;
    assert_eq!(list.len(), 120);
    assert_eq!(count(&list, "confirmed"), 20);
    assert_eq!(count(&list, "waitlisted"), 100);
    let (_, ev) = app
        .api(reqwest::Method::GET, "/api/v1/events/room", None)
        .await;
    assert_eq!(ev["seats_taken"], 20);
}

#[tokio::test]
async fn a_cancellation_promotes_the_first_in_line_with_an_invite() {
    let app = spawn_app().await;
    app.create_event(
        "small",
        json!({"capacity": 1, "require_email_confirmation": false}),
    )
    .await;
    app.register("small", &person("Ada", "ada@example.org"))
        .await;
    app.register("small", &person("Bea", "bea@example.org"))
        .await;
    app.register("small", &person("Cai", "cai@example.org"))
        .await;
    app.smtp.wait_for("cai@example.org", 1).await;
    let mut bea = app.visitor();
    let bea_link = app.link_in_email("bea@example.org");
    let (_, page) = bea.get(&bea_link).await;
    assert!(
        page.contains("id=\"place-in-line\""),
        "waiting people see their place"
    );
    let cai_link = app.link_in_email("cai@example.org");
    let (_, page) = app.visitor().get(&cai_link).await;
    assert!(page.contains("number 2"), "Cai is second in line");

    let ada_link = app.link_in_email("ada@example.org");
    app.visitor()
        .submit(
            &format!("{ada_link}?step=cancel"),
            &format!("{ada_link}/cancel"),
            &[],
        )
        .await;
    let mails = app.smtp.wait_for("bea@example.org", 2).await;
    let promoted = mime::parse(&mails[1].data);
    assert!(promoted.subject.contains("seat"), "{}", promoted.subject);
    assert_eq!(
        promoted.calendars.len(),
        1,
        "the promotion carries the invite"
    );
    let list = statuses(&app, "small").await;
    assert!(list.contains(&("bea@example.org".into(), "confirmed".into())));
    assert!(list.contains(&("cai@example.org".into(), "waitlisted".into())));
    let (_, page) = app.visitor().get(&cai_link).await;
    assert!(page.contains("number 1"), "the line moved");
}

#[tokio::test]
async fn an_expired_pending_registration_frees_its_seat() {
    let app = spawn_app().await;
    app.create_event("small", json!({"capacity": 1})).await;
    app.register("small", &person("Ada", "ada@example.org"))
        .await; // pending, holds the seat
    app.register("small", &person("Bea", "bea@example.org"))
        .await;
    app.smtp.wait_for("bea@example.org", 1).await;
    let bea = app.link_in_email("bea@example.org");
    app.visitor()
        .submit(&bea, &format!("{bea}/confirm"), &[])
        .await;
    assert!(
        statuses(&app, "small")
            .await
            .contains(&("bea@example.org".into(), "waitlisted".into()))
    );
    app.clock.advance(Duration::hours(49));
    convene::services::scheduler::run_once(&app.state)
        .await
        .expect("scheduler");
    let list = statuses(&app, "small").await;
    assert!(list.contains(&("ada@example.org".into(), "expired".into())));
    assert!(list.contains(&("bea@example.org".into(), "confirmed".into())));
}

#[tokio::test]
async fn only_confirmed_registrations_count_when_so_configured() {
    let app = spawn_app().await;
    app.create_event("small", json!({"capacity": 1, "pending_holds_seat": false}))
        .await;
    app.register("small", &person("Ada", "ada@example.org"))
        .await;
    app.register("small", &person("Bea", "bea@example.org"))
        .await;
    app.smtp.wait_for("bea@example.org", 1).await;
    let bea = app.link_in_email("bea@example.org");
    app.visitor()
        .submit(&bea, &format!("{bea}/confirm"), &[])
        .await;
    app.smtp.wait_for("ada@example.org", 1).await;
    let ada = app.link_in_email("ada@example.org");
    app.visitor()
        .submit(&ada, &format!("{ada}/confirm"), &[])
        .await;
    let list = statuses(&app, "small").await;
    assert!(
        list.contains(&("bea@example.org".into(), "confirmed".into())),
        "the first to confirm gets the seat"
    );
    assert!(list.contains(&("ada@example.org".into(), "waitlisted".into())));
}

#[tokio::test]
async fn raising_the_capacity_promotes_people_waiting() {
    let app = spawn_app().await;
    app.create_event(
        "small",
        json!({"capacity": 1, "require_email_confirmation": false}),
    )
    .await;
    for (name, email) in [
        ("Ada", "ada@example.org"),
        ("Bea", "bea@example.org"),
        ("Cai", "cai@example.org"),
    ] {
        app.register("small", &person(name, email)).await;
    }
    let (status, _) = app
        .api(
            reqwest::Method::PATCH,
            "/api/v1/events/small",
            Some(json!({"capacity": 2})),
        )
        .await;
    assert_eq!(status, 200);
    let list = statuses(&app, "small").await;
    assert_eq!(count(&list, "confirmed"), 2);
    assert!(list.contains(&("cai@example.org".into(), "waitlisted".into())));
    app.smtp.wait_for("bea@example.org", 2).await;
}

#[tokio::test]
async fn reminders_go_out_once_in_the_participants_language_even_across_a_restart() {
    let app = spawn_app().await;
    let start = Utc::now() + Duration::hours(23);
    app.create_event(
        "soon",
        json!({"require_email_confirmation": false, "starts_at": start.to_rfc3339(),
        "ends_at": (start + Duration::hours(1)).to_rfc3339()}),
    )
    .await;
    let mut fields = person("Piet", "piet@example.org");
    fields.retain(|(k, _)| *k != "language");
    fields.push(("language", "nl"));
    app.register("soon", &fields).await;
    app.smtp.wait_for("piet@example.org", 1).await;

    // The app's own scheduler may run at any moment too: it claims the same rows, so the
    // count of emails, not who sent them, is what must come out right.
    use convene::services::reminders::send_due;
    send_due(&app.state).await.expect("reminders");
    send_due(&app.state).await.expect("reminders");
    let restarted = convene::app::build_state(app.state.settings.clone())
        .await
        .expect("restart");
    assert_eq!(
        send_due(&restarted).await.expect("reminders"),
        0,
        "not again after a restart"
    );
    let mails = app.smtp.wait_for("piet@example.org", 2).await;
    let reminder = mime::parse(&mails[1].data);
    assert!(
        reminder.subject.starts_with("Herinnering"),
        "Dutch reminder: {}",
        reminder.subject
    );
    assert!(
        reminder.text.contains("/join"),
        "the reminder carries the join door"
    );

    app.clock
        .advance(Duration::hours(22) + Duration::minutes(5));
    send_due(&app.state).await.expect("reminders");
    assert_eq!(send_due(&restarted).await.expect("reminders"), 0);
    app.smtp.wait_for("piet@example.org", 3).await;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert_eq!(
        app.smtp.to("piet@example.org").len(),
        3,
        "confirmation, 24-hour and 1-hour reminders, once each"
    );
}

#[tokio::test]
async fn the_join_door_opens_shortly_before_the_start() {
    let app = spawn_app().await;
    // From the app's clock, not the wall clock: the app started a moment earlier, and a
    // second boundary in between would leave the door a second short of open below.
    let start = convene::clock::Clock::now(&app.clock) + Duration::hours(2);
    app.create_event(
        "live",
        json!({"require_email_confirmation": false, "starts_at": start.to_rfc3339(),
        "ends_at": (start + Duration::hours(1)).to_rfc3339()}),
    )
    .await;
    app.register("live", &person("Ada", "ada@example.org"))
        .await;
    app.smtp.wait_for("ada@example.org", 1).await;
    let link = app.link_in_email("ada@example.org");
    let path = format!("{}/join", link.trim_start_matches(&app.base));

    let before = app.get(&path).await;
    assert_eq!(before.status(), 200);
    assert!(
        before
            .text()
            .await
            .expect("page")
            .contains("id=\"countdown\"")
    );

    app.clock.advance(Duration::minutes(90)); // exactly 30 minutes before the start
    let at = app.get(&path).await;
    assert_eq!(at.status(), 303);
    assert_eq!(
        at.headers()["location"],
        "https://meet.example.org/join-123"
    );

    // The organizer changes the link; the same door leads to the new one.
    app.api(
        reqwest::Method::PATCH,
        "/api/v1/events/live",
        Some(json!({"join_url": "https://meet.example.org/new-room"})),
    )
    .await;
    app.clock.advance(Duration::hours(1));
    let after = app.get(&path).await;
    assert_eq!(
        after.headers()["location"],
        "https://meet.example.org/new-room"
    );
}

#[tokio::test]
async fn the_join_door_stays_shut_for_people_without_a_seat() {
    let app = spawn_app().await;
    app.create_event("live", json!({})).await; // confirmation required: Ada stays pending
    app.register("live", &person("Ada", "ada@example.org"))
        .await;
    app.smtp.wait_for("ada@example.org", 1).await;
    let link = app.link_in_email("ada@example.org");
    let res = app
        .get(&format!("{}/join", link.trim_start_matches(&app.base)))
        .await;
    assert_eq!(res.status(), 403);
}

#[tokio::test]
async fn concurrent_registrations_committed_together_keep_the_capacity_exact() {
    // Forty posts from one address in a second: a load, so the rate limit (tested on its own
    // path) is off here.
    let app = std::sync::Arc::new(super::helpers::spawn_app_with_settings("rate_limit = 0").await);
    app.create_event(
        "few",
        json!({"capacity": 3, "waitlist": false, "require_email_confirmation": false}),
    )
    .await;
    // Forms fetched first, then posted all at once: the posts arrive together and, on
    // SQLite, queue for the writer and share commits.
    let mut forms = Vec::new();
    for i in 0..40 {
        let mut visitor = app.visitor();
        let (status, html) = visitor.get("/events/few").await;
        assert_eq!(status, 200);
        let hidden_fields = (hidden(&html, "csrf_token"), hidden(&html, "started"));
        forms.push((visitor, hidden_fields, format!("seat{i}@example.org")));
    }
    // Everyone took the time to fill in the form.
    forms[0].0.take_time_to_fill_in();
    let posts = forms
        .iter_mut()
        .map(|(visitor, (csrf, started), email)| async move {
            let mut fields = vec![("csrf_token", csrf.as_str()), ("started", started.as_str())];
            fields.extend(person("Participant", email));
            let status = visitor.post("/events/few/register", &fields).await.status();
            (email.clone(), status.as_u16())
        });
    let mut acknowledged = Vec::new();
    for (email, status) in futures_util::future::join_all(posts).await {
        assert!(status == 303 || status == 409, "{email}: {status}");
        if status == 303 {
            acknowledged.push(email);
        }
    }
    let list = statuses(&app, "few").await;
    assert_eq!(acknowledged.len(), 3, "three seats, three acknowledged");
    assert_eq!(count(&list, "confirmed"), 3);
    let mut stored: Vec<String> = list.iter().map(|(e, _)| e.clone()).collect();
    stored.sort();
    acknowledged.sort();
    assert_eq!(stored, acknowledged, "stored equals acknowledged");
    let (_, ev) = app
        .api(reqwest::Method::GET, "/api/v1/events/few", None)
        .await;
    assert_eq!(ev["seats_taken"], 3);
    if std::env::var("CONVENE_TEST_DATABASE_URL").is_err() {
        let queue = app.state.registration_queue.get().expect("the writer ran");
        assert!(
            queue.largest_batch() > 1,
            "registrations shared a commit (largest batch {})",
            queue.largest_batch()
        );
    }
}

#[tokio::test]
async fn an_event_without_a_capacity_keeps_no_counter_until_it_gets_one() {
    let app = spawn_app().await;
    app.create_event("open", json!({"require_email_confirmation": false}))
        .await;
    for email in ["ada@example.org", "bea@example.org", "cai@example.org"] {
        assert_eq!(
            app.register("open", &person("P", email)).await.status(),
            303
        );
    }
    // Registrations for an event without a limit do not touch its row (no lock to queue on).
    let (_, ev) = app
        .api(reqwest::Method::GET, "/api/v1/events/open", None)
        .await;
    assert_eq!(ev["seats_taken"], 0, "{ev}");
    // With a limit, the counter starts from the seats already held.
    let (status, ev) = app
        .api(
            reqwest::Method::PATCH,
            "/api/v1/events/open",
            Some(json!({"capacity": 4, "waitlist": true})),
        )
        .await;
    assert_eq!(status, 200, "{ev}");
    let (_, ev) = app
        .api(reqwest::Method::GET, "/api/v1/events/open", None)
        .await;
    assert_eq!(ev["seats_taken"], 3, "{ev}");
    for email in ["dan@example.org", "eve@example.org"] {
        app.register("open", &person("P", email)).await;
    }
    let list = statuses(&app, "open").await;
    assert_eq!(count(&list, "confirmed"), 4);
    assert!(list.contains(&("eve@example.org".into(), "waitlisted".into())));
}
