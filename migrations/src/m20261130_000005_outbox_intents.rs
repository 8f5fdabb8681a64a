//! The outbox keeps intents, not bytes: a row about a registration says which notice to send
//! (its `kind`), the invite's SEQUENCE and a few parameters, and is rendered when sent.
//!
//! Existing rows about a registration lose their rendered payload, whatever their state: the
//! bytes held a working participant link, which a database copy must not. Rows still waiting
//! are rendered from their kind when they go out (an update written before this migration
//! goes out without its "what changed" paragraph); rows already sent keep only their state.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per ALTER TABLE.
        m.alter_table(
            Table::alter()
                .table(Outbox::Table)
                .add_column(integer_null(Outbox::Sequence))
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table(Outbox::Table)
                .add_column(text_null(Outbox::Params))
                .to_owned(),
        )
        .await?;
        m.exec_stmt(
            Query::update()
                .table(Outbox::Table)
                .value(Outbox::Payload, "")
                .and_where(Expr::col(Outbox::RegistrationId).is_not_null())
                .to_owned(),
        )
        .await?;
        // The delivery state of a page of registrations: newest row per registration.
        m.create_index(
            Index::create()
                .name("ix_outbox_registration")
                .table(Outbox::Table)
                .col(Outbox::RegistrationId)
                .col(Outbox::Id)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_index(
            Index::drop()
                .name("ix_outbox_registration")
                .table(Outbox::Table)
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table(Outbox::Table)
                .drop_column(Outbox::Params)
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table(Outbox::Table)
                .drop_column(Outbox::Sequence)
                .to_owned(),
        )
        .await
    }
}

#[derive(DeriveIden)]
enum Outbox {
    Table,
    Payload,
    RegistrationId,
    Sequence,
    Params,
    Id,
}
