//! The outbox keeps intents: an email is written when it is sent, with the event as it is
//! then, and no working participant link is stored in the database or a backup.

use chrono::Utc;
use sea_orm::{ConnectionTrait, Statement};
use serde_json::json;

use super::helpers::{Options, TestApp, person, spawn_app, spawn_app_with};
use super::process::convene;
use super::{ical, mime};

#[tokio::test]
async fn an_email_sent_after_the_event_moved_shows_the_new_time() {
    // No worker: the confirmation waits in the outbox while the organizer moves the event.
    let app = spawn_app_with(Options { workers: false }).await;
    app.create_event("webinar", json!({"require_email_confirmation": false}))
        .await;
    app.register("webinar", &person("Ada", "ada@example.org"))
        .await;
    let new_start = Utc::now() + chrono::Duration::days(40);
    let (status, body) = app
        .api(
            reqwest::Method::PATCH,
            "/api/v1/events/webinar",
            Some(json!({
            "starts_at": new_start.to_rfc3339(),
            "ends_at": (new_start + chrono::Duration::hours(1)).to_rfc3339()})),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    convene::mail::outbox::deliver_due(&app.state)
        .await
        .expect("deliver");
    let mails = app.smtp.wait_for("ada@example.org", 2).await;
    let expected = convene::clock::whole_seconds(new_start).timestamp();
    for mail in &mails {
        let parsed = mime::parse(&mail.data);
        let invite = ical::parse(&parsed.calendars[0].1);
        assert_eq!(
            invite.events[0].start.timestamp(),
            expected,
            "every email shows the new time, the confirmation queued before the move too"
        );
    }
}

/// Every text value of every column of every table, as text.
async fn every_stored_text(app: &TestApp) -> Vec<String> {
    let db = &app.state.db;
    let backend = db.get_database_backend();
    let postgres = matches!(backend, sea_orm::DatabaseBackend::Postgres);
    let strings = |sql: String| async move {
        db.query_all_raw(Statement::from_string(backend, sql))
            .await
            .expect("query")
            .iter()
            .filter_map(|row| row.try_get_by_index::<Option<String>>(0).ok().flatten())
            .collect::<Vec<String>>()
    };
    let tables = strings(if postgres {
        "SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public'"
            .into()
    } else {
        "SELECT name FROM sqlite_master WHERE type = 'table'".into()
    })
    .await;
    assert!(tables.iter().any(|t| t == "outbox"), "{tables:?}");
    let mut values = Vec::new();
    for table in tables {
        let columns = strings(if postgres {
            format!(
                "SELECT column_name::text FROM information_schema.columns \
                 WHERE table_schema = 'public' AND table_name = '{table}'"
            )
        } else {
            format!("SELECT name FROM pragma_table_info('{table}')")
        })
        .await;
        for column in columns {
            values.extend(
                strings(format!(
                    "SELECT CAST(\"{column}\" AS TEXT) FROM \"{table}\""
                ))
                .await,
            );
        }
    }
    values
}

#[tokio::test]
async fn no_participant_token_is_stored_in_the_database_or_a_backup() {
    let app = spawn_app().await;
    app.create_event("webinar", json!({})).await;
    app.create_event("seminar", json!({"require_email_confirmation": false}))
        .await;
    app.register("webinar", &person("Ada", "ada@example.org"))
        .await;
    app.register("seminar", &person("Bea", "bea@example.org"))
        .await;
    app.smtp.wait_for("ada@example.org", 1).await;
    app.smtp.wait_for("bea@example.org", 1).await;
    let mut tokens = Vec::new();
    for address in ["ada@example.org", "bea@example.org"] {
        let link = app.link_in_email(address);
        let token = link.rsplit('/').next().expect("token").to_string();
        assert_eq!(token.len(), 43, "{link}");
        tokens.push(token);
    }
    let stored = every_stored_text(&app).await;
    assert!(
        stored.iter().any(|v| v == "ada@example.org"),
        "the scan sees the registrations"
    );
    for token in &tokens {
        assert!(
            !stored.iter().any(|v| v.contains(token.as_str())),
            "a participant token is stored in the database"
        );
    }
    if std::env::var("CONVENE_TEST_DATABASE_URL").is_ok() {
        return; // `convene backup` copies SQLite; PostgreSQL is backed up with pg_dump.
    }
    let dir = std::env::temp_dir().join(format!("convene-scan-{}", uuid::Uuid::new_v4().simple()));
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
    let bytes = std::fs::read(&backup).expect("backup file");
    let text = String::from_utf8_lossy(&bytes);
    assert!(
        text.contains("ada@example.org"),
        "the backup holds the data"
    );
    for token in &tokens {
        assert!(
            !text.contains(token.as_str()),
            "a participant token is in the backup"
        );
    }
    let _ = std::fs::remove_dir_all(dir);
}
