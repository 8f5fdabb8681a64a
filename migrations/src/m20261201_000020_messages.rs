//! Messages to registrants: what an organizer wrote (subject and Markdown body per language),
//! to which audience, when it goes, and how many it reached. The emails themselves are
//! outbox rows that name the message; they are rendered when sent.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Messages::Table)
                .if_not_exists()
                .col(big_pk_auto(Messages::Id))
                .col(big_integer(Messages::EventId))
                .col(string_len(Messages::Audience, 16))
                .col(text(Messages::Subject))
                .col(text(Messages::Body))
                .col(string_len(Messages::Status, 16))
                .col(timestamp_with_time_zone_null(Messages::SendAt))
                .col(timestamp_with_time_zone_null(Messages::SentAt))
                .col(integer_null(Messages::Recipients))
                .col(big_integer_null(Messages::CreatedBy))
                .col(string_len(Messages::CreatedByLabel, 320))
                .col(timestamp_with_time_zone(Messages::CreatedAt))
                .col(timestamp_with_time_zone(Messages::UpdatedAt))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_messages_event")
                .table(Messages::Table)
                .col(Messages::EventId)
                .col(Messages::Id)
                .to_owned(),
        )
        .await?;
        // The scheduler's question: which scheduled messages are due?
        m.create_index(
            Index::create()
                .name("ix_messages_due")
                .table(Messages::Table)
                .col(Messages::Status)
                .col(Messages::SendAt)
                .to_owned(),
        )
        .await?;
        // Delivery counts per message: the outbox rows that carry one.
        m.alter_table(
            Table::alter()
                .table(Outbox::Table)
                .add_column(big_integer_null(Outbox::MessageRef))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_outbox_message_ref")
                .table(Outbox::Table)
                .col(Outbox::MessageRef)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_index(Index::drop().name("ix_outbox_message_ref").to_owned())
            .await?;
        m.alter_table(
            Table::alter()
                .table(Outbox::Table)
                .drop_column(Outbox::MessageRef)
                .to_owned(),
        )
        .await?;
        m.drop_table(Table::drop().table(Messages::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Messages {
    Table,
    Id,
    EventId,
    Audience,
    Subject,
    Body,
    Status,
    SendAt,
    SentAt,
    Recipients,
    CreatedBy,
    CreatedByLabel,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Outbox {
    Table,
    MessageRef,
}
