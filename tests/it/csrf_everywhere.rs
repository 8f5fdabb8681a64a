//! Every form route refuses a post without its form token: the routes are read from the
//! router's own source, so a POST route added later is checked without anyone listing it.

use std::path::Path;

use serde_json::json;

use super::admin::{ADMIN, signed_in};
use super::helpers::{person, spawn_app};

/// The paths of `.route(…)` calls in `src/web` whose handlers take POST.
fn form_post_routes() -> Vec<String> {
    let mut routes = Vec::new();
    let mut files = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src/web")];
    while let Some(path) = files.pop() {
        if path.is_dir() {
            files.extend(
                std::fs::read_dir(&path)
                    .expect("dir")
                    .map(|e| e.expect("entry").path()),
            );
            continue;
        }
        let source = std::fs::read_to_string(&path).expect("source");
        for call in source.split(".route(").skip(1) {
            // The call ends where the next builder step begins.
            let call = call.split("\n        .").next().unwrap_or(call);
            let Some(path) = call.split('"').nth(1) else {
                continue;
            };
            if call.contains("post(") && path.starts_with('/') {
                routes.push(path.to_string());
            }
        }
    }
    routes.sort();
    routes.dedup();
    routes
}

#[tokio::test]
async fn every_form_route_refuses_a_post_without_its_token() {
    let routes = form_post_routes();
    assert!(
        routes.len() >= 30 && routes.iter().any(|r| r == "/events/{slug}/register"),
        "the router's source was not read: {routes:?}"
    );

    let app = spawn_app().await;
    app.create_event("guarded", json!({"require_email_confirmation": false}))
        .await;
    app.register("guarded", &person("Ada", "ada@example.org"))
        .await;
    app.smtp.wait_for("ada@example.org", 1).await;
    let link = app.link_in_email("ada@example.org");
    let token = link.rsplit('/').next().expect("token").to_string();

    // Signed in, with every cookie a browser would have, but no token in the form.
    let mut v = signed_in(&app, ADMIN).await;
    let _ = v.get("/events/guarded").await;
    let mut not_refused = Vec::new();
    for route in &routes {
        let path = route
            .replace("{slug}", "guarded")
            .replace("{token}", &token)
            .replace("{series}", "guarded")
            .replace("{key}", "k")
            .replace("{code}", "c");
        let path = path
            .split('/')
            .map(|part| if part.starts_with('{') { "1" } else { part })
            .collect::<Vec<_>>()
            .join("/");
        let res = v.post(&path, &[("name", "x")]).await;
        let mut status = res.status();
        let mut body = res.text().await.unwrap_or_default();
        if status == 422 {
            // A file upload reads a multipart body; post it one, without the token.
            let form = reqwest::multipart::Form::new().part(
                "file",
                reqwest::multipart::Part::text("Email\nada@example.org\n").file_name("report.csv"),
            );
            let res = app
                .client
                .post(app.url(&path))
                .header("cookie", v.cookie_header())
                .multipart(form)
                .send()
                .await
                .expect("POST");
            status = res.status();
            body = res.text().await.unwrap_or_default();
        }
        // Refused for the missing token, not for another reason that also answers 403.
        if status != 403 || !body.contains("This form has expired") {
            not_refused.push(format!("{route}: {status}"));
        }
    }
    assert!(
        not_refused.is_empty(),
        "posted without a form token and not refused with the form-token page (403): {not_refused:#?}"
    );
}

/// The refusal of an event's form speaks the event's language to a visitor whose browser
/// names none, and the visitor's own language when it does: the handler's choice travels with
/// the error to the page that draws it.
#[tokio::test]
async fn a_refused_registration_is_explained_in_the_events_language() {
    let app = spawn_app().await;
    app.create_event("dutch", json!({"default_language": "nl"}))
        .await;
    for (accept, expected) in [
        (None, "Dit formulier is verlopen."),
        (Some("fr"), "Ce formulaire a expiré."),
    ] {
        let mut post = app
            .client
            .post(app.url("/events/dutch/register"))
            .form(&person("Ada", "ada@example.org"));
        if let Some(accept) = accept {
            post = post.header("accept-language", accept);
        }
        let res = post.send().await.expect("post");
        assert_eq!(res.status(), 403);
        let html = res.text().await.expect("body");
        assert!(html.contains(expected), "{accept:?}: {html}");
    }
}
