//! The demo account from the command line: a generated password printed once, a warning
//! while it exists, and `convene demo --remove`; the data folder's permissions.

use std::process::Stdio;

use super::helpers::hidden;
use super::process::{convene, free_port};

fn temp_dir() -> std::path::PathBuf {
    std::env::temp_dir().join(format!("convene-demo-{}", uuid::Uuid::new_v4().simple()))
}

fn run(args: &[&str], data: &std::path::Path) -> String {
    let out = convene()
        .args(args)
        .env(
            "CONVENE_DATABASE_URL",
            format!("sqlite://{}?mode=rwc", data.join("convene.db").display()),
        )
        .env("CONVENE_DATA_DIR", data.display().to_string())
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).to_string()
}

/// Signs in over HTTP as a browser would; returns the session's cookie header on success.
async fn sign_in(base: &str, email: &str, password: &str) -> Option<String> {
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let page = client
        .get(format!("{base}/admin/login"))
        .send()
        .await
        .expect("get");
    let mut cookies: Vec<String> = page
        .headers()
        .get_all(reqwest::header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok()?.split(';').next().map(str::to_string))
        .collect();
    let csrf = hidden(&page.text().await.expect("page"), "csrf_token");
    let res = client
        .post(format!("{base}/admin/login"))
        .header("cookie", cookies.join("; "))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("email", email),
            ("password", password),
        ])
        .send()
        .await
        .expect("post");
    if res.status() != 303 {
        return None;
    }
    cookies.extend(
        res.headers()
            .get_all(reqwest::header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok()?.split(';').next().map(str::to_string)),
    );
    Some(cookies.join("; "))
}

#[tokio::test]
async fn the_demo_password_is_generated_printed_once_warned_about_and_removable() {
    let data = temp_dir();
    let first = run(&["demo"], &data);
    assert!(first.contains("7 new events"), "{first}");
    let password = first
        .split("(shown once): ")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .expect("the password is printed")
        .to_string();
    assert!(password.len() >= 16, "{password}");
    assert!(!first.contains("convene-demo-2026"));
    let second = run(&["demo"], &data);
    assert!(second.contains("0 new events"), "{second}");
    assert!(
        !second.contains(&password),
        "the password is shown only once: {second}"
    );

    // A plain `serve` warns while the demo account exists, in its log and on admin pages.
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let mut child = convene()
        .arg("serve")
        .env(
            "CONVENE_DATABASE_URL",
            format!("sqlite://{}?mode=rwc", data.join("convene.db").display()),
        )
        .env("CONVENE_DATA_DIR", data.display().to_string())
        .env("CONVENE_BIND", format!("127.0.0.1:{port}"))
        .env("CONVENE_PUBLIC_URL", &base)
        .env("CONVENE_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("serve");
    let client = reqwest::Client::new();
    let mut up = false;
    for _ in 0..200 {
        if client
            .get(format!("{base}/healthz"))
            .send()
            .await
            .is_ok_and(|r| r.status().is_success())
        {
            up = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let session = if up {
        sign_in(&base, "admin@convene.example.org", &password).await
    } else {
        None
    };
    let banner = match &session {
        Some(cookie) => client
            .get(format!("{base}/admin/events"))
            .header("cookie", cookie)
            .send()
            .await
            .expect("admin page")
            .text()
            .await
            .unwrap_or_default()
            .contains("id=\"demo-banner\""),
        None => false,
    };
    let wrong = if up {
        sign_in(&base, "admin@convene.example.org", "convene-demo-2026").await
    } else {
        None
    };
    let _ = child.kill();
    let out = child.wait_with_output().expect("output");
    let log = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(up, "serve started: {log}");
    assert!(session.is_some(), "the printed password signs in");
    assert!(wrong.is_none(), "the old published password does not");
    assert!(banner, "admin pages show the demo banner");
    assert!(log.contains("demo account exists"), "{log}");

    let removed = run(&["demo", "--remove"], &data);
    assert!(removed.contains("7 events"), "{removed}");
    let settings = convene::config::Settings::from_toml(&format!(
        "database_url = \"sqlite://{}?mode=rwc\"",
        data.join("convene.db").display()
    ))
    .expect("settings");
    let db = convene::db::connect(&settings.database_url, 1)
        .await
        .expect("db");
    assert!(
        convene::db::organizer::find_by_email(&db, "admin@convene.example.org")
            .await
            .expect("query")
            .is_none(),
        "the demo account is gone"
    );
    assert!(
        convene::db::event::list_all(&db)
            .await
            .expect("events")
            .is_empty(),
        "the demo events are gone"
    );
    let again = run(&["demo", "--remove"], &data);
    assert!(again.contains("nothing to remove"), "{again}");
    let _ = std::fs::remove_dir_all(data);
}

#[cfg(unix)]
#[test]
fn the_secret_key_and_the_database_are_private_to_their_owner() {
    use std::os::unix::fs::PermissionsExt;
    let data = temp_dir().join("data");
    run(&["demo"], &data);
    let mode = |p: &std::path::Path| {
        std::fs::metadata(p)
            .unwrap_or_else(|e| panic!("{}: {e}", p.display()))
            .permissions()
            .mode()
            & 0o777
    };
    assert_eq!(mode(&data), 0o700, "data folder");
    assert_eq!(mode(&data.join("convene.db")), 0o600, "database file");
    assert_eq!(mode(&data.join("secret.key")), 0o600, "secret key");
    let _ = std::fs::remove_dir_all(data.parent().expect("parent"));
}
