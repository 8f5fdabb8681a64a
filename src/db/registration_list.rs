//! Reading an event's registrations through the list filters, page after page by id.

use sea_orm::entity::prelude::*;
use sea_orm::sea_query::{Expr, ExprTrait, Func, LikeExpr};
use sea_orm::{Condition, ConnectionTrait, PaginatorTrait, QueryOrder, QuerySelect};

use super::column::Json;
use crate::domain::{AttendanceMode, Lang, RegistrationFilter, RegistrationStatus};

use super::registration::{Column, Entity, Model};

/// The filter as a condition on the `registrations` table, within one event.
pub fn condition(event_id: i64, filter: &RegistrationFilter) -> Condition {
    let mut cond = Condition::all().add(Column::EventId.eq(event_id));
    if !filter.statuses.is_empty() {
        cond = cond.add(Column::Status.is_in(filter.statuses.iter().map(|s| s.as_str())));
    }
    if let Some(lang) = filter.language {
        cond = cond.add(Column::Language.eq(lang.code()));
    }
    if let Some(country) = &filter.country {
        cond = cond.add(Column::Country.eq(country.as_str()));
    }
    if let Some(attended) = filter.attended {
        cond = cond.add(Column::Attended.eq(attended));
    }
    if let Some(q) = &filter.search {
        cond = cond.add(search(q));
    }
    cond
}

/// `LOWER(column) LIKE '%q%'` on name, address and organisation. PostgreSQL's LIKE heeds
/// letter case and SQLite's does not, so both sides are lowered; `%`, `_` and `\` in the
/// search are escaped so they match themselves.
fn search(q: &str) -> Condition {
    let mut cond = Condition::any();
    for variant in case_variants(q) {
        let pattern = format!("%{}%", escape_like(&variant));
        let like = || LikeExpr::new(pattern.clone()).escape('\\');
        cond = cond
            .add(Expr::expr(Func::lower(Expr::col(Column::Name))).like(like()))
            .add(Expr::col(Column::EmailKey).like(like()))
            .add(Expr::expr(Func::lower(Expr::col(Column::Organization))).like(like()));
    }
    cond
}

/// SQLite's LOWER changes ASCII letters only, so "Ñúñez" stays "Ñúñez" there while
/// PostgreSQL makes it "ñúñez". Besides the lower-case search, a search with other letters
/// is also tried with those in capitals and with words capitalised (ASCII lower-case all
/// along): that finds names as people write them on both engines.
fn case_variants(q: &str) -> Vec<String> {
    let lower = q.to_lowercase();
    if lower.is_ascii() {
        return vec![lower];
    }
    let upper_other: String = lower
        .chars()
        .map(|c| {
            if c.is_ascii() {
                c.to_string()
            } else {
                c.to_uppercase().to_string()
            }
        })
        .collect();
    let mut capitalised = String::with_capacity(lower.len());
    let mut word_start = true;
    for c in lower.chars() {
        if word_start && !c.is_ascii() {
            capitalised.extend(c.to_uppercase());
        } else {
            capitalised.push(c);
        }
        word_start = !c.is_alphanumeric();
    }
    let mut variants = vec![lower, upper_other, capitalised];
    variants.dedup();
    variants
}

fn escape_like(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len() + 2);
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped
}

/// The next `limit` registrations after id `after` (0 for the first page), in id order.
/// Keyset paging stays fast on the last page of 100,000, where OFFSET would not.
pub async fn page_after(
    db: &impl ConnectionTrait,
    event_id: i64,
    filter: &RegistrationFilter,
    after: i64,
    limit: u64,
) -> Result<Vec<Model>, DbErr> {
    Entity::find()
        .filter(condition(event_id, filter))
        .filter(Column::Id.gt(after))
        .order_by_asc(Column::Id)
        .limit(limit)
        .all(db)
        .await
}

/// The columns an export shows, without the rest of the row: reading the whole model cost
/// most of an export's time.
#[derive(Debug, Clone, sea_orm::FromQueryResult)]
pub struct ExportRecord {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub organization: String,
    pub country: String,
    pub language: Lang,
    pub status: RegistrationStatus,
    pub registered_at: chrono::DateTime<chrono::Utc>,
    pub confirmed_at: Option<chrono::DateTime<chrono::Utc>>,
    pub attended: bool,
    pub attended_minutes: Option<i32>,
    pub attendance_mode: Option<AttendanceMode>,
    pub interpretation_language: Option<Lang>,
    pub answers: Json<std::collections::BTreeMap<String, String>>,
}

impl From<&Model> for ExportRecord {
    fn from(m: &Model) -> Self {
        ExportRecord {
            id: m.id,
            name: m.name.clone(),
            email: m.email.clone(),
            organization: m.organization.clone(),
            country: m.country.clone(),
            language: m.language,
            status: m.status,
            registered_at: m.registered_at,
            confirmed_at: m.confirmed_at,
            attended: m.attended,
            attended_minutes: m.attended_minutes,
            attendance_mode: m.attendance_mode,
            interpretation_language: m.interpretation_language,
            answers: m.answers.clone(),
        }
    }
}

/// [`page_after`] for exports: only the exported columns.
pub async fn export_page_after(
    db: &impl ConnectionTrait,
    event_id: i64,
    filter: &RegistrationFilter,
    after: i64,
    limit: u64,
) -> Result<Vec<ExportRecord>, DbErr> {
    Entity::find()
        .select_only()
        .columns([
            Column::Id,
            Column::Name,
            Column::Email,
            Column::Organization,
            Column::Country,
            Column::Language,
            Column::Status,
            Column::RegisteredAt,
            Column::ConfirmedAt,
            Column::Attended,
            Column::AttendedMinutes,
            Column::AttendanceMode,
            Column::InterpretationLanguage,
            Column::Answers,
        ])
        .filter(condition(event_id, filter))
        .filter(Column::Id.gt(after))
        .order_by_asc(Column::Id)
        .limit(limit)
        .into_model::<ExportRecord>()
        .all(db)
        .await
}

pub async fn count(
    db: &impl ConnectionTrait,
    event_id: i64,
    filter: &RegistrationFilter,
) -> Result<u64, DbErr> {
    Entity::find()
        .filter(condition(event_id, filter))
        .count(db)
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn non_ascii_searches_get_capitalised_variants() {
        assert_eq!(case_variants("Ada"), ["ada"]);
        assert_eq!(case_variants("ÑÚÑ"), ["ñúñ", "ÑÚÑ", "Ñúñ"]);
        assert_eq!(
            case_variants("émilie dupré"),
            ["émilie dupré", "Émilie duprÉ", "Émilie dupré"]
        );
        assert_eq!(escape_like("50%_a\\b"), "50\\%\\_a\\\\b");
    }
}
