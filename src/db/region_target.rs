//! The `region_targets` table: the network's targets per region, in whole percent.

use sea_orm::entity::prelude::*;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ConnectionTrait, Set};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "region_targets")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub region: String,
    pub women_percent: Option<i32>,
    pub young_percent: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

pub async fn all(db: &impl ConnectionTrait) -> Result<Vec<Model>, DbErr> {
    Entity::find().all(db).await
}

pub async fn save(
    db: &impl ConnectionTrait,
    region: &str,
    women_percent: Option<i32>,
    young_percent: Option<i32>,
) -> Result<(), DbErr> {
    let row = ActiveModel {
        region: Set(region.to_string()),
        women_percent: Set(women_percent),
        young_percent: Set(young_percent),
    };
    Entity::insert(row)
        .on_conflict(
            OnConflict::column(Column::Region)
                .update_columns([Column::WomenPercent, Column::YoungPercent])
                .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    Ok(())
}
