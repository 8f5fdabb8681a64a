//! Building and running the service: database, migrations, state, listener and workers.

use std::net::SocketAddr;
use std::sync::Arc;

use migrations::{Migrator, MigratorTrait};
use sea_orm::DatabaseConnection;
use tokio::net::TcpListener;
use tokio::sync::watch;

use crate::clock::{Clock, SystemClock};
use crate::config::Settings;
use crate::db;
use crate::mail::{Transport, outbox};
use crate::security::Secret;
use crate::services::scheduler;
use crate::state::AppState;

/// Connects and applies pending migrations; the one way every command opens the database.
/// A database that a newer Convene has migrated is refused: this binary would not know its
/// tables.
pub async fn open_database(settings: &Settings) -> anyhow::Result<DatabaseConnection> {
    let db = connect_only(settings).await?;
    Migrator::up(&db, None).await.map_err(|e| {
        let text = e.to_string();
        match text.split("Migration file of version '").nth(1).and_then(|rest| rest.split('\'').next()) {
            Some(newer) => anyhow::anyhow!(
                "this database was upgraded by a newer version of Convene (migration {newer}); run that version or a newer one"
            ),
            None => anyhow::anyhow!("migrations failed: {text}"),
        }
    })?;
    Ok(db)
}

/// Connects without migrating.
pub async fn connect_only(settings: &Settings) -> anyhow::Result<DatabaseConnection> {
    db::connect(&settings.database_url, settings.database_max_connections)
        .await
        .map_err(|e| {
            anyhow::anyhow!(
                "cannot open the database {}: {e}",
                redact(&settings.database_url)
            )
        })
}

/// The names of the migrations this binary would apply.
pub async fn pending_migrations(settings: &Settings) -> anyhow::Result<Vec<String>> {
    let db = connect_only(settings).await?;
    Ok(Migrator::get_pending_migrations(&db)
        .await?
        .iter()
        .map(|m| m.name().to_string())
        .collect())
}

/// A database URL without its password, for messages.
pub fn redact(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut u) if u.password().is_some() => {
            let _ = u.set_password(Some("***"));
            u.to_string()
        }
        _ => url.to_string(),
    }
}

/// Builds the state with the real clock and the configured transport.
pub async fn build_state(settings: Settings) -> anyhow::Result<AppState> {
    let transport = Transport::from_settings(&settings.smtp_url, settings.mail_dir.clone())?;
    build_state_with(settings, Arc::new(SystemClock), transport).await
}

pub async fn build_state_with(
    settings: Settings,
    clock: Arc<dyn Clock>,
    transport: Transport,
) -> anyhow::Result<AppState> {
    let db = open_database(&settings).await?;
    let secret = Secret::load_or_create(&settings.secret_key, &settings.data_dir)?;
    let uid_domain = crate::services::uid_domain::settle(&db, &settings).await?;
    let state = AppState::new(db, settings, clock, transport, secret)?;
    let _ = state.uid_domain.set(uid_domain);
    Ok(state)
}

/// A bound server, ready to run; `port` is known before it starts, so tests can use port 0.
pub struct Application {
    listener: TcpListener,
    pub state: AppState,
    pub addr: SocketAddr,
}

impl Application {
    pub async fn bind(state: AppState) -> anyhow::Result<Application> {
        let listener = TcpListener::bind(&state.settings.bind)
            .await
            .map_err(|e| anyhow::anyhow!("cannot listen on {}: {e}", state.settings.bind))?;
        Self::with_listener(state, listener)
    }

    /// Uses a listener bound beforehand, so the caller knows the port before the state exists
    /// (tests bind port 0 and put the real port into the public URL).
    pub fn with_listener(state: AppState, listener: TcpListener) -> anyhow::Result<Application> {
        let addr = listener.local_addr()?;
        Ok(Application {
            listener,
            state,
            addr,
        })
    }

    /// The listener alone, for tests that drive the workers themselves.
    pub fn into_listener(self) -> TcpListener {
        self.listener
    }

    /// Serves until `shutdown` turns true, with the outbox and webhook workers and the
    /// scheduler beside the web server. In-flight requests finish before it returns, and the
    /// database is closed: other clones of the state must not use it afterwards.
    pub async fn run(self, shutdown: watch::Receiver<bool>) -> anyhow::Result<()> {
        let worker = tokio::spawn(outbox::run(self.state.clone(), shutdown.clone()));
        let jobs = tokio::spawn(scheduler::run(self.state.clone(), shutdown.clone()));
        let hooks = tokio::spawn(crate::webhooks::worker::run(
            self.state.clone(),
            shutdown.clone(),
        ));
        let router = crate::web::router(self.state.clone());
        let mut stop = shutdown.clone();
        axum::serve(
            self.listener,
            router.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .with_graceful_shutdown(async move {
            let _ = stop.wait_for(|stopped| *stopped).await;
        })
        .await?;
        let _ = tokio::time::timeout(std::time::Duration::from_secs(10), async {
            let _ = worker.await;
            let _ = jobs.await;
            let _ = hooks.await;
        })
        .await;
        if let Err(e) = db::close(&self.state.db).await {
            tracing::warn!(error = %e, "closing the database");
        }
        Ok(())
    }
}
