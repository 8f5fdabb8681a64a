//! Hybrid seats and interpretation: a hybrid event counts seats in the room and online apart
//! (each with its own capacity, null for unlimited), lists the languages it can be followed in
//! with optional join links per language; a registration says how and in which language its
//! participant follows.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per ALTER TABLE statement.
        for column in [
            integer_null(Events::CapacityInPerson),
            integer_null(Events::CapacityOnline),
            integer(Events::SeatsTakenInPerson).default(0).to_owned(),
            integer(Events::SeatsTakenOnline).default(0).to_owned(),
            text(Events::Interpretation).default("[]").to_owned(),
            text(Events::JoinUrls).default("{}").to_owned(),
        ] {
            let mut column = column;
            m.alter_table(
                Table::alter()
                    .table(Events::Table)
                    .add_column(&mut column)
                    .to_owned(),
            )
            .await?;
        }
        for column in [
            string_len_null(Registrations::AttendanceMode, 16),
            string_len_null(Registrations::InterpretationLanguage, 8),
        ] {
            let mut column = column;
            m.alter_table(
                Table::alter()
                    .table(Registrations::Table)
                    .add_column(&mut column)
                    .to_owned(),
            )
            .await?;
        }
        // Hybrid events so far counted everyone against one capacity, the room's in practice:
        // their seats and people become the room's, and online starts unlimited.
        let db = m.get_connection();
        db.execute_unprepared(
            "UPDATE events SET capacity_in_person = capacity, \
             seats_taken_in_person = seats_taken WHERE kind = 'hybrid'",
        )
        .await?;
        db.execute_unprepared(
            "UPDATE registrations SET attendance_mode = 'in_person' \
             WHERE event_id IN (SELECT id FROM events WHERE kind = 'hybrid')",
        )
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            Events::CapacityInPerson,
            Events::CapacityOnline,
            Events::SeatsTakenInPerson,
            Events::SeatsTakenOnline,
            Events::Interpretation,
            Events::JoinUrls,
        ] {
            m.alter_table(
                Table::alter()
                    .table(Events::Table)
                    .drop_column(column)
                    .to_owned(),
            )
            .await?;
        }
        for column in [
            Registrations::AttendanceMode,
            Registrations::InterpretationLanguage,
        ] {
            m.alter_table(
                Table::alter()
                    .table(Registrations::Table)
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
    CapacityInPerson,
    CapacityOnline,
    SeatsTakenInPerson,
    SeatsTakenOnline,
    Interpretation,
    JoinUrls,
}

#[derive(DeriveIden)]
enum Registrations {
    Table,
    AttendanceMode,
    InterpretationLanguage,
}
