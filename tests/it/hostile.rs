//! A corpus of hostile input at every door: never a 5xx, never markup or a header injected.

use serde_json::json;

use super::helpers::{hidden, person, spawn_app};

const HOSTILE: &[&str] = &[
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "{{ 7*7 }}{% raw %}${7*7}",
    "=HYPERLINK(\"http://evil.example\")",
    "+SUM(1,2)",
    "' OR 1=1 --",
    "Robert'); DROP TABLE registrations;--",
    "evil\u{202E}gnp.exe",
    "nul\u{0}byte",
    "line\r\nBcc: victim@example.org",
    "\u{1F600}\u{1F680} 王小明 Ñúñez",
    "\u{FEFF}\u{200B}",
    "%00%0d%0a",
];

#[tokio::test]
async fn hostile_form_values_never_cause_a_server_error_or_live_markup() {
    // Hundreds of posts from one address: the rate limit is off for this corpus only.
    let app = super::helpers::spawn_app_with_settings("rate_limit = 0").await;
    app.create_event(
        "webinar",
        json!({"questions": [{"id": "why", "kind": "text", "label": {"en": "Why?"}}]}),
    )
    .await;
    let long = "A".repeat(100_000 / 2);
    let mut values: Vec<&str> = HOSTILE.to_vec();
    values.push(&long);
    for field in [
        "name",
        "email",
        "organization",
        "country",
        "language",
        "why",
        "time_zone",
        "consent",
    ] {
        for (i, value) in values.iter().enumerate() {
            let email = format!("h{i}-{field}@example.org");
            let mut fields = person("Hostile Tester", &email);
            fields.push(("why", "fine"));
            fields.retain(|(k, _)| *k != field);
            fields.push((field, value));
            let res = app.register("webinar", &fields).await;
            let status = res.status().as_u16();
            assert!(status < 500, "{field}={value:?} gave {status}");
            assert!(
                matches!(status, 303 | 413 | 422),
                "{field}={value:?} gave {status}"
            );
            let body = res.text().await.unwrap_or_default();
            assert!(
                !body.contains("<script>alert(1)"),
                "markup reflected live for {field}"
            );
            assert!(
                !body.contains("<img src=x"),
                "markup reflected live for {field}"
            );
        }
    }
    // Whatever was stored is shown inert on the participant pages and in the API.
    let (_, list) = app
        .api(
            reqwest::Method::GET,
            "/api/v1/events/webinar/registrations?per_page=1000",
            None,
        )
        .await;
    for reg in list["items"].as_array().expect("items") {
        for key in ["name", "organization"] {
            let value = reg[key].as_str().unwrap_or_default();
            assert!(
                !value.contains('\r') && !value.contains('\n') && !value.contains('\0'),
                "{key}: {value:?}"
            );
            assert!(
                !value.contains('\u{202E}'),
                "bidi override stored: {value:?}"
            );
        }
    }
}

#[tokio::test]
async fn hostile_urls_headers_and_bodies_get_clear_4xx() {
    let app = spawn_app().await;
    app.create_event("webinar", json!({})).await;
    for path in [
        "/events/%00",
        "/events/..%2F..%2Fetc%2Fpasswd",
        "/events/webinar%0d%0aSet-Cookie:x=1",
        "/r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        &format!("/r/{}", "x".repeat(5000)),
        "/r/%FF%FE/invite.ics",
        "/nothing-here",
    ] {
        let res = app.get(path).await;
        // Invalid UTF-8 in a path parameter cannot even be read: 400; the rest is not there.
        let expected = if path.contains("%FF") { 400 } else { 404 };
        assert_eq!(res.status(), expected, "{path}");
    }
    for query in ["?lang=<script>", "?lang=%FF", "?lang="] {
        let res = app.get(&format!("/events/webinar{query}")).await;
        assert_eq!(res.status(), 200, "{query}");
        assert!(
            !res.text().await.unwrap_or_default().contains("<script>"),
            "{query}"
        );
    }
    let res = app
        .client
        .get(app.url("/events/webinar"))
        .header("accept-language", "x".repeat(4000))
        .header(
            "cookie",
            reqwest::header::HeaderValue::from_bytes(b"convene_lang=\xff; convene_csrf=;;;===")
                .expect("value"),
        )
        .send()
        .await
        .expect("get");
    assert_eq!(res.status(), 200);

    // Invalid UTF-8 and oversized bodies.
    let mut visitor = app.visitor();
    let (_, page) = visitor.get("/events/webinar").await;
    let csrf = hidden(&page, "csrf_token");
    let res = app
        .client
        .post(app.url("/events/webinar/register"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(format!(
            "csrf_token={csrf}&name=%FF%FE%FD&email=a%40example.org"
        ))
        .send()
        .await
        .expect("post");
    assert!(res.status().is_client_error(), "{}", res.status());
    let res = app
        .client
        .post(app.url("/events/webinar/register"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(format!("name={}", "a".repeat(200_000)))
        .send()
        .await
        .expect("post");
    assert_eq!(res.status(), 413);

    // The API: garbage and wrong types are 4xx with the JSON error shape.
    for body in [
        "[]",
        "{\"slug\": 5}",
        "{\"capacity\": \"many\"}",
        "{\"starts_at\": \"yesterday\"}",
        "\u{0}",
    ] {
        let res = app
            .client
            .post(app.url("/api/v1/events"))
            .bearer_auth(&app.token)
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await
            .expect("post");
        assert!(res.status().is_client_error(), "{body}: {}", res.status());
        let json: serde_json::Value = res.json().await.unwrap_or_default();
        assert!(json["error"]["code"].is_string(), "{body}: {json}");
    }
    let res = app
        .client
        .get(app.url("/api/v1/events"))
        .header(
            "authorization",
            reqwest::header::HeaderValue::from_bytes(b"Bearer \xff\xfe").expect("value"),
        )
        .send()
        .await
        .expect("get");
    assert_eq!(res.status(), 401);
}

#[tokio::test]
async fn markdown_descriptions_are_rendered_through_an_allow_list() {
    let app = spawn_app().await;
    app.create_event("webinar", json!({"translations": {"en": {"title": "T",
        "description": "Hello <script>alert(1)</script> [click](javascript:alert(1)) <iframe src=x></iframe> **bold**"}}})).await;
    let html = app.get("/events/webinar").await.text().await.expect("page");
    assert!(html.contains("<strong>bold</strong>"));
    assert!(!html.contains("<script>alert"), "raw HTML is dropped");
    assert!(
        !html.contains("javascript:"),
        "javascript: links are dropped"
    );
    assert!(!html.contains("<iframe"));
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let app = spawn_app().await;
    app.create_event("webinar", json!({})).await;
    for path in [
        "/",
        "/events/webinar",
        "/nothing",
        "/calendar.ics",
        "/healthz",
    ] {
        let res = app.get(path).await;
        let headers = res.headers();
        let csp = headers
            .get("content-security-policy")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        assert!(
            csp.contains("default-src 'none'") && csp.contains("frame-ancestors 'none'"),
            "{path}: {csp}"
        );
        assert!(!csp.contains("unsafe-inline"), "{path}");
        assert_eq!(headers["x-content-type-options"], "nosniff", "{path}");
        assert!(headers.contains_key("referrer-policy"), "{path}");
        assert_eq!(headers["x-frame-options"], "DENY", "{path}");
    }
}

/// Addresses the mail layer cannot or should not send to: refused with their own message at
/// the form, and never a 5xx at the other doors that take addresses.
#[tokio::test]
async fn hostile_addresses_are_refused_clearly_at_every_door() {
    let app = spawn_app().await;
    app.create_event("webinar", json!({})).await;
    for (address, message) in [
        ("x@[127.0.0.1]", "not an IP address"),
        ("x@[IPv6:::1]", "not an IP address"),
        ("x@127.0.0.1", "not an IP address"),
        ("\"quoted\"@example.org", "quotation marks"),
        ("a@b@example.org", "valid email address"),
        ("ada@example..org", "valid email address"),
    ] {
        let res = app.register("webinar", &person("Ada", address)).await;
        assert_eq!(res.status(), 422, "{address}");
        let body = res.text().await.unwrap_or_default();
        assert!(
            body.contains(message),
            "{address}: {message} not in the page"
        );
    }
    // An internationalised address is welcome.
    let res = app
        .register("webinar", &person("José", "josé@exämple.org"))
        .await;
    assert_eq!(res.status(), 303);

    let res = app
        .client
        .post(app.url("/api/v1/events/webinar/attendance"))
        .bearer_auth(&app.token)
        .json(&json!({"emails": ["x@[127.0.0.1]", "\"q\"@example.org", "\u{0}@x.org"]}))
        .send()
        .await
        .expect("post");
    assert!(res.status().as_u16() < 500, "{}", res.status());
    let res = app
        .client
        .post(app.url("/api/v1/events/webinar/attendance"))
        .bearer_auth(&app.token)
        .header("content-type", "text/csv")
        .body("Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\nX,x@[127.0.0.1],,,10,No\n")
        .send()
        .await
        .expect("post");
    assert!(res.status().as_u16() < 500, "{}", res.status());

    // The admin's account form and the command line refuse them too, clearly.
    let mut admin = super::admin::signed_in(&app, super::admin::ADMIN).await;
    for address in ["x@[127.0.0.1]", "\"q\"@example.org", "a\u{7}@example.org"] {
        let res = admin
            .submit(
                "/admin/users",
                "/admin/users",
                &[
                    ("email", address),
                    ("role", "organizer"),
                    ("password", "a long enough password"),
                ],
            )
            .await;
        assert_eq!(res.status(), 422, "{address:?}");
        let out = super::process::convene()
            .args(["user", "add", "--email", address, "--role", "organizer"])
            .env("CONVENE_DATABASE_URL", &app.state.settings.database_url)
            .output()
            .expect("run");
        assert!(!out.status.success(), "{address:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
        assert!(stderr.contains("not a valid email address"), "{stderr}");
    }
}
