//! An email address that has been checked, with the key used to compare addresses.
//!
//! This is the one place that decides what an address is. It parses with lettre's `Address`,
//! the same parser that later builds the SMTP envelope, so an address the form accepts can
//! always be sent to; then it applies Convene's own policy on top.

use std::fmt;
use std::str::FromStr;

use super::text::is_forbidden;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmailAddress(String);

/// The most characters of an address (the SMTP path limit, less the angle brackets).
pub const EMAIL_MAX: usize = 254;

/// Why an address was refused; each reason has its own message for the person who typed it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EmailError {
    Empty,
    /// Longer than [`EMAIL_MAX`] characters.
    TooLong,
    Invalid,
    /// `x@[127.0.0.1]` or `x@127.0.0.1`: mail to a bare IP address is not deliverable in
    /// practice, and would let anyone point the mail worker at internal hosts.
    IpLiteral,
    /// `"a b"@example.org`: valid by the RFC, but refused by most providers and a common
    /// way to smuggle spaces and special characters through.
    QuotedLocalPart,
}

impl EmailError {
    /// The Fluent key of the message shown next to the field.
    pub fn message_key(self) -> &'static str {
        match self {
            EmailError::Empty => "error-email-required",
            EmailError::TooLong => "error-email-too-long",
            EmailError::Invalid => "error-email-invalid",
            EmailError::IpLiteral => "error-email-ip-literal",
            EmailError::QuotedLocalPart => "error-email-quoted",
        }
    }
}

impl EmailAddress {
    /// Accepts an address that lettre can put on an envelope, of at most 254 characters, with
    /// no control characters or spaces (so it can never add a header), with a domain name that
    /// has a dot (not an IP address), and with an unquoted local part. Internationalised
    /// addresses (`josé@exämple.org`) are accepted.
    pub fn check(input: &str) -> Result<EmailAddress, EmailError> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(EmailError::Empty);
        }
        if trimmed.chars().count() > EMAIL_MAX {
            return Err(EmailError::TooLong);
        }
        if trimmed
            .chars()
            .any(|c| is_forbidden(c) || c.is_whitespace())
        {
            return Err(EmailError::Invalid);
        }
        let (local, domain) = trimmed.rsplit_once('@').ok_or(EmailError::Invalid)?;
        if local.starts_with('"') || local.ends_with('"') {
            return Err(EmailError::QuotedLocalPart);
        }
        if domain.starts_with('[') || domain.parse::<std::net::IpAddr>().is_ok() {
            return Err(EmailError::IpLiteral);
        }
        if local.is_empty()
            || !domain.contains('.')
            || domain.starts_with('.')
            || domain.ends_with('.')
            || domain.contains("..")
        {
            return Err(EmailError::Invalid);
        }
        lettre::Address::from_str(trimmed).map_err(|_| EmailError::Invalid)?;
        Ok(EmailAddress(trimmed.to_string()))
    }

    /// [`EmailAddress::check`] without the reason.
    pub fn parse(input: &str) -> Option<EmailAddress> {
        EmailAddress::check(input).ok()
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Addresses are compared without regard to letter case: people type `Ada@Example.org`
    /// one day and `ada@example.org` the next, and mean the same mailbox.
    pub fn key(&self) -> String {
        self.0.to_lowercase()
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

/// Replaces every address-like word in a text (an SMTP server's error, say) by its masked
/// form, so that logging the text leaks no one's address.
pub fn mask_all(text: &str) -> String {
    text.split_inclusive(|c: char| c.is_whitespace() || "<>(),;:'\"".contains(c))
        .map(|word| {
            let end = word
                .find(|c: char| c.is_whitespace() || "<>(),;:'\"".contains(c))
                .unwrap_or(word.len());
            let (core, rest) = word.split_at(end);
            if core.contains('@') {
                format!("{}{rest}", mask(core))
            } else {
                word.to_string()
            }
        })
        .collect()
}

impl fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lettre::message::{Mailbox, Message};
    use proptest::prelude::*;

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
            "ada@example..org",
        ] {
            assert!(
                EmailAddress::parse(bad).is_none(),
                "{bad:?} must be refused"
            );
        }
        assert_eq!(mask("ada@example.org"), "a***@example.org");
    }

    #[test]
    fn ip_literals_and_quoted_local_parts_are_refused_with_their_own_reason() {
        for ip in [
            "x@[127.0.0.1]",
            "x@[IPv6:::1]",
            "x@127.0.0.1",
            "x@[10.0.0.1]",
        ] {
            assert_eq!(EmailAddress::check(ip), Err(EmailError::IpLiteral), "{ip}");
        }
        for quoted in ["\"ada\"@example.org", "\"a.b\"@example.org"] {
            assert_eq!(
                EmailAddress::check(quoted),
                Err(EmailError::QuotedLocalPart),
                "{quoted}"
            );
        }
        assert_eq!(EmailAddress::check("  "), Err(EmailError::Empty));
    }

    #[test]
    fn internationalised_addresses_are_accepted() {
        for ok in [
            "josé@exämple.org",
            "用户@例子.广告",
            "ada@xn--exmple-cua.org",
        ] {
            assert!(EmailAddress::parse(ok).is_some(), "{ok} must be accepted");
        }
    }

    #[test]
    fn smtp_error_texts_are_masked() {
        let text = "550 5.1.1 <ada.lovelace@example.org>: Recipient address rejected";
        let masked = mask_all(text);
        assert!(!masked.contains("ada.lovelace"), "{masked}");
        assert!(masked.contains("a***@example.org"), "{masked}");
        assert!(masked.contains("Recipient address rejected"));
    }

    /// What the mail layer does with an accepted address: a mailbox with the person's name,
    /// a message, and the envelope derived from it.
    fn envelope_of(address: &EmailAddress) -> Result<lettre::address::Envelope, String> {
        let to = Mailbox::new(
            Some("Ada".into()),
            address.as_str().parse().map_err(|e| format!("{e}"))?,
        );
        let from: Mailbox = "Convene <events@example.org>"
            .parse()
            .map_err(|e| format!("{e}"))?;
        let message = Message::builder()
            .from(from)
            .to(to)
            .subject("x")
            .body(String::from("x"))
            .map_err(|e| format!("{e}"))?;
        Ok(message.envelope().clone())
    }

    proptest! {
        #[test]
        fn every_accepted_address_becomes_a_valid_envelope(
            input in prop_oneof![
                "[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~\"\\[\\]@ -]{1,40}",
                "[a-z0-9._+-]{1,20}@[a-z0-9.\\[\\]-]{1,20}",
                "\\PC{1,12}@\\PC{1,12}\\.[a-z]{2,5}",
                "\"[a-z ]{0,8}\"@[a-z]{1,8}\\.org",
            ]
        ) {
            if let Some(address) = EmailAddress::parse(&input) {
                let envelope = envelope_of(&address);
                prop_assert!(envelope.is_ok(), "{input:?} accepted but {envelope:?}");
                let envelope = envelope.unwrap_or_else(|_| unreachable!());
                prop_assert_eq!(envelope.to().len(), 1);
                prop_assert_eq!(
                    envelope.to()[0].to_string().to_lowercase(),
                    address.key()
                );
            }
        }
    }
}
