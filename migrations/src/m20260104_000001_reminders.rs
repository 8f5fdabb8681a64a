//! Reminders sent, one row per registration and offset: the unique key makes "exactly once"
//! hold across restarts and across instances.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(RemindersSent::Table)
                .col(big_integer(RemindersSent::RegistrationId))
                .col(integer(RemindersSent::OffsetMinutes))
                .col(timestamp_with_time_zone(RemindersSent::SentAt))
                .primary_key(
                    Index::create()
                        .col(RemindersSent::RegistrationId)
                        .col(RemindersSent::OffsetMinutes),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(RemindersSent::Table, RemindersSent::RegistrationId)
                        .to(Registrations::Table, Registrations::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(RemindersSent::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum RemindersSent {
    Table,
    RegistrationId,
    OffsetMinutes,
    SentAt,
}

#[derive(DeriveIden)]
enum Registrations {
    Table,
    Id,
}
