//! One exported row: the contract's columns, then one per custom question.

use chrono::{DateTime, SecondsFormat, Utc};

use crate::db::registration_list::ExportRecord;
use crate::domain::Question;

/// The contract's columns, in its order.
pub const COLUMNS: [&str; 11] = [
    "id",
    "name",
    "email",
    "organization",
    "country",
    "language",
    "status",
    "registered_at",
    "confirmed_at",
    "attended",
    "attended_minutes",
];

/// The header: the contract's columns, then the questions' ids.
pub fn header(questions: &[Question]) -> Vec<String> {
    COLUMNS
        .iter()
        .map(|c| c.to_string())
        .chain(questions.iter().map(|q| q.id.clone()))
        .collect()
}

/// A registration as the exports see it.
pub struct Row<'a> {
    pub reg: &'a ExportRecord,
    /// The answer to each question, in the questions' order; empty when not answered.
    pub answers: Vec<String>,
}

impl<'a> Row<'a> {
    pub fn new(reg: &'a ExportRecord, questions: &[Question]) -> Row<'a> {
        if questions.is_empty() {
            // Nothing to look up: skip parsing the answers.
            return Row {
                reg,
                answers: Vec::new(),
            };
        }
        let mut given = reg.answers();
        let answers = questions
            .iter()
            .map(|q| given.remove(&q.id).unwrap_or_default())
            .collect();
        Row { reg, answers }
    }

    /// The text columns in order, for the formats that only have text.
    pub fn texts(&self) -> Vec<String> {
        let r = self.reg;
        let mut cells = vec![
            r.id.to_string(),
            r.name.clone(),
            r.email.clone(),
            r.organization.clone(),
            r.country.clone(),
            r.language.clone(),
            r.status.clone(),
            rfc3339(r.registered_at),
            r.confirmed_at.map(rfc3339).unwrap_or_default(),
            r.attended.to_string(),
            r.attended_minutes
                .map(|m| m.to_string())
                .unwrap_or_default(),
        ];
        cells.extend(self.answers.iter().cloned());
        cells
    }
}

/// UTC to the second, with a `Z`: `2026-03-12T14:00:00Z`.
pub fn rfc3339(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// A cell a spreadsheet program would run as a formula (`=`, `+`, `-`, `@`) or that hides
/// one behind a tab or carriage return gets a leading apostrophe, which shows it as text.
pub fn neutralise(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_and_plain_text_is_not() {
        for risky in ["=1+1", "+32 2 000", "-2", "@SUM(A1)", "\tx", "\r=1"] {
            assert_eq!(neutralise(risky), format!("'{risky}"));
        }
        for plain in ["Ada", "", "a=b", " =1", "'quoted", "éléonore"] {
            assert_eq!(neutralise(plain), plain);
        }
    }

    #[test]
    fn times_are_utc_rfc3339() {
        let t = DateTime::parse_from_rfc3339("2026-03-12T15:00:00.123+01:00")
            .expect("time")
            .with_timezone(&Utc);
        assert_eq!(rfc3339(t), "2026-03-12T14:00:00Z");
    }
}
