//! Free text from the outside world, cleaned once at the border.

use std::fmt;

/// Why a piece of text was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextError {
    Empty,
    TooLong,
    ControlCharacters,
}

/// Text that is trimmed, NFC-free of control characters, bidi overrides and line breaks, and
/// of bounded length. Safe to put in an email header, a CSV cell or a calendar line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CleanText(String);

impl CleanText {
    /// A required single-line value of at most `max` characters.
    pub fn required(input: &str, max: usize) -> Result<CleanText, TextError> {
        let text = Self::optional(input, max)?;
        if text.0.is_empty() {
            Err(TextError::Empty)
        } else {
            Ok(text)
        }
    }

    /// An optional single-line value: empty is allowed.
    pub fn optional(input: &str, max: usize) -> Result<CleanText, TextError> {
        let trimmed = input.trim();
        if trimmed.chars().any(is_forbidden) {
            return Err(TextError::ControlCharacters);
        }
        if trimmed.chars().count() > max {
            return Err(TextError::TooLong);
        }
        // Runs of spaces are folded so that "Ada    Lovelace" and "Ada Lovelace" are one name.
        Ok(CleanText(
            trimmed.split_whitespace().collect::<Vec<_>>().join(" "),
        ))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

impl fmt::Display for CleanText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Control characters (CR, LF, NUL, …) and the bidirectional overrides that can disguise text.
pub fn is_forbidden(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleans_and_refuses() {
        assert_eq!(
            CleanText::required("  Ada   Lovelace ", 50).map(|t| t.0),
            Ok("Ada Lovelace".into())
        );
        assert_eq!(CleanText::required("   ", 50), Err(TextError::Empty));
        assert_eq!(
            CleanText::required("a\r\nBcc: x@y", 50),
            Err(TextError::ControlCharacters)
        );
        assert_eq!(
            CleanText::required("evil\u{202E}txt", 50),
            Err(TextError::ControlCharacters)
        );
        assert_eq!(
            CleanText::required("nul\0", 50),
            Err(TextError::ControlCharacters)
        );
        assert_eq!(
            CleanText::required(&"é".repeat(51), 50),
            Err(TextError::TooLong)
        );
        assert!(CleanText::required(&"é".repeat(50), 50).is_ok());
        assert_eq!(CleanText::optional("", 5).map(|t| t.0), Ok(String::new()));
    }
}
