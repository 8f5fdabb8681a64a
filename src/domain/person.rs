//! A participant's name and organisation: the one definition of their limits, used by the
//! registration form's checks, by delegates' rows and by the services.

use super::text::{CleanText, TextError};

/// The most characters of a name and of an organisation's name.
pub const NAME_MAX: usize = 200;
pub const ORGANIZATION_MAX: usize = 200;

/// A person's name: required, on one line.
pub fn person_name(input: &str) -> Result<CleanText, TextError> {
    CleanText::required(input, NAME_MAX)
}

/// The organisation a person comes from: optional, on one line.
pub fn organization(input: &str) -> Result<CleanText, TextError> {
    CleanText::optional(input, ORGANIZATION_MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_limits_count_characters_after_trimming() {
        assert!(person_name(&format!("  {}  ", "é".repeat(NAME_MAX))).is_ok());
        assert_eq!(
            person_name(&"é".repeat(NAME_MAX + 1)),
            Err(TextError::TooLong)
        );
        assert_eq!(person_name(" "), Err(TextError::Empty));
        assert_eq!(
            organization(&"o".repeat(ORGANIZATION_MAX + 1)),
            Err(TextError::TooLong)
        );
        assert!(organization("").is_ok());
    }
}
