//! XLSX through rust_xlsxwriter: typed cells (numbers, dates, booleans), a bold frozen header
//! and a filter. The sheet is in constant-memory mode, which writes each finished row to a
//! temporary file; the workbook's zip is then streamed out as it is compressed.

use std::io::{self, Write};

use chrono::{DateTime, Utc};
use rust_xlsxwriter::{DocProperties, Format, Workbook, XlsxError};
use tokio::sync::mpsc;

use super::Chunk;
use super::row::{COLUMNS, Row};

/// Excel's own limit, header included.
const MAX_ROWS: u32 = 1_048_576;
/// The size of the pieces the finished file is handed on in.
const CHUNK_SIZE: usize = 64 * 1024;
/// Column widths in characters, for the contract's columns; questions get the last one.
const WIDTHS: [f64; 14] = [
    8.0, 24.0, 30.0, 30.0, 9.0, 10.0, 12.0, 21.0, 21.0, 10.0, 17.0, 16.0, 23.0, 20.0,
];

pub struct XlsxEncoder {
    workbook: Workbook,
    next_row: u32,
    last_col: u16,
    date: Format,
}

fn err(e: XlsxError) -> io::Error {
    io::Error::other(e.to_string())
}

impl XlsxEncoder {
    /// `stamp` becomes the document's creation time: a time of the data rather than of the
    /// run, so that the same registrations give the same bytes, from the API or the CLI.
    pub fn begin(columns: &[String], title: &str, stamp: DateTime<Utc>) -> io::Result<XlsxEncoder> {
        let mut workbook = Workbook::new();
        workbook.set_properties(
            &DocProperties::new()
                .set_title(title)
                .set_creation_datetime(&stamp),
        );
        let last_col = u16::try_from(columns.len().saturating_sub(1))
            .map_err(|_| io::Error::other("too many columns"))?;
        let bold = Format::new().set_bold();
        let sheet = workbook.add_worksheet_with_constant_memory().map_err(err)?;
        sheet.set_name("Registrations").map_err(err)?;
        for col in 0..=last_col {
            let width = WIDTHS[usize::from(col).min(WIDTHS.len() - 1)];
            sheet.set_column_width(col, width).map_err(err)?;
        }
        sheet.set_freeze_panes(1, 0).map_err(err)?;
        for (col, name) in (0..).zip(columns) {
            sheet
                .write_string_with_format(0, col, name, &bold)
                .map_err(err)?;
        }
        Ok(XlsxEncoder {
            workbook,
            next_row: 1,
            last_col,
            // A real date that reads like the CSV's RFC 3339 text.
            date: Format::new().set_num_format("yyyy-mm-dd\"T\"hh:mm:ss\"Z\""),
        })
    }

    /// Writes the rows; constant-memory mode requires them in order, as they come.
    pub fn rows(&mut self, rows: &[Row]) -> io::Result<()> {
        let sheet = self.workbook.worksheet_from_index(0).map_err(err)?;
        for row in rows {
            let n = self.next_row;
            if n >= MAX_ROWS {
                return Err(io::Error::other(
                    "more registrations than an XLSX sheet holds",
                ));
            }
            let r = row.reg;
            // Ids stay far below 2^53, where an f64 holds every integer exactly.
            sheet.write_number(n, 0, r.id as f64).map_err(err)?;
            let texts = [
                r.name.as_str(),
                r.email.as_str(),
                r.organization.as_str(),
                r.country.as_str(),
                r.language.code(),
                r.status.as_str(),
            ];
            for (col, text) in (1..).zip(texts) {
                sheet.write_string(n, col, text).map_err(err)?;
            }
            sheet
                .write_datetime_with_format(n, 7, r.registered_at.naive_utc(), &self.date)
                .map_err(err)?;
            if let Some(at) = r.confirmed_at {
                sheet
                    .write_datetime_with_format(n, 8, at.naive_utc(), &self.date)
                    .map_err(err)?;
            }
            sheet.write_boolean(n, 9, r.attended).map_err(err)?;
            if let Some(minutes) = r.attended_minutes {
                sheet.write_number(n, 10, minutes).map_err(err)?;
            }
            let codes = [
                r.attendance_mode.map(|m| m.as_str()),
                r.interpretation_language.map(|l| l.code()),
            ];
            for (col, code) in (11..).zip(codes) {
                if let Some(code) = code {
                    sheet.write_string(n, col, code).map_err(err)?;
                }
            }
            for (col, answer) in (13..).zip(row.answers.iter().chain(&row.sessions)) {
                if !answer.is_empty() {
                    sheet.write_string(n, col, answer.as_str()).map_err(err)?;
                }
            }
            self.next_row += 1;
        }
        Ok(())
    }
}

/// Adds the filter and streams the workbook out. Compressing is CPU work and the writer
/// blocks on a full channel, so both happen on a blocking thread.
pub async fn finish(mut encoder: XlsxEncoder, tx: &mpsc::Sender<Chunk>) -> io::Result<()> {
    let tx = tx.clone();
    tokio::task::spawn_blocking(move || {
        let last_row = encoder.next_row - 1;
        let last_col = encoder.last_col;
        encoder
            .workbook
            .worksheet_from_index(0)
            .and_then(|sheet| sheet.autofilter(0, 0, last_row, last_col))
            .map_err(err)?;
        let mut writer = ChannelWriter {
            tx,
            buf: Vec::with_capacity(CHUNK_SIZE),
        };
        encoder
            .workbook
            .save_to_writer(&mut writer)
            .map_err(|e| match e {
                XlsxError::IoError(io) => io,
                other => err(other),
            })?;
        writer.flush()
    })
    .await
    .map_err(io::Error::other)?
}

/// A blocking writer that hands its bytes to the channel in pieces of `CHUNK_SIZE`.
struct ChannelWriter {
    tx: mpsc::Sender<Chunk>,
    buf: Vec<u8>,
}

impl Write for ChannelWriter {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.buf.extend_from_slice(bytes);
        if self.buf.len() >= CHUNK_SIZE {
            self.flush()?;
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let chunk = std::mem::replace(&mut self.buf, Vec::with_capacity(CHUNK_SIZE));
        self.tx
            .blocking_send(Ok(chunk))
            .map_err(|_| io::Error::new(io::ErrorKind::BrokenPipe, "the reader went away"))
    }
}

/// The contract's columns are where `rows` writes them.
const _: () = assert!(COLUMNS.len() == 13);
