//! The `participant_profiles` table: the optional reporting answers (gender, age group) of a
//! registration, kept apart so that erasing them is one delete.

use sea_orm::entity::prelude::*;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ConnectionTrait, Set};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "participant_profiles")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub registration_id: i64,
    pub gender: Option<String>,
    pub age_group: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

/// Stores (or replaces) a registration's answers.
pub async fn save(
    db: &impl ConnectionTrait,
    registration_id: i64,
    gender: Option<&str>,
    age_group: Option<&str>,
) -> Result<(), DbErr> {
    let row = ActiveModel {
        registration_id: Set(registration_id),
        gender: Set(gender.map(str::to_string)),
        age_group: Set(age_group.map(str::to_string)),
    };
    Entity::insert(row)
        .on_conflict(
            OnConflict::column(Column::RegistrationId)
                .update_columns([Column::Gender, Column::AgeGroup])
                .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    Ok(())
}

/// Erases a registration's answers, with the rest of its personal data.
pub async fn erase(db: &impl ConnectionTrait, registration_id: i64) -> Result<(), DbErr> {
    Entity::delete_by_id(registration_id).exec(db).await?;
    Ok(())
}
