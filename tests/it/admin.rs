//! The organizers' pages over real HTTP: sign-in and its throttle, roles, form tokens, every
//! action on events, registrations, accounts and tokens, and the API's own description.

mod accounts;
mod events;
mod openapi;
mod registrations;
mod sign_in;

use convene::services::accounts::{Role, add_user};

use super::helpers::{TestApp, Visitor};

/// The admin every test app starts with (see `spawn_app`).
pub const ADMIN: (&str, &str) = ("admin@example.org", "admin-password-1");

/// Posts the sign-in form as a browser would: page first, then the form with its token.
pub async fn login(v: &mut Visitor<'_>, email: &str, password: &str) -> reqwest::Response {
    v.submit(
        "/admin/login",
        "/admin/login",
        &[("email", email), ("password", password)],
    )
    .await
}

/// A visitor signed in as `who`.
pub async fn signed_in<'a>(app: &'a TestApp, who: (&str, &str)) -> Visitor<'a> {
    let mut v = app.visitor();
    let res = login(&mut v, who.0, who.1).await;
    assert_eq!(res.status(), 303, "sign-in of {}", who.0);
    v
}

/// Creates an organizer account (not an admin) and returns its credentials.
pub async fn organizer(app: &TestApp, email: &'static str) -> (&'static str, &'static str) {
    let password = "organizer-password-1";
    add_user(
        &app.state.db,
        email,
        Role::Organizer,
        password,
        chrono::Utc::now(),
    )
    .await
    .expect("organizer");
    (email, password)
}

/// Where a redirect points.
pub fn location(res: &reqwest::Response) -> String {
    res.headers()
        .get(reqwest::header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string()
}
