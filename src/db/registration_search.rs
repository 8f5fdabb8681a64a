//! Sorting and paging an event's registrations for the admin list; the filters are the
//! registration list's own ([`super::registration_list::condition`]), as the exports use.

use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
};

use crate::domain::RegistrationFilter;

use super::registration::{Column, Entity, Model};
use super::registration_list::condition;

/// What the organizer asked for.
#[derive(Debug, Clone, Default)]
pub struct Search {
    pub filter: RegistrationFilter,
    pub sort: Sort,
    pub descending: bool,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Sort {
    #[default]
    Registered,
    Name,
    Email,
    Organization,
    Country,
    Status,
}

impl Sort {
    pub const ALL: [Sort; 6] = [
        Sort::Registered,
        Sort::Name,
        Sort::Email,
        Sort::Organization,
        Sort::Country,
        Sort::Status,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Sort::Registered => "registered",
            Sort::Name => "name",
            Sort::Email => "email",
            Sort::Organization => "organization",
            Sort::Country => "country",
            Sort::Status => "status",
        }
    }

    pub fn parse(s: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|k| k.as_str() == s)
    }

    fn column(self) -> Column {
        match self {
            Sort::Registered => Column::Id,
            Sort::Name => Column::Name,
            Sort::Email => Column::EmailKey,
            Sort::Organization => Column::Organization,
            Sort::Country => Column::Country,
            Sort::Status => Column::Status,
        }
    }
}

/// One page of the matching registrations and how many match in all.
pub async fn search(
    db: &impl ConnectionTrait,
    event_id: i64,
    search: &Search,
    page: u64,
    per_page: u64,
) -> Result<(Vec<Model>, u64), DbErr> {
    let mut query = Entity::find().filter(condition(event_id, &search.filter));
    let column = search.sort.column();
    query = if search.descending {
        query.order_by_desc(column)
    } else {
        query.order_by_asc(column)
    };
    // Ties (same name, same status) keep a stable order from page to page.
    query = query.order_by_asc(Column::Id);
    let paginator = query.paginate(db, Ord::max(per_page, 1));
    let total = paginator.num_items().await?;
    let items = paginator.fetch_page(page.saturating_sub(1)).await?;
    Ok((items, total))
}

/// How many of an event's registrations are marked as attended.
pub async fn count_attended(db: &impl ConnectionTrait, event_id: i64) -> Result<u64, DbErr> {
    Entity::find()
        .filter(Column::EventId.eq(event_id))
        .filter(Column::Attended.eq(true))
        .count(db)
        .await
}

/// The countries an event's registrations come from, for the filter's choices.
pub async fn countries(db: &impl ConnectionTrait, event_id: i64) -> Result<Vec<String>, DbErr> {
    use sea_orm::QuerySelect;
    Entity::find()
        .select_only()
        .column(Column::Country)
        .distinct()
        .filter(Column::EventId.eq(event_id))
        .order_by_asc(Column::Country)
        .into_tuple()
        .all(db)
        .await
}
