//! Webhooks against a real HTTP receiver on loopback: signatures, every event type, retries
//! after an outage, refusals, timeouts, and two instances delivering each event once.

mod admin_pages;
mod delivery;
mod instances;
mod refusals;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use hmac::{Hmac, Mac};
use serde_json::json;
use sha2::Sha256;

use super::helpers::TestApp;

/// One request the receiver got.
#[derive(Debug, Clone)]
pub struct Received {
    pub headers: HeaderMap,
    pub body: String,
}

impl Received {
    pub fn header(&self, name: &str) -> String {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string()
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).expect("JSON body")
    }
}

/// How the receiver answers.
#[derive(Debug, Clone, Copy)]
pub enum Behaviour {
    Accept,
    /// Waits this long before answering 200.
    Slow(Duration),
    /// Answers 500 with a body of this many bytes.
    Huge(usize),
}

#[derive(Clone)]
struct Shared {
    received: Arc<Mutex<Vec<Received>>>,
    behaviour: Behaviour,
}

/// An HTTP server on loopback that records every POST.
pub struct Receiver {
    pub url: String,
    received: Arc<Mutex<Vec<Received>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Receiver {
    pub async fn start(behaviour: Behaviour) -> Receiver {
        Self::start_on(0, behaviour).await
    }

    pub async fn start_on(port: u16, behaviour: Behaviour) -> Receiver {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
            .await
            .expect("bind receiver");
        let port = listener.local_addr().expect("addr").port();
        let shared = Shared {
            received: Arc::default(),
            behaviour,
        };
        let received = shared.received.clone();
        let router = axum::Router::new()
            .route("/hook", axum::routing::post(record))
            .with_state(shared);
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, router).await;
        });
        Receiver {
            url: format!("http://127.0.0.1:{port}/hook"),
            received,
            task,
        }
    }

    pub fn received(&self) -> Vec<Received> {
        self.received.lock().expect("lock").clone()
    }

    /// Waits (up to 15 s) until at least `n` requests arrived.
    pub async fn wait_for(&self, n: usize) -> Vec<Received> {
        for _ in 0..300 {
            let got = self.received();
            if got.len() >= n {
                return got;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!(
            "the receiver got {} requests, expected {n}",
            self.received().len()
        );
    }
}

impl Drop for Receiver {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn record(State(shared): State<Shared>, headers: HeaderMap, body: String) -> Response {
    shared
        .received
        .lock()
        .expect("lock")
        .push(Received { headers, body });
    match shared.behaviour {
        Behaviour::Accept => StatusCode::NO_CONTENT.into_response(),
        Behaviour::Slow(wait) => {
            tokio::time::sleep(wait).await;
            StatusCode::OK.into_response()
        }
        Behaviour::Huge(size) => {
            (StatusCode::INTERNAL_SERVER_ERROR, "x".repeat(size)).into_response()
        }
    }
}

/// Checks a Standard Webhooks signature the way a receiver would, written here independently
/// of Convene's own code.
pub fn signature_holds(secret: &str, got: &Received) -> bool {
    let key = STANDARD
        .decode(secret.strip_prefix("whsec_").expect("whsec_ prefix"))
        .expect("base64 secret");
    let mut mac = Hmac::<Sha256>::new_from_slice(&key).expect("key");
    let signed = format!(
        "{}.{}.{}",
        got.header("webhook-id"),
        got.header("webhook-timestamp"),
        got.body
    );
    mac.update(signed.as_bytes());
    let expected = format!("v1,{}", STANDARD.encode(mac.finalize().into_bytes()));
    got.header("webhook-signature")
        .split(' ')
        .any(|candidate| candidate == expected)
}

/// Registers a receiver through the API; returns (id, secret).
pub async fn add_webhook(app: &TestApp, url: &str, events: &[&str]) -> (i64, String) {
    let (status, body) = app
        .api(
            reqwest::Method::POST,
            "/api/v1/webhooks",
            Some(json!({"url": url, "events": events})),
        )
        .await;
    assert_eq!(status, 201, "create webhook: {body}");
    (
        body["id"].as_i64().expect("id"),
        body["secret"].as_str().expect("secret").to_string(),
    )
}

/// The deliveries of a receiver, from the API.
pub async fn deliveries(app: &TestApp, id: i64) -> Vec<serde_json::Value> {
    let (status, body) = app
        .api(
            reqwest::Method::GET,
            &format!("/api/v1/webhooks/{id}/deliveries"),
            None,
        )
        .await;
    assert_eq!(status, 200, "deliveries: {body}");
    body["items"].as_array().expect("items").clone()
}

/// The settings of tests that deliver to a receiver on loopback.
pub const LOOPBACK: &str = "allow_private_webhooks = true\nwebhook_timeout_seconds = 2";
