//! The member directory: the network's member organisations (country, region) and their
//! contacts (name, address, language), which invitations draw from.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(MemberOrganisations::Table)
                .if_not_exists()
                .col(big_pk_auto(MemberOrganisations::Id))
                .col(string_len(MemberOrganisations::Name, 300))
                // The name in lower case: importing the same organisation twice finds it.
                .col(string_len_uniq(MemberOrganisations::NameKey, 300))
                .col(string_len(MemberOrganisations::Country, 2))
                .col(string_len(MemberOrganisations::Region, 32))
                .col(timestamp_with_time_zone(MemberOrganisations::CreatedAt))
                .col(timestamp_with_time_zone(MemberOrganisations::UpdatedAt))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(MemberContacts::Table)
                .if_not_exists()
                .col(big_pk_auto(MemberContacts::Id))
                .col(big_integer(MemberContacts::OrganisationId))
                .col(string_len(MemberContacts::Name, 200))
                .col(string_len(MemberContacts::Email, 320))
                .col(string_len_uniq(MemberContacts::EmailKey, 320))
                .col(string_len(MemberContacts::Language, 8))
                .col(timestamp_with_time_zone(MemberContacts::CreatedAt))
                .col(timestamp_with_time_zone(MemberContacts::UpdatedAt))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_member_contacts_organisation")
                .table(MemberContacts::Table)
                .col(MemberContacts::OrganisationId)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(MemberContacts::Table).to_owned())
            .await?;
        m.drop_table(Table::drop().table(MemberOrganisations::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum MemberOrganisations {
    Table,
    Id,
    Name,
    NameKey,
    Country,
    Region,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum MemberContacts {
    Table,
    Id,
    OrganisationId,
    Name,
    Email,
    EmailKey,
    Language,
    CreatedAt,
    UpdatedAt,
}
