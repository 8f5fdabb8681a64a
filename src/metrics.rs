//! Prometheus metrics, kept in a few maps in memory and rendered in the text format. Label
//! values are bounded: routes are templates (`/events/{slug}`), never raw paths.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Mutex;
use std::time::Duration;

/// Upper bounds of the latency buckets, in seconds.
const BUCKETS: [f64; 11] = [
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 5.0,
];

#[derive(Default)]
struct Histogram {
    counts: [u64; BUCKETS.len()],
    count: u64,
    sum: f64,
}

impl Histogram {
    fn observe(&mut self, seconds: f64) {
        for (i, bound) in BUCKETS.iter().enumerate() {
            if seconds <= *bound {
                self.counts[i] += 1;
            }
        }
        self.count += 1;
        self.sum += seconds;
    }

    fn render(&self, out: &mut String, name: &str, labels: &str) {
        let sep = if labels.is_empty() { "" } else { "," };
        for (bound, count) in BUCKETS.iter().zip(self.counts) {
            let _ = writeln!(out, "{name}_bucket{{{labels}{sep}le=\"{bound}\"}} {count}");
        }
        let _ = writeln!(
            out,
            "{name}_bucket{{{labels}{sep}le=\"+Inf\"}} {}",
            self.count
        );
        let braces = if labels.is_empty() {
            String::new()
        } else {
            format!("{{{labels}}}")
        };
        let _ = writeln!(out, "{name}_sum{braces} {}", self.sum);
        let _ = writeln!(out, "{name}_count{braces} {}", self.count);
    }
}

#[derive(Default)]
struct Inner {
    requests: BTreeMap<(String, String, u16), u64>,
    latency: BTreeMap<String, Histogram>,
    emails_sent: u64,
    emails_failed_attempts: u64,
    send_latency: Histogram,
    scheduler_runs: u64,
    scheduler_failures: u64,
}

#[derive(Default)]
pub struct Metrics(Mutex<Inner>);

impl Metrics {
    fn with<T>(&self, f: impl FnOnce(&mut Inner) -> T) -> T {
        f(&mut self
            .0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner()))
    }

    pub fn http_request(&self, route: &str, method: &str, status: u16, took: Duration) {
        self.with(|m| {
            *m.requests
                .entry((route.to_string(), method.to_string(), status))
                .or_default() += 1;
            m.latency
                .entry(route.to_string())
                .or_default()
                .observe(took.as_secs_f64());
        });
    }

    pub fn email_sent(&self, took: Duration) {
        self.with(|m| {
            m.emails_sent += 1;
            m.send_latency.observe(took.as_secs_f64());
        });
    }

    pub fn email_attempt_failed(&self) {
        self.with(|m| m.emails_failed_attempts += 1);
    }

    pub fn scheduler_run(&self, ok: bool) {
        self.with(|m| {
            m.scheduler_runs += 1;
            if !ok {
                m.scheduler_failures += 1;
            }
        });
    }

    /// The process's own counters; gauges read from the database are added by the caller.
    pub fn render(&self) -> String {
        let mut out = String::new();
        self.with(|m| {
            out.push_str("# HELP convene_http_requests_total HTTP requests by route template, method and status.\n");
            out.push_str("# TYPE convene_http_requests_total counter\n");
            for ((route, method, status), n) in &m.requests {
                let _ = writeln!(out, "convene_http_requests_total{{route=\"{route}\",method=\"{method}\",status=\"{status}\"}} {n}");
            }
            out.push_str("# HELP convene_http_request_duration_seconds Time to answer, by route template.\n");
            out.push_str("# TYPE convene_http_request_duration_seconds histogram\n");
            for (route, h) in &m.latency {
                h.render(&mut out, "convene_http_request_duration_seconds", &format!("route=\"{route}\""));
            }
            out.push_str("# HELP convene_emails_sent_total Emails handed to the mail server.\n");
            out.push_str("# TYPE convene_emails_sent_total counter\n");
            let _ = writeln!(out, "convene_emails_sent_total {}", m.emails_sent);
            out.push_str("# HELP convene_email_failed_attempts_total Delivery attempts that failed.\n");
            out.push_str("# TYPE convene_email_failed_attempts_total counter\n");
            let _ = writeln!(out, "convene_email_failed_attempts_total {}", m.emails_failed_attempts);
            out.push_str("# HELP convene_email_send_duration_seconds Time to hand one email to the mail server.\n");
            out.push_str("# TYPE convene_email_send_duration_seconds histogram\n");
            m.send_latency.render(&mut out, "convene_email_send_duration_seconds", "");
            out.push_str("# HELP convene_scheduler_runs_total Scheduler runs, and those that failed.\n");
            out.push_str("# TYPE convene_scheduler_runs_total counter\n");
            let _ = writeln!(out, "convene_scheduler_runs_total {}", m.scheduler_runs);
            out.push_str("# TYPE convene_scheduler_failures_total counter\n");
            let _ = writeln!(out, "convene_scheduler_failures_total {}", m.scheduler_failures);
        });
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_counters_and_histograms() {
        let m = Metrics::default();
        m.http_request("/events/{slug}", "GET", 200, Duration::from_millis(3));
        m.http_request("/events/{slug}", "GET", 200, Duration::from_millis(30));
        let text = m.render();
        assert!(text.contains(
            "convene_http_requests_total{route=\"/events/{slug}\",method=\"GET\",status=\"200\"} 2"
        ));
        assert!(text.contains(
            "convene_http_request_duration_seconds_bucket{route=\"/events/{slug}\",le=\"0.005\"} 1"
        ));
        assert!(
            text.contains(
                "convene_http_request_duration_seconds_count{route=\"/events/{slug}\"} 2"
            )
        );
    }
}
