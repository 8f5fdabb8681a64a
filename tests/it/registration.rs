//! The public form: happy path, each validation rule, duplicates, window and status rules.

use serde_json::json;

use super::helpers::{person, spawn_app};

#[tokio::test]
async fn home_lists_upcoming_and_past_events() {
    let app = spawn_app().await;
    app.create_event("coming-up", json!({})).await;
    let past = chrono::Utc::now() - chrono::Duration::days(400);
    app.create_event("long-ago", json!({"starts_at": past.to_rfc3339(), "ends_at": (past + chrono::Duration::hours(1)).to_rfc3339(),
        "translations": {"en": {"title": "An old webinar"}}})).await;
    app.create_event(
        "hidden-draft",
        json!({"status": "draft", "translations": {"en": {"title": "Secret draft"}}}),
    )
    .await;
    let html = app.get("/").await.text().await.expect("body");
    let upcoming = html
        .find("Social protection for all")
        .expect("upcoming event listed");
    let past = html.find("An old webinar").expect("past event listed");
    assert!(upcoming < past, "upcoming events come first");
    assert!(!html.contains("Secret draft"), "drafts are not public");
    assert_eq!(app.get("/events/hidden-draft").await.status(), 404);
}

#[tokio::test]
async fn registering_redirects_and_stores_one_pending_registration() {
    let app = spawn_app().await;
    app.create_event("webinar", json!({})).await;
    let res = app
        .register("webinar", &person("Ada Lovelace", "ada@example.org"))
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/events/webinar/thanks");
    let (status, list) = app
        .api(
            reqwest::Method::GET,
            "/api/v1/events/webinar/registrations",
            None,
        )
        .await;
    assert_eq!(status, 200);
    assert_eq!(list["total"], 1);
    let reg = &list["items"][0];
    assert_eq!(reg["name"], "Ada Lovelace");
    assert_eq!(reg["status"], "pending");
    assert_eq!(reg["country"], "BE");
    assert_eq!(reg["language"], "en");
}

#[tokio::test]
async fn each_wrong_field_is_named_in_the_page_language_and_values_are_kept() {
    let app = spawn_app().await;
    app.create_event("webinar", json!({})).await;
    let mut visitor = app.visitor();
    visitor.get("/events/webinar?lang=fr").await;
    let res = visitor
        .register(
            "webinar",
            &[
                ("name", "Zoë"),
                ("email", "not-an-address"),
                ("country", "XX"),
                ("language", "fr"),
            ],
        )
        .await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.expect("body");
    assert!(
        html.contains("<html lang=\"fr\">"),
        "the page stays in French"
    );
    assert!(html.contains("value=\"Zoë\""), "typed values are kept");
    assert!(html.contains("value=\"not-an-address\""));
    assert!(html.contains("id=\"email-error\""));
    assert!(html.contains("id=\"country-error\""));
    assert!(html.contains("id=\"consent-error\""));
    assert!(
        !html.contains("id=\"name-error\""),
        "a good field has no message"
    );
    let list = app.registration_page("webinar").await;
    assert_eq!(list["total"], 0, "nothing is stored");
}

#[tokio::test]
async fn validation_rules_one_by_one() {
    let app = spawn_app().await;
    app.create_event("webinar", json!({"languages": ["en", "fr"]}))
        .await;
    let long = "x".repeat(201);
    let cases: Vec<(&str, &str, &str)> = vec![
        ("name", "", "name-error"),
        ("name", long.as_str(), "name-error"),
        ("name", "Eve\r\nBcc: x@example.org", "name-error"),
        ("email", "", "email-error"),
        ("email", "eve@localhost", "email-error"),
        ("organization", long.as_str(), "organization-error"),
        ("country", "", "country-error"),
        ("country", "ZZ", "country-error"),
        ("language", "pt-XX", "language-error"),
        ("consent", "", "consent-error"),
    ];
    for (field, value, error_id) in cases {
        let mut fields = person("Ada", "ada@example.org");
        fields.retain(|(k, _)| *k != field);
        if !value.is_empty() || field != "consent" {
            fields.push((field, value));
        }
        let res = app.register("webinar", &fields).await;
        assert_eq!(res.status(), 422, "{field}={value:?}");
        let html = res.text().await.expect("body");
        assert!(
            html.contains(&format!("id=\"{error_id}\"")),
            "{field}={value:?} should be flagged"
        );
    }
}

#[tokio::test]
async fn the_same_address_twice_makes_one_registration() {
    let app = spawn_app().await;
    app.create_event("webinar", json!({})).await;
    assert_eq!(
        app.register("webinar", &person("Ada", "ada@example.org"))
            .await
            .status(),
        303
    );
    assert_eq!(
        app.register("webinar", &person("Ada L.", "ADA@Example.org"))
            .await
            .status(),
        303
    );
    let list = app.registration_page("webinar").await;
    assert_eq!(list["total"], 1);
}

#[tokio::test]
async fn closed_windows_and_statuses_refuse_without_storing() {
    let app = spawn_app().await;
    let soon = chrono::Utc::now() + chrono::Duration::days(3);
    app.create_event(
        "not-yet",
        json!({"registration_opens_at": soon.to_rfc3339()}),
    )
    .await;
    let ago = chrono::Utc::now() - chrono::Duration::days(1);
    app.create_event(
        "too-late",
        json!({"registration_closes_at": ago.to_rfc3339(),
        "registration_opens_at": (ago - chrono::Duration::days(5)).to_rfc3339()}),
    )
    .await;
    app.create_event("called-off", json!({"status": "cancelled"}))
        .await;
    app.create_event("open", json!({})).await;
    for slug in ["not-yet", "too-late", "called-off"] {
        let html = app
            .get(&format!("/events/{slug}"))
            .await
            .text()
            .await
            .expect("body");
        assert!(
            html.contains("id=\"closed\""),
            "{slug}: the form is replaced by a message"
        );
        assert!(!html.contains("id=\"register-button\""), "{slug}");
        let res = app
            .visitor()
            .register_via("open", slug, &person("Ada", "ada@example.org"))
            .await;
        assert_eq!(res.status(), 409, "{slug}");
        let list = app.registration_page(slug).await;
        assert_eq!(list["total"], 0, "{slug}: nothing stored");
    }
    app.create_event("draft-one", json!({"status": "draft"}))
        .await;
    assert_eq!(app.register_raw_post("draft-one").await, 404);
}

#[tokio::test]
async fn a_post_without_the_form_token_is_refused() {
    let app = spawn_app().await;
    app.create_event("webinar", json!({})).await;
    let res = app
        .client
        .post(app.url("/events/webinar/register"))
        .form(&person("Ada", "ada@example.org"))
        .send()
        .await
        .expect("post");
    assert_eq!(res.status(), 403);
}

#[tokio::test]
async fn bots_are_thanked_but_not_registered() {
    let app = spawn_app().await;
    app.create_event("webinar", json!({})).await;
    let mut fields = person("Bot", "bot@example.org");
    fields.push(("website", "http://spam.example"));
    assert_eq!(app.register("webinar", &fields).await.status(), 303);
    let list = app.registration_page("webinar").await;
    assert_eq!(list["total"], 0);
}

impl super::helpers::TestApp {
    /// A POST to a registration URL without visiting the page first.
    async fn register_raw_post(&self, slug: &str) -> u16 {
        self.client
            .post(self.url(&format!("/events/{slug}/register")))
            .form(&[("name", "x")])
            .send()
            .await
            .expect("post")
            .status()
            .as_u16()
    }
}

#[tokio::test]
async fn too_many_posts_get_a_429_page_in_the_visitors_language() {
    let app = super::helpers::spawn_app_with_settings("rate_limit = 3").await;
    app.create_event("webinar", json!({})).await;
    let mut visitor = app.visitor();
    visitor.get("/?lang=es").await;
    let mut statuses = Vec::new();
    for i in 0..4 {
        let email = format!("p{i}@example.org");
        statuses.push(visitor.register("webinar", &person("P", &email)).await);
    }
    let last = statuses.pop().expect("four posts");
    assert!(statuses.iter().all(|r| r.status() == 303));
    assert_eq!(last.status(), 429);
    assert!(last.headers().contains_key("retry-after"));
    let html = last.text().await.expect("body");
    assert!(html.contains("lang=\"es\""), "the refusal speaks Spanish");
}

/// A person who fills the form within the timer (autofill, a returning visitor) is not a bot:
/// the form comes back, values kept, with a fresh start token that the second post passes.
#[tokio::test]
async fn a_fast_post_gets_the_form_back_and_the_second_post_registers() {
    let app = super::helpers::spawn_app_with_settings("min_fill_seconds = 2").await;
    app.create_event("webinar", json!({})).await;
    let mut visitor = app.visitor();
    let (_, html) = visitor.get("/events/webinar?lang=es").await;
    let first_token = super::visitor::hidden(&html, "started");
    let mut fields = vec![
        ("csrf_token", super::visitor::hidden(&html, "csrf_token")),
        ("started", first_token.clone()),
    ];
    for (k, v) in person("Rosa Quispe", "rosa@example.org") {
        fields.push((k, v.to_string()));
    }
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let res = visitor.post("/events/webinar/register", &pairs).await;
    assert_eq!(res.status(), 422, "a fast post is not thanked silently");
    let page = res.text().await.expect("page");
    assert!(page.contains("vuelva a enviar"), "{page}");
    assert!(page.contains("value=\"Rosa Quispe\""), "values kept");
    assert!(page.contains("value=\"rosa@example.org\""), "values kept");
    let fresh = super::visitor::hidden(&page, "started");
    assert_ne!(fresh, first_token, "a fresh start token");
    assert_eq!(app.registration_page("webinar").await["total"], 0);

    let mut again = pairs.clone();
    again.retain(|(k, _)| *k != "started");
    again.push(("started", &fresh));
    let res = visitor.post("/events/webinar/register", &again).await;
    assert_eq!(res.status(), 303);
    assert_eq!(app.registration_page("webinar").await["total"], 1);
}

/// The signed start time is good for a day; an older one is treated like a fast post.
#[tokio::test]
async fn a_start_time_older_than_a_day_gets_the_form_back() {
    let app = super::helpers::spawn_app_with_settings("min_fill_seconds = 2").await;
    app.create_event("webinar", json!({})).await;
    let mut visitor = app.visitor();
    let (_, html) = visitor.get("/events/webinar?lang=fr").await;
    app.clock.advance(chrono::Duration::hours(25));
    let csrf = super::visitor::hidden(&html, "csrf_token");
    let started = super::visitor::hidden(&html, "started");
    let mut pairs = vec![("csrf_token", csrf.as_str()), ("started", started.as_str())];
    pairs.extend(person("Ada", "ada@example.org"));
    let res = visitor.post("/events/webinar/register", &pairs).await;
    assert_eq!(res.status(), 422);
    let page = res.text().await.expect("page");
    assert!(page.contains("value=\"ada@example.org\""));
    assert_eq!(app.registration_page("webinar").await["total"], 0);
}
