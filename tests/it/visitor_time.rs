//! The visitor's own time without JavaScript: the zone chosen on the form, or the one the
//! participant registered with, is remembered in a cookie, and the event page and the home
//! list show the event's time in it beside the event's own.

use chrono::{Duration, TimeZone, Utc};
use serde_json::json;

use super::helpers::{TestApp, person, spawn_app};

const LIMA_LINE: &str =
    "jueves, 14 de febrero de 2030, 08:00\u{2013}10:00 (America/Lima, UTC-05:00)";

async fn brussels_event(app: &TestApp) {
    let starts = Utc
        .with_ymd_and_hms(2030, 2, 14, 13, 0, 0)
        .single()
        .expect("valid");
    app.create_event(
        "webinar",
        json!({"starts_at": starts.to_rfc3339(),
            "ends_at": (starts + Duration::hours(2)).to_rfc3339(),
            "require_email_confirmation": false}),
    )
    .await;
}

fn zone_cookie(res: &reqwest::Response) -> Option<String> {
    res.headers()
        .get_all(reqwest::header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("convene_tz="))
        .map(str::to_string)
}

async fn page_with_cookie(app: &TestApp, path: &str, cookie: &str) -> String {
    app.client
        .get(app.url(path))
        .header("cookie", cookie)
        .send()
        .await
        .expect("get")
        .text()
        .await
        .expect("page")
}

#[tokio::test]
async fn the_zone_chosen_on_the_form_shows_the_visitors_time_on_the_next_pages() {
    let app = spawn_app().await;
    brussels_event(&app).await;
    let before = app
        .get("/events/webinar?lang=es")
        .await
        .text()
        .await
        .expect("page");
    assert!(!before.contains(LIMA_LINE), "no zone known yet");
    assert!(
        before.contains("data-starts=\"2030-02-14T13:00:00+00:00\""),
        "the script's data"
    );

    let mut fields = person("Rosa", "rosa@example.org");
    fields.push(("time_zone", "America/Lima"));
    let mut visitor = app.visitor();
    visitor.get("/events/webinar?lang=es").await;
    let res = visitor.register("webinar", &fields).await;
    assert_eq!(res.status(), 303);
    let cookie = zone_cookie(&res).expect("the chosen zone is remembered");
    assert!(cookie.starts_with("convene_tz=America/Lima;"), "{cookie}");

    let page = page_with_cookie(&app, "/events/webinar?lang=es", "convene_tz=America/Lima").await;
    assert!(page.contains(LIMA_LINE), "{page}");
    assert!(
        page.contains("jueves, 14 de febrero de 2030, 14:00\u{2013}16:00 (Europe/Brussels"),
        "the event's own time stays"
    );
    let home = page_with_cookie(&app, "/?lang=es", "convene_tz=America/Lima").await;
    assert!(home.contains(LIMA_LINE), "{home}");
    // A visitor in the event's own zone gets no second line.
    let same = page_with_cookie(
        &app,
        "/events/webinar?lang=es",
        "convene_tz=Europe/Brussels",
    )
    .await;
    assert!(
        !same.contains("UTC-05:00") && !same.contains("id=\"when-yours\">"),
        "{same}"
    );
    // A zone can be named in the address too, and the form offers it preselected.
    let res = app.get("/events/webinar?lang=es&tz=America/Lima").await;
    assert!(zone_cookie(&res).is_some());
    let html = res.text().await.expect("page");
    assert!(html.contains(LIMA_LINE));
    assert!(
        html.contains("<option value=\"America/Lima\" selected"),
        "{html}"
    );
    // Nonsense is ignored, not an error.
    let res = app.get("/events/webinar?tz=Mars/Olympus").await;
    assert_eq!(res.status(), 200);
    assert!(zone_cookie(&res).is_none());
}

#[tokio::test]
async fn the_participant_page_converts_and_remembers_the_registered_zone() {
    let app = spawn_app().await;
    brussels_event(&app).await;
    let mut fields = person("Rosa", "rosa@example.org");
    fields.retain(|(k, _)| *k != "language");
    fields.extend([("language", "es"), ("time_zone", "America/Lima")]);
    app.register("webinar", &fields).await;
    app.smtp.wait_for("rosa@example.org", 1).await;
    let own = app
        .link_in_email("rosa@example.org")
        .trim_start_matches(&app.base)
        .to_string();
    // Another device, without the cookie: the participant page knows the zone.
    let res = app.get(&own).await;
    let cookie = zone_cookie(&res).expect("the participant's zone is remembered");
    assert!(cookie.starts_with("convene_tz=America/Lima;"), "{cookie}");
    let page = res.text().await.expect("page");
    assert!(page.contains(LIMA_LINE), "{page}");
}
