//! CSV: UTF-8 with a byte-order mark so spreadsheet programs read accents right, quoted where
//! needed, every text cell neutralised against formula injection.

use std::io;

use super::row::{Row, neutralise};

const BOM: &[u8] = "\u{feff}".as_bytes();

pub fn begin(columns: &[String]) -> io::Result<Vec<u8>> {
    let mut out = BOM.to_vec();
    out.extend(records(std::iter::once(columns.to_vec()))?);
    Ok(out)
}

pub fn rows(rows: &[Row]) -> io::Result<Vec<u8>> {
    // The id, times, flag and minutes are written by us and never start with a risky sign;
    // neutralising every cell keeps the rule simple all the same.
    records(rows.iter().map(|row| {
        row.texts()
            .iter()
            .map(|cell| neutralise(cell).into_owned())
            .collect()
    }))
}

fn records(records: impl Iterator<Item = Vec<String>>) -> io::Result<Vec<u8>> {
    let mut writer = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new());
    for record in records {
        writer.write_record(&record).map_err(io::Error::other)?;
    }
    writer
        .into_inner()
        .map_err(|e| io::Error::other(e.to_string()))
}
