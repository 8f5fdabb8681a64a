//! `/metrics` for Prometheus, and the middleware that measures every request and gives it an
//! id that appears on each of its log lines and in the `x-request-id` response header.

use std::net::SocketAddr;
use std::time::Instant;

use axum::extract::{ConnectInfo, MatchedPath, Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use sea_orm::{ConnectionTrait, Statement};
use tracing::Instrument;

use crate::error::{AppError, PageResult};
use crate::state::AppState;

use super::rate_limit::client_addr;

pub async fn observe(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let started = Instant::now();
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "unmatched".into());
    let method = req.method().to_string();
    let id = req
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .filter(|v| v.len() <= 64 && v.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        .map(str::to_string)
        .unwrap_or_else(|| uuid::Uuid::new_v4().simple().to_string());
    let span = tracing::info_span!("request", request_id = %id, method = %method, route = %route);
    let mut response = next.run(req).instrument(span.clone()).await;
    let status = response.status().as_u16();
    let took = started.elapsed();
    state.metrics.http_request(&route, &method, status, took);
    span.in_scope(|| tracing::debug!(status, millis = took.as_millis() as u64, "answered"));
    if let Ok(value) = HeaderValue::from_str(&id) {
        response.headers_mut().insert("x-request-id", value);
    }
    if route.starts_with("/r/") {
        // Participant pages and files are one person's: never kept by a browser or a proxy.
        response.headers_mut().insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("private, no-store"),
        );
    }
    response
}

/// Metrics are for operators: only the configured addresses may read them.
pub async fn metrics(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    req: Request,
) -> PageResult {
    let addr = client_addr(
        req.headers(),
        Some(peer),
        &state.settings.trusted_proxy_header,
        &state.settings.trusted_proxies,
    );
    let allowed = &state.settings.metrics_allowed_ips;
    let permitted = allowed.iter().any(|a| a == "*")
        || addr.is_some_and(|ip| allowed.iter().any(|a| a.parse() == Ok(ip)));
    if !permitted {
        return Err(AppError::Forbidden);
    }
    let mut text = state.metrics.render();
    // Without the database the process's own numbers still help to see why: answer them.
    match database_gauges(&state).await {
        Ok(gauges) => text.push_str(&gauges),
        Err(e) => tracing::warn!(error = %e, "metrics: database gauges"),
    }
    let content_type = "text/plain; version=0.0.4; charset=utf-8";
    Ok(([(header::CONTENT_TYPE, content_type)], text).into_response())
}

/// Numbers that live in the database, so that every instance reports the same truth.
async fn database_gauges(state: &AppState) -> Result<String, sea_orm::DbErr> {
    use std::fmt::Write;
    let db = &state.db;
    let backend = db.get_database_backend();
    let mut out = String::new();
    out.push_str("# HELP convene_registrations Registrations by event and status.\n# TYPE convene_registrations gauge\n");
    let rows = db
        .query_all_raw(Statement::from_string(
            backend,
            "SELECT e.slug, r.status, COUNT(*) FROM registrations r JOIN events e ON e.id = r.event_id GROUP BY e.slug, r.status",
        ))
        .await?;
    for row in rows {
        let slug: String = row.try_get_by_index(0)?;
        let status: String = row.try_get_by_index(1)?;
        let n: i64 = row.try_get_by_index(2)?;
        let _ = writeln!(
            out,
            "convene_registrations{{event=\"{slug}\",status=\"{status}\"}} {n}"
        );
    }
    out.push_str(
        "# HELP convene_emails Emails in the outbox by state.\n# TYPE convene_emails gauge\n",
    );
    let rows = db
        .query_all_raw(Statement::from_string(
            backend,
            "SELECT status, COUNT(*) FROM outbox GROUP BY status",
        ))
        .await?;
    for row in rows {
        let status: String = row.try_get_by_index(0)?;
        let n: i64 = row.try_get_by_index(1)?;
        let _ = writeln!(out, "convene_emails{{state=\"{status}\"}} {n}");
    }
    let oldest = crate::db::outbox::oldest_waiting(db).await?;
    let age = oldest.map_or(0, |at| (state.now() - at).num_seconds().max(0));
    out.push_str(
        "# HELP convene_outbox_oldest_waiting_seconds Age of the oldest email not yet sent.\n",
    );
    out.push_str("# TYPE convene_outbox_oldest_waiting_seconds gauge\n");
    let _ = writeln!(out, "convene_outbox_oldest_waiting_seconds {age}");
    let (size, idle) = pool_usage(db);
    out.push_str("# HELP convene_db_pool_connections Database pool connections, open and idle.\n");
    out.push_str("# TYPE convene_db_pool_connections gauge\n");
    let _ = writeln!(out, "convene_db_pool_connections{{state=\"open\"}} {size}");
    let _ = writeln!(out, "convene_db_pool_connections{{state=\"idle\"}} {idle}");
    Ok(out)
}

fn pool_usage(db: &sea_orm::DatabaseConnection) -> (u32, usize) {
    match db.get_database_backend() {
        sea_orm::DbBackend::Postgres => {
            let pool = db.get_postgres_connection_pool();
            (pool.size(), pool.num_idle())
        }
        _ => {
            let pool = db.get_sqlite_connection_pool();
            (pool.size(), pool.num_idle())
        }
    }
}
