//! Exports of an event's registrations with attendance, as CSV, XLSX or JSON.
//!
//! One function produces the bytes for the HTTP download and for `convene export`: it reads
//! the registrations a page at a time (keyset by id) and hands the file on in chunks through
//! a bounded channel, so memory stays flat however many registrations there are.

pub mod command;
mod csv;
pub mod feedback;
mod json;
mod row;
mod xlsx;

use std::io;
use std::str::FromStr;
use std::sync::Arc;

use sea_orm::DatabaseConnection;
use tokio::sync::mpsc;

use crate::db::{event, programme, registration_list};
use crate::domain::RegistrationFilter;

pub use row::{COLUMNS, Row, header, neutralise, session_cell};

/// Registrations read from the database at a time: large enough that the per-query cost
/// vanishes, small enough that memory stays flat (a few MB).
pub const PAGE_SIZE: u64 = 5_000;
/// Chunks waiting for a slow reader; the export pauses when they are all taken.
const CHANNEL_DEPTH: usize = 4;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Xlsx,
    Json,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Xlsx => "xlsx",
            Format::Json => "json",
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Format::Csv => "text/csv; charset=utf-8",
            Format::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Format::Json => "application/json",
        }
    }

    /// Whether the bytes are fit for a terminal.
    pub fn is_binary(self) -> bool {
        matches!(self, Format::Xlsx)
    }
}

impl FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "csv" => Ok(Format::Csv),
            "xlsx" => Ok(Format::Xlsx),
            "json" => Ok(Format::Json),
            _ => Err(format!("unknown format {s:?} (expected csv, xlsx or json)")),
        }
    }
}

/// What to export.
#[derive(Debug, Clone)]
pub struct Export {
    pub event: event::Model,
    pub filter: RegistrationFilter,
    pub format: Format,
}

impl Export {
    /// `{slug}-registrations.{ext}`; slugs are lower-case letters, digits and dashes, so the
    /// name is safe in a header.
    pub fn file_name(&self) -> String {
        format!(
            "{}-registrations.{}",
            self.event.slug,
            self.format.extension()
        )
    }
}

/// Told the number of registrations written so far, after each page.
pub type Progress = Arc<dyn Fn(u64) + Send + Sync>;

/// A piece of the file, or the error that ended it early.
pub type Chunk = io::Result<Vec<u8>>;

/// Starts the export on its own task; the receiver yields the file's bytes in order and ends
/// after the last chunk, or after an error (the file is then incomplete and must be dropped).
pub fn spawn(
    db: DatabaseConnection,
    export: Export,
    progress: Option<Progress>,
) -> mpsc::Receiver<Chunk> {
    let (tx, rx) = mpsc::channel(CHANNEL_DEPTH);
    tokio::spawn(async move {
        // The reader reports the error (a log line for a download, a message for the CLI).
        if let Err(e) = run(&db, &export, &tx, progress).await {
            let _ = tx.send(Err(e)).await;
        }
    });
    rx
}

/// The number of registrations the export will hold, for a progress bar.
pub async fn count(db: &DatabaseConnection, export: &Export) -> Result<u64, sea_orm::DbErr> {
    registration_list::count(db, export.event.id, &export.filter).await
}

/// The encoders of the three formats behind one face.
enum Encoder {
    Csv,
    Json(json::JsonEncoder),
    Xlsx(Box<xlsx::XlsxEncoder>),
}

async fn run(
    db: &DatabaseConnection,
    export: &Export,
    tx: &mpsc::Sender<Chunk>,
    progress: Option<Progress>,
) -> io::Result<()> {
    let questions = export.event.questions.0.clone();
    let sessions = programme::sessions_of(db, export.event.id)
        .await
        .map_err(io::Error::other)?;
    let columns = header(&questions, &sessions);
    let (mut encoder, first) = match export.format {
        Format::Csv => (Encoder::Csv, csv::begin(&columns)?),
        Format::Json => {
            let ids = questions.iter().map(|q| q.id.clone()).collect();
            let keys = sessions.iter().map(|s| s.key.clone()).collect();
            (
                Encoder::Json(json::JsonEncoder::new(ids, keys)),
                json::begin(),
            )
        }
        Format::Xlsx => (
            Encoder::Xlsx(Box::new(xlsx::XlsxEncoder::begin(
                &columns,
                &export.file_name(),
                export.event.updated_at,
            )?)),
            Vec::new(),
        ),
    };
    send(tx, first).await?;
    let with_sessions = !sessions.is_empty();
    // A page of registrations with their choices of sessions (none to read without a programme).
    let fetch = |after: i64| async move {
        let page = registration_list::export_page_after(
            db,
            export.event.id,
            &export.filter,
            after,
            PAGE_SIZE,
        )
        .await
        .map_err(io::Error::other)?;
        let choices = match with_sessions {
            true => {
                let ids: Vec<i64> = page.iter().map(|r| r.id).collect();
                programme::choices_of_many(db, &ids)
                    .await
                    .map_err(io::Error::other)?
            }
            false => Vec::new(),
        };
        io::Result::Ok((page, choices))
    };
    let mut done = 0u64;
    let (mut page, mut choices) = fetch(0).await?;
    while let Some(last) = page.last() {
        // The next page is read while this one is encoded: the query runs on the driver's
        // thread (SQLite) or the server (PostgreSQL) while this task writes.
        let more = page.len() as u64 == PAGE_SIZE;
        let next = {
            let after = last.id;
            async move {
                match more {
                    true => fetch(after).await,
                    false => Ok((Vec::new(), Vec::new())),
                }
            }
        };
        let encode = async {
            let rows: Vec<Row> = page
                .iter()
                .map(|reg| Row::new(reg, &questions, &sessions, &choices))
                .collect();
            let bytes = match &mut encoder {
                Encoder::Csv => csv::rows(&rows)?,
                Encoder::Json(json) => json.rows(&rows)?,
                Encoder::Xlsx(xlsx) => {
                    xlsx.rows(&rows)?;
                    Vec::new()
                }
            };
            io::Result::Ok((bytes, rows.len() as u64))
        };
        // `next` first, so that its query is on its way before the encoding starts.
        let (next, encoded) = tokio::join!(next, encode);
        let (bytes, written) = encoded?;
        send(tx, bytes).await?;
        done += written;
        if let Some(progress) = &progress {
            progress(done);
        }
        (page, choices) = next?;
    }
    match encoder {
        Encoder::Csv => Ok(()),
        Encoder::Json(_) => send(tx, json::end()).await,
        Encoder::Xlsx(xlsx) => xlsx::finish(*xlsx, tx).await,
    }
}

/// Hands a chunk on; a reader that went away (a closed download) ends the export.
async fn send(tx: &mpsc::Sender<Chunk>, bytes: Vec<u8>) -> io::Result<()> {
    if bytes.is_empty() {
        return Ok(());
    }
    tx.send(Ok(bytes))
        .await
        .map_err(|_| io::Error::new(io::ErrorKind::BrokenPipe, "the reader went away"))
}
