//! Database schema of Convene, as sea-orm migrations that run unchanged on SQLite and PostgreSQL.
//!
//! Migrations never import the application's entities: they describe tables with portable
//! column types only, so that an old migration keeps meaning what it meant when it was written.

pub use sea_orm_migration::prelude::*;

mod m20260101_000001_core;
mod m20260102_000001_admin;
mod m20260104_000001_reminders;
mod m20260104_000002_privacy;
mod m20261130_000001_security;
mod m20261130_000003_participant;
mod m20261130_000004_operations;
mod m20261130_000005_outbox_intents;
mod m20261130_000006_after_event;
mod m20261130_000009_programmes;
mod m20261130_000010_webhooks;
mod m20261201_000010_hybrid_interpretation;
mod m20261201_000011_feedback_requests;
mod m20261201_000020_messages;
mod m20261201_000021_members;
mod m20261201_000022_invitations;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20260101_000001_core::Migration),
            Box::new(m20260102_000001_admin::Migration),
            Box::new(m20260104_000001_reminders::Migration),
            Box::new(m20260104_000002_privacy::Migration),
            Box::new(m20261130_000001_security::Migration),
            Box::new(m20261130_000003_participant::Migration),
            Box::new(m20261130_000004_operations::Migration),
            Box::new(m20261130_000005_outbox_intents::Migration),
            Box::new(m20261130_000006_after_event::Migration),
            Box::new(m20261130_000009_programmes::Migration),
            Box::new(m20261130_000010_webhooks::Migration),
            Box::new(m20261201_000010_hybrid_interpretation::Migration),
            Box::new(m20261201_000011_feedback_requests::Migration),
            Box::new(m20261201_000020_messages::Migration),
            Box::new(m20261201_000021_members::Migration),
            Box::new(m20261201_000022_invitations::Migration),
        ]
    }
}
