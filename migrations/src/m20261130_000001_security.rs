//! Security: the demo account marked as such, organizer accounts that can be disabled, API
//! tokens with an optional expiry, and two-factor sign-in (TOTP secret, recovery codes, and a
//! setting that requires it for everyone).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per ALTER TABLE statement.
        for column in [
            boolean(Organizers::IsDemo).default(false).to_owned(),
            timestamp_with_time_zone_null(Organizers::DisabledAt),
            string_len_null(Organizers::TotpSecret, 64),
            timestamp_with_time_zone_null(Organizers::TotpEnabledAt),
        ] {
            let mut column = column;
            m.alter_table(
                Table::alter()
                    .table(Organizers::Table)
                    .add_column(&mut column)
                    .to_owned(),
            )
            .await?;
        }
        m.alter_table(
            Table::alter()
                .table(ApiTokens::Table)
                .add_column(timestamp_with_time_zone_null(ApiTokens::ExpiresAt))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(RecoveryCodes::Table)
                .col(big_pk_auto(RecoveryCodes::Id))
                .col(big_integer(RecoveryCodes::OrganizerId))
                .col(string_len(RecoveryCodes::CodeHash, 128))
                .col(timestamp_with_time_zone_null(RecoveryCodes::UsedAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(RecoveryCodes::Table, RecoveryCodes::OrganizerId)
                        .to(Organizers::Table, Organizers::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(RecoveryCodes::Table).to_owned())
            .await?;
        m.alter_table(
            Table::alter()
                .table(ApiTokens::Table)
                .drop_column(ApiTokens::ExpiresAt)
                .to_owned(),
        )
        .await?;
        for column in [
            Organizers::TotpEnabledAt,
            Organizers::TotpSecret,
            Organizers::DisabledAt,
            Organizers::IsDemo,
        ] {
            m.alter_table(
                Table::alter()
                    .table(Organizers::Table)
                    .drop_column(column)
                    .to_owned(),
            )
            .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Organizers {
    Table,
    Id,
    IsDemo,
    DisabledAt,
    TotpSecret,
    TotpEnabledAt,
}

#[derive(DeriveIden)]
enum ApiTokens {
    Table,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum RecoveryCodes {
    Table,
    Id,
    OrganizerId,
    CodeHash,
    UsedAt,
}
