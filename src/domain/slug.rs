//! The short name of an event in its URL.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct EventSlug(String);

impl EventSlug {
    /// Lower-case letters, digits and single hyphens, 2 to 80 characters.
    pub fn parse(input: &str) -> Option<EventSlug> {
        let ok = (2..=80).contains(&input.len())
            && input
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && !input.starts_with('-')
            && !input.ends_with('-')
            && !input.contains("--");
        ok.then(|| EventSlug(input.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for EventSlug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::EventSlug;

    #[test]
    fn slugs() {
        assert!(EventSlug::parse("launch-webinar-2022").is_some());
        for bad in ["", "a", "Upper", "-x", "x-", "a--b", "a b", "é-x"] {
            assert!(EventSlug::parse(bad).is_none(), "{bad:?}");
        }
    }
}
