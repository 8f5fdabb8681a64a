//! Participants: the moment each person first opened their own join door.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(Registrations::Table)
                .add_column(timestamp_with_time_zone_null(Registrations::JoinOpenedAt))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(Registrations::Table)
                .drop_column(Registrations::JoinOpenedAt)
                .to_owned(),
        )
        .await
    }
}

#[derive(DeriveIden)]
enum Registrations {
    Table,
    JoinOpenedAt,
}
