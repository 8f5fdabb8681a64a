//! Operations: values Convene settles once and then keeps, whatever the configuration says
//! later (the domain of calendar UIDs, so invites already sent can still be updated).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(SiteSettings::Table)
                .if_not_exists()
                .col(string_len(SiteSettings::Key, 64).primary_key())
                .col(string_len(SiteSettings::Value, 1000))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(SiteSettings::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum SiteSettings {
    Table,
    Key,
    Value,
}
