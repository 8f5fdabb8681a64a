//! Two-factor sign-in from enrolment to sign-in, with codes computed here from the secret the
//! page shows (RFC 6238, independently of Convene's own code), and a recovery code used once.

use hmac::{Hmac, Mac};
use sha1::Sha1;

use super::{ADMIN, login, organizer, signed_in};
use crate::helpers::{TestApp, Visitor, hidden, spawn_app};

/// RFC 4648 base32, as the page shows the secret.
fn base32(text: &str) -> Vec<u8> {
    let alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let (mut buffer, mut bits, mut out) = (0u64, 0, Vec::new());
    for c in text.trim().chars() {
        buffer = (buffer << 5) | alphabet.find(c).expect("base32") as u64;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
        }
    }
    out
}

fn totp(secret: &str, app: &TestApp) -> String {
    let now = convene::clock::Clock::now(&app.clock).timestamp();
    let mut mac = Hmac::<Sha1>::new_from_slice(&base32(secret)).expect("key");
    mac.update(&((now / 30) as u64).to_be_bytes());
    let d = mac.finalize().into_bytes();
    let o = (d[19] & 15) as usize;
    let n = u32::from_be_bytes([d[o] & 0x7f, d[o + 1], d[o + 2], d[o + 3]]) % 1_000_000;
    format!("{n:06}")
}

fn between<'a>(page: &'a str, start: &str, end: &str) -> &'a str {
    page.split(start)
        .nth(1)
        .and_then(|rest| rest.split(end).next())
        .unwrap_or_else(|| panic!("{start} in {page}"))
}

/// The password step, then the code step with `code`; the code step's status.
async fn sign_in_with(v: &mut Visitor<'_>, who: (&str, &str), code: &str) -> u16 {
    let res = login(v, who.0, who.1).await;
    assert_eq!(res.status(), 200, "the password step asks for the code");
    let page = res.text().await.expect("page");
    assert!(page.contains("id=\"code\""), "{page}");
    let fields: Vec<(String, String)> = ["csrf_token", "user", "expires", "signature", "next"]
        .iter()
        .map(|k| (k.to_string(), hidden(&page, k)))
        .collect();
    let mut form: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    form.push(("code", code));
    v.post("/admin/login/code", &form).await.status().as_u16()
}

#[tokio::test]
async fn enrolment_then_sign_in_with_a_code_and_a_recovery_code_used_once() {
    let app = spawn_app().await;
    let who = organizer(&app, "tina@example.org").await;
    let mut v = signed_in(&app, who).await;
    let res = v
        .submit("/admin/two-factor", "/admin/two-factor/start", &[])
        .await;
    assert_eq!(res.status(), 303);
    let (_, page) = v.get("/admin/two-factor").await;
    let secret = between(&page, "id=\"totp-secret\">", "<").to_string();
    assert!(page.contains("otpauth://totp/"), "an otpauth link");
    assert!(page.contains("<svg"), "a QR code");

    let res = v
        .submit(
            "/admin/two-factor",
            "/admin/two-factor/confirm",
            &[("code", "000000")],
        )
        .await;
    assert_eq!(res.status(), 422, "a wrong first code turns nothing on");
    let res = v
        .submit(
            "/admin/two-factor",
            "/admin/two-factor/confirm",
            &[("code", &totp(&secret, &app))],
        )
        .await;
    assert_eq!(res.status(), 200);
    let page = res.text().await.expect("page");
    let codes: Vec<String> = between(&page, "id=\"recovery-codes\">", "</ul>")
        .split("<code>")
        .skip(1)
        .filter_map(|c| c.split('<').next())
        .map(str::to_string)
        .collect();
    assert_eq!(codes.len(), 8, "{page}");
    let (_, again) = v.get("/admin/two-factor").await;
    assert!(!again.contains(&codes[0]), "recovery codes are shown once");

    // The password alone no longer opens a session.
    let mut fresh = app.visitor();
    assert_eq!(sign_in_with(&mut fresh, who, "123456").await, 422);
    let (status, _) = fresh.get("/admin/events").await;
    assert_eq!(status, 303, "no session without the code");
    app.clock.advance(chrono::Duration::seconds(60));
    let mut fresh = app.visitor();
    assert_eq!(
        sign_in_with(&mut fresh, who, &totp(&secret, &app)).await,
        303
    );
    let (status, _) = fresh.get("/admin/events").await;
    assert_eq!(status, 200);

    // A recovery code works once.
    let mut phoneless = app.visitor();
    assert_eq!(sign_in_with(&mut phoneless, who, &codes[3]).await, 303);
    let mut again = app.visitor();
    assert_eq!(sign_in_with(&mut again, who, &codes[3]).await, 422);
}

#[tokio::test]
async fn an_admin_can_require_two_factor_sign_in_of_everyone() {
    let app = spawn_app().await;
    let who = organizer(&app, "omar@example.org").await;
    let mut admin = signed_in(&app, ADMIN).await;
    let res = admin
        .submit(
            "/admin/two-factor",
            "/admin/users/two-factor",
            &[("required", "true")],
        )
        .await;
    assert_eq!(res.status(), 303);
    let mut v = signed_in(&app, who).await;
    let (status, _) = v.get("/admin/events").await;
    assert_eq!(status, 303, "sent to set it up first");
    let (status, page) = v.get("/admin/two-factor").await;
    assert_eq!(status, 200);
    assert!(page.contains("id=\"two-factor-required\""));
}
