//! An email address that has been checked, with the key used to compare addresses.

use std::fmt;

use validator::ValidateEmail;

use super::text::is_forbidden;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmailAddress(String);

impl EmailAddress {
    /// Accepts a syntactically valid address of at most 254 characters, with no control
    /// characters (so it can never add a header) and with a dot in its domain.
    pub fn parse(input: &str) -> Option<EmailAddress> {
        let trimmed = input.trim();
        if trimmed.len() > 254
            || trimmed
                .chars()
                .any(|c| is_forbidden(c) || c.is_whitespace())
        {
            return None;
        }
        let domain = trimmed.rsplit_once('@')?.1;
        if !domain.contains('.') || domain.starts_with('.') || domain.ends_with('.') {
            return None;
        }
        if !trimmed.validate_email() {
            return None;
        }
        Some(EmailAddress(trimmed.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Addresses are compared without regard to letter case: people type `Ada@Example.org`
    /// one day and `ada@example.org` the next, and mean the same mailbox.
    pub fn key(&self) -> String {
        self.0.to_lowercase()
    }

    /// `a***@example.org`, for logs.
    pub fn masked(&self) -> String {
        mask(&self.0)
    }
}

/// Masks the local part of an address for logs: personal data stays out of them.
pub fn mask(address: &str) -> String {
    match address.split_once('@') {
        Some((local, domain)) => {
            let first: String = local.chars().take(1).collect();
            format!("{first}***@{domain}")
        }
        None => "***".to_string(),
    }
}

impl fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_and_refuses() {
        assert!(EmailAddress::parse("ada@example.org").is_some());
        assert_eq!(
            EmailAddress::parse(" Ada@Example.org ").map(|e| e.key()),
            Some("ada@example.org".into())
        );
        for bad in [
            "",
            "ada",
            "ada@",
            "@example.org",
            "ada@localhost",
            "a b@example.org",
            "ada@example.org\r\nBcc: eve@example.org",
            "ada@exam\nple.org",
        ] {
            assert!(
                EmailAddress::parse(bad).is_none(),
                "{bad:?} must be refused"
            );
        }
        assert_eq!(mask("ada@example.org"), "a***@example.org");
    }
}
