//! The core tables: events, registrations, organizers, API tokens and the email outbox.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Organizers::Table)
                .col(big_pk_auto(Organizers::Id))
                .col(string_len_uniq(Organizers::Email, 320))
                .col(string_len(Organizers::Name, 200).default(""))
                .col(string_len(Organizers::Role, 20))
                .col(string_len(Organizers::PasswordHash, 200))
                .col(timestamp_with_time_zone(Organizers::CreatedAt))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(ApiTokens::Table)
                .col(big_pk_auto(ApiTokens::Id))
                .col(big_integer(ApiTokens::OrganizerId))
                .col(string_len(ApiTokens::Name, 200).default(""))
                .col(string_len_uniq(ApiTokens::TokenHash, 64))
                .col(timestamp_with_time_zone(ApiTokens::CreatedAt))
                .col(timestamp_with_time_zone_null(ApiTokens::LastUsedAt))
                .col(timestamp_with_time_zone_null(ApiTokens::RevokedAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(ApiTokens::Table, ApiTokens::OrganizerId)
                        .to(Organizers::Table, Organizers::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Events::Table)
                .col(big_pk_auto(Events::Id))
                .col(string_len_uniq(Events::Slug, 80))
                .col(string_len(Events::Kind, 20))
                .col(string_len(Events::Status, 20))
                .col(string_len(Events::Timezone, 64))
                .col(timestamp_with_time_zone(Events::StartsAt))
                .col(timestamp_with_time_zone(Events::EndsAt))
                .col(integer_null(Events::Capacity))
                .col(integer(Events::SeatsTaken).default(0))
                .col(timestamp_with_time_zone_null(Events::RegistrationOpensAt))
                .col(timestamp_with_time_zone_null(Events::RegistrationClosesAt))
                .col(string_len(Events::DefaultLanguage, 2))
                .col(string_len(Events::Languages, 20))
                .col(text(Events::Translations))
                .col(text_null(Events::JoinUrl))
                .col(text_null(Events::Venue))
                .col(boolean(Events::RequireEmailConfirmation).default(true))
                .col(boolean(Events::Waitlist).default(true))
                .col(boolean(Events::PendingHoldsSeat).default(true))
                .col(text(Events::Questions))
                .col(string_len(Events::Reminders, 100).default("1440,60"))
                .col(integer(Events::Sequence).default(0))
                .col(big_integer_null(Events::OwnerId))
                .col(timestamp_with_time_zone(Events::CreatedAt))
                .col(timestamp_with_time_zone(Events::UpdatedAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(Events::Table, Events::OwnerId)
                        .to(Organizers::Table, Organizers::Id)
                        .on_delete(ForeignKeyAction::SetNull),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_events_starts_at")
                .table(Events::Table)
                .col(Events::StartsAt)
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Registrations::Table)
                .col(big_pk_auto(Registrations::Id))
                .col(big_integer(Registrations::EventId))
                .col(string_len_uniq(Registrations::TokenHash, 64))
                .col(string_len(Registrations::Name, 200))
                .col(string_len(Registrations::Email, 320))
                .col(string_len(Registrations::EmailKey, 320))
                .col(string_len(Registrations::Organization, 200).default(""))
                .col(string_len(Registrations::Country, 2))
                .col(string_len(Registrations::Language, 2))
                .col(string_len_null(Registrations::TimeZone, 64))
                .col(string_len(Registrations::Status, 20))
                .col(boolean(Registrations::HoldsSeat).default(false))
                .col(text(Registrations::Answers))
                .col(timestamp_with_time_zone(Registrations::ConsentAt))
                .col(string_len(Registrations::ConsentVersion, 40))
                .col(timestamp_with_time_zone(Registrations::RegisteredAt))
                .col(timestamp_with_time_zone_null(Registrations::ConfirmedAt))
                .col(timestamp_with_time_zone_null(Registrations::CancelledAt))
                .col(timestamp_with_time_zone_null(Registrations::ExpiresAt))
                .col(timestamp_with_time_zone_null(Registrations::LastMailAt))
                .col(boolean(Registrations::Attended).default(false))
                .col(integer_null(Registrations::AttendedMinutes))
                .col(timestamp_with_time_zone(Registrations::UpdatedAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(Registrations::Table, Registrations::EventId)
                        .to(Events::Table, Events::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        // One registration per address and event: the database, not the handler, has the last word.
        m.create_index(
            Index::create()
                .name("ux_registrations_event_email")
                .table(Registrations::Table)
                .col(Registrations::EventId)
                .col(Registrations::EmailKey)
                .unique()
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_registrations_event_status")
                .table(Registrations::Table)
                .col(Registrations::EventId)
                .col(Registrations::Status)
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Outbox::Table)
                .col(big_pk_auto(Outbox::Id))
                .col(string_len_uniq(Outbox::MessageId, 200))
                .col(big_integer_null(Outbox::EventId))
                .col(big_integer_null(Outbox::RegistrationId))
                .col(string_len(Outbox::Kind, 40))
                .col(string_len(Outbox::Sender, 320))
                .col(string_len(Outbox::Recipient, 320))
                .col(text(Outbox::Payload))
                .col(string_len(Outbox::Status, 20))
                .col(integer(Outbox::Attempts).default(0))
                .col(timestamp_with_time_zone(Outbox::NextAttemptAt))
                .col(timestamp_with_time_zone_null(Outbox::ClaimedUntil))
                .col(text_null(Outbox::LastError))
                .col(timestamp_with_time_zone(Outbox::CreatedAt))
                .col(timestamp_with_time_zone_null(Outbox::SentAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(Outbox::Table, Outbox::RegistrationId)
                        .to(Registrations::Table, Registrations::Id)
                        .on_delete(ForeignKeyAction::SetNull),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_outbox_due")
                .table(Outbox::Table)
                .col(Outbox::Status)
                .col(Outbox::NextAttemptAt)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(Outbox::Table).to_owned())
            .await?;
        m.drop_table(Table::drop().table(Registrations::Table).to_owned())
            .await?;
        m.drop_table(Table::drop().table(Events::Table).to_owned())
            .await?;
        m.drop_table(Table::drop().table(ApiTokens::Table).to_owned())
            .await?;
        m.drop_table(Table::drop().table(Organizers::Table).to_owned())
            .await?;
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Organizers {
    Table,
    Id,
    Email,
    Name,
    Role,
    PasswordHash,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ApiTokens {
    Table,
    Id,
    OrganizerId,
    Name,
    TokenHash,
    CreatedAt,
    LastUsedAt,
    RevokedAt,
}

#[derive(DeriveIden)]
enum Events {
    Table,
    Id,
    Slug,
    Kind,
    Status,
    Timezone,
    StartsAt,
    EndsAt,
    Capacity,
    SeatsTaken,
    RegistrationOpensAt,
    RegistrationClosesAt,
    DefaultLanguage,
    Languages,
    Translations,
    JoinUrl,
    Venue,
    RequireEmailConfirmation,
    Waitlist,
    PendingHoldsSeat,
    Questions,
    Reminders,
    Sequence,
    OwnerId,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Registrations {
    Table,
    Id,
    EventId,
    TokenHash,
    Name,
    Email,
    EmailKey,
    Organization,
    Country,
    Language,
    TimeZone,
    Status,
    HoldsSeat,
    Answers,
    ConsentAt,
    ConsentVersion,
    RegisteredAt,
    ConfirmedAt,
    CancelledAt,
    ExpiresAt,
    LastMailAt,
    Attended,
    AttendedMinutes,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Outbox {
    Table,
    Id,
    MessageId,
    EventId,
    RegistrationId,
    Kind,
    Sender,
    Recipient,
    Payload,
    Status,
    Attempts,
    NextAttemptAt,
    ClaimedUntil,
    LastError,
    CreatedAt,
    SentAt,
}
