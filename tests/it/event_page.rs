//! The event page: the way to the form, the error summary, sharing tags, and its weight.

use serde_json::json;

use super::helpers::{person, spawn_app, spawn_app_with_settings};

fn position(html: &str, needle: &str) -> usize {
    html.find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in page:\n{html}"))
}

#[tokio::test]
async fn a_rejected_post_starts_with_a_focused_summary_linking_to_each_field() {
    let app = spawn_app().await;
    app.create_event("webinar", json!({})).await;
    let mut fields = person("", "not-an-address");
    fields.retain(|(k, _)| *k != "consent");
    let res = app.register("webinar", &fields).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.expect("page");
    let summary = position(&html, "class=\"error-summary\"");
    assert!(
        summary < position(&html, "id=\"name\""),
        "summary above the fields"
    );
    for field in ["#name", "#email", "#consent"] {
        assert!(
            html[summary..].contains(&format!("href=\"{field}\"")),
            "a link to {field}"
        );
    }
    let summary_tag = &html[html[..summary].rfind('<').unwrap_or(0)..summary + 200];
    assert!(summary_tag.contains("autofocus"), "{summary_tag}");
    assert!(
        html.contains("action=\"/events/webinar/register#form-errors\""),
        "the answer opens at the summary"
    );
}

#[tokio::test]
async fn the_essentials_and_a_register_link_come_before_the_description() {
    let app = spawn_app().await;
    let long = "Long text. ".repeat(400);
    app.create_event(
        "long",
        json!({"capacity": 40, "translations": {"en": {"title": "Long", "description": long, "location": "Online"}}}),
    )
    .await;
    let html = app
        .get("/events/long?lang=en")
        .await
        .text()
        .await
        .expect("page");
    let description = position(&html, "class=\"description\"");
    assert!(position(&html, "40 seats left") < description);
    let link = position(&html, "href=\"#register\"");
    assert!(link < description, "a Register link above the description");
    assert!(html.contains("id=\"register\""), "the link has a target");
}

#[tokio::test]
async fn a_cancelled_event_says_so_at_the_top() {
    let app = spawn_app().await;
    app.create_event("off", json!({"capacity": 40})).await;
    let (status, _) = app
        .api(reqwest::Method::POST, "/api/v1/events/off/cancel", None)
        .await;
    assert!(status < 300, "cancelled: {status}");
    let html = app
        .get("/events/off?lang=en")
        .await
        .text()
        .await
        .expect("page");
    let notice = position(&html, "class=\"notice cancelled\"");
    assert!(notice < position(&html, "class=\"facts\""), "{html}");
}

#[tokio::test]
async fn event_pages_carry_sharing_tags_and_the_home_page_a_description() {
    let dir = std::env::temp_dir().join(format!("convene-logo-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir).expect("dir");
    let logo = dir.join("logo.png");
    std::fs::write(&logo, b"png").expect("logo");
    let app = spawn_app_with_settings(&format!(
        "[branding]\nlogo_path = \"{}\"\n",
        logo.display().to_string().replace('\\', "/")
    ))
    .await;
    app.create_event("webinar", json!({})).await;
    let html = app
        .get("/events/webinar?lang=fr")
        .await
        .text()
        .await
        .expect("page");
    assert!(
        html.contains("<meta property=\"og:title\" content=\"La protection sociale pour tous\">"),
        "{html}"
    );
    assert!(html.contains("<meta property=\"og:description\" content=\"Un webinaire."));
    assert!(html.contains("<meta name=\"description\" content=\"Un webinaire."));
    assert!(html.contains(&format!(
        "<meta property=\"og:image\" content=\"{}/static/logo\">",
        app.base
    )));
    assert!(html.contains("<meta property=\"event:start_time\" content=\"20"));
    let home = app.get("/?lang=en").await.text().await.expect("home");
    assert!(
        home.contains("<meta name=\"description\" content=\""),
        "{home}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn the_event_page_is_light_and_compressed() {
    let app = spawn_app().await;
    app.create_event("webinar", json!({})).await;
    let html = app
        .get("/events/webinar?lang=en")
        .await
        .text()
        .await
        .expect("page");
    eprintln!("event page: {} bytes of HTML", html.len());
    assert!(html.len() < 25 * 1024, "the page is {} bytes", html.len());
    for encoding in ["br", "gzip"] {
        let res = app
            .client
            .get(app.url("/events/webinar"))
            .header("accept-encoding", encoding)
            .send()
            .await
            .expect("page");
        assert_eq!(
            res.headers()
                .get("content-encoding")
                .and_then(|v| v.to_str().ok()),
            Some(encoding)
        );
    }
}

#[tokio::test]
async fn a_visitor_from_jakarta_finds_their_zone_and_registers_without_script() {
    let app = spawn_app().await;
    app.create_event("webinar", json!({})).await;
    let mut visitor = app.visitor();
    let (_, html) = visitor.get("/events/webinar?lang=en").await;
    assert!(html.contains("value=\"Asia/Jakarta\""));
    assert!(
        html.contains("value=\"Europe/Brussels\""),
        "the event's zone"
    );
    let mut fields = person("Sari", "sari@example.org");
    fields.push(("time_zone", "Asia/Jakarta"));
    assert_eq!(visitor.register("webinar", &fields).await.status(), 303);
    assert_eq!(app.registration_page("webinar").await["total"], 1);
}

#[tokio::test]
async fn the_long_lists_come_once_in_a_script_with_a_hashed_name() {
    let app = spawn_app().await;
    app.create_event("webinar", json!({})).await;
    let html = app.get("/events/webinar").await.text().await.expect("page");
    let start = position(&html, "src=\"/static/lists/") + "src=\"".len();
    let path = html[start..]
        .split('"')
        .next()
        .unwrap_or_default()
        .to_string();
    assert!(
        !html.contains("America/Winnipeg"),
        "not every zone in the page"
    );
    let res = app.get(&path).await;
    assert_eq!(res.status(), 200);
    let cache = res
        .headers()
        .get("cache-control")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    assert!(
        cache.contains("immutable") && cache.contains("max-age=31536000"),
        "{cache}"
    );
    let script = res.text().await.expect("script");
    assert!(script.contains("America/Winnipeg"), "every zone");
    for (_, member) in convene::demo::members() {
        let quoted = serde_json::to_string(member).expect("json");
        assert!(script.contains(&quoted), "{member} suggested");
    }
    assert_eq!(
        app.get("/static/lists/0000000000000000.js").await.status(),
        404
    );
}

/// The page is kept for a moment between views; a change made through this instance shows
/// on the very next view all the same, and so does a seat taken.
#[tokio::test]
async fn a_change_shows_on_the_next_view_of_a_page_just_seen() {
    let app = spawn_app().await;
    app.create_event(
        "fresh",
        json!({"capacity": 1, "waitlist": false, "require_email_confirmation": false}),
    )
    .await;
    assert!(!page(&app, "fresh").await.contains("A new title"));
    let (status, _) = app
        .api(
            reqwest::Method::PATCH,
            "/api/v1/events/fresh",
            Some(json!({"title": "A new title"})),
        )
        .await;
    assert_eq!(status, 200);
    assert!(page(&app, "fresh").await.contains("A new title"));

    assert!(page(&app, "fresh").await.contains("1 seat left"));
    app.register("fresh", &person("Ada", "ada@example.org"))
        .await;
    let after = page(&app, "fresh").await;
    assert!(!after.contains("1 seat left"), "{after}");
}

async fn page(app: &super::helpers::TestApp, slug: &str) -> String {
    app.get(&format!("/events/{slug}?lang=en"))
        .await
        .text()
        .await
        .expect("page")
}
