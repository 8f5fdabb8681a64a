//! After the event: certificates of attendance, feedback answers, the optional reporting fields
//! (gender, age group) and the network's targets per region.
//!
//! Each lives in its own table keyed by the event or registration it belongs to, so that the
//! core tables stay as they are and erasing a registration's personal data can remove them.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(EventFollowups::Table)
                .if_not_exists()
                .col(big_integer(EventFollowups::EventId).primary_key())
                .col(text(EventFollowups::Collect).default("[]"))
                .col(text(EventFollowups::Feedback).default("[]"))
                .col(integer_null(EventFollowups::FeedbackAfterHours))
                .col(timestamp_with_time_zone_null(
                    EventFollowups::FeedbackClosesAt,
                ))
                .col(boolean(EventFollowups::FeedbackAnonymous).default(false))
                .col(timestamp_with_time_zone_null(
                    EventFollowups::FeedbackSentAt,
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(ParticipantProfiles::Table)
                .if_not_exists()
                .col(big_integer(ParticipantProfiles::RegistrationId).primary_key())
                .col(string_len_null(ParticipantProfiles::Gender, 16))
                .col(string_len_null(ParticipantProfiles::AgeGroup, 16))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Certificates::Table)
                .if_not_exists()
                .col(big_integer(Certificates::RegistrationId).primary_key())
                .col(string_len_uniq(Certificates::Code, 16))
                .col(timestamp_with_time_zone(Certificates::IssuedAt))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(FeedbackAnswers::Table)
                .if_not_exists()
                .col(pk_auto(FeedbackAnswers::Id).big_integer())
                .col(big_integer(FeedbackAnswers::EventId))
                // Empty when the event's answers are anonymous.
                .col(big_integer_null(FeedbackAnswers::RegistrationId))
                // A keyed hash of the registration: "once per participant" without a link back.
                .col(string_len_uniq(FeedbackAnswers::RespondentKey, 64))
                .col(string_len(FeedbackAnswers::Language, 8))
                .col(string_len(FeedbackAnswers::Region, 32))
                .col(text(FeedbackAnswers::Answers))
                .col(timestamp_with_time_zone(FeedbackAnswers::SubmittedAt))
                .col(timestamp_with_time_zone(FeedbackAnswers::UpdatedAt))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_feedback_answers_event")
                .table(FeedbackAnswers::Table)
                .col(FeedbackAnswers::EventId)
                .if_not_exists()
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(RegionTargets::Table)
                .if_not_exists()
                .col(string_len(RegionTargets::Region, 32).primary_key())
                .col(integer_null(RegionTargets::WomenPercent))
                .col(integer_null(RegionTargets::YoungPercent))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(RegionTargets::Table).to_owned())
            .await?;
        m.drop_table(Table::drop().table(FeedbackAnswers::Table).to_owned())
            .await?;
        m.drop_table(Table::drop().table(Certificates::Table).to_owned())
            .await?;
        m.drop_table(Table::drop().table(ParticipantProfiles::Table).to_owned())
            .await?;
        m.drop_table(Table::drop().table(EventFollowups::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum EventFollowups {
    Table,
    EventId,
    Collect,
    Feedback,
    FeedbackAfterHours,
    FeedbackClosesAt,
    FeedbackAnonymous,
    FeedbackSentAt,
}

#[derive(DeriveIden)]
enum ParticipantProfiles {
    Table,
    RegistrationId,
    Gender,
    AgeGroup,
}

#[derive(DeriveIden)]
enum Certificates {
    Table,
    RegistrationId,
    Code,
    IssuedAt,
}

#[derive(DeriveIden)]
enum FeedbackAnswers {
    Table,
    Id,
    EventId,
    RegistrationId,
    RespondentKey,
    Language,
    Region,
    Answers,
    SubmittedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum RegionTargets {
    Table,
    Region,
    WomenPercent,
    YoungPercent,
}
