//! Liveness and readiness for load balancers and orchestrators.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use migrations::MigratorTrait;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::db::outbox;
use crate::state::AppState;

pub async fn healthz() -> &'static str {
    "ok"
}

/// Ready when the database answers within two seconds and every migration is applied;
/// reports the outbox backlog.
pub async fn readyz(State(state): State<AppState>) -> Response {
    let check = async {
        state.db.ping().await?;
        let pending = migrations::Migrator::get_pending_migrations(&state.db)
            .await?
            .len();
        let queued = outbox::Entity::find()
            .filter(outbox::Column::Status.is_in(["queued", "retrying", "sending"]))
            .count(&state.db)
            .await?;
        let failed = outbox::Entity::find()
            .filter(outbox::Column::Status.eq("failed"))
            .count(&state.db)
            .await?;
        Ok::<_, sea_orm::DbErr>((queued, failed, pending))
    };
    match tokio::time::timeout(std::time::Duration::from_secs(2), check).await {
        Ok(Ok((_, _, pending))) if pending > 0 => (
            StatusCode::SERVICE_UNAVAILABLE,
            Json(serde_json::json!({"status": "unavailable", "database": "ok", "pending_migrations": pending})),
        )
            .into_response(),
        Ok(Ok((queued, failed, _))) => Json(serde_json::json!({
            "status": "ready", "database": "ok", "outbox": {"waiting": queued, "failed": failed}
        }))
        .into_response(),
        _ => (
            StatusCode::SERVICE_UNAVAILABLE,
            Json(serde_json::json!({"status": "unavailable", "database": "unreachable"})),
        )
            .into_response(),
    }
}
