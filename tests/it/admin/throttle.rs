//! The sign-in throttle seen from two places: an attacker guessing from one address, the
//! organizer signing in from another, and the client address read behind a proxy.

use reqwest::header::{HeaderMap, HeaderValue, RETRY_AFTER};

use super::{ADMIN, signed_in};
use crate::helpers::{TestApp, hidden, spawn_app, spawn_app_with_settings};

const ATTACKER: &str = "203.0.113.66";
const ORGANIZER: &str = "198.51.100.7";

/// A browser behind the proxy: `forwarded` are the lines of `X-Forwarded-For` it arrives with.
async fn sign_in_via_proxy(
    app: &TestApp,
    forwarded: &[&str],
    email: &str,
    password: &str,
) -> reqwest::Response {
    let mut headers = HeaderMap::new();
    for line in forwarded {
        headers.append(
            "x-forwarded-for",
            HeaderValue::from_str(line).expect("value"),
        );
    }
    let page = app
        .client
        .get(app.url("/admin/login"))
        .headers(headers.clone())
        .send()
        .await
        .expect("get");
    let cookies: Vec<String> = page
        .headers()
        .get_all(reqwest::header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter_map(|v| v.split(';').next().map(str::to_string))
        .collect();
    let html = page.text().await.expect("page");
    let csrf = hidden(&html, "csrf_token");
    app.client
        .post(app.url("/admin/login"))
        .headers(headers)
        .header("cookie", cookies.join("; "))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("email", email),
            ("password", password),
        ])
        .send()
        .await
        .expect("post")
}

fn retry_after(res: &reqwest::Response) -> i64 {
    res.headers()
        .get(RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok())
        .expect("Retry-After")
}

#[tokio::test]
async fn an_attacker_at_one_address_does_not_lock_the_organizer_out_at_another() {
    let app = spawn_app_with_settings("trusted_proxy_header = \"x-forwarded-for\"").await;
    let mut refused = 0;
    for _ in 0..12 {
        let res = sign_in_via_proxy(&app, &[ATTACKER], ADMIN.0, "guess").await;
        match res.status().as_u16() {
            422 => {}
            429 => refused += 1,
            other => panic!("attacker got {other}"),
        }
    }
    assert!(refused > 0, "the attacker is slowed down");
    // Even the right password waits at the attacker's address…
    let res = sign_in_via_proxy(&app, &[ATTACKER], ADMIN.0, ADMIN.1).await;
    assert_eq!(res.status(), 429);
    // …but the organizer, elsewhere, signs in at once.
    let res = sign_in_via_proxy(&app, &[ORGANIZER], ADMIN.0, ADMIN.1).await;
    assert_eq!(res.status(), 303, "the account is not locked for everyone");
}

#[tokio::test]
async fn each_further_failure_waits_longer_instead_of_a_lock() {
    let app = spawn_app_with_settings("trusted_proxy_header = \"x-forwarded-for\"").await;
    let mut waits = Vec::new();
    for _ in 0..40 {
        let res = sign_in_via_proxy(&app, &[ATTACKER], ADMIN.0, "guess").await;
        if res.status() == 429 {
            let wait = retry_after(&res);
            waits.push(wait);
            if waits.len() == 4 {
                break;
            }
            // Waiting as told lets exactly one more guess through.
            app.clock.advance(chrono::Duration::seconds(wait));
        } else {
            assert_eq!(res.status(), 422);
        }
    }
    assert_eq!(waits.len(), 4, "{waits:?}");
    assert!(
        waits.windows(2).all(|w| w[1] > w[0]),
        "the delay grows with each failure: {waits:?}"
    );
    // After the wait, the right password works: there is no lock to lift.
    app.clock.advance(chrono::Duration::seconds(waits[3]));
    let res = sign_in_via_proxy(&app, &[ATTACKER], ADMIN.0, ADMIN.1).await;
    assert_eq!(res.status(), 303);
}

#[tokio::test]
async fn a_line_the_client_adds_to_the_proxy_header_does_not_choose_its_address() {
    let app = spawn_app_with_settings(
        "trusted_proxy_header = \"x-forwarded-for\"\ntrusted_proxies = [\"10.0.0.0/8\"]",
    )
    .await;
    // The client forges the organizer's address in a line of its own; the proxy (10.1.2.3)
    // appends the real one, and a second trusted proxy appends the first.
    for _ in 0..12 {
        sign_in_via_proxy(
            &app,
            &[ORGANIZER, &format!("{ATTACKER}, 10.1.2.3")],
            ADMIN.0,
            "guess",
        )
        .await;
    }
    let res = sign_in_via_proxy(&app, &[ORGANIZER], ADMIN.0, ADMIN.1).await;
    assert_eq!(res.status(), 303, "the forged address was not charged");
    let res = sign_in_via_proxy(&app, &[&format!("{ATTACKER}, 10.9.9.9")], ADMIN.0, ADMIN.1).await;
    assert_eq!(res.status(), 429, "the real address was");
}

#[tokio::test]
async fn guessing_the_current_password_on_the_password_page_is_throttled() {
    let app = spawn_app().await;
    let mut v = signed_in(&app, ADMIN).await;
    let mut statuses = Vec::new();
    for i in 0..12 {
        let res = v
            .submit(
                "/admin/password",
                "/admin/password",
                &[
                    ("current", format!("guess-{i}-guess").as_str()),
                    ("new", "a-new-password-2"),
                    ("repeat", "a-new-password-2"),
                ],
            )
            .await;
        statuses.push(res.status().as_u16());
    }
    assert!(statuses.contains(&429), "{statuses:?}");
    assert!(
        statuses.iter().all(|s| *s == 422 || *s == 429),
        "{statuses:?}"
    );
}
