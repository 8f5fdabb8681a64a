//! JSON: an array of objects, one per registration, written object by object.

use std::collections::BTreeMap;
use std::io;

use serde::Serialize;

use crate::domain::{AttendanceMode, Lang};

use super::row::{Row, rfc3339};

/// The contract's columns with their JSON types, and the answers by question id.
#[derive(Serialize)]
struct JsonRow<'a> {
    id: i64,
    name: &'a str,
    email: &'a str,
    organization: &'a str,
    country: &'a str,
    language: &'a str,
    status: &'a str,
    registered_at: String,
    confirmed_at: Option<String>,
    attended: bool,
    attended_minutes: Option<i32>,
    attendance_mode: Option<&'a str>,
    interpretation_language: Option<&'a str>,
    /// Every question is present; unanswered ones as "".
    answers: BTreeMap<&'a str, &'a str>,
    /// Every session of the programme by key, as the CSV's `session:<key>` columns.
    sessions: BTreeMap<&'a str, &'a str>,
}

pub struct JsonEncoder {
    question_ids: Vec<String>,
    session_keys: Vec<String>,
    /// Whether an object was written yet, for the commas between them.
    started: bool,
}

pub fn begin() -> Vec<u8> {
    b"[".to_vec()
}

pub fn end() -> Vec<u8> {
    b"\n]\n".to_vec()
}

impl JsonEncoder {
    pub fn new(question_ids: Vec<String>, session_keys: Vec<String>) -> JsonEncoder {
        JsonEncoder {
            question_ids,
            session_keys,
            started: false,
        }
    }

    pub fn rows(&mut self, rows: &[Row]) -> io::Result<Vec<u8>> {
        let mut out = Vec::with_capacity(rows.len() * 300);
        for row in rows {
            out.extend_from_slice(if self.started { b",\n" } else { b"\n" });
            self.started = true;
            let r = row.reg;
            let answers = self
                .question_ids
                .iter()
                .map(String::as_str)
                .zip(row.answers.iter().map(String::as_str))
                .collect();
            let sessions = self
                .session_keys
                .iter()
                .map(String::as_str)
                .zip(row.sessions.iter().map(String::as_str))
                .collect();
            let object = JsonRow {
                id: r.id,
                name: &r.name,
                email: &r.email,
                organization: &r.organization,
                country: &r.country,
                language: r.language.code(),
                status: r.status.as_str(),
                registered_at: rfc3339(r.registered_at),
                confirmed_at: r.confirmed_at.map(rfc3339),
                attended: r.attended,
                attended_minutes: r.attended_minutes,
                attendance_mode: r.attendance_mode.map(AttendanceMode::as_str),
                interpretation_language: r.interpretation_language.map(Lang::code),
                answers,
                sessions,
            };
            serde_json::to_writer(&mut out, &object).map_err(io::Error::other)?;
        }
        Ok(out)
    }
}
