//! Turning an uploaded report's bytes into text: UTF-8 with or without a byte-order mark, or
//! UTF-16 as Microsoft Teams writes it.

use super::ReportError;

pub fn decode(bytes: &[u8]) -> Result<String, ReportError> {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return utf8(rest);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(rest, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(rest, u16::from_be_bytes);
    }
    // Without a mark, a zero in every second byte of ASCII-heavy text gives UTF-16 away.
    if bytes.len() >= 4 && bytes[1] == 0 && bytes[3] == 0 && bytes[0] != 0 {
        return utf16(bytes, u16::from_le_bytes);
    }
    utf8(bytes)
}

fn utf8(bytes: &[u8]) -> Result<String, ReportError> {
    let text = std::str::from_utf8(bytes).map_err(|_| ReportError::NotText)?;
    check(text.to_string())
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, ReportError> {
    if !bytes.len().is_multiple_of(2) {
        return Err(ReportError::NotText);
    }
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    let text = char::decode_utf16(units)
        .collect::<Result<String, _>>()
        .map_err(|_| ReportError::NotText)?;
    check(text)
}

/// A NUL character means binary data (a spreadsheet uploaded instead of its CSV, say).
fn check(text: String) -> Result<String, ReportError> {
    if text.contains('\0') {
        return Err(ReportError::NotText);
    }
    if text.trim().is_empty() {
        return Err(ReportError::Empty);
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16le(text: &str, bom: bool) -> Vec<u8> {
        let mut bytes = if bom { vec![0xFF, 0xFE] } else { Vec::new() };
        bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        bytes
    }

    #[test]
    fn reads_every_encoding_platforms_use() {
        let text = "Naam,Émilie\r\n";
        assert_eq!(decode(text.as_bytes()).as_deref(), Ok(text));
        let bom = [&[0xEF, 0xBB, 0xBF], text.as_bytes()].concat();
        assert_eq!(decode(&bom).as_deref(), Ok(text));
        assert_eq!(decode(&utf16le(text, true)).as_deref(), Ok(text));
        assert_eq!(decode(&utf16le(text, false)).as_deref(), Ok(text));
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode(&be).as_deref(), Ok(text));
    }

    #[test]
    fn refuses_what_is_not_text() {
        assert_eq!(decode(&[0x66, 0xFF, 0x80, 0x41]), Err(ReportError::NotText));
        assert_eq!(decode(b"PK\x03\x04\0\0"), Err(ReportError::NotText));
        assert_eq!(decode(&[0xFF, 0xFE, 0x41]), Err(ReportError::NotText));
        // A lone surrogate is not a character.
        assert_eq!(decode(&[0xFF, 0xFE, 0x00, 0xD8]), Err(ReportError::NotText));
        assert_eq!(decode(b" \r\n"), Err(ReportError::Empty));
    }
}
