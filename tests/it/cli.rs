//! The command line, run as a real process: errors, configuration layers, demo data, accounts.

use std::io::Write;
use std::process::Stdio;

use super::helpers::spawn_app;
use super::process::convene;

fn temp_dir() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("convene-cli-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir).expect("dir");
    dir
}

fn one_line_error(output: &std::process::Output) -> String {
    assert!(!output.status.success(), "must fail");
    let stderr = String::from_utf8_lossy(&output.stderr).trim().to_string();
    assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
    assert!(stderr.starts_with("convene: "), "{stderr}");
    stderr
}

#[test]
fn bad_arguments_bad_config_and_no_database_fail_in_one_line() {
    let out = convene().args(["serve", "--bogus"]).output().expect("run");
    assert!(one_line_error(&out).contains("--bogus"));
    let out = convene()
        .args(["user", "add", "--email", "a@example.org", "--role", "boss"])
        .output()
        .expect("run");
    assert!(one_line_error(&out).contains("boss"));
    let out = convene()
        .arg("migrate")
        .env("CONVENE_BIND", "nowhere")
        .output()
        .expect("run");
    assert!(one_line_error(&out).contains("bind"));
    let out = convene()
        .arg("migrate")
        .env("CONVENE_DATABASE_URL", "mysql://x")
        .output()
        .expect("run");
    assert!(one_line_error(&out).contains("database_url"));
    let out = convene()
        .args(["migrate", "--config", "/nonexistent/convene.toml"])
        .output()
        .expect("run");
    assert!(one_line_error(&out).contains("--config"));
    let out = convene()
        .arg("migrate")
        .env("CONVENE_DATABASE_URL", "postgres://nobody@127.0.0.1:1/none")
        .output()
        .expect("run");
    assert!(one_line_error(&out).contains("cannot open the database"));
}

#[test]
fn later_configuration_layers_win() {
    let dir = temp_dir();
    let from_file = dir.join("from-file.db");
    let from_env = dir.join("from-env.db");
    let config = dir.join("convene.toml");
    std::fs::write(
        &config,
        format!(
            "database_url = \"sqlite://{}?mode=rwc\"\n",
            from_file.display()
        ),
    )
    .expect("write");
    let out = convene()
        .args(["migrate", "--config"])
        .arg(&config)
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(from_file.exists(), "the --config file beats the defaults");
    let out = convene()
        .args(["migrate", "--config"])
        .arg(&config)
        .env(
            "CONVENE_DATABASE_URL",
            format!("sqlite://{}?mode=rwc", from_env.display()),
        )
        .output()
        .expect("run");
    assert!(out.status.success());
    assert!(from_env.exists(), "the environment beats the --config file");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn the_demo_loads_once() {
    let dir = temp_dir();
    let url = format!("sqlite://{}?mode=rwc", dir.join("demo.db").display());
    let run = || {
        let out = convene()
            .arg("demo")
            .env("CONVENE_DATABASE_URL", &url)
            .env("CONVENE_DATA_DIR", dir.display().to_string())
            .output()
            .expect("run");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).to_string()
    };
    let first = run();
    assert!(first.contains("7 new events"), "{first}");
    let second = run();
    assert!(second.contains("0 new events"), "{second}");
    let _ = std::fs::remove_dir_all(dir);
}

#[tokio::test]
async fn accounts_and_tokens_from_the_command_line_open_the_api() {
    let app = spawn_app().await;
    let url = app.state.settings.database_url.clone();
    let mut child = convene()
        .args([
            "user",
            "add",
            "--email",
            "organizer@example.org",
            "--role",
            "organizer",
            "--password-stdin",
        ])
        .env("CONVENE_DATABASE_URL", &url)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"a long enough password\n")
        .expect("write");
    let out = child.wait_with_output().expect("wait");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        !String::from_utf8_lossy(&out.stdout).contains("a long enough password"),
        "a given password is not echoed"
    );

    let out = convene()
        .args([
            "token",
            "create",
            "--email",
            "organizer@example.org",
            "--name",
            "script",
        ])
        .env("CONVENE_DATABASE_URL", &url)
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let token = stdout
        .lines()
        .last()
        .expect("token line")
        .trim()
        .to_string();
    let res = app
        .client
        .get(app.url("/api/v1/events"))
        .bearer_auth(&token)
        .send()
        .await
        .expect("get");
    assert_eq!(res.status(), 200);

    let out = convene()
        .args(["token", "create", "--email", "nobody@example.org"])
        .env("CONVENE_DATABASE_URL", &url)
        .output()
        .expect("run");
    assert!(one_line_error(&out).contains("nobody@example.org"));
}
