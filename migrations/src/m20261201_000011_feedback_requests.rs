//! Feedback requests sent, one row per registration: the key makes "once per participant"
//! hold across restarts and across instances, as `reminders_sent` does for reminders.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(FeedbackRequests::Table)
                .col(big_integer(FeedbackRequests::RegistrationId).primary_key())
                .col(timestamp_with_time_zone(FeedbackRequests::SentAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(FeedbackRequests::Table, FeedbackRequests::RegistrationId)
                        .to(Registrations::Table, Registrations::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(FeedbackRequests::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum FeedbackRequests {
    Table,
    RegistrationId,
    SentAt,
}

#[derive(DeriveIden)]
enum Registrations {
    Table,
    Id,
}
