//! What the admin's tables say: a registration's status as it is, times in the event's zone,
//! events by their titles, and no blank labels.

use sea_orm::{ActiveModelTrait, Set};
use serde_json::json;

use super::{ADMIN, signed_in};
use crate::helpers::{TestApp, spawn_app};

async fn insert(app: &TestApp, slug: &str, who: &str, status: &str, org: &str, at: &str) -> i64 {
    let ev = convene::db::event::find_by_slug(&app.state.db, slug)
        .await
        .expect("query")
        .expect("event");
    let at: chrono::DateTime<chrono::Utc> = at.parse().expect("time");
    convene::db::registration::ActiveModel {
        event_id: Set(ev.id),
        token_hash: Set(format!("{slug}-{who}")),
        name: Set(who.into()),
        email: Set(format!("{who}@example.org")),
        email_key: Set(format!("{who}@example.org")),
        organization: Set(org.into()),
        country: Set("PE".into()),
        language: Set(convene::domain::Lang::Es),
        status: Set(status.parse().expect("status")),
        answers: Set(Default::default()),
        consent_at: Set(at),
        consent_version: Set("test".into()),
        registered_at: Set(at),
        attended: Set(false),
        updated_at: Set(at),
        ..Default::default()
    }
    .insert(&app.state.db)
    .await
    .expect("insert")
    .id
}

/// The `<select>` of a row's status form, up to its end.
fn status_menu(page: &str, id: i64) -> String {
    let start = page
        .find(&format!("<select id=\"status-{id}\""))
        .unwrap_or_else(|| panic!("status menu of {id}: {page}"));
    let rest = &page[start..];
    rest[..rest.find("</select>").unwrap_or(rest.len())].to_string()
}

#[tokio::test]
async fn a_waitlisted_row_shows_its_status_and_times_are_in_the_events_zone() {
    let app = spawn_app().await;
    app.create_event("lima", json!({"timezone": "America/Lima"}))
        .await;
    let waiting = insert(
        &app,
        "lima",
        "wanda",
        "waitlisted",
        "CGTP",
        "2026-03-12T19:05:00Z",
    )
    .await;
    let confirmed = insert(
        &app,
        "lima",
        "carla",
        "confirmed",
        "CGTP",
        "2026-03-12T19:06:00Z",
    )
    .await;
    let mut v = signed_in(&app, ADMIN).await;
    let (status, page) = v.get("/admin/events/lima/registrations").await;
    assert_eq!(status, 200);

    let menu = status_menu(&page, waiting);
    let selected: Vec<&str> = menu
        .split("<option")
        .filter(|o| o.contains(" selected"))
        .collect();
    assert_eq!(selected.len(), 1, "{menu}");
    assert!(selected[0].contains("value=\"waitlisted\""), "{menu}");
    let menu = status_menu(&page, confirmed);
    assert!(menu.contains("value=\"confirmed\" selected"), "{menu}");

    // 19:05 UTC is 14:05 in Lima, where the event happens.
    let row = page
        .split(&format!("<tr id=\"registration-{waiting}\""))
        .nth(1)
        .and_then(|r| r.split("</tr>").next())
        .expect("row");
    assert!(row.contains("2026-03-12 14:05"), "{row}");
    assert!(!row.contains("19:05") && !row.contains("UTC"), "{row}");

    // French sets the colon of the heading and the export line off with a non-breaking space.
    let (_, page) = v.get("/admin/events/lima/registrations?lang=fr").await;
    let heading = page
        .split("<h1>")
        .nth(1)
        .and_then(|h| h.split("</h1>").next());
    assert!(
        heading.is_some_and(|h| h.contains("&nbsp;: ")),
        "{heading:?}"
    );
    assert!(
        page.contains("&nbsp;:\n  <a class=\"button secondary\""),
        "export line"
    );
}

#[tokio::test]
async fn the_dashboards_name_events_by_title_and_blank_organisations_plainly() {
    let app = spawn_app().await;
    app.create_event("lima", json!({})).await;
    insert(
        &app,
        "lima",
        "nobody",
        "confirmed",
        "",
        "2026-03-12T19:05:00Z",
    )
    .await;
    insert(
        &app,
        "lima",
        "someone",
        "confirmed",
        "CGTP",
        "2026-03-12T19:06:00Z",
    )
    .await;
    let mut v = signed_in(&app, ADMIN).await;

    let (status, page) = v.get("/admin/dashboard").await;
    assert_eq!(status, 200);
    let table = page
        .split("id=\"dashboard-events\"")
        .nth(1)
        .and_then(|t| t.split("</table>").next())
        .expect("events table");
    assert!(table.contains(">Social protection for all</a>"), "{table}");

    let (_, page) = v.get("/admin/events/lima/dashboard").await;
    let table = page
        .split("id=\"table-by-organization\"")
        .nth(1)
        .and_then(|t| t.split("</table>").next())
        .expect("organisation table");
    assert!(
        table.contains("<th scope=\"row\">(none given)</th>"),
        "{table}"
    );
    assert!(!table.contains("<th scope=\"row\"></th>"), "{table}");
}
