//! The embeddable pages: framable by exactly the configured origins, every other page by
//! none; the form works without script, keeps the embedding page's language, and its cookies
//! survive a frame over https.

use serde_json::json;

use super::helpers::{TestApp, hidden, person, spawn_app, spawn_app_with_settings};

const ORIGINS: &str = r#"embed_origins = ["https://network.example.org", "http://127.0.0.1:9"]"#;

/// The `frame-ancestors` directive of a page, and whether it also says X-Frame-Options.
async fn framing(app: &TestApp, path: &str) -> (String, Option<String>) {
    let res = app.get(path).await;
    assert!(res.status().is_success(), "{path}: {}", res.status());
    let csp = res
        .headers()
        .get("content-security-policy")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    let ancestors = csp
        .split(';')
        .map(str::trim)
        .find_map(|d| d.strip_prefix("frame-ancestors "))
        .unwrap_or_else(|| panic!("{path}: no frame-ancestors in {csp}"))
        .to_string();
    assert_eq!(
        csp.matches("frame-ancestors").count(),
        1,
        "{path}: one directive"
    );
    let xfo = res
        .headers()
        .get("x-frame-options")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    (ancestors, xfo)
}

#[tokio::test]
async fn frame_ancestors_lists_exactly_the_configured_origins_on_the_embed_pages() {
    let app = spawn_app_with_settings(ORIGINS).await;
    app.create_event("summit", json!({})).await;
    for path in [
        "/embed",
        "/events/summit/embed",
        "/events/summit/embed/thanks",
    ] {
        let (ancestors, xfo) = framing(&app, path).await;
        assert_eq!(
            ancestors, "https://network.example.org http://127.0.0.1:9",
            "{path}"
        );
        assert_eq!(xfo, None, "{path}: X-Frame-Options would forbid the frame");
    }
    for path in [
        "/",
        "/events/summit",
        "/admin/login",
        "/resend",
        "/calendar.ics",
    ] {
        let (ancestors, xfo) = framing(&app, path).await;
        assert_eq!(ancestors, "'none'", "{path}");
        assert_eq!(xfo.as_deref(), Some("DENY"), "{path}");
    }
}

#[tokio::test]
async fn without_embed_origins_no_page_is_framable() {
    let app = spawn_app().await;
    app.create_event("summit", json!({})).await;
    for path in ["/embed", "/events/summit/embed", "/events/summit"] {
        let (ancestors, xfo) = framing(&app, path).await;
        assert_eq!(ancestors, "'none'", "{path}");
        assert_eq!(xfo.as_deref(), Some("DENY"), "{path}");
    }
}

#[tokio::test]
async fn the_embedded_form_registers_without_script_in_the_embedding_pages_language() {
    let app = spawn_app_with_settings(ORIGINS).await;
    app.create_event("summit", json!({})).await;
    let (status, list) = app.visitor().get("/embed?lang=es").await;
    assert_eq!(status, 200);
    assert!(
        list.contains("href=\"/events/summit/embed?lang=es\""),
        "{list}"
    );
    assert!(list.contains("Protección social para todos"));

    let mut visitor = app.visitor();
    let (status, page) = visitor.get("/events/summit/embed?lang=fr").await;
    assert_eq!(status, 200);
    assert!(page.contains("<html lang=\"fr\""));
    assert!(
        !page.contains("class=\"site\""),
        "no header or footer of the site"
    );
    assert!(page.contains("action=\"/events/summit/embed?lang=fr#form-errors\""));
    assert!(page.contains("La protection sociale pour tous"));
    let csrf = hidden(&page, "csrf_token");
    let started = hidden(&page, "started");
    visitor.take_time_to_fill_in();

    // A mistake comes back inside the frame, in French, with 422.
    let mut fields = vec![("csrf_token", csrf.as_str()), ("started", started.as_str())];
    fields.extend(person("Amélie", "not-an-address"));
    let res = visitor.post("/events/summit/embed?lang=fr", &fields).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.expect("body");
    assert!(html.contains("<html lang=\"fr\"") && !html.contains("class=\"site\""));

    let mut fields = vec![("csrf_token", csrf.as_str()), ("started", started.as_str())];
    fields.extend(person("Amélie", "amelie@example.org"));
    let res = visitor.post("/events/summit/embed?lang=fr", &fields).await;
    assert_eq!(res.status(), 303);
    let to = res.headers()["location"]
        .to_str()
        .expect("location")
        .to_string();
    assert_eq!(to, "/events/summit/embed/thanks?lang=fr");
    let (status, thanks) = visitor.get(&to).await;
    assert_eq!(status, 200);
    assert!(thanks.contains("id=\"embed-thanks\"") && thanks.contains("<html lang=\"fr\""));
    app.smtp.wait_for("amelie@example.org", 1).await;
    let page = app.registration_page("summit").await;
    assert_eq!(page["items"][0]["email"], "amelie@example.org");
}

#[tokio::test]
async fn a_forged_post_from_the_frame_is_refused() {
    let app = spawn_app_with_settings(ORIGINS).await;
    app.create_event("summit", json!({})).await;
    let mut visitor = app.visitor();
    visitor.get("/events/summit/embed").await;
    visitor.take_time_to_fill_in();
    let mut fields = vec![("csrf_token", "forged")];
    fields.extend(person("Mallory", "mallory@example.org"));
    let res = visitor.post("/events/summit/embed", &fields).await;
    assert_eq!(res.status(), 403);
}

#[tokio::test]
async fn over_https_the_embed_pages_cookies_work_in_a_frame() {
    let settings = format!("{ORIGINS}\npublic_url = \"https://events.example.org\"");
    let app = spawn_app_with_settings(&settings).await;
    app.create_event("summit", json!({})).await;
    let cookie = |res: &reqwest::Response| {
        res.headers()
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|c| c.starts_with("convene_csrf="))
            .expect("form-token cookie")
            .to_string()
    };
    let framed = cookie(&app.get("/events/summit/embed").await);
    assert!(
        framed.contains("SameSite=None")
            && framed.contains("Secure")
            && framed.contains("Partitioned"),
        "{framed}"
    );
    let own = cookie(&app.get("/events/summit").await);
    assert!(
        own.contains("SameSite=Lax") && own.contains("Secure"),
        "{own}"
    );
}

#[test]
fn embed_origins_come_from_a_comma_separated_string_and_bad_ones_are_named() {
    let settings = convene::config::Settings::from_toml(
        r#"embed_origins = "https://a.example, https://b.example:8443/""#,
    )
    .expect("settings");
    assert_eq!(
        settings.embed_origins.0,
        ["https://a.example", "https://b.example:8443"]
    );
    let error = convene::config::Settings::from_toml(r#"embed_origins = "https://a.example/page""#)
        .expect_err("a path is not an origin")
        .to_string();
    assert!(
        error.contains("embed_origins") && error.contains("https://a.example/page"),
        "{error}"
    );
}
