//! Reading a webinar platform's attendance report: find the participant table, whatever
//! comes before it, and take a name, an address and a duration from each of its rows.

use csv::{ReaderBuilder, StringRecord};

use super::ReportError;
use super::columns::{Duration, Header, Platform, recognise};
use super::duration;

/// No real report comes near these; they bound the work a hostile upload can cause.
pub const MAX_ROWS: usize = 200_000;
pub const MAX_FIELD: usize = 1_000;
/// The header is near the top: Zoom's summary block and Teams' summary section are short.
const HEADER_SEARCH_ROWS: usize = 200;

/// One participant row of a report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportRow {
    /// The row's line number in the file, for messages.
    pub line: u64,
    pub name: String,
    /// The address as written (it may be empty, for guests without one).
    pub email: String,
    /// None when the report has no duration column.
    pub seconds: Option<u64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub platform: Platform,
    pub rows: Vec<ReportRow>,
    /// Rows of people the report itself says did not attend.
    pub ignored: usize,
}

pub fn parse(text: &str) -> Result<Report, ReportError> {
    // Teams writes tab-separated files and some spreadsheet programs semicolons; the
    // separator is the one under which a participant header appears.
    for delimiter in [b',', b'\t', b';'] {
        if let Some(report) = parse_with(text, delimiter)? {
            return Ok(report);
        }
    }
    Err(ReportError::NoParticipantTable)
}

fn reader(text: &str, delimiter: u8) -> csv::Reader<&[u8]> {
    ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes())
}

/// The report read with this separator, or None if no participant header shows under it.
fn parse_with(text: &str, delimiter: u8) -> Result<Option<Report>, ReportError> {
    let mut header: Option<Header> = None;
    let mut report: Option<Report> = None;
    for (index, record) in reader(text, delimiter).records().enumerate() {
        let line = |r: &StringRecord| r.position().map_or(index as u64 + 1, |p| p.line());
        let record = match record {
            Ok(record) => record,
            // Under the wrong separator a quote may look misplaced: only the table's own
            // separator may call the file broken.
            Err(_) if report.is_none() => return Ok(None),
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                return Err(ReportError::Malformed { line });
            }
        };
        if report.is_none() && index >= HEADER_SEARCH_ROWS {
            return Ok(None);
        }
        let cells: Vec<String> = record.iter().map(str::to_string).collect();
        if cells.iter().any(|c| c.len() > MAX_FIELD * 4) {
            return Err(ReportError::FieldTooLong {
                line: line(&record),
            });
        }
        if let Some(found) = recognise(&cells) {
            if header.as_ref().is_some_and(|h| h.totals) {
                // What follows Teams' totals repeats them per join.
                break;
            }
            report.get_or_insert(Report {
                platform: found.platform,
                rows: Vec::new(),
                ignored: 0,
            });
            header = Some(found);
            continue;
        }
        let (Some(header), Some(report)) = (header.as_ref(), report.as_mut()) else {
            continue;
        };
        // A section title ("3. In-Meeting Activities") or a total line has one cell filled.
        if cells.iter().filter(|c| !c.trim().is_empty()).count() < 2 {
            continue;
        }
        if report.rows.len() + report.ignored >= MAX_ROWS {
            return Err(ReportError::TooManyRows { max: MAX_ROWS });
        }
        match read_row(header, &cells, line(&record))? {
            Some(row) => report.rows.push(row),
            None => report.ignored += 1,
        }
    }
    Ok(report)
}

/// The row as a participant, or None if it says they did not attend.
fn read_row(
    header: &Header,
    cells: &[String],
    line: u64,
) -> Result<Option<ReportRow>, ReportError> {
    let cell = |i: Option<usize>| -> Result<&str, ReportError> {
        let value = i.and_then(|i| cells.get(i)).map_or("", |c| c.trim());
        if value.chars().count() > MAX_FIELD {
            return Err(ReportError::FieldTooLong { line });
        }
        Ok(value)
    };
    if header.attended.is_some() {
        let attended = cell(header.attended)?.to_lowercase();
        if matches!(attended.as_str(), "no" | "non" | "nee" | "false") {
            return Ok(None);
        }
    }
    let name = match cell(header.name)? {
        "" => format!("{} {}", cell(header.first_name)?, cell(header.last_name)?)
            .trim()
            .to_string(),
        name => name.to_string(),
    };
    let seconds = match header.duration {
        None => None,
        Some(Duration::Minutes(i)) => {
            Some(parse_duration(cell(Some(i))?, duration::minutes, line)?)
        }
        Some(Duration::Words(i)) => Some(parse_duration(cell(Some(i))?, duration::human, line)?),
    };
    Ok(Some(ReportRow {
        line,
        name,
        email: cell(Some(header.email))?.to_string(),
        seconds,
    }))
}

fn parse_duration(
    text: &str,
    parse: fn(&str) -> Option<u64>,
    line: u64,
) -> Result<u64, ReportError> {
    parse(text).ok_or_else(|| ReportError::BadDuration {
        line,
        value: text.chars().take(40).collect(),
    })
}
