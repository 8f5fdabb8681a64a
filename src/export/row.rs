//! One exported row: the contract's columns, then one per custom question, then one per
//! session of the programme (`session:<key>`).

use chrono::{DateTime, Datelike, SecondsFormat, Timelike, Utc};

use crate::db::programme::{Choice, Session};
use crate::db::registration_list::ExportRecord;
use crate::domain::{Question, RegistrationStatus};

/// The contract's columns, in its order.
pub const COLUMNS: [&str; 13] = [
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
    "attendance_mode",
    "interpretation_language",
];

/// The header: the contract's columns, the questions' ids, then `session:<key>` per session
/// (question ids have no colon, so the names never meet).
pub fn header(questions: &[Question], sessions: &[Session]) -> Vec<String> {
    COLUMNS
        .iter()
        .map(|c| c.to_string())
        .chain(questions.iter().map(|q| q.id.clone()))
        .chain(sessions.iter().map(|s| format!("session:{}", s.key)))
        .collect()
}

/// A registration's cell for one session: empty when not chosen, `attended` when marked
/// present, else the state of the choice (`confirmed`, `pending`, `waitlisted`, `cancelled`).
pub fn session_cell(reg: &ExportRecord, session: &Session, choices: &[Choice]) -> String {
    let Some(c) = choices
        .iter()
        .find(|c| c.registration_id == reg.id && c.session_id == session.id)
    else {
        return String::new();
    };
    if c.attended {
        return "attended".into();
    }
    let status = Some(reg.status);
    let shown = match (c.status, status) {
        (_, Some(s @ (RegistrationStatus::Cancelled | RegistrationStatus::Expired))) => s,
        (RegistrationStatus::Confirmed, Some(RegistrationStatus::Pending)) => {
            RegistrationStatus::Pending
        }
        (s, _) => s,
    };
    shown.as_str().to_string()
}

/// A registration as the exports see it.
pub struct Row<'a> {
    pub reg: &'a ExportRecord,
    /// The answer to each question, in the questions' order; empty when not answered.
    pub answers: Vec<String>,
    /// The cell of each session, in programme order (see [`session_cell`]).
    pub sessions: Vec<String>,
}

impl<'a> Row<'a> {
    pub fn new(
        reg: &'a ExportRecord,
        questions: &[Question],
        sessions: &[Session],
        choices: &[Choice],
    ) -> Row<'a> {
        let sessions = sessions
            .iter()
            .map(|s| session_cell(reg, s, choices))
            .collect();
        let answers = questions
            .iter()
            .map(|q| reg.answers.get(&q.id).cloned().unwrap_or_default())
            .collect();
        Row {
            reg,
            answers,
            sessions,
        }
    }
}

/// UTC to the second, with a `Z`: `2026-03-12T14:00:00Z`.
pub fn rfc3339(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// `rfc3339` written into `out`, field by field: no format string to interpret and no
/// `String` of its own, for the exports' millions of times.
pub fn write_rfc3339(out: &mut String, t: DateTime<Utc>) {
    use std::fmt::Write as _;
    let _ = write!(
        out,
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        t.year(),
        t.month(),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    );
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

    #[test]
    fn the_written_time_is_the_formatted_one() {
        for text in [
            "2026-03-12T15:00:00.999+01:00",
            "0999-01-02T03:04:05Z",
            "2031-12-31T23:59:59Z",
            "1970-01-01T00:00:00Z",
        ] {
            let t = DateTime::parse_from_rfc3339(text)
                .expect("time")
                .with_timezone(&Utc);
            let mut written = String::new();
            write_rfc3339(&mut written, t);
            assert_eq!(written, rfc3339(t), "{text}");
        }
    }
}
