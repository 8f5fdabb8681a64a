//! Invitations: who was invited to an event (from the member directory or a pasted list),
//! when, whether they opened their link; and the event's `visibility` (public, unlisted,
//! invite_only).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(Events::Table)
                .add_column(string_len(Events::Visibility, 16).default("public"))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Invitations::Table)
                .if_not_exists()
                .col(big_pk_auto(Invitations::Id))
                .col(big_integer(Invitations::EventId))
                .col(string_len(Invitations::Email, 320))
                .col(string_len(Invitations::EmailKey, 320))
                .col(string_len(Invitations::Name, 200))
                .col(string_len(Invitations::Organization, 300))
                .col(string_len(Invitations::Country, 2))
                .col(string_len(Invitations::Language, 8))
                .col(big_integer_null(Invitations::ContactId))
                .col(timestamp_with_time_zone(Invitations::InvitedAt))
                .col(timestamp_with_time_zone_null(Invitations::RemindedAt))
                .col(timestamp_with_time_zone_null(Invitations::OpenedAt))
                .to_owned(),
        )
        .await?;
        // One invitation per address and event: inviting twice finds the first.
        m.create_index(
            Index::create()
                .name("ux_invitations_event_email")
                .table(Invitations::Table)
                .col(Invitations::EventId)
                .col(Invitations::EmailKey)
                .unique()
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(Invitations::Table).to_owned())
            .await?;
        m.alter_table(
            Table::alter()
                .table(Events::Table)
                .drop_column(Events::Visibility)
                .to_owned(),
        )
        .await
    }
}

#[derive(DeriveIden)]
enum Events {
    Table,
    Visibility,
}

#[derive(DeriveIden)]
enum Invitations {
    Table,
    Id,
    EventId,
    Email,
    EmailKey,
    Name,
    Organization,
    Country,
    Language,
    ContactId,
    InvitedAt,
    RemindedAt,
    OpenedAt,
}
