//! Lost or broken participant links: the "send me my link again" page, links with a trailing
//! full stop or cut short, expired registrations, and what the thanks page says.

use chrono::Duration;
use serde_json::json;

use super::helpers::{person, spawn_app, spawn_app_with_settings};

#[tokio::test]
async fn the_resend_page_mails_every_active_link_and_never_says_who_is_registered() {
    let app = spawn_app().await;
    app.create_event("webinar", json!({})).await;
    app.create_event("second", json!({"require_email_confirmation": false}))
        .await;
    app.register("webinar", &person("Ada", "ada@example.org"))
        .await;
    app.register("second", &person("Ada", "ada@example.org"))
        .await;
    app.smtp.wait_for("ada@example.org", 2).await;
    // The registrations' own emails are older than the resend pause.
    app.clock.advance(Duration::minutes(6));

    let mut visitor = app.visitor();
    let (status, html) = visitor.get("/events/webinar/thanks").await;
    assert_eq!(status, 200);
    assert!(
        html.contains("href=\"/resend\""),
        "the thanks page leads there"
    );

    let res = visitor
        .submit("/resend", "/resend", &[("email", "Ada@Example.org")])
        .await;
    assert_eq!(res.status(), 200);
    let known = res.text().await.expect("page");
    assert!(known.contains("Ada@Example.org"), "the typed address shows");
    let mails = app.smtp.wait_for("ada@example.org", 4).await;
    let links: Vec<String> = mails[2..]
        .iter()
        .map(|m| super::mime::plain_text(&m.data))
        .collect();
    assert!(links.iter().any(|t| t.contains("confirm")), "{links:?}");
    assert_eq!(
        app.smtp.to("ada@example.org").len(),
        4,
        "one email per registration"
    );

    let res = visitor
        .submit("/resend", "/resend", &[("email", "nobody@example.org")])
        .await;
    let unknown = res.text().await.expect("page");
    let strip = |page: &str, address: &str| {
        page.replace(address, "ADDRESS")
            .lines()
            .filter(|l| !l.contains("csrf_token"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(
        strip(&known, "Ada@Example.org"),
        strip(&unknown, "nobody@example.org"),
        "the same answer whether or not the address is registered"
    );

    // Asking again at once sends nothing more: the page cannot flood a mailbox.
    visitor
        .submit("/resend", "/resend", &[("email", "ada@example.org")])
        .await;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert_eq!(app.smtp.to("ada@example.org").len(), 4);

    let res = visitor
        .submit("/resend", "/resend", &[("email", "not an address")])
        .await;
    assert_eq!(res.status(), 422, "a clear error, not a 500");
}

#[tokio::test]
async fn the_resend_page_is_rate_limited_with_the_default_limit() {
    let defaults =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/config/default.toml"))
            .expect("default settings");
    let limit: u32 = defaults
        .lines()
        .find_map(|l| l.strip_prefix("rate_limit = "))
        .and_then(|v| v.trim().parse().ok())
        .expect("a default rate limit");
    let app = spawn_app_with_settings(&format!("rate_limit = {limit}")).await;
    let mut visitor = app.visitor();
    let (_, html) = visitor.get("/resend").await;
    let csrf = super::helpers::hidden(&html, "csrf_token");
    let mut refused = None;
    for i in 0..=limit {
        let res = visitor
            .post(
                "/resend",
                &[("csrf_token", &csrf), ("email", "ada@example.org")],
            )
            .await;
        if res.status() == 429 {
            refused = Some(i);
            break;
        }
        assert_eq!(res.status(), 200);
    }
    assert_eq!(refused, Some(limit), "the post after the limit is refused");
}

#[tokio::test]
async fn a_trailing_full_stop_or_a_cut_link_leads_to_help_not_a_bare_404() {
    let app = spawn_app().await;
    app.create_event("webinar", json!({"require_email_confirmation": false}))
        .await;
    app.register("webinar", &person("Ada", "ada@example.org"))
        .await;
    app.smtp.wait_for("ada@example.org", 1).await;
    let link = app.link_in_email("ada@example.org");
    let path = link.trim_start_matches(&app.base).to_string();

    for suffix in [".", ")."] {
        let res = app.get(&format!("{path}{suffix}")).await;
        assert_eq!(res.status(), 308, "{suffix}");
        assert_eq!(res.headers()["location"].to_str().expect("location"), path);
    }
    let res = app.get(&format!("{path}/join.")).await;
    assert_eq!(
        res.headers()["location"].to_str().expect("location"),
        format!("{path}/join")
    );

    let cut = &path[..path.len() - 5];
    let res = app.get(cut).await;
    assert_eq!(res.status(), 404);
    let html = res.text().await.expect("page");
    assert!(html.contains("id=\"broken-link\""), "{html}");
    assert!(
        html.contains("action=\"/resend\""),
        "the form to get the link again"
    );
    let res = app.get("/r/nonsense/join").await;
    assert_eq!(res.status(), 404);
    assert!(
        res.text()
            .await
            .expect("page")
            .contains("action=\"/resend\"")
    );
}

#[tokio::test]
async fn an_expired_registration_offers_to_register_again() {
    let app = spawn_app().await;
    app.create_event("webinar", json!({})).await;
    app.register("webinar", &person("Ada", "ada@example.org"))
        .await;
    app.smtp.wait_for("ada@example.org", 1).await;
    let link = app.link_in_email("ada@example.org");
    app.clock.advance(Duration::hours(50));
    convene::services::scheduler::run_once(&app.state)
        .await
        .expect("scheduler");
    let html = app
        .get(link.trim_start_matches(&app.base))
        .await
        .text()
        .await
        .expect("page");
    assert!(html.contains("status-expired"));
    assert!(
        html.contains("id=\"register-again\"><a href=\"/events/webinar\""),
        "{html}"
    );
}

#[tokio::test]
async fn the_thanks_page_shows_the_address_and_a_repeat_says_when_it_can_be_resent() {
    let app = spawn_app().await;
    app.create_event("webinar", json!({})).await;
    let mut visitor = app.visitor();
    let res = visitor
        .register("webinar", &person("Ada", "ada@exmaple.org"))
        .await;
    assert_eq!(res.status(), 303);
    let (_, html) = visitor.get("/events/webinar/thanks").await;
    assert!(
        html.contains("We sent it to ada@exmaple.org"),
        "the typo is there to see: {html}"
    );
    assert!(!html.contains("id=\"resend-later\""));

    let mut again = app.visitor();
    again
        .register("webinar", &person("Ada", "ada@exmaple.org"))
        .await;
    let (_, html) = again.get("/events/webinar/thanks").await;
    assert!(html.contains("id=\"resend-later\""), "{html}");
    assert!(html.contains("We can send it again from"), "{html}");
    assert!(
        !html.contains("We have sent you an email"),
        "it does not pretend an email went out"
    );
    // Another visitor's thanks page shows nobody's address.
    let (_, html) = app.visitor().get("/events/webinar/thanks").await;
    assert!(!html.contains("ada@exmaple.org"));
}
