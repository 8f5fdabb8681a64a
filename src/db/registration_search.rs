//! Searching, filtering, sorting and paging an event's registrations, for the admin pages.

use sea_orm::sea_query::{Expr, ExprTrait, Func, LikeExpr};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder,
};

use super::registration::{Column, Entity, Model};

/// What the organizer asked for; empty fields do not filter.
#[derive(Debug, Clone, Default)]
pub struct Search {
    /// Part of the name, address or organization.
    pub text: String,
    pub status: Option<String>,
    pub language: Option<String>,
    pub country: Option<String>,
    pub attended: Option<bool>,
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
    let mut query = Entity::find().filter(Column::EventId.eq(event_id));
    let text = search.text.trim().to_lowercase();
    if !text.is_empty() {
        // LOWER on both sides: PostgreSQL's LIKE minds letter case, SQLite's does not.
        // SQLite lowers ASCII letters only, which covers addresses and most searches.
        let pattern = format!("%{}%", escape_like(&text));
        let like = |c: Column| {
            Expr::expr(Func::lower(Expr::col(c))).like(LikeExpr::new(pattern.clone()).escape('\\'))
        };
        query = query.filter(
            Condition::any()
                .add(like(Column::Name))
                .add(like(Column::EmailKey))
                .add(like(Column::Organization)),
        );
    }
    if let Some(status) = &search.status {
        query = query.filter(Column::Status.eq(status.as_str()));
    }
    if let Some(language) = &search.language {
        query = query.filter(Column::Language.eq(language.as_str()));
    }
    if let Some(country) = &search.country {
        query = query.filter(Column::Country.eq(country.as_str()));
    }
    if let Some(attended) = search.attended {
        query = query.filter(Column::Attended.eq(attended));
    }
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

fn escape_like(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn wildcards_are_taken_literally() {
        assert_eq!(super::escape_like("50%_a\\b"), "50\\%\\_a\\\\b");
    }
}
