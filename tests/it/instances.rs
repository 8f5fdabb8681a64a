//! Two `convene serve` processes on one PostgreSQL database take a burst together: capacity
//! holds and every participant gets exactly one email.

use serde_json::json;

use super::helpers::{person, spawn_app};
use super::process::start_instance;

#[tokio::test]
async fn two_instances_share_one_database_without_overbooking_or_duplicate_email() {
    if !std::env::var("CONVENE_TEST_DATABASE_URL").is_ok_and(|u| u.starts_with("postgres")) {
        eprintln!("multi-instance test skipped: it needs PostgreSQL (CONVENE_TEST_DATABASE_URL)");
        return;
    }
    let app = spawn_app().await;
    app.create_event("summit", json!({"capacity": 20, "require_email_confirmation": false, "kind": "in_person", "venue": "Kinshasa"})).await;
    let one = start_instance(&app.state.settings).await;
    let two = start_instance(&app.state.settings).await;

    let app = std::sync::Arc::new(app);
    let mut tasks = Vec::new();
    for i in 0..60 {
        let app = app.clone();
        let base = if i % 2 == 0 {
            one.base.clone()
        } else {
            two.base.clone()
        };
        tasks.push(tokio::spawn(async move {
            let email = format!("p{i}@example.org");
            app.visitor_at(&base)
                .register("summit", &person("P", &email))
                .await
                .status()
                .as_u16()
        }));
    }
    for task in tasks {
        assert_eq!(task.await.expect("task"), 303);
    }
    let (_, list) = app
        .api(
            reqwest::Method::GET,
            "/api/v1/events/summit/registrations?per_page=1000",
            None,
        )
        .await;
    let items = list["items"].as_array().expect("items");
    assert_eq!(items.len(), 60);
    assert_eq!(
        items.iter().filter(|r| r["status"] == "confirmed").count(),
        20
    );
    assert_eq!(
        items.iter().filter(|r| r["status"] == "waitlisted").count(),
        40
    );

    // Three workers (two processes and the test's own app) share the outbox.
    for i in 0..60 {
        app.smtp.wait_for(&format!("p{i}@example.org"), 1).await;
    }
    tokio::time::sleep(std::time::Duration::from_secs(2)).await;
    let received = app.smtp.received();
    assert_eq!(received.len(), 60, "exactly one email each");
    let mut ids: Vec<String> = received
        .iter()
        .filter_map(|m| {
            m.data
                .lines()
                .find(|l| l.starts_with("Message-ID:"))
                .map(str::to_string)
        })
        .collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 60, "no email went out twice");
}

/// The same for a hybrid event: the room's seats and the online seats are each exact when two
/// processes take a burst of both together.
#[tokio::test]
async fn two_instances_keep_each_modes_seats_exact() {
    if !std::env::var("CONVENE_TEST_DATABASE_URL").is_ok_and(|u| u.starts_with("postgres")) {
        eprintln!("multi-instance test skipped: it needs PostgreSQL (CONVENE_TEST_DATABASE_URL)");
        return;
    }
    let app = spawn_app().await;
    app.create_event(
        "congress",
        json!({"kind": "hybrid", "capacity_in_person": 10, "capacity_online": 6,
            "require_email_confirmation": false, "venue": "Brussels"}),
    )
    .await;
    let one = start_instance(&app.state.settings).await;
    let two = start_instance(&app.state.settings).await;
    let app = std::sync::Arc::new(app);
    let mut tasks = Vec::new();
    for i in 0..48 {
        let app = app.clone();
        let base = if i % 2 == 0 {
            one.base.clone()
        } else {
            two.base.clone()
        };
        tasks.push(tokio::spawn(async move {
            let email = format!("p{i}@example.org");
            let mode = if i % 4 < 2 { "in_person" } else { "online" };
            let mut fields = person("P", &email);
            fields.push(("attendance_mode", mode));
            app.visitor_at(&base)
                .register("congress", &fields)
                .await
                .status()
                .as_u16()
        }));
    }
    for task in tasks {
        assert_eq!(task.await.expect("task"), 303);
    }
    let list = app.registration_page("congress").await;
    let items = list["items"].as_array().expect("items");
    let count = |mode: &str, status: &str| {
        items
            .iter()
            .filter(|r| r["attendance_mode"] == mode && r["status"] == status)
            .count()
    };
    assert_eq!(items.len(), 48);
    assert_eq!(
        (
            count("in_person", "confirmed"),
            count("in_person", "waitlisted")
        ),
        (10, 14)
    );
    assert_eq!(
        (count("online", "confirmed"), count("online", "waitlisted")),
        (6, 18)
    );
}
