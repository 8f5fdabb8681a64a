//! Tokens with a lifetime, and accounts an admin disables: from the admin pages and the CLI.

use super::{ADMIN, login, organizer, signed_in};
use crate::helpers::{TestApp, spawn_app};
use crate::process::convene;

async fn api_status(app: &TestApp, token: &str) -> u16 {
    app.client
        .get(app.url("/api/v1/events"))
        .bearer_auth(token)
        .send()
        .await
        .expect("get")
        .status()
        .as_u16()
}

fn new_token(page: &str) -> String {
    page.split("id=\"new-token\">")
        .nth(1)
        .and_then(|rest| rest.split('<').next())
        .expect("the new token")
        .to_string()
}

#[tokio::test]
async fn a_token_with_a_lifetime_stops_working_when_it_ends() {
    let app = spawn_app().await;
    let who = organizer(&app, "tess@example.org").await;
    let mut v = signed_in(&app, who).await;
    let res = v
        .submit(
            "/admin/tokens",
            "/admin/tokens",
            &[("name", "for a month"), ("expires_in_days", "30")],
        )
        .await;
    assert_eq!(res.status(), 201);
    let from_page = new_token(&res.text().await.expect("page"));
    let out = convene()
        .args([
            "token",
            "create",
            "--email",
            who.0,
            "--expires-in-days",
            "1",
        ])
        .env("CONVENE_DATABASE_URL", &app.state.settings.database_url)
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let from_cli = String::from_utf8_lossy(&out.stdout)
        .lines()
        .last()
        .expect("token")
        .trim()
        .to_string();
    assert_eq!(api_status(&app, &from_page).await, 200);
    assert_eq!(api_status(&app, &from_cli).await, 200);

    app.clock.advance(chrono::Duration::days(2));
    assert_eq!(
        api_status(&app, &from_cli).await,
        401,
        "a day-long token ended"
    );
    assert_eq!(api_status(&app, &from_page).await, 200);
    app.clock.advance(chrono::Duration::days(30));
    assert_eq!(
        api_status(&app, &from_page).await,
        401,
        "a month-long token ended"
    );
    // (The session ended with the weeks that passed.)
    let mut v = signed_in(&app, who).await;
    let (_, page) = v.get("/admin/tokens").await;
    assert!(page.contains("Expired on"), "the page says so");
}

#[tokio::test]
async fn a_disabled_organizer_can_neither_sign_in_nor_use_a_token() {
    let app = spawn_app().await;
    let who = organizer(&app, "olga@example.org").await;
    let token = convene::services::accounts::create_token(
        &app.state.db,
        who.0,
        "script",
        chrono::Utc::now(),
    )
    .await
    .expect("token");
    let mut olga = signed_in(&app, who).await;
    assert_eq!(api_status(&app, &token).await, 200);
    let id = convene::db::organizer::find_by_email(&app.state.db, who.0)
        .await
        .expect("query")
        .expect("olga")
        .id;

    let mut admin = signed_in(&app, ADMIN).await;
    let res = admin
        .submit("/admin/users", &format!("/admin/users/{id}/disable"), &[])
        .await;
    assert_eq!(res.status(), 303);
    let (_, page) = admin.get("/admin/users").await;
    assert!(page.contains(&format!("id=\"enable-user-{id}\"")), "{page}");

    assert_eq!(api_status(&app, &token).await, 401, "the token stopped");
    let (status, _) = olga.get("/admin/events").await;
    assert_eq!(status, 303, "the open session ended");
    let mut fresh = app.visitor();
    assert_eq!(login(&mut fresh, who.0, who.1).await.status(), 422);

    // The command line enables it again.
    let out = convene()
        .args(["user", "enable", "--email", who.0])
        .env("CONVENE_DATABASE_URL", &app.state.settings.database_url)
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(api_status(&app, &token).await, 200);
    assert_eq!(login(&mut fresh, who.0, who.1).await.status(), 303);
    let out = convene()
        .args(["user", "disable", "--email", who.0])
        .env("CONVENE_DATABASE_URL", &app.state.settings.database_url)
        .output()
        .expect("run");
    assert!(out.status.success());
    assert_eq!(api_status(&app, &token).await, 401);
}
