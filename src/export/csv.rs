//! CSV: UTF-8 with a byte-order mark so spreadsheet programs read accents right, quoted where
//! needed, every text cell neutralised against formula injection.

use std::fmt::Write as _;
use std::io;

use super::row::{Row, neutralise, write_rfc3339};

const BOM: &[u8] = "\u{feff}".as_bytes();

pub fn begin(columns: &[String]) -> io::Result<Vec<u8>> {
    let mut out = BOM.to_vec();
    out.extend(records(std::iter::once(columns.to_vec()))?);
    Ok(out)
}

pub fn rows(rows: &[Row]) -> io::Result<Vec<u8>> {
    let mut writer = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::with_capacity(rows.len() * 160));
    // Numbers and times are formatted into this one buffer, and text cells are borrowed:
    // an export writes millions of cells, and a `String` for each was a good part of its time.
    let mut scratch = String::with_capacity(32);
    for row in rows {
        let r = row.reg;
        let number = |scratch: &mut String, n: i64| {
            scratch.clear();
            let _ = write!(scratch, "{n}");
        };
        number(&mut scratch, r.id);
        field(&mut writer, &scratch)?;
        // Text a participant typed is neutralised against formulas; what Convene writes
        // itself (the id, times and the flag) never starts with a risky sign.
        for text in [&r.name, &r.email, &r.organization] {
            field(&mut writer, &neutralise(text))?;
        }
        for code in [r.country.as_str(), r.language.code(), r.status.as_str()] {
            field(&mut writer, &neutralise(code))?;
        }
        scratch.clear();
        write_rfc3339(&mut scratch, r.registered_at);
        field(&mut writer, &scratch)?;
        scratch.clear();
        if let Some(at) = r.confirmed_at {
            write_rfc3339(&mut scratch, at);
        }
        field(&mut writer, &scratch)?;
        field(&mut writer, if r.attended { "true" } else { "false" })?;
        scratch.clear();
        if let Some(minutes) = r.attended_minutes {
            number(&mut scratch, i64::from(minutes));
        }
        field(&mut writer, &neutralise(&scratch))?;
        let codes = [
            r.attendance_mode.map(|m| m.as_str()),
            r.interpretation_language.map(|l| l.code()),
        ];
        for code in codes {
            field(&mut writer, &neutralise(code.unwrap_or_default()))?;
        }
        for answer in &row.answers {
            field(&mut writer, &neutralise(answer))?;
        }
        for cell in &row.sessions {
            field(&mut writer, cell)?;
        }
        writer
            .write_record(None::<&[u8]>)
            .map_err(io::Error::other)?;
    }
    writer
        .into_inner()
        .map_err(|e| io::Error::other(e.to_string()))
}

fn field(writer: &mut ::csv::Writer<Vec<u8>>, cell: &str) -> io::Result<()> {
    writer
        .write_field(cell.as_bytes())
        .map_err(io::Error::other)
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

#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::*;
    use crate::db::registration;

    fn registration(name: String, organization: String) -> registration::Model {
        let now = chrono::Utc::now();
        registration::Model {
            id: 7,
            event_id: 1,
            token_hash: String::new(),
            name,
            email: "ada@example.org".into(),
            email_key: "ada@example.org".into(),
            organization,
            country: "BE".into(),
            language: crate::domain::Lang::Fr,
            time_zone: None,
            status: crate::domain::RegistrationStatus::Confirmed,
            holds_seat: true,
            answers: Default::default(),
            consent_at: now,
            consent_version: "v".into(),
            registered_at: now,
            confirmed_at: Some(now),
            cancelled_at: None,
            expires_at: None,
            last_mail_at: None,
            attended: true,
            attended_minutes: Some(42),
            updated_at: now,
            anonymised_at: None,
            join_opened_at: None,
            attendance_mode: Some(crate::domain::AttendanceMode::Online),
            interpretation_language: Some(crate::domain::Lang::Es),
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// Every exported CSV reads back with a CSV reader to the same cells, neutralised
        /// where a cell could start a formula.
        #[test]
        fn every_exported_csv_round_trips(name in any::<String>(), organization in any::<String>()) {
            let reg = registration(name.clone(), organization.clone());
            let record = crate::db::registration_list::ExportRecord::from(&reg);
            let row = Row::new(&record, &[], &[], &[]);
            let columns: Vec<String> = super::super::row::COLUMNS.iter().map(|c| c.to_string()).collect();
            let mut bytes = begin(&columns).expect("header");
            bytes.extend(rows(&[row]).expect("rows"));
            prop_assert!(bytes.starts_with(BOM));
            let mut reader = ::csv::ReaderBuilder::new().from_reader(&bytes[BOM.len()..]);
            let header = reader.headers().expect("header").clone();
            prop_assert_eq!(header.iter().collect::<Vec<_>>(), super::super::row::COLUMNS.to_vec());
            let record = reader.records().next().expect("one row").expect("parses");
            let (expected_name, expected_org) = (neutralise(&name).into_owned(), neutralise(&organization).into_owned());
            prop_assert_eq!(&record[1], expected_name.as_str());
            prop_assert_eq!(&record[3], expected_org.as_str());
            for cell in record.iter() {
                prop_assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "{cell:?}");
            }
        }
    }
}
