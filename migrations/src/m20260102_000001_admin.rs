//! The organizers' side: sign-in sessions, failed sign-in attempts and the audit log.

use sea_orm_migration::async_trait;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // Only a SHA-256 of the cookie is kept: a copy of the database opens no session.
        m.create_table(
            Table::create()
                .table(Sessions::Table)
                .col(big_pk_auto(Sessions::Id))
                .col(string_len_uniq(Sessions::TokenHash, 64))
                .col(big_integer(Sessions::OrganizerId))
                .col(timestamp_with_time_zone(Sessions::CreatedAt))
                .col(timestamp_with_time_zone(Sessions::ExpiresAt))
                .col(timestamp_with_time_zone(Sessions::LastSeenAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(Sessions::Table, Sessions::OrganizerId)
                        .to(Organizers::Table, Organizers::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_sessions_organizer")
                .table(Sessions::Table)
                .col(Sessions::OrganizerId)
                .to_owned(),
        )
        .await?;

        // Failed sign-ins, counted per account and per client address over a short window.
        m.create_table(
            Table::create()
                .table(LoginAttempts::Table)
                .col(big_pk_auto(LoginAttempts::Id))
                .col(string_len(LoginAttempts::Account, 320))
                .col(string_len(LoginAttempts::Address, 64))
                .col(timestamp_with_time_zone(LoginAttempts::AttemptedAt))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_login_attempts_account")
                .table(LoginAttempts::Table)
                .col(LoginAttempts::Account)
                .col(LoginAttempts::AttemptedAt)
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_login_attempts_address")
                .table(LoginAttempts::Table)
                .col(LoginAttempts::Address)
                .col(LoginAttempts::AttemptedAt)
                .to_owned(),
        )
        .await?;

        // The actor's address is copied into each row, so the log still says who it was
        // after the account is gone.
        m.create_table(
            Table::create()
                .table(AuditLog::Table)
                .col(big_pk_auto(AuditLog::Id))
                .col(big_integer_null(AuditLog::EventId))
                .col(big_integer_null(AuditLog::OrganizerId))
                .col(string_len(AuditLog::Actor, 320))
                .col(string_len(AuditLog::Action, 40))
                .col(text(AuditLog::Detail))
                .col(timestamp_with_time_zone(AuditLog::CreatedAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(AuditLog::Table, AuditLog::EventId)
                        .to(Events::Table, Events::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(AuditLog::Table, AuditLog::OrganizerId)
                        .to(Organizers::Table, Organizers::Id)
                        .on_delete(ForeignKeyAction::SetNull),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_audit_log_event")
                .table(AuditLog::Table)
                .col(AuditLog::EventId)
                .col(AuditLog::Id)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(AuditLog::Table).to_owned())
            .await?;
        m.drop_table(Table::drop().table(LoginAttempts::Table).to_owned())
            .await?;
        m.drop_table(Table::drop().table(Sessions::Table).to_owned())
            .await?;
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Organizers {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Events {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Sessions {
    Table,
    Id,
    TokenHash,
    OrganizerId,
    CreatedAt,
    ExpiresAt,
    LastSeenAt,
}

#[derive(DeriveIden)]
enum LoginAttempts {
    Table,
    Id,
    Account,
    Address,
    AttemptedAt,
}

#[derive(DeriveIden)]
enum AuditLog {
    Table,
    Id,
    EventId,
    OrganizerId,
    Actor,
    Action,
    Detail,
    CreatedAt,
}
