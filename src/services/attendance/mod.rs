//! Marking attendance: by hand, from a list of addresses, or from a webinar platform's report.
//!
//! Marking is idempotent: a report sets each person's minutes to the report's total for them
//! (it never adds to what is stored), so uploading the same report twice changes nothing.

mod columns;
mod decode;
mod duration;
mod report;
mod summary;
#[cfg(test)]
mod tests;

use std::collections::HashMap;

use crate::db::{attendance, event, registration};
use crate::domain::{EmailAddress, Lang};
use crate::error::AppError;
use crate::i18n::{self, Arg, IntoArg};
use crate::state::AppState;

pub use columns::Platform;
pub use report::{MAX_FIELD, MAX_ROWS, Report, ReportRow};
pub use summary::{Summary, Unmatched};

/// Why an uploaded report cannot be read; each names what to fix.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReportError {
    #[error("the report is empty")]
    Empty,
    #[error("the report is not text in UTF-8 or UTF-16; upload the CSV file the platform exports")]
    NotText,
    #[error(
        "no participant table found: the report needs a header row with an email column \
         (such as \"User Email\" or \"Email\") and a name column (such as \"Name (Original Name)\" or \"Full Name\")"
    )]
    NoParticipantTable,
    #[error("line {line}: a field is longer than {MAX_FIELD} characters")]
    FieldTooLong { line: u64 },
    #[error("the report has more than {max} rows")]
    TooManyRows { max: usize },
    #[error("line {line}: the CSV is malformed")]
    Malformed { line: u64 },
    #[error("line {line}: cannot read the duration {value:?}")]
    BadDuration { line: u64, value: String },
}

impl ReportError {
    /// The translation key of the message, for pages (the API speaks English).
    pub fn message_key(&self) -> &'static str {
        match self {
            ReportError::Empty => "attendance-error-empty",
            ReportError::NotText => "attendance-error-not-text",
            ReportError::NoParticipantTable => "attendance-error-no-table",
            ReportError::FieldTooLong { .. } => "attendance-error-field-too-long",
            ReportError::TooManyRows { .. } => "attendance-error-too-many-rows",
            ReportError::Malformed { .. } => "attendance-error-malformed",
            ReportError::BadDuration { .. } => "attendance-error-duration",
        }
    }

    /// The message in `lang`, for pages.
    pub fn message(&self, lang: Lang) -> String {
        let mut args: Vec<(&'static str, Arg)> = Vec::new();
        match self {
            ReportError::FieldTooLong { line } => {
                args.push(("line", line.into_arg()));
                args.push(("max", count(MAX_FIELD)));
            }
            ReportError::TooManyRows { max } => args.push(("max", count(*max))),
            ReportError::Malformed { line } => args.push(("line", line.into_arg())),
            ReportError::BadDuration { line, value } => {
                args.push(("line", line.into_arg()));
                args.push(("value", value.as_str().into_arg()));
            }
            ReportError::Empty | ReportError::NotText | ReportError::NoParticipantTable => {}
        }
        i18n::t_args(lang, self.message_key(), &args)
    }
}

fn count(n: usize) -> Arg {
    u64::try_from(n).unwrap_or(u64::MAX).into_arg()
}

#[derive(Debug, thiserror::Error)]
pub enum AttendanceError {
    #[error(transparent)]
    Report(#[from] ReportError),
    #[error("at most {max} addresses at once")]
    TooManyAddresses { max: usize },
    #[error(transparent)]
    App(#[from] AppError),
}

impl From<sea_orm::DbErr> for AttendanceError {
    fn from(e: sea_orm::DbErr) -> Self {
        AttendanceError::App(e.into())
    }
}

/// Reads a report's bytes (CSV in UTF-8 or UTF-16, as the platforms export it).
pub fn read_report(bytes: &[u8]) -> Result<Report, ReportError> {
    report::parse(&decode::decode(bytes)?)
}

/// Marks the people of a webinar platform's attendance report as attended, with their minutes.
pub async fn import_report(
    state: &AppState,
    ev: &event::Model,
    bytes: &[u8],
) -> Result<Summary, AttendanceError> {
    let report = read_report(bytes)?;
    let platform = report.platform.as_str();
    apply(state, ev, platform, report.rows, report.ignored).await
}

/// The same cap as a report's rows: a pasted list is never longer than a report.
pub const MAX_ADDRESSES: usize = MAX_ROWS;

/// Marks the people with these addresses as attended; their minutes stay as they were.
pub async fn mark_emails(
    state: &AppState,
    ev: &event::Model,
    emails: &[String],
) -> Result<Summary, AttendanceError> {
    if emails.len() > MAX_ADDRESSES {
        return Err(AttendanceError::TooManyAddresses { max: MAX_ADDRESSES });
    }
    let rows = emails
        .iter()
        .enumerate()
        .map(|(i, email)| ReportRow {
            line: i as u64 + 1,
            name: String::new(),
            email: email.chars().take(MAX_FIELD).collect(),
            seconds: None,
        })
        .collect();
    apply(state, ev, "emails", rows, 0).await
}

/// Marks or unmarks one registration by hand (the check-in desk). False when the
/// registration is not one of this event's.
pub async fn set_attended(
    state: &AppState,
    ev: &event::Model,
    registration_id: i64,
    attended: bool,
) -> Result<bool, AppError> {
    let Some(reg) = attendance::find_in_event(&state.db, ev.id, registration_id).await? else {
        return Ok(false);
    };
    if reg.attended != attended {
        let txn = state.write().await?;
        attendance::set_attended(&*txn, reg.id, attended, None, state.now()).await?;
        let marked = [(reg.id, attended, reg.attended_minutes)];
        crate::webhooks::payload::attendance_marked(&*txn, state, ev, &marked).await?;
        txn.commit().await?;
    }
    Ok(true)
}

/// Matches the rows to registrations by address and writes what changed, in one transaction.
async fn apply(
    state: &AppState,
    ev: &event::Model,
    format: &'static str,
    rows: Vec<ReportRow>,
    ignored: usize,
) -> Result<Summary, AttendanceError> {
    let keyed: Vec<(Option<String>, ReportRow)> = rows
        .into_iter()
        .map(|row| (EmailAddress::parse(&row.email).map(|e| e.key()), row))
        .collect();
    let mut keys: Vec<String> = keyed.iter().filter_map(|(k, _)| k.clone()).collect();
    keys.sort_unstable();
    keys.dedup();
    let now = state.now();
    let txn = state.write().await?;
    let found: HashMap<String, registration::Model> =
        attendance::find_by_email_keys(&*txn, ev.id, &keys)
            .await?
            .into_iter()
            .map(|reg| (reg.email_key.clone(), reg))
            .collect();
    let by_id: HashMap<i64, &registration::Model> = found.values().map(|r| (r.id, r)).collect();
    let mut summary = Summary::new(format, ignored);
    for (key, row) in keyed {
        let reg = key.as_ref().and_then(|k| found.get(k));
        summary.add_row(reg.map(|r| r.id), row);
    }
    let mut marked = Vec::new();
    for (id, minutes) in summary.totals() {
        let Some(reg) = by_id.get(&id) else { continue };
        let unchanged = reg.attended && (minutes.is_none() || reg.attended_minutes == minutes);
        if !unchanged {
            attendance::set_attended(&*txn, id, true, minutes, now).await?;
            marked.push((id, true, minutes.or(reg.attended_minutes)));
        }
    }
    summary.people_changed = marked.len();
    crate::webhooks::payload::attendance_marked(&*txn, state, ev, &marked).await?;
    txn.commit().await?;
    Ok(summary)
}
