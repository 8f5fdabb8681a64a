//! The dashboard's numbers against known registrations, per event and across events.

use serde_json::{Value, json};

use super::super::helpers::spawn_app;
use super::{Person, event_model, seed};

#[tokio::test]
async fn dashboard_counts_states_attendance_and_regions() {
    let app = spawn_app().await;
    app.create_event(
        "small-room",
        json!({"require_email_confirmation": false, "capacity": 3, "kind": "in_person", "venue": "Cotonou"}),
    )
    .await;
    seed(
        &app,
        "small-room",
        &[
            Person {
                organization: "CSA-Bénin",
                ..Person::new("A", "a@example.org", "BJ")
            },
            Person {
                organization: "csa-bénin",
                ..Person::new("B", "b@example.org", "BJ")
            },
            Person::new("C", "c@example.org", "CD"),
            Person::new("D", "d@example.org", "PE"),
            Person::new("E", "e@example.org", "BE"),
        ],
    )
    .await;
    // A cancels: D, first in line, takes the seat; E keeps waiting.
    let ev = event_model(&app, "small-room").await;
    let token = app.state.secret.registration_token(ev.id, "a@example.org");
    convene::services::registration::cancel(&app.state, &token)
        .await
        .expect("cancel");
    let (status, _) = app
        .api(
            reqwest::Method::POST,
            "/api/v1/events/small-room/attendance",
            Some(json!({"emails": ["b@example.org", "D@example.org"]})),
        )
        .await;
    assert_eq!(status, 200);

    let (status, d) = app
        .api(
            reqwest::Method::GET,
            "/api/v1/events/small-room/dashboard",
            None,
        )
        .await;
    assert_eq!(status, 200, "{d}");
    let n = |k: &str| d[k].as_u64().unwrap_or(999);
    assert_eq!(
        [
            "registrations",
            "pending",
            "confirmed",
            "waitlisted",
            "cancelled",
            "expired",
            "attended"
        ]
        .map(n),
        [5, 0, 3, 1, 1, 0, 2]
    );
    let rate = d["attendance_rate"].as_f64().expect("rate");
    assert!((rate - 2.0 / 3.0).abs() < 1e-9);
    let breakdown = |list: &str| -> Vec<(String, u64, u64)> {
        d[list]
            .as_array()
            .expect("list")
            .iter()
            .map(|b| {
                (
                    b["key"].as_str().unwrap_or("").to_string(),
                    b["registered"].as_u64().unwrap_or(0),
                    b["attended"].as_u64().unwrap_or(0),
                )
            })
            .collect()
    };
    let row = |k: &str, r: u64, a: u64| (k.to_string(), r, a);
    assert_eq!(
        breakdown("by_region"),
        [
            row("central_africa", 1, 0),
            row("west_africa", 1, 1),
            row("latin_america", 1, 1),
            row("asia", 0, 0),
            row("europe", 1, 0),
            row("other", 0, 0)
        ]
    );
    assert_eq!(
        breakdown("by_country"),
        [
            row("BJ", 1, 1),
            row("PE", 1, 1),
            row("BE", 1, 0),
            row("CD", 1, 0)
        ]
    );
    assert_eq!(breakdown("by_language"), [row("en", 4, 2)]);
    assert_eq!(
        breakdown("by_organization"),
        [row("ACV-CSC", 3, 1), row("CSA-Bénin", 1, 1)]
    );
    let days = d["per_day"].as_array().expect("days");
    assert_eq!(days.len(), 1);
    assert_eq!(
        (days[0]["count"].clone(), days[0]["total"].clone()),
        (json!(5), json!(5))
    );

    // Across events: a second event adds its registration and its own line.
    app.create_event("other", json!({"require_email_confirmation": false}))
        .await;
    seed(&app, "other", &[Person::new("F", "f@example.org", "ID")]).await;
    let (status, all) = app
        .api(reqwest::Method::GET, "/api/v1/dashboard", None)
        .await;
    assert_eq!(status, 200, "{all}");
    assert_eq!(all["registrations"], 6);
    assert_eq!(
        all["by_region"][3],
        json!({"key": "asia", "registered": 1, "attended": 0})
    );
    let lines: Vec<(Value, Value)> = all["events"]
        .as_array()
        .expect("events")
        .iter()
        .map(|e| (e["slug"].clone(), e["registrations"].clone()))
        .collect();
    assert_eq!(
        lines,
        [(json!("small-room"), json!(5)), (json!("other"), json!(1))]
    );
}
