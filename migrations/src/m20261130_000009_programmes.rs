//! Programmes, series and delegations: an event's sessions with their own seat counters, the
//! sessions each registration chose, the series an event belongs to, and who registered whom.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per ALTER TABLE.
        m.alter_table(
            Table::alter()
                .table(Events::Table)
                .add_column(string_null(Events::Series))
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table(Events::Table)
                .add_column(integer_null(Events::DelegatesPerOrganisation))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_events_series")
                .table(Events::Table)
                .col(Events::Series)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(ProgrammeSessions::Table)
                .col(big_pk_auto(ProgrammeSessions::Id))
                .col(big_integer(ProgrammeSessions::EventId))
                .col(string(ProgrammeSessions::Key))
                .col(integer(ProgrammeSessions::Position))
                .col(text(ProgrammeSessions::Titles))
                .col(timestamp_with_time_zone(ProgrammeSessions::StartsAt))
                .col(timestamp_with_time_zone(ProgrammeSessions::EndsAt))
                .col(integer_null(ProgrammeSessions::Capacity))
                .col(integer(ProgrammeSessions::SeatsTaken).default(0))
                .col(text_null(ProgrammeSessions::Room))
                .col(text_null(ProgrammeSessions::Link))
                .col(text(ProgrammeSessions::Speakers))
                .col(integer(ProgrammeSessions::Sequence).default(0))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ux_programme_sessions_event_key")
                .table(ProgrammeSessions::Table)
                .col(ProgrammeSessions::EventId)
                .col(ProgrammeSessions::Key)
                .unique()
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(RegistrationSessions::Table)
                .col(big_pk_auto(RegistrationSessions::Id))
                .col(big_integer(RegistrationSessions::RegistrationId))
                .col(big_integer(RegistrationSessions::SessionId))
                .col(string(RegistrationSessions::Status))
                .col(boolean(RegistrationSessions::HoldsSeat).default(false))
                .col(boolean(RegistrationSessions::Attended).default(false))
                .col(timestamp_with_time_zone(RegistrationSessions::UpdatedAt))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ux_registration_sessions_pair")
                .table(RegistrationSessions::Table)
                .col(RegistrationSessions::RegistrationId)
                .col(RegistrationSessions::SessionId)
                .unique()
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_registration_sessions_session")
                .table(RegistrationSessions::Table)
                .col(RegistrationSessions::SessionId)
                .col(RegistrationSessions::Id)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Delegations::Table)
                .col(big_pk_auto(Delegations::Id))
                .col(big_integer(Delegations::EventId))
                .col(big_integer(Delegations::ContactId))
                .col(big_integer(Delegations::DelegateId))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ux_delegations_delegate")
                .table(Delegations::Table)
                .col(Delegations::DelegateId)
                .unique()
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_delegations_contact")
                .table(Delegations::Table)
                .col(Delegations::ContactId)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Delegations::Table.into_iden(),
            RegistrationSessions::Table.into_iden(),
            ProgrammeSessions::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        m.drop_index(
            Index::drop()
                .name("ix_events_series")
                .table(Events::Table)
                .to_owned(),
        )
        .await?;
        for column in [Events::DelegatesPerOrganisation, Events::Series] {
            m.alter_table(
                Table::alter()
                    .table(Events::Table)
                    .drop_column(column)
                    .to_owned(),
            )
            .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Events {
    Table,
    Series,
    DelegatesPerOrganisation,
}

#[derive(DeriveIden)]
enum ProgrammeSessions {
    Table,
    Id,
    EventId,
    Key,
    Position,
    Titles,
    StartsAt,
    EndsAt,
    Capacity,
    SeatsTaken,
    Room,
    Link,
    Speakers,
    Sequence,
}

#[derive(DeriveIden)]
enum RegistrationSessions {
    Table,
    Id,
    RegistrationId,
    SessionId,
    Status,
    HoldsSeat,
    Attended,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Delegations {
    Table,
    Id,
    EventId,
    ContactId,
    DelegateId,
}
