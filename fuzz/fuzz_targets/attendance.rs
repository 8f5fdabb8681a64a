//! The attendance report import: any bytes give a report or a clear error, never a panic, and
//! a report read is bounded, trimmed and the same in every encoding the platforms use.
#![no_main]

use convene::services::attendance::{MAX_FIELD, MAX_ROWS, ReportError, read_report};
use libfuzzer_sys::fuzz_target;

/// Fourteen days, the longest duration a report may give (`attendance::duration`).
const MAX_SECONDS: u64 = 14 * 24 * 3600;

fuzz_target!(|bytes: &[u8]| {
    let result = read_report(bytes);
    // Reading is a pure function of the bytes.
    assert_eq!(result, read_report(bytes));

    match &result {
        Ok(report) => {
            assert!(report.rows.len() + report.ignored <= MAX_ROWS);
            let mut last_line = 0;
            for row in &report.rows {
                assert!(row.line >= 1, "line numbers start at 1: {row:?}");
                assert!(row.line >= last_line, "rows out of order: {row:?}");
                last_line = row.line;
                assert!(row.email.chars().count() <= MAX_FIELD, "{row:?}");
                // The name may join a first and a last name, each within the cap.
                assert!(row.name.chars().count() <= 2 * MAX_FIELD + 1, "{row:?}");
                assert_eq!(row.email, row.email.trim(), "email not trimmed");
                assert_eq!(row.name, row.name.trim(), "name not trimmed");
                assert!(!row.email.contains('\0') && !row.name.contains('\0'));
                if let Some(s) = row.seconds {
                    assert!(s <= MAX_SECONDS, "{s} seconds: {row:?}");
                }
            }
        }
        Err(e) => {
            // Every error has a message key and reads in English without panicking.
            assert!(e.message_key().starts_with("attendance-error-"));
            assert!(!e.to_string().is_empty());
            if let ReportError::BadDuration { value, .. } = e {
                assert!(
                    value.chars().count() <= 40,
                    "the message echoes at most 40 characters"
                );
            }
        }
    }

    // Text that reads as UTF-8 reads the same with a byte-order mark, and as UTF-16 (both
    // byte orders, with their marks): Zoom writes UTF-8 with a BOM, Teams UTF-16LE.
    if let Ok(text) = std::str::from_utf8(bytes) {
        let zero_heuristic = bytes.len() >= 4 && bytes[1] == 0 && bytes[3] == 0 && bytes[0] != 0;
        if zero_heuristic || text.starts_with('\u{feff}') {
            return;
        }
        let with_bom = [&[0xEF, 0xBB, 0xBF][..], bytes].concat();
        assert_eq!(result, read_report(&with_bom), "UTF-8 with BOM differs");
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(result, read_report(&le), "UTF-16LE differs");
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(result, read_report(&be), "UTF-16BE differs");
    }
});
