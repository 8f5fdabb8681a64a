//! Accounts and API tokens through the admin pages.

use super::{ADMIN, location, login, organizer, signed_in};
use crate::helpers::spawn_app;

#[tokio::test]
async fn a_token_is_shown_once_works_shows_its_last_use_and_can_be_revoked() {
    let app = spawn_app().await;
    let who = organizer(&app, "tess@example.org").await;
    let mut v = signed_in(&app, who).await;
    let (status, page) = v.get("/admin/tokens").await;
    assert_eq!(status, 200);
    assert!(page.contains("Nothing here yet."));
    let res = v
        .submit(
            "/admin/tokens",
            "/admin/tokens",
            &[("name", "export script")],
        )
        .await;
    assert_eq!(res.status(), 201);
    let page = res.text().await.expect("page");
    let token = page
        .split("id=\"new-token\">")
        .nth(1)
        .and_then(|rest| rest.split('<').next())
        .expect("the new token")
        .to_string();
    assert!(token.starts_with("cvn_"));
    let (_, page) = v.get("/admin/tokens").await;
    assert!(page.contains("export script"));
    assert!(!page.contains(&token), "shown once only");
    assert!(page.contains("Never"));

    let res = app
        .client
        .get(app.url("/api/v1/events"))
        .bearer_auth(&token)
        .send()
        .await
        .expect("GET");
    assert_eq!(res.status(), 200);
    let (_, page) = v.get("/admin/tokens").await;
    assert!(!page.contains(">Never<"), "the last use shows");

    let id = page
        .split("<tr id=\"token-")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("token row")
        .to_string();
    // Another organizer cannot revoke it.
    let mut admin = signed_in(&app, ADMIN).await;
    let res = admin
        .submit("/admin/tokens", &format!("/admin/tokens/{id}/revoke"), &[])
        .await;
    assert_eq!(res.status(), 404);
    let res = v
        .submit("/admin/tokens", &format!("/admin/tokens/{id}/revoke"), &[])
        .await;
    assert_eq!(res.status(), 303);
    let res = app
        .client
        .get(app.url("/api/v1/events"))
        .bearer_auth(&token)
        .send()
        .await
        .expect("GET");
    assert_eq!(res.status(), 401, "a revoked token opens nothing");
    let (_, page) = v.get("/admin/tokens").await;
    assert!(page.contains("Revoked on"));
}

#[tokio::test]
async fn admins_create_accounts_and_organizers_cannot() {
    let app = spawn_app().await;
    let mut admin = signed_in(&app, ADMIN).await;
    let res = admin
        .submit(
            "/admin/users",
            "/admin/users",
            &[
                ("email", "Nina@Example.org"),
                ("role", "organizer"),
                ("password", "nina-password-1"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), "/admin/users?done=user");
    let (_, page) = admin.get("/admin/users").await;
    assert!(page.contains("nina@example.org"));
    for (email, password) in [
        ("nina@example.org", "another-password"),
        ("not-an-address", "long-enough-password"),
        ("olaf@example.org", "short"),
    ] {
        let res = admin
            .submit(
                "/admin/users",
                "/admin/users",
                &[("email", email), ("role", "admin"), ("password", password)],
            )
            .await;
        assert_eq!(res.status(), 422, "{email}");
    }
    let mut nina = app.visitor();
    assert_eq!(
        login(&mut nina, "nina@example.org", "nina-password-1")
            .await
            .status(),
        303
    );
    let (_, page) = nina.get("/admin/events").await;
    assert!(!page.contains("href=\"/admin/users\""), "no accounts menu");
    let res = nina
        .submit(
            "/admin/events",
            "/admin/users",
            &[
                ("email", "sneaky@example.org"),
                ("role", "admin"),
                ("password", "sneaky-password-1"),
            ],
        )
        .await;
    assert_eq!(res.status(), 403);
    let found = convene::db::organizer::find_by_email(&app.state.db, "sneaky@example.org")
        .await
        .expect("query");
    assert!(found.is_none());
}
