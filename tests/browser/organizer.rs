//! An organizer at the door of an in-person event, on a phone: signs in, finds a participant
//! at the check-in desk, marks them attended, looks at the dashboard and downloads the CSV;
//! the new admin pages pass axe-core.

use sea_orm::{ActiveModelTrait, IntoActiveModel, Set};
use serde_json::json;

use super::driver;
use super::helpers::{person, spawn_app};

#[tokio::test]
async fn an_organizer_checks_someone_in_and_downloads_the_csv() {
    let Some(mut browser) = driver::start("organizer", true, true).await else {
        return;
    };
    let app = spawn_app().await;
    app.create_event(
        "congreso",
        json!({"kind": "in_person", "venue": "Lima", "require_email_confirmation": false}),
    )
    .await;
    app.register("congreso", &person("Rosa Quispe", "rosa@example.org"))
        .await;
    app.register("congreso", &person("Juan Pérez", "juan@example.org"))
        .await;
    let organizer = convene::services::accounts::add_user(
        &app.state.db,
        "organiza@example.org",
        convene::services::accounts::Role::Organizer,
        "organizer-password-1",
        chrono::Utc::now(),
    )
    .await
    .expect("organizer");
    let ev = convene::db::event::find_by_slug(&app.state.db, "congreso")
        .await
        .expect("query")
        .expect("event");
    let mut owned = ev.into_active_model();
    owned.owner_id = Set(Some(organizer.id));
    owned.update(&app.state.db).await.expect("owner");

    browser
        .client
        .goto(&app.url("/admin/events/congreso/checkin?lang=es"))
        .await
        .expect("open");
    browser.snap("sign-in").await;
    browser.fill("#email", "organiza@example.org").await;
    browser.fill("#password", "organizer-password-1").await;
    browser.click("#login-button").await;
    browser.snap("checkin").await;
    let problems = browser.accessibility_problems().await;
    assert!(problems.is_empty(), "check-in: {problems:#?}");

    browser.fill("#checkin-q", "quispe").await;
    browser.click("#checkin-search-button").await;
    browser.snap("found").await;
    let results = browser.text("#checkin-results").await;
    assert!(results.contains("Rosa Quispe") && !results.contains("Juan"));
    let problems = browser.accessibility_problems().await;
    assert!(problems.is_empty(), "results: {problems:#?}");
    browser
        .click("#checkin-results button.checkin-button")
        .await;
    browser.snap("checked-in").await;
    assert!(browser.text("#done").await.contains("Rosa Quispe"));

    for (step, path) in [
        ("dashboard", "/admin/events/congreso/dashboard"),
        ("dashboard-all", "/admin/dashboard"),
        ("event", "/admin/events/congreso"),
        ("registrations", "/admin/events/congreso/registrations"),
    ] {
        browser.client.goto(&app.url(path)).await.expect("open");
        browser.snap(step).await;
        let problems = browser.accessibility_problems().await;
        assert!(problems.is_empty(), "{step}: {problems:#?}");
    }

    // The download link of the page, fetched with the browser's session.
    let href = browser
        .client
        .find(fantoccini::Locator::Css("#export-csv"))
        .await
        .expect("CSV link")
        .prop("href")
        .await
        .expect("href")
        .expect("an href");
    let cookies = browser.client.get_all_cookies().await.expect("cookies");
    let cookie = cookies
        .iter()
        .map(|c| format!("{}={}", c.name(), c.value()))
        .collect::<Vec<_>>()
        .join("; ");
    let res = app
        .client
        .get(&href)
        .header("cookie", cookie)
        .send()
        .await
        .expect("download");
    assert_eq!(res.status(), 200);
    assert!(
        res.headers()["content-type"]
            .to_str()
            .unwrap_or("")
            .starts_with("text/csv")
    );
    let body = res.bytes().await.expect("body");
    let body = body.strip_prefix("\u{feff}".as_bytes()).expect("BOM");
    let mut reader = csv::Reader::from_reader(body);
    let header = reader.headers().expect("header").clone();
    let col = |name: &str| header.iter().position(|h| h == name).expect(name);
    let (email, attended) = (col("email"), col("attended"));
    let rows: Vec<(String, String)> = reader
        .records()
        .map(|r| {
            let r = r.expect("row");
            (r[email].to_string(), r[attended].to_string())
        })
        .collect();
    assert!(
        rows.contains(&("rosa@example.org".into(), "true".into())),
        "{rows:?}"
    );
    assert!(rows.contains(&("juan@example.org".into(), "false".into())));
    browser.finish().await;
}
