//! Operating Convene: metrics, request ids, JSON logs, backups, upgrades.

use serde_json::json;

use super::helpers::{person, spawn_app, spawn_app_with_settings};
use super::process::{convene, serve_fresh_sqlite};

#[tokio::test]
async fn metrics_use_route_templates_and_requests_carry_an_id() {
    let app = spawn_app().await;
    app.create_event("webinar", json!({})).await;
    app.register("webinar", &person("Ada", "ada@example.org"))
        .await;
    let page = app.get("/events/webinar").await;
    let id = page
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    assert!(id.len() >= 16, "a request id comes back: {id:?}");
    app.smtp.wait_for("ada@example.org", 1).await;
    let text = app.get("/metrics").await.text().await.expect("metrics");
    assert!(
        text.contains(
            "convene_http_requests_total{route=\"/events/{slug}\",method=\"GET\",status=\"200\"}"
        ),
        "{text}"
    );
    assert!(
        !text.contains("route=\"/events/webinar\""),
        "raw paths never become labels"
    );
    assert!(
        text.contains("convene_registrations{event=\"webinar\",status=\"pending\"} 1"),
        "{text}"
    );
    assert!(text.contains("convene_emails{state=\"sent\"} 1"), "{text}");
    assert!(text.contains("convene_outbox_oldest_waiting_seconds"));
    assert!(text.contains("convene_db_pool_connections{state=\"open\"}"));
}

#[tokio::test]
async fn metrics_are_not_for_everyone() {
    let app = spawn_app_with_settings("metrics_allowed_ips = []").await;
    assert_eq!(app.get("/metrics").await.status(), 403);
}

#[test]
fn logs_can_be_json() {
    let dir = std::env::temp_dir().join(format!("convene-log-{}", uuid::Uuid::new_v4().simple()));
    let out = convene()
        .arg("migrate")
        .env(
            "CONVENE_DATABASE_URL",
            format!("sqlite://{}/x.db?mode=rwc", dir.display()),
        )
        .env("CONVENE_LOG_FORMAT", "json")
        .env("CONVENE_LOG", "info")
        .output()
        .expect("run");
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert!(!lines.is_empty());
    for line in lines {
        let parsed: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|_| panic!("not JSON: {line}"));
        assert!(parsed["level"].is_string());
    }
    let _ = std::fs::remove_dir_all(dir);
}

#[tokio::test]
async fn a_backup_taken_while_people_register_restores_every_acknowledged_registration() {
    if std::env::var("CONVENE_TEST_DATABASE_URL").is_ok() {
        eprintln!("SQLite backup test skipped on PostgreSQL (pg_dump is the tool there)");
        return;
    }
    let app = std::sync::Arc::new(spawn_app().await);
    app.create_event("webinar", json!({})).await;
    let mut acknowledged = Vec::new();
    for i in 0..20 {
        let email = format!("before{i}@example.org");
        assert_eq!(
            app.register("webinar", &person("P", &email)).await.status(),
            303
        );
        acknowledged.push(email);
    }
    // More people keep registering while the backup runs.
    let busy = {
        let app = app.clone();
        tokio::spawn(async move {
            for i in 0..40 {
                app.register("webinar", &person("P", &format!("during{i}@example.org")))
                    .await;
            }
        })
    };
    let dir =
        std::env::temp_dir().join(format!("convene-backup-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir).expect("dir");
    let backup = dir.join("backup.db");
    let out = convene()
        .args(["backup", "--output"])
        .arg(&backup)
        .env("CONVENE_DATABASE_URL", &app.state.settings.database_url)
        .output()
        .expect("backup");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    busy.await.expect("registrations");

    let restored_url = format!("sqlite://{}?mode=rwc", dir.join("restored.db").display());
    let out = convene()
        .args(["restore", "--input"])
        .arg(&backup)
        .env("CONVENE_DATABASE_URL", &restored_url)
        .output()
        .expect("run");
    assert!(!out.status.success(), "restoring asks for --yes");
    assert!(String::from_utf8_lossy(&out.stderr).contains("--yes"));
    let out = convene()
        .args(["restore", "--yes", "--input"])
        .arg(&backup)
        .env("CONVENE_DATABASE_URL", &restored_url)
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let db = convene::db::connect(&restored_url, 1)
        .await
        .expect("restored db");
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let emails: Vec<String> = convene::db::registration::Entity::find()
        .filter(convene::db::registration::Column::Email.like("before%"))
        .all(&db)
        .await
        .expect("rows")
        .into_iter()
        .map(|r| r.email)
        .collect();
    for email in &acknowledged {
        assert!(
            emails.contains(email),
            "{email} missing from the restored copy"
        );
    }
    let _ = std::fs::remove_dir_all(dir);
}

#[tokio::test]
async fn upgrades_list_pending_migrations_and_old_binaries_refuse_newer_schemas() {
    let dir =
        std::env::temp_dir().join(format!("convene-upgrade-{}", uuid::Uuid::new_v4().simple()));
    let url = format!("sqlite://{}/convene.db?mode=rwc", dir.display());
    let out = convene()
        .args(["migrate", "--dry-run"])
        .env("CONVENE_DATABASE_URL", &url)
        .output()
        .expect("run");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("pending: m20260101_000001_core"),
        "{stdout}"
    );
    assert!(
        convene()
            .arg("migrate")
            .env("CONVENE_DATABASE_URL", &url)
            .output()
            .expect("run")
            .status
            .success()
    );
    let out = convene()
        .args(["migrate", "--dry-run"])
        .env("CONVENE_DATABASE_URL", &url)
        .output()
        .expect("run");
    assert!(String::from_utf8_lossy(&out.stdout).contains("up to date"));

    // A newer Convene ran here and left a migration this binary does not know.
    {
        use sea_orm::ConnectionTrait;
        let db = convene::db::connect(&url, 1).await.expect("db");
        db.execute_unprepared("INSERT INTO seaql_migrations (version, applied_at) VALUES ('m29990101_000001_future', 0)")
            .await
            .expect("insert");
    }
    let out = convene()
        .arg("migrate")
        .env("CONVENE_DATABASE_URL", &url)
        .output()
        .expect("run");
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("newer version of Convene"), "{stderr}");
    let _ = std::fs::remove_dir_all(dir);
}

#[tokio::test]
async fn branding_appears_on_pages_error_pages_and_emails() {
    let dir = std::env::temp_dir().join(format!("convene-logo-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir).expect("dir");
    let logo = dir.join("logo.svg");
    std::fs::write(&logo, "<svg xmlns='http://www.w3.org/2000/svg'/>").expect("logo");
    let app = spawn_app_with_settings(&format!(
        "[branding]\nsite_name = \"Réseau Test\"\nprimary_color = \"#123abc\"\ncontact_email = \"contact@example.org\"\n\
         footer_text = \"Rue de la Loi 1, Bruxelles\"\nprivacy_url = \"https://example.org/privacy\"\nlogo_path = \"{}\"",
        logo.display()
    ))
    .await;
    app.create_event("webinar", json!({})).await;
    let home = app.get("/").await.text().await.expect("home");
    for expected in [
        "Réseau Test",
        "Rue de la Loi 1, Bruxelles",
        "https://example.org/privacy",
        "/static/logo",
        "contact@example.org",
    ] {
        assert!(home.contains(expected), "{expected} on the home page");
    }
    assert!(
        app.get("/static/brand.css")
            .await
            .text()
            .await
            .expect("css")
            .contains("#123abc")
    );
    assert_eq!(
        app.get("/static/logo").await.headers()["content-type"],
        "image/svg+xml"
    );
    let missing = app.get("/events/nope").await;
    assert_eq!(missing.status(), 404);
    assert!(
        missing
            .text()
            .await
            .expect("page")
            .contains("Rue de la Loi 1, Bruxelles"),
        "error pages are branded"
    );
    app.register("webinar", &person("Ada", "ada@example.org"))
        .await;
    let mail = super::mime::parse(&app.smtp.wait_for("ada@example.org", 1).await[0].data);
    assert!(mail.html.contains("Réseau Test") && mail.html.contains("#123abc"));
    assert!(mail.text.contains("contact@example.org"));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn logs_written_to_a_pipe_carry_no_colour_codes() {
    let dir = std::env::temp_dir().join(format!("convene-log-{}", uuid::Uuid::new_v4().simple()));
    let out = convene()
        .arg("migrate")
        .env(
            "CONVENE_DATABASE_URL",
            format!("sqlite://{}/x.db?mode=rwc", dir.display()),
        )
        .env("CONVENE_LOG", "info")
        .env_remove("NO_COLOR")
        .output()
        .expect("run");
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("INFO"), "some log lines: {stderr}");
    assert!(!stderr.contains('\u{1b}'), "no escape codes: {stderr:?}");
    let _ = std::fs::remove_dir_all(dir);
}

/// Every document the documentation points to (a Markdown link or a `name.md` in code quotes)
/// is in the repository.
#[test]
fn documentation_points_only_to_documents_that_exist() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("README.md")];
    for entry in std::fs::read_dir(root.join("docs")).expect("docs") {
        files.push(entry.expect("entry").path());
    }
    let mut missing = Vec::new();
    for file in files
        .iter()
        .filter(|f| f.extension().is_some_and(|e| e == "md"))
    {
        let text = std::fs::read_to_string(file).expect("read");
        let folder = file.parent().expect("folder");
        let named = text
            .split("](")
            .skip(1)
            .filter_map(|rest| rest.split(')').next())
            .chain(text.split('`').skip(1).step_by(2));
        for target in named {
            let target = target.split('#').next().unwrap_or_default();
            if !target.ends_with(".md") || target.contains("://") {
                continue;
            }
            if !folder.join(target).exists() && !root.join(target).exists() {
                missing.push(format!("{}: {target}", file.display()));
            }
        }
    }
    assert!(missing.is_empty(), "missing documents: {missing:?}");
}

#[tokio::test]
async fn every_email_is_marked_as_automatic() {
    let app = spawn_app().await;
    app.create_event("webinar", json!({})).await;
    app.register("webinar", &person("Ada", "ada@example.org"))
        .await;
    let received = app.smtp.wait_for("ada@example.org", 1).await;
    for email in received {
        let message = mail_parser::MessageParser::default()
            .parse(email.data.as_bytes())
            .expect("parsable email");
        assert_eq!(
            message
                .header_raw("Auto-Submitted")
                .map(|v| v.trim().to_string()),
            Some("auto-generated".to_string()),
            "RFC 3834 header"
        );
    }
}

fn on_postgres() -> bool {
    std::env::var("CONVENE_TEST_DATABASE_URL").is_ok()
}

/// Rows in each table of a SQLite file, opened read-only.
async fn rows_per_table(file: &std::path::Path) -> Vec<(String, i64)> {
    use sea_orm::{ConnectionTrait, Statement};
    let db = sea_orm::Database::connect(format!("sqlite://{}?mode=ro", file.display()))
        .await
        .expect("open the copy");
    let backend = db.get_database_backend();
    let tables = db
        .query_all_raw(Statement::from_string(
            backend,
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
        ))
        .await
        .expect("tables");
    let mut counts = Vec::new();
    for table in tables {
        let name: String = table.try_get("", "name").expect("name");
        let row = db
            .query_one_raw(Statement::from_string(
                backend,
                format!("SELECT COUNT(*) AS n FROM \"{name}\""),
            ))
            .await
            .expect("count")
            .expect("a row");
        counts.push((name, row.try_get::<i64>("", "n").expect("n")));
    }
    db.close().await.expect("close");
    counts
}

#[tokio::test]
async fn after_ctrl_c_the_database_file_alone_holds_every_row() {
    if on_postgres() {
        eprintln!("a SQLite file test; PostgreSQL keeps no -wal file");
        return;
    }
    // Twice: whether the old exit left the rows in the -wal file depended on timing.
    for _ in 0..2 {
        let mut served = serve_fresh_sqlite(&["--demo"]).await;
        // Requests side by side open several pooled connections.
        let pages = (0..8).map(|_| reqwest::get(served.base.clone()));
        for page in futures_util::future::join_all(pages).await {
            assert!(page.expect("home").status().is_success());
        }
        let status = served.interrupt();
        assert!(status.success(), "a graceful stop: {status:?}");

        let copy_dir = served.dir.join("copy");
        std::fs::create_dir_all(&copy_dir).expect("dir");
        let copy = copy_dir.join("convene.db");
        std::fs::copy(served.database(), &copy).expect("copy the file alone");
        let copied = rows_per_table(&copy).await;
        let original = rows_per_table(&served.database()).await;
        assert_eq!(
            copied, original,
            "the file alone holds what the database holds"
        );
        let events = copied.iter().find(|(t, _)| t == "events").map(|(_, n)| *n);
        assert!(
            events.is_some_and(|n| n >= 7),
            "the demo events: {copied:?}"
        );
    }
}

#[tokio::test]
async fn an_empty_database_says_how_to_create_the_first_admin() {
    if on_postgres() {
        eprintln!("runs on its own fresh SQLite file");
        return;
    }
    let served = serve_fresh_sqlite(&[]).await;
    let printed = served.stdout_until("--role admin");
    assert!(
        printed.contains("convene user add --email") && printed.contains("--role admin"),
        "the start says how: {printed}"
    );
    let page = reqwest::get(format!("{}/admin/login", served.base))
        .await
        .expect("login page")
        .text()
        .await
        .expect("text");
    assert!(page.contains("id=\"first-account\""), "{page}");
    assert!(page.contains("convene user add --email you@example.org --role admin"));

    // Once an account exists, the hint is gone.
    let out = convene()
        .args([
            "user",
            "add",
            "--email",
            "ada@example.org",
            "--role",
            "admin",
        ])
        .env(
            "CONVENE_DATABASE_URL",
            format!("sqlite://{}?mode=rwc", served.database().display()),
        )
        .env("CONVENE_DATA_DIR", served.dir.display().to_string())
        .output()
        .expect("user add");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let page = reqwest::get(format!("{}/admin/login", served.base))
        .await
        .expect("login page")
        .text()
        .await
        .expect("text");
    assert!(
        !page.contains("first-account"),
        "no hint once an account exists"
    );
}

/// The UID in the first invite an address received.
fn invite_uid(app: &super::helpers::TestApp, address: &str) -> String {
    let email = app.smtp.to(address).into_iter().next().expect("an email");
    let parsed = super::mime::parse(&email.data);
    let (_, ics) = parsed.calendars.first().expect("an invite");
    ics.lines()
        .find_map(|l| l.strip_prefix("UID:"))
        .expect("a UID")
        .trim()
        .to_string()
}

#[tokio::test]
async fn calendar_uids_survive_a_new_public_url() {
    use convene::services::invites::{personal_entry, public_entry};
    let app = spawn_app().await;
    app.create_event("webinar", json!({"require_email_confirmation": false}))
        .await;
    app.register("webinar", &person("Ada", "ada@example.org"))
        .await;
    app.smtp.wait_for("ada@example.org", 1).await;
    let sent = invite_uid(&app, "ada@example.org");
    assert!(sent.ends_with("@127.0.0.1"), "{sent}");
    let ev = convene::db::event::find_by_slug(&app.state.db, "webinar")
        .await
        .expect("query")
        .expect("event");
    let ada =
        convene::db::registration::find_by_event_and_email(&app.state.db, ev.id, "ada@example.org")
            .await
            .expect("query")
            .expect("registration");
    let public_before = public_entry(&app.state, &ev, ada.language).uid;

    // The same database, started again under a new address.
    let mut moved = app.state.settings.clone();
    moved.public_url = "https://events.example.net".into();
    let transport =
        convene::mail::Transport::from_settings(&moved.smtp_url, moved.mail_dir.clone())
            .expect("transport");
    let state = convene::app::build_state_with(
        moved,
        std::sync::Arc::new(convene::clock::SystemClock),
        transport,
    )
    .await
    .expect("state");
    assert_eq!(personal_entry(&state, &ev, &ada, "token", true).uid, sent);
    assert_eq!(public_entry(&state, &ev, ada.language).uid, public_before);
    assert!(
        personal_entry(&state, &ev, &ada, "token", true)
            .description
            .contains("https://events.example.net/r/token"),
        "links do follow the new address"
    );
}

#[tokio::test]
async fn a_configured_uid_domain_is_used_from_the_start() {
    let app = spawn_app_with_settings("uid_domain = \"uid.example.org\"").await;
    app.create_event("webinar", json!({"require_email_confirmation": false}))
        .await;
    app.register("webinar", &person("Ada", "ada@example.org"))
        .await;
    app.smtp.wait_for("ada@example.org", 1).await;
    assert!(invite_uid(&app, "ada@example.org").ends_with("@uid.example.org"));
}

#[tokio::test]
async fn a_french_invite_and_email_set_labels_off_with_non_breaking_spaces() {
    let app = spawn_app().await;
    app.create_event("webinar", json!({"require_email_confirmation": false}))
        .await;
    let mut fields = person("Amélie", "amelie@example.org");
    for field in fields.iter_mut().filter(|f| f.0 == "language") {
        field.1 = "fr";
    }
    app.register("webinar", &fields).await;
    let received = app.smtp.wait_for("amelie@example.org", 1).await;
    let email = super::mime::parse(&received[0].data);
    assert_eq!(email.language, "fr");
    let (_, ics) = email.calendars.first().expect("an invite");
    let description = &super::ical::parse(ics).events[0].description;
    assert!(
        description.contains("\u{a0}: http") && description.contains("/join\n"),
        "{description}"
    );
    assert!(
        description.contains("\u{a0}: http://127.0.0.1"),
        "{description}"
    );
    for text in [description.as_str(), email.text.as_str()] {
        for (i, _) in text.match_indices(": ") {
            let before: Vec<char> = text[..i].chars().rev().take(30).collect();
            assert_eq!(
                before.first(),
                Some(&'\u{a0}'),
                "a bare colon after {:?}",
                before.iter().rev().collect::<String>()
            );
        }
    }
}
