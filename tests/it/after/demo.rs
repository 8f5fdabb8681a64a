//! `convene demo` fills the past events: 300+ people from four continents at the launch
//! webinar, attendance from a Zoom report, reporting answers and feedback; loading it again
//! creates nothing twice.

use std::collections::BTreeSet;

use convene::db::registration;
use convene::domain::{EventKind, Region};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use super::super::helpers::spawn_app;

const LAUNCH: &str = "inspir-launch-webinar-2022";

#[tokio::test]
async fn the_demo_shows_participants_attendance_and_feedback_once() {
    let app = spawn_app().await;
    let started = std::time::Instant::now();
    let first = convene::demo::load(&app.state).await.expect("demo");
    let took = started.elapsed();
    eprintln!("demo loaded in {took:?}");
    assert!(took < std::time::Duration::from_secs(2), "{took:?}");
    // The past demo events are years old: the retention job must not empty them at start.
    let anonymised = convene::services::privacy::apply_retention(&app.state)
        .await
        .expect("retention");
    assert_eq!(anonymised, 0, "demo participants kept");
    let launch = convene::db::event::find_by_slug(&app.state.db, LAUNCH)
        .await
        .expect("db")
        .expect("the launch webinar");
    let regs = registration::Entity::find()
        .filter(registration::Column::EventId.eq(launch.id))
        .all(&app.state.db)
        .await
        .expect("registrations");
    assert!(regs.len() >= 300, "{} participants", regs.len());
    let continents: BTreeSet<&str> = regs
        .iter()
        .map(|r| match Region::of_country(&r.country) {
            Region::CentralAfrica | Region::WestAfrica => "africa",
            Region::LatinAmerica => "america",
            Region::Asia => "asia",
            Region::Europe => "europe",
            Region::Other => "other",
        })
        .collect();
    assert_eq!(continents.len(), 4, "{continents:?}");
    assert!(regs.iter().all(|r| {
        let domain = r.email.rsplit('@').next().unwrap_or_default();
        ["example.org", "example.net", "example.com"].contains(&domain)
    }));
    let attended: Vec<_> = regs.iter().filter(|r| r.attended).collect();
    assert!(attended.len() > 200, "{} attended", attended.len());
    assert!(attended.iter().all(|r| r.attended_minutes.unwrap_or(0) > 0));

    let (status, dashboard) = app
        .api(
            reqwest::Method::GET,
            &format!("/api/v1/events/{LAUNCH}/dashboard"),
            None,
        )
        .await;
    assert_eq!(status, 200, "{dashboard}");
    let west = dashboard["reporting"]
        .as_array()
        .expect("reporting")
        .iter()
        .find(|r| r["region"] == "west_africa")
        .expect("west africa")
        .clone();
    assert!(west["share_women"].is_number(), "{west}");
    let (status, feedback) = app
        .api(
            reqwest::Method::GET,
            &format!("/api/v1/events/{LAUNCH}/feedback"),
            None,
        )
        .await;
    assert_eq!(status, 200, "{feedback}");
    assert!(
        feedback["responses"].as_u64().unwrap_or(0) > 50,
        "{feedback}"
    );
    // Attendees have their certificate, as real text.
    let attendee = attended[0];
    let token = app
        .state
        .secret
        .registration_token(launch.id, &attendee.email_key);
    let res = app.get(&format!("/r/{token}/certificate.pdf")).await;
    assert_eq!(res.status(), 200);
    let pdf = res.bytes().await.expect("pdf");
    let text = pdf_extract::extract_text_from_mem(&pdf).expect("parses");
    assert!(text.contains(&attendee.name), "{text}");

    let outbox = convene::db::outbox::Entity::find()
        .count(&app.state.db)
        .await
        .expect("outbox");
    assert_eq!(outbox, 0, "demo people get no email");

    let second = convene::demo::load(&app.state).await.expect("demo again");
    assert!(first.created > 300);
    assert_eq!(second.created, 0);
    let again = registration::Entity::find()
        .count(&app.state.db)
        .await
        .expect("count");
    let total_first: u64 = registration::Entity::find()
        .filter(registration::Column::EventId.eq(launch.id))
        .count(&app.state.db)
        .await
        .expect("count");
    assert_eq!(total_first as usize, regs.len());
    assert!(again >= total_first);
    let (_, feedback_again) = app
        .api(
            reqwest::Method::GET,
            &format!("/api/v1/events/{LAUNCH}/feedback"),
            None,
        )
        .await;
    assert_eq!(feedback_again["responses"], feedback["responses"]);
}

#[tokio::test]
async fn the_demo_keeps_an_upcoming_webinar_and_in_person_event_open() {
    let app = spawn_app().await;
    convene::demo::load(&app.state).await.expect("demo");
    let events = convene::db::event::list_all(&app.state.db)
        .await
        .expect("events");
    for kind in [EventKind::Webinar, EventKind::InPerson] {
        let upcoming: Vec<_> = events
            .iter()
            .filter(|ev| ev.kind == kind && ev.starts_at > app.state.now())
            .collect();
        let mut open = 0;
        for ev in &upcoming {
            let html = app
                .get(&format!("/events/{}", ev.slug))
                .await
                .text()
                .await
                .expect("page");
            if html.contains(&format!("action=\"/events/{}/register#", ev.slug)) {
                open += 1;
            }
        }
        assert!(
            open >= 1,
            "no upcoming {kind:?} event open for registration"
        );
    }
}
