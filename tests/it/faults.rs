//! Faults: a process killed mid-burst, a database that goes away.

use serde_json::json;

use super::helpers::{Options, person, spawn_app, spawn_app_with};
use super::process::start_instance;

#[tokio::test]
async fn kill_9_during_a_burst_loses_no_acknowledged_registration_nor_its_email() {
    // The test's own app runs no workers: only the child processes send email.
    let app = spawn_app_with(Options { workers: false }).await;
    app.create_event("launch", json!({})).await;
    let mut first = start_instance(&app.state.settings).await;
    let base = first.base.clone();

    let app = std::sync::Arc::new(app);
    let acked = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let mut tasks = Vec::new();
    for i in 0..150 {
        let app = app.clone();
        let base = base.clone();
        let acked = acked.clone();
        tasks.push(tokio::spawn(async move {
            let email = format!("p{i}@example.org");
            let mut visitor = app.visitor_at(&base);
            let (status, html) = visitor.get("/events/launch").await;
            if status != 200 {
                return None;
            }
            let fields = person("P", &email);
            let mut all = vec![
                (
                    "csrf_token".to_string(),
                    super::helpers::hidden(&html, "csrf_token"),
                ),
                (
                    "started".to_string(),
                    super::helpers::hidden(&html, "started"),
                ),
            ];
            all.extend(fields.iter().map(|(k, v)| (k.to_string(), v.to_string())));
            let pairs: Vec<(&str, &str)> =
                all.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            let res = visitor.try_post("/events/launch/register", &pairs).await?;
            if res == 303 {
                acked.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            }
            (res == 303).then_some(email)
        }));
    }
    // Kill the server in the middle of the burst: after 30 answers, with more in flight.
    for _ in 0..400 {
        if acked.load(std::sync::atomic::Ordering::SeqCst) >= 30 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(25)).await;
    }
    first.child.kill().expect("kill -9");
    let _ = first.child.wait();
    let mut acknowledged = Vec::new();
    for task in tasks {
        if let Some(email) = task.await.expect("task") {
            acknowledged.push(email);
        }
    }
    assert!(
        !acknowledged.is_empty(),
        "some registrations were acknowledged before the crash"
    );

    let _second = start_instance(&app.state.settings).await;
    let (_, list) = app
        .api(
            reqwest::Method::GET,
            "/api/v1/events/launch/registrations?per_page=1000",
            None,
        )
        .await;
    let stored: Vec<String> = list["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|r| r["email"].as_str().unwrap_or_default().to_string())
        .collect();
    for email in &acknowledged {
        assert!(
            stored.contains(email),
            "{email} was acknowledged but is missing"
        );
    }
    // Every stored registration's email goes out after the restart, once.
    for email in &stored {
        app.smtp.wait_for(email, 1).await;
    }
    tokio::time::sleep(std::time::Duration::from_secs(1)).await;
    for email in &stored {
        assert!(
            app.smtp.to(email).len() <= 2,
            "{email}: at most a resend of a message cut mid-send"
        );
    }
    eprintln!(
        "kill -9: {} acknowledged, {} stored, all emails delivered",
        acknowledged.len(),
        stored.len()
    );
}

#[tokio::test]
async fn when_the_database_goes_away_pages_answer_503_quickly() {
    let Ok(base) = std::env::var("CONVENE_TEST_DATABASE_URL") else {
        eprintln!("database-outage test skipped: it needs PostgreSQL (CONVENE_TEST_DATABASE_URL)");
        return;
    };
    let app = spawn_app().await;
    app.create_event("webinar", json!({})).await;
    assert_eq!(app.get("/readyz").await.status(), 200);
    let name = url::Url::parse(&app.state.settings.database_url)
        .expect("url")
        .path()
        .trim_start_matches('/')
        .to_string();
    {
        use sea_orm::ConnectionTrait;
        let admin = sea_orm::Database::connect(&base).await.expect("admin");
        admin
            .execute_unprepared(&format!("DROP DATABASE {name} WITH (FORCE)"))
            .await
            .expect("drop");
    }
    let started = std::time::Instant::now();
    let ready = app.get("/readyz").await;
    assert_eq!(ready.status(), 503);
    let page = app.get("/events/webinar").await;
    assert_eq!(page.status(), 503);
    assert!(
        started.elapsed() < std::time::Duration::from_secs(15),
        "answered in {:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn when_the_database_goes_away_posts_answer_503_as_a_page_or_as_json() {
    let Ok(base) = std::env::var("CONVENE_TEST_DATABASE_URL") else {
        eprintln!("database-outage test skipped: it needs PostgreSQL (CONVENE_TEST_DATABASE_URL)");
        return;
    };
    let app = spawn_app().await;
    app.create_event("webinar", json!({})).await;
    // The forms are opened while the database is there; they are posted after it went away.
    let mut admin = super::admin::signed_in(&app, super::admin::ADMIN).await;
    let (status, page) = admin.get("/admin/events/webinar").await;
    assert_eq!(status, 200);
    let admin_token = super::helpers::hidden(&page, "csrf_token");
    let mut visitor = app.visitor();
    let (status, form) = visitor.get("/events/webinar").await;
    assert_eq!(status, 200);
    let (csrf, started) = (
        super::helpers::hidden(&form, "csrf_token"),
        super::helpers::hidden(&form, "started"),
    );
    visitor.take_time_to_fill_in();
    let name = url::Url::parse(&app.state.settings.database_url)
        .expect("url")
        .path()
        .trim_start_matches('/')
        .to_string();
    {
        use sea_orm::ConnectionTrait;
        let server = sea_orm::Database::connect(&base).await.expect("server");
        server
            .execute_unprepared(&format!("DROP DATABASE {name} WITH (FORCE)"))
            .await
            .expect("drop");
    }

    let res = admin
        .post(
            "/admin/events/webinar/unpublish",
            &[("csrf_token", &admin_token)],
        )
        .await;
    assert_eq!(res.status(), 503, "admin save");
    assert!(content_type(&res).starts_with("text/html"), "admin: a page");

    let (status, body) = app
        .api(
            reqwest::Method::POST,
            "/api/v1/events",
            Some(json!({"slug": "another", "kind": "webinar"})),
        )
        .await;
    assert_eq!(status, 503, "API: {body}");
    assert_eq!(body["error"]["code"], "unavailable", "API: {body}");

    let mut fields = vec![("csrf_token", csrf.as_str()), ("started", started.as_str())];
    fields.extend(person("P", "p@example.org"));
    let res = visitor.post("/events/webinar/register", &fields).await;
    assert_eq!(res.status(), 503, "public form");
    assert!(content_type(&res).starts_with("text/html"), "form: a page");
}

fn content_type(res: &reqwest::Response) -> String {
    res.headers()
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string()
}
