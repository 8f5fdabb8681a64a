//! Operating Convene: metrics, request ids, JSON logs, backups, upgrades.

use serde_json::json;

use super::helpers::{person, spawn_app, spawn_app_with_settings};
use super::process::convene;

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
