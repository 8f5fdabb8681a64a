//! What an import did: rows read, matched and not, and who could not be matched.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use super::ReportRow;

/// The unmatched people listed in full; beyond this they are only counted, so that a
/// report of the wrong meeting does not produce a reply of megabytes.
pub const MAX_LISTED: usize = 1_000;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// `zoom`, `teams`, `meet`, `csv` (another platform's table) or `emails` (a list).
    pub format: &'static str,
    pub rows_read: usize,
    pub rows_matched: usize,
    pub rows_unmatched: usize,
    /// Rows of people the report says did not attend (Zoom webinars list absent registrants).
    pub rows_ignored: usize,
    /// Registrations the upload marks as attended.
    pub people_marked: usize,
    /// Of those, the ones whose attendance or minutes changed now; 0 when the same report is
    /// uploaded again.
    pub people_changed: usize,
    /// Distinct people (by address, else by name) no registration matched.
    pub people_unmatched: usize,
    /// Those people, in the order of the report, at most `MAX_LISTED`.
    pub unmatched: Vec<Unmatched>,
    #[serde(skip)]
    seconds: BTreeMap<i64, Option<u64>>,
    #[serde(skip)]
    unmatched_at: HashMap<String, Option<usize>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Unmatched {
    pub name: String,
    pub email: String,
    pub rows: usize,
    /// Their minutes in the report, when it has durations.
    pub minutes: Option<i32>,
    /// The line of their first row.
    pub line: u64,
    #[serde(skip)]
    seconds: Option<u64>,
}

impl Summary {
    pub fn new(format: &'static str, ignored: usize) -> Summary {
        Summary {
            format,
            rows_read: ignored,
            rows_matched: 0,
            rows_unmatched: 0,
            rows_ignored: ignored,
            people_marked: 0,
            people_changed: 0,
            people_unmatched: 0,
            unmatched: Vec::new(),
            seconds: BTreeMap::new(),
            unmatched_at: HashMap::new(),
        }
    }

    /// Counts a row, matched to a registration or not.
    pub fn add_row(&mut self, registration: Option<i64>, row: ReportRow) {
        self.rows_read += 1;
        match registration {
            Some(id) => {
                self.rows_matched += 1;
                let total = self.seconds.entry(id).or_insert(None);
                if let Some(s) = row.seconds {
                    *total = Some(total.unwrap_or(0).saturating_add(s));
                }
                self.people_marked = self.seconds.len();
            }
            None => self.add_unmatched(row),
        }
    }

    fn add_unmatched(&mut self, row: ReportRow) {
        self.rows_unmatched += 1;
        let key = if row.email.trim().is_empty() {
            format!("name:{}", row.name.trim().to_lowercase())
        } else {
            format!("email:{}", row.email.trim().to_lowercase())
        };
        let slot = match self.unmatched_at.get(&key) {
            Some(slot) => *slot,
            None => {
                self.people_unmatched += 1;
                let slot = (self.unmatched.len() < MAX_LISTED).then(|| {
                    self.unmatched.push(Unmatched {
                        name: row.name.clone(),
                        email: row.email.clone(),
                        rows: 0,
                        minutes: None,
                        line: row.line,
                        seconds: None,
                    });
                    self.unmatched.len() - 1
                });
                self.unmatched_at.insert(key, slot);
                slot
            }
        };
        if let Some(person) = slot.and_then(|i| self.unmatched.get_mut(i)) {
            person.rows += 1;
            if let Some(s) = row.seconds {
                let total = person.seconds.unwrap_or(0).saturating_add(s);
                person.seconds = Some(total);
                person.minutes = Some(to_minutes(total));
            }
        }
    }

    /// Each matched registration with its total minutes (None when the report has no times).
    pub fn totals(&self) -> impl Iterator<Item = (i64, Option<i32>)> + '_ {
        self.seconds
            .iter()
            .map(|(id, seconds)| (*id, seconds.map(to_minutes)))
    }
}

/// Whole minutes, rounded to the nearest, as Zoom counts them.
fn to_minutes(seconds: u64) -> i32 {
    i32::try_from(seconds.saturating_add(30) / 60).unwrap_or(i32::MAX)
}
