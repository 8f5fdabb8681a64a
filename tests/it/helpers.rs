//! `spawn_app()`: the real server on port 0 with its own fresh database (SQLite, or
//! PostgreSQL when `CONVENE_TEST_DATABASE_URL` is set) and its own SMTP server.

// Re-exported so tests keep one import path; not every test binary uses all of them.
#[allow(unused_imports)]
pub use super::visitor::{Visitor, hidden, person};

use std::path::PathBuf;
use std::sync::{Arc, Once};

use chrono::Utc;
use convene::app::{Application, build_state_with};
use convene::clock::ManualClock;
use convene::config::Settings;
use convene::mail::Transport;
use convene::state::AppState;
use tokio::sync::watch;

use super::smtp::SmtpSink;

pub struct TestApp {
    pub base: String,
    pub state: AppState,
    pub clock: ManualClock,
    pub smtp: SmtpSink,
    pub client: reqwest::Client,
    pub token: String,
    stop: watch::Sender<bool>,
    database: TestDatabase,
}

pub struct Options {
    /// Run the outbox worker and scheduler in the background (off: tests drive them).
    pub workers: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options { workers: true }
    }
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(Options::default()).await
}

/// An app whose settings get `extra` TOML on top of the test defaults.
pub async fn spawn_app_with_settings(extra: &str) -> TestApp {
    spawn(Options::default(), extra).await
}

pub async fn spawn_app_with(options: Options) -> TestApp {
    spawn(options, "").await
}

async fn spawn(options: Options, extra: &str) -> TestApp {
    announce_backend();
    let database = TestDatabase::create().await;
    let smtp = SmtpSink::start().await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    let settings = settings_for(&database, &smtp, addr, extra);
    // Warnings and errors land in the captured output of a failing test.
    convene::telemetry::init(&settings);
    let clock = ManualClock::new(Utc::now());
    let transport =
        Transport::from_settings(&settings.smtp_url, settings.mail_dir.clone()).expect("transport");
    let state = build_state_with(settings, Arc::new(clock.clone()), transport)
        .await
        .expect("state");
    let admin = convene::services::accounts::add_user(
        &state.db,
        "admin@example.org",
        convene::services::accounts::Role::Admin,
        "admin-password-1",
        Utc::now(),
    )
    .await
    .expect("admin");
    let token =
        convene::services::accounts::create_token(&state.db, &admin.email, "tests", Utc::now())
            .await
            .expect("token");
    let app = Application::with_listener(state.clone(), listener).expect("app");
    let (stop, stopped) = watch::channel(false);
    if options.workers {
        tokio::spawn(app.run(stopped));
    } else {
        let router = convene::web::router(state.clone());
        let listener = app.into_listener();
        tokio::spawn(async move {
            let _ = axum::serve(
                listener,
                router.into_make_service_with_connect_info::<std::net::SocketAddr>(),
            )
            .await;
        });
        drop(stopped);
    }
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    TestApp {
        base: format!("http://{addr}"),
        state,
        clock,
        smtp,
        client,
        token,
        stop,
        database,
    }
}

fn settings_for(
    database: &TestDatabase,
    smtp: &SmtpSink,
    addr: std::net::SocketAddr,
    extra: &str,
) -> Settings {
    let dir = database.dir.display().to_string().replace('\\', "/");
    let base = format!(
        r#"
        database_url = "{url}"
        database_max_connections = 4
        bind = "{addr}"
        public_url = "http://{addr}"
        smtp_url = "{smtp}"
        mail_dir = "{dir}/mail"
        data_dir = "{dir}"
        secret_key = "test-secret-test-secret-test-secret-0123456789"
        scheduler_interval_seconds = 3600
        log = "warn"
        "#,
        url = database.url,
        smtp = smtp.url(),
    );
    Settings::from_toml_layers(&[&base, extra]).expect("test settings")
}

fn announce_backend() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        if std::env::var("CONVENE_TEST_DATABASE_URL").is_err() {
            eprintln!("database tests ran on SQLite; the PostgreSQL run was skipped (set CONVENE_TEST_DATABASE_URL to run it)");
        }
    });
}

/// A database of one's own: a SQLite file in a fresh folder, or a fresh PostgreSQL database
/// that is dropped again when the test ends.
pub struct TestDatabase {
    pub url: String,
    pub dir: PathBuf,
    postgres: Option<(String, String)>,
}

impl TestDatabase {
    pub async fn create() -> TestDatabase {
        let id = uuid::Uuid::new_v4().simple().to_string();
        let dir = std::env::temp_dir().join(format!("convene-test-{id}"));
        std::fs::create_dir_all(&dir).expect("temp dir");
        match std::env::var("CONVENE_TEST_DATABASE_URL") {
            Ok(base) if base.starts_with("postgres") => {
                use sea_orm::ConnectionTrait;
                let name = format!("convene_test_{id}");
                let admin = sea_orm::Database::connect(&base)
                    .await
                    .expect("connect to PostgreSQL");
                admin
                    .execute_unprepared(&format!("CREATE DATABASE {name}"))
                    .await
                    .expect("create database");
                let mut url = url::Url::parse(&base).expect("url");
                url.set_path(&format!("/{name}"));
                TestDatabase {
                    url: url.to_string(),
                    dir,
                    postgres: Some((base, name)),
                }
            }
            _ => {
                let path = dir
                    .join("convene.db")
                    .display()
                    .to_string()
                    .replace('\\', "/");
                TestDatabase {
                    url: format!("sqlite://{path}?mode=rwc"),
                    dir,
                    postgres: None,
                }
            }
        }
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
        if let Some((base, name)) = self.postgres.take() {
            // Drop runs outside async; a short-lived runtime on its own thread does the work.
            let _ = std::thread::spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .expect("rt");
                rt.block_on(async {
                    use sea_orm::ConnectionTrait;
                    if let Ok(admin) = sea_orm::Database::connect(&base).await {
                        let _ = admin
                            .execute_unprepared(&format!(
                                "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
                            ))
                            .await;
                    }
                });
            })
            .join();
        }
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        let _ = self.stop.send(true);
        let _ = &self.database;
    }
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.expect("GET")
    }

    pub async fn api(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<serde_json::Value>,
    ) -> (u16, serde_json::Value) {
        let mut req = self
            .client
            .request(method, self.url(path))
            .bearer_auth(&self.token);
        if let Some(body) = body {
            req = req.json(&body);
        }
        let res = req.send().await.expect("API request");
        let status = res.status().as_u16();
        let json = res
            .json::<serde_json::Value>()
            .await
            .unwrap_or(serde_json::Value::Null);
        (status, json)
    }

    /// The first page (up to 1000) of an event's registrations, from the API, as JSON.
    pub async fn registration_page(&self, slug: &str) -> serde_json::Value {
        let path = format!("/api/v1/events/{slug}/registrations?per_page=1000");
        let (status, list) = self.api(reqwest::Method::GET, &path, None).await;
        assert_eq!(status, 200, "registrations of {slug}: {list}");
        list
    }

    /// Creates an event through the API; `extra` overrides the defaults.
    pub async fn create_event(&self, slug: &str, extra: serde_json::Value) -> serde_json::Value {
        let starts = Utc::now() + chrono::Duration::days(10);
        let mut body = serde_json::json!({
            "slug": slug,
            "kind": "webinar",
            "status": "published",
            "timezone": "Europe/Brussels",
            "starts_at": starts.to_rfc3339(),
            "ends_at": (starts + chrono::Duration::hours(2)).to_rfc3339(),
            "default_language": "en",
            "languages": ["en", "fr", "nl", "es"],
            "translations": {
                "en": {"title": "Social protection for all", "description": "A **webinar**.", "location": "Online"},
                "nl": {"title": "Sociale bescherming voor iedereen", "description": "Een webinar.", "location": "Online"},
                "fr": {"title": "La protection sociale pour tous", "description": "Un webinaire.", "location": "En ligne"},
                "es": {"title": "Protección social para todos", "description": "Un seminario web.", "location": "En línea"}
            },
            "join_url": "https://meet.example.org/join-123"
        });
        if let (Some(map), Some(extra)) = (body.as_object_mut(), extra.as_object()) {
            for (k, v) in extra {
                map.insert(k.clone(), v.clone());
            }
        }
        let (status, json) = self
            .api(reqwest::Method::POST, "/api/v1/events", Some(body))
            .await;
        assert_eq!(status, 201, "create event: {json}");
        json
    }

    /// A visitor with cookies, as a browser would be.
    pub fn visitor(&self) -> Visitor<'_> {
        self.visitor_at(&self.base)
    }

    /// A visitor of another instance of the service (same database), at `base`.
    pub fn visitor_at(&self, base: &str) -> Visitor<'_> {
        Visitor::new(self, base)
    }

    /// Registers through the public form as a new visitor; returns the POST's response.
    pub async fn register(&self, slug: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let mut visitor = self.visitor();
        visitor.register(slug, fields).await
    }

    /// The participant link from the newest email to `address`.
    pub fn link_in_email(&self, address: &str) -> String {
        let mails = self.smtp.to(address);
        let last = mails.last().expect("an email");
        let text = super::mime::plain_text(&last.data);
        let start = text
            .find(&format!("{}/r/", self.base))
            .expect("link in email");
        text[start..]
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_string()
    }
}
