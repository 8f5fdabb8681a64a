//! The member directory's tables: organisations and their contacts, and the queries about
//! them.

use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};

pub mod organisation {
    //! `member_organisations`.
    use chrono::{DateTime, Utc};
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "member_organisations")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub name: String,
        /// The name in lower case, unique.
        pub name_key: String,
        pub country: String,
        /// A `domain::Region` key.
        pub region: String,
        pub created_at: DateTime<Utc>,
        pub updated_at: DateTime<Utc>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod contact {
    //! `member_contacts`.
    use chrono::{DateTime, Utc};
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "member_contacts")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub organisation_id: i64,
        pub name: String,
        pub email: String,
        /// The address in lower case, unique: one contact per address.
        pub email_key: String,
        pub language: crate::domain::Lang,
        pub created_at: DateTime<Utc>,
        pub updated_at: DateTime<Utc>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// An organisation with its contacts.
#[derive(Debug, Clone)]
pub struct Member {
    pub organisation: organisation::Model,
    pub contacts: Vec<contact::Model>,
}

/// Every organisation with its contacts, by name; `q` narrows to names, countries, contact
/// names or addresses containing it (letter case ignored), `region` to one region.
pub async fn search(
    db: &impl ConnectionTrait,
    q: &str,
    region: Option<&str>,
) -> Result<Vec<Member>, DbErr> {
    let mut orgs = organisation::Entity::find().order_by_asc(organisation::Column::NameKey);
    if let Some(region) = region {
        orgs = orgs.filter(organisation::Column::Region.eq(region));
    }
    let orgs = orgs.all(db).await?;
    let contacts = contact::Entity::find()
        .order_by_asc(contact::Column::Id)
        .all(db)
        .await?;
    let q = q.trim().to_lowercase();
    let mut out: Vec<Member> = orgs
        .into_iter()
        .map(|o| Member {
            contacts: contacts
                .iter()
                .filter(|c| c.organisation_id == o.id)
                .cloned()
                .collect(),
            organisation: o,
        })
        .collect();
    if !q.is_empty() {
        out.retain(|m| {
            m.organisation.name_key.contains(&q)
                || m.organisation.country.to_lowercase() == q
                || m.contacts
                    .iter()
                    .any(|c| c.name.to_lowercase().contains(&q) || c.email_key.contains(&q))
        });
    }
    Ok(out)
}

/// One organisation with its contacts.
pub async fn find(db: &impl ConnectionTrait, id: i64) -> Result<Option<Member>, DbErr> {
    let Some(organisation) = organisation::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    let contacts = contact::Entity::find()
        .filter(contact::Column::OrganisationId.eq(id))
        .order_by_asc(contact::Column::Id)
        .all(db)
        .await?;
    Ok(Some(Member {
        organisation,
        contacts,
    }))
}
