//! Signing in and out, wrong passwords, the guessing throttle, changing one's password.

use sea_orm::EntityTrait;

use super::{ADMIN, location, login, organizer, signed_in};
use crate::helpers::spawn_app;

#[tokio::test]
async fn signing_in_opens_a_database_session_and_signing_out_ends_it() {
    let app = spawn_app().await;
    let mut v = app.visitor();
    let (status, _) = v.get("/admin/events").await;
    assert_eq!(status, 303, "strangers are sent to sign in");
    let res = app.get("/admin/events/x/registrations?q=a").await;
    assert_eq!(
        location(&res),
        "/admin/login?next=%2Fadmin%2Fevents%2Fx%2Fregistrations%3Fq%3Da"
    );

    // The hidden `next` field brings the organizer back where they were going.
    let (_, page) = v.get("/admin/login?next=%2Fadmin%2Ftokens").await;
    assert!(page.contains("name=\"next\" value=\"/admin/tokens\""));
    let csrf = crate::helpers::hidden(&page, "csrf_token");
    let res = v
        .post(
            "/admin/login",
            &[
                ("csrf_token", csrf.as_str()),
                ("email", "Admin@Example.org"),
                ("password", ADMIN.1),
                ("next", "/admin/tokens"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), "/admin/tokens");
    let set_cookie = res
        .headers()
        .get_all(reqwest::header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("convene_session="))
        .expect("a session cookie")
        .to_string();
    for flag in ["HttpOnly", "SameSite=Lax", "Path=/"] {
        assert!(set_cookie.contains(flag), "{set_cookie} lacks {flag}");
    }
    assert!(!set_cookie.contains("Secure"), "plain http: no Secure flag");

    // Only a hash of the cookie is stored.
    let cookie = v.cookie("convene_session").expect("cookie kept");
    let sessions = convene::db::session::Entity::find()
        .all(&app.state.db)
        .await
        .expect("sessions");
    assert_eq!(sessions.len(), 1);
    assert_eq!(
        sessions[0].token_hash,
        convene::security::hash_token(&cookie)
    );
    assert_ne!(sessions[0].token_hash, cookie);

    let (status, page) = v.get("/admin/events").await;
    assert_eq!(status, 200);
    assert!(page.contains("admin@example.org"));

    let res = v.submit("/admin/events", "/admin/logout", &[]).await;
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), "/admin/login");
    let (status, _) = v.get("/admin/events").await;
    assert_eq!(status, 303, "signed out");
    // The old cookie opens nothing any more: the session is gone from the database.
    let res = app
        .client
        .get(app.url("/admin/events"))
        .header("cookie", format!("convene_session={cookie}"))
        .send()
        .await
        .expect("GET");
    assert_eq!(res.status(), 303);
}

#[tokio::test]
async fn a_wrong_password_or_unknown_address_is_refused_alike() {
    let app = spawn_app().await;
    let mut v = app.visitor();
    for (email, password) in [(ADMIN.0, "wrong-password"), ("nobody@example.org", ADMIN.1)] {
        let res = login(&mut v, email, password).await;
        assert_eq!(res.status(), 422);
        let page = res.text().await.expect("page");
        assert!(page.contains("The email address or the password is not correct."));
        assert!(page.contains(&format!("value=\"{email}\"")), "address kept");
    }
    assert!(v.cookie("convene_session").is_none());
    let (status, _) = v.get("/admin/events").await;
    assert_eq!(status, 303);
}

#[tokio::test]
async fn guessing_one_account_is_throttled_in_the_page_language() {
    let app = spawn_app().await;
    let mut v = app.visitor();
    v.get("/admin/login?lang=fr").await;
    for _ in 0..3 {
        let res = login(&mut v, ADMIN.0, "guess").await;
        assert_eq!(res.status(), 422);
    }
    // After three failures from this address, the next attempt waits, even with the right
    // password.
    let res = login(&mut v, ADMIN.0, ADMIN.1).await;
    assert_eq!(res.status(), 429);
    let retry: u64 = res
        .headers()
        .get(reqwest::header::RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok())
        .expect("Retry-After");
    assert!((1..=15 * 60).contains(&retry), "{retry}");
    let page = res.text().await.expect("page");
    assert!(
        page.contains("Trop de tentatives de connexion"),
        "French page: {page}"
    );
    // Another account from the same address is not locked by this one.
    let other = organizer(&app, "olga@example.org").await;
    assert_eq!(login(&mut v, other.0, other.1).await.status(), 303);
    // Once the failures are old enough, the right password works again.
    app.clock.advance(chrono::Duration::minutes(16));
    let res = login(&mut v, ADMIN.0, ADMIN.1).await;
    assert_eq!(res.status(), 303);
}

#[tokio::test]
async fn guessing_from_one_address_is_throttled() {
    let app = spawn_app().await;
    let mut v = app.visitor();
    for i in 0..20 {
        let res = login(&mut v, &format!("guess{i}@example.org"), "guess").await;
        assert_eq!(res.status(), 422, "attempt {i}");
    }
    let res = login(&mut v, ADMIN.0, ADMIN.1).await;
    assert_eq!(res.status(), 429);
    assert!(res.headers().contains_key(reqwest::header::RETRY_AFTER));
}

#[tokio::test]
async fn changing_the_password_signs_out_the_other_sessions() {
    let app = spawn_app().await;
    let who = organizer(&app, "pia@example.org").await;
    let mut laptop = signed_in(&app, who).await;
    let mut phone = signed_in(&app, who).await;

    let res = laptop
        .submit(
            "/admin/password",
            "/admin/password",
            &[
                ("current", "not-my-password"),
                ("new", "a-new-password-2"),
                ("repeat", "a-new-password-2"),
            ],
        )
        .await;
    assert_eq!(res.status(), 422);
    let res = laptop
        .submit(
            "/admin/password",
            "/admin/password",
            &[("current", who.1), ("new", "short"), ("repeat", "short")],
        )
        .await;
    assert_eq!(res.status(), 422);
    let res = laptop
        .submit(
            "/admin/password",
            "/admin/password",
            &[
                ("current", who.1),
                ("new", "a-new-password-2"),
                ("repeat", "a-new-password-2"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    let (status, _) = laptop.get("/admin/events").await;
    assert_eq!(status, 200, "this session stays");
    let (status, _) = phone.get("/admin/events").await;
    assert_eq!(status, 303, "the other session ended");
    let mut fresh = app.visitor();
    assert_eq!(login(&mut fresh, who.0, who.1).await.status(), 422);
    assert_eq!(
        login(&mut fresh, who.0, "a-new-password-2").await.status(),
        303
    );
}
