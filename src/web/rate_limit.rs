//! Per-address rate limits on form posts and the join door: a token bucket per client
//! address, refilled continuously at `rate_limit` per minute.
//!
//! The buckets live in each process's memory: with several instances an address gets the
//! budget once per instance, which still stops floods; sign-in throttling, which must be
//! exact, is counted in the database instead.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::Mutex;
use std::time::Instant;

use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderMap, Method};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::config::TrustedProxies;
use crate::error::AppError;
use crate::state::AppState;

pub struct RateLimiter {
    per_minute: f64,
    buckets: Mutex<HashMap<IpAddr, (f64, Instant)>>,
}

impl RateLimiter {
    pub fn new(per_minute: u32) -> Self {
        RateLimiter {
            per_minute: f64::from(per_minute),
            buckets: Mutex::new(HashMap::new()),
        }
    }

    /// Takes one token for `addr`; on refusal, the seconds until the next token.
    pub fn check(&self, addr: IpAddr, now: Instant) -> Result<(), u64> {
        if self.per_minute <= 0.0 {
            return Ok(());
        }
        let mut buckets = self
            .buckets
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if buckets.len() > 100_000 {
            // Forget addresses whose buckets are full again: they would start full anyway.
            let per_second = self.per_minute / 60.0;
            let capacity = self.per_minute;
            buckets.retain(|_, (tokens, at)| {
                *tokens + now.duration_since(*at).as_secs_f64() * per_second < capacity
            });
        }
        let (tokens, at) = buckets.entry(addr).or_insert((self.per_minute, now));
        let refill = now.duration_since(*at).as_secs_f64() * self.per_minute / 60.0;
        *tokens = (*tokens + refill).min(self.per_minute);
        *at = now;
        if *tokens >= 1.0 {
            *tokens -= 1.0;
            Ok(())
        } else {
            let wait = (1.0 - *tokens) * 60.0 / self.per_minute;
            Err(wait.ceil().max(1.0) as u64)
        }
    }
}

/// The client's address. Without a trusted header: the connection's. With one: every line of
/// the header, read from the right, skipping the trusted proxies; the first other address is
/// the client. Entries further left were written by the client itself and prove nothing, and
/// a proxy that appends a line of its own (rather than extending the last one) cannot be
/// fooled by a line the client sent first.
pub fn client_addr(
    headers: &HeaderMap,
    connection: Option<SocketAddr>,
    trusted_header: &str,
    trusted_proxies: &TrustedProxies,
) -> Option<IpAddr> {
    if !trusted_header.is_empty() {
        let hops: Vec<IpAddr> = headers
            .get_all(trusted_header)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .filter_map(|ip| ip.trim().parse().ok())
            .collect();
        let client = hops
            .iter()
            .rev()
            .find(|ip| !trusted_proxies.contains(**ip))
            .or(hops.first());
        if let Some(client) = client {
            return Some(*client);
        }
    }
    connection.map(|c| c.ip())
}

/// A loggable name for a limited path: participant tokens are replaced, so that logs never
/// hold a link that opens someone's registration.
pub fn route_template(path: &str) -> String {
    let mut parts: Vec<&str> = path.split('/').collect();
    if parts.get(1) == Some(&"r") && parts.len() > 2 {
        parts[2] = "{token}";
    }
    if parts.get(1) == Some(&"events") && parts.len() > 2 {
        parts[2] = "{slug}";
    }
    if parts.get(1) == Some(&"invite") && parts.len() > 2 {
        parts[2] = "{token}";
    }
    parts.join("/")
}

/// What is limited: posted forms (registration, sign-in, resend, participant actions) and the
/// join door; not the API (tokens identify callers), not ordinary page views, and not the
/// admin's forms behind sign-in (a session identifies the organizer, who may well change forty
/// statuses in a minute).
fn is_limited(method: &Method, path: &str) -> bool {
    let sign_in_form = path == "/admin/login" || path == "/admin/login/code";
    let signed_in_form = path.starts_with("/admin/") && !sign_in_form;
    (method == Method::POST && !path.starts_with("/api/") && !signed_in_form)
        || (method == Method::GET && path.ends_with("/join"))
}

pub async fn limit(State(state): State<AppState>, req: Request, next: Next) -> Response {
    if !is_limited(req.method(), req.uri().path()) {
        return next.run(req).await;
    }
    let connection = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0);
    let addr = client_addr(
        req.headers(),
        connection,
        &state.settings.trusted_proxy_header,
        &state.settings.trusted_proxies,
    );
    if let Some(addr) = addr
        && let Err(retry_after) = state.rate_limiter.check(addr, Instant::now())
    {
        tracing::warn!(%addr, method = %req.method(), route = %route_template(req.uri().path()), "rate limited");
        // Drawn by the error-page layer around this one, in the visitor's language.
        return AppError::TooManyRequests { retry_after }.into_response();
    }
    next.run(req).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buckets_refill_over_time() {
        let limiter = RateLimiter::new(2);
        let ip: IpAddr = "192.0.2.1".parse().expect("ip");
        let other: IpAddr = "192.0.2.2".parse().expect("ip");
        let t0 = Instant::now();
        assert!(limiter.check(ip, t0).is_ok());
        assert!(limiter.check(ip, t0).is_ok());
        assert_eq!(limiter.check(ip, t0), Err(30));
        assert!(
            limiter.check(other, t0).is_ok(),
            "each address has its own budget"
        );
        assert!(
            limiter
                .check(ip, t0 + std::time::Duration::from_secs(31))
                .is_ok()
        );
        assert!(RateLimiter::new(0).check(ip, t0).is_ok(), "0 turns it off");
    }

    #[test]
    fn sign_in_is_limited_and_the_signed_in_admin_is_not() {
        assert!(is_limited(&Method::POST, "/admin/login"));
        assert!(is_limited(&Method::POST, "/admin/login/code"));
        assert!(is_limited(&Method::POST, "/events/x/register"));
        assert!(!is_limited(&Method::POST, "/admin/events/x/publish"));
        assert!(!is_limited(&Method::GET, "/admin/events"));
    }

    #[test]
    fn a_trusted_header_names_the_client() {
        let mut headers = HeaderMap::new();
        headers.insert(
            "x-forwarded-for",
            "203.0.113.9, 198.51.100.7".parse().expect("value"),
        );
        let conn: SocketAddr = "10.0.0.1:5000".parse().expect("addr");
        let none = TrustedProxies::default();
        assert_eq!(
            client_addr(&headers, Some(conn), "x-forwarded-for", &none),
            "198.51.100.7".parse().ok()
        );
        assert_eq!(
            client_addr(&headers, Some(conn), "", &none),
            Some(conn.ip()),
            "untrusted headers are ignored"
        );
    }

    #[test]
    fn a_line_the_client_sent_first_does_not_name_it() {
        let mut headers = HeaderMap::new();
        // The client's own line, then the line its proxy appended, ending in a second proxy.
        headers.append("x-forwarded-for", "192.0.2.99".parse().expect("value"));
        headers.append(
            "x-forwarded-for",
            "203.0.113.9, 10.1.2.3".parse().expect("value"),
        );
        let conn: SocketAddr = "10.0.0.1:5000".parse().expect("addr");
        let proxies = TrustedProxies(vec!["10.0.0.0/8".parse().expect("net")]);
        assert_eq!(
            client_addr(&headers, Some(conn), "x-forwarded-for", &proxies),
            "203.0.113.9".parse().ok()
        );
    }

    #[test]
    fn logged_routes_hold_no_token() {
        assert_eq!(
            route_template("/r/s3cr3t-token/cancel"),
            "/r/{token}/cancel"
        );
        assert_eq!(route_template("/r/s3cr3t-token"), "/r/{token}");
        assert_eq!(
            route_template("/events/x/register"),
            "/events/{slug}/register"
        );
        assert_eq!(route_template("/admin/login"), "/admin/login");
    }
}
