//! `convene serve` as a real child process, for tests of several instances and of crashes.

use std::process::{Child, Command, Stdio};

pub struct Instance {
    pub child: Child,
    pub base: String,
}

impl Drop for Instance {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port()
}

/// The `convene` binary with none of the developer's own `CONVENE_*` settings, which tests
/// must not pick up.
pub fn convene() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_convene"));
    for (key, _) in std::env::vars() {
        if key.starts_with("CONVENE_") {
            cmd.env_remove(key);
        }
    }
    cmd.env("CONVENE_LOG", "error");
    cmd
}

pub async fn start_instance(settings: &convene::config::Settings) -> Instance {
    start_instance_on(settings, free_port()).await
}

pub async fn start_instance_on(settings: &convene::config::Settings, port: u16) -> Instance {
    let base = format!("http://127.0.0.1:{port}");
    let child = convene()
        .arg("serve")
        .env("CONVENE_DATABASE_URL", &settings.database_url)
        .env("CONVENE_BIND", format!("127.0.0.1:{port}"))
        .env("CONVENE_PUBLIC_URL", &base)
        .env("CONVENE_SMTP_URL", &settings.smtp_url)
        .env("CONVENE_SECRET_KEY", &settings.secret_key)
        .env("CONVENE_DATA_DIR", settings.data_dir.display().to_string())
        .env("CONVENE_RATE_LIMIT", "0")
        .env("CONVENE_MIN_FILL_SECONDS", "0")
        // A killed instance's claimed emails are taken over within seconds, not minutes.
        .env("CONVENE_OUTBOX_LEASE_SECONDS", "3")
        .env("CONVENE_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("start convene serve");
    let client = reqwest::Client::new();
    for _ in 0..200 {
        if client
            .get(format!("{base}/healthz"))
            .send()
            .await
            .is_ok_and(|r| r.status().is_success())
        {
            return Instance { child, base };
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let mut child = child;
    let _ = child.kill();
    let _ = child.wait();
    panic!("instance at {base} did not start");
}
