//! Privacy: a retention period per event (else the configured default) and the moment a
//! registration's personal data was anonymised.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(Events::Table)
                .add_column(integer_null(Events::RetentionMonths))
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table(Registrations::Table)
                .add_column(timestamp_with_time_zone_null(Registrations::AnonymisedAt))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(Registrations::Table)
                .drop_column(Registrations::AnonymisedAt)
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table(Events::Table)
                .drop_column(Events::RetentionMonths)
                .to_owned(),
        )
        .await
    }
}

#[derive(DeriveIden)]
enum Events {
    Table,
    RetentionMonths,
}

#[derive(DeriveIden)]
enum Registrations {
    Table,
    AnonymisedAt,
}
