//! Starting chromedriver and a headless Chromium session, and the checks every page gets.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};

pub struct Browser {
    pub client: Client,
    driver: Child,
    profile: PathBuf,
    name: String,
    step: usize,
}

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// None (with one printed line) when this machine has no browser.
pub async fn start(name: &str, javascript: bool, phone: bool) -> Option<Browser> {
    start_in(name, javascript, phone, "America/Lima", "es").await
}

/// A browser that believes it is in `zone` and reads `lang` first.
pub async fn start_in(
    name: &str,
    javascript: bool,
    phone: bool,
    zone: &str,
    lang: &str,
) -> Option<Browser> {
    if !Path::new(CHROMIUM).exists() || !Path::new(CHROMEDRIVER).exists() {
        // In CI a browser test that did not run must not count as passed.
        assert!(
            std::env::var_os("CI").is_none(),
            "CI is set but chromium or chromedriver is missing: the browser tests cannot run"
        );
        eprintln!("browser tests skipped: install chromium and chromium-driver to run them");
        return None;
    }
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .ok()?
        .local_addr()
        .ok()?
        .port();
    let driver = Command::new(CHROMEDRIVER)
        .arg(format!("--port={port}"))
        .arg("--allowed-ips=127.0.0.1")
        // JavaScript fills the time zone field from the browser's zone.
        .env("TZ", zone)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromedriver");
    let profile =
        std::env::temp_dir().join(format!("convene-chrome-{}", uuid::Uuid::new_v4().simple()));
    let mut options = json!({
        "binary": CHROMIUM,
        "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--no-first-run", "--disable-quic", format!("--lang={lang}"),
                 format!("--user-data-dir={}", profile.display())],
    });
    if !javascript {
        options["prefs"] = json!({"profile.managed_default_content_settings.javascript": 2});
    }
    let mut caps = serde_json::Map::new();
    caps.insert("goog:chromeOptions".into(), options);
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    let mut client = None;
    for _ in 0..100 {
        match ClientBuilder::new(connector.clone())
            .capabilities(caps.clone())
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
        {
            Ok(c) => {
                client = Some(c);
                break;
            }
            Err(_) => tokio::time::sleep(std::time::Duration::from_millis(100)).await,
        }
    }
    let client = client.expect("a WebDriver session");
    if phone {
        client
            .set_window_size(390, 844)
            .await
            .expect("phone-sized window");
    } else {
        client.set_window_size(1280, 900).await.expect("window");
    }
    Some(Browser {
        client,
        driver,
        profile,
        name: name.to_string(),
        step: 0,
    })
}

impl Browser {
    /// Saves a screenshot as `tests/artifacts/<test>-<n>-<step>.png`.
    pub async fn snap(&mut self, step: &str) {
        self.step += 1;
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/artifacts");
        let _ = std::fs::create_dir_all(&dir);
        if let Ok(png) = self.client.screenshot().await {
            let _ = std::fs::write(
                dir.join(format!("{}-{:02}-{step}.png", self.name, self.step)),
                png,
            );
        }
    }

    pub async fn text(&self, css: &str) -> String {
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|_| panic!("no {css}"))
            .text()
            .await
            .expect("text")
    }

    pub async fn fill(&self, css: &str, value: &str) {
        let field = self
            .client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|_| panic!("no {css}"));
        field.clear().await.expect("clear");
        field.send_keys(value).await.expect("type");
    }

    pub async fn click(&self, css: &str) {
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|_| panic!("no {css}"))
            .click()
            .await
            .expect("click");
    }

    /// Clicks a button that posts a form and waits until the next page has loaded: a click
    /// can return before the browser has left the old page.
    pub async fn submit_by(&self, css: &str) -> String {
        self.client
            .execute("window.__convene_old_page = true; return null", vec![])
            .await
            .expect("mark the page");
        self.click(css).await;
        for _ in 0..100 {
            let state = self
                .client
                .execute(
                    "return (window.__convene_old_page ? 'old' : document.readyState)",
                    vec![],
                )
                .await
                .ok()
                .and_then(|v| v.as_str().map(str::to_string));
            if state.as_deref() == Some("complete") {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        self.client
            .current_url()
            .await
            .expect("url")
            .path()
            .to_string()
    }

    pub async fn select(&self, css: &str, value: &str) {
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|_| panic!("no {css}"))
            .select_by_value(value)
            .await
            .expect("select");
    }

    /// Runs axe-core in the page and returns the serious and critical violations.
    pub async fn accessibility_problems(&self) -> Vec<String> {
        let axe = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/browser-tools/node_modules/axe-core/axe.min.js");
        let source = std::fs::read_to_string(&axe).unwrap_or_else(|_| {
            panic!("axe-core missing: run `npm install --prefix tests/browser-tools`")
        });
        self.client
            .execute(&source, vec![])
            .await
            .expect("inject axe");
        let result = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v =>
                   ({id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 3)}))));",
                vec![],
            )
            .await
            .expect("axe run");
        result
            .as_array()
            .cloned()
            .unwrap_or_default()
            .into_iter()
            .filter(|v| matches!(v["impact"].as_str(), Some("serious" | "critical")))
            .map(|v| format!("{} ({}) at {}", v["id"], v["impact"], v["nodes"]))
            .collect()
    }

    /// Bytes transferred for the page and everything it loaded.
    pub async fn page_weight(&self) -> u64 {
        let value: Value = self
            .client
            .execute(
                "const entries = performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'));
                 return entries.reduce((sum, e) => sum + (e.transferSize || e.encodedBodySize || 0), 0);",
                vec![],
            )
            .await
            .expect("weight");
        value.as_f64().unwrap_or(0.0) as u64
    }

    pub async fn finish(self) {
        let Browser {
            client,
            mut driver,
            profile,
            ..
        } = self;
        let _ = client.close().await;
        let _ = driver.kill();
        let _ = driver.wait();
        let _ = std::fs::remove_dir_all(profile);
    }
}
