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
        .env(
            "CONVENE_ALLOW_PRIVATE_WEBHOOKS",
            settings.allow_private_webhooks.to_string(),
        )
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

/// `convene serve` on a fresh SQLite file in its own folder, its standard output read line by
/// line, for tests of what an operator sees and of what stays on disk after a stop.
pub struct Served {
    pub child: Child,
    pub base: String,
    pub dir: std::path::PathBuf,
    pub stdout: std::sync::mpsc::Receiver<String>,
}

impl Served {
    pub fn database(&self) -> std::path::PathBuf {
        self.dir.join("convene.db")
    }

    /// Stops it as Ctrl-C would and waits until it has exited.
    pub fn interrupt(&mut self) -> std::process::ExitStatus {
        let status = Command::new("kill")
            .args(["-INT", &self.child.id().to_string()])
            .status()
            .expect("kill");
        assert!(status.success());
        for _ in 0..300 {
            if let Some(status) = self.child.try_wait().expect("wait") {
                return status;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        panic!("convene serve did not stop within 15 s of SIGINT");
    }

    /// Standard output so far, until `wanted` appears (or 10 s pass).
    pub fn stdout_until(&self, wanted: &str) -> String {
        let mut seen = String::new();
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while !seen.contains(wanted) {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            match self.stdout.recv_timeout(left) {
                Ok(line) => {
                    seen.push_str(&line);
                    seen.push('\n');
                }
                Err(_) => break,
            }
        }
        seen
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

pub async fn serve_fresh_sqlite(args: &[&str]) -> Served {
    let dir = std::env::temp_dir().join(format!("convene-serve-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir).expect("dir");
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let mut child = convene()
        .arg("serve")
        .args(args)
        .env(
            "CONVENE_DATABASE_URL",
            format!("sqlite://{}?mode=rwc", dir.join("convene.db").display()),
        )
        .env("CONVENE_BIND", format!("127.0.0.1:{port}"))
        .env("CONVENE_PUBLIC_URL", &base)
        .env("CONVENE_DATA_DIR", dir.display().to_string())
        .env("CONVENE_MAIL_DIR", dir.join("mail").display().to_string())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("start convene serve");
    let out = child.stdout.take().expect("stdout");
    let (send, stdout) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        use std::io::BufRead;
        for line in std::io::BufReader::new(out).lines().map_while(Result::ok) {
            if send.send(line).is_err() {
                break;
            }
        }
    });
    let served = Served {
        child,
        base,
        dir,
        stdout,
    };
    let client = reqwest::Client::new();
    for _ in 0..300 {
        if client
            .get(format!("{}/healthz", served.base))
            .send()
            .await
            .is_ok_and(|r| r.status().is_success())
        {
            return served;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("convene serve at {} did not start", served.base);
}
