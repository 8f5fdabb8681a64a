//! RFC 5545 text rules the `ics` crate leaves to its caller: escaping, quoting, folding.

use std::borrow::Cow;

/// A TEXT value: backslash, comma, semicolon and newlines escaped; other control characters
/// dropped, because no calendar can show them and some refuse the file.
pub fn text(value: &str) -> String {
    let cleaned: String = value
        .replace("\r\n", "\n")
        .chars()
        .filter(|c| *c == '\n' || !c.is_control())
        .collect();
    ics::escape_text(Cow::Owned(cleaned)).into_owned()
}

/// A parameter value such as a CN: quoted when it holds `:`, `;` or `,`; double quotes, which
/// cannot appear inside a quoted value, become single ones.
pub fn param_value(value: &str) -> String {
    let cleaned: String = value
        .chars()
        .filter(|c| !c.is_control())
        .map(|c| if c == '"' { '\'' } else { c })
        .collect();
    if cleaned.contains([':', ';', ',']) {
        format!("\"{cleaned}\"")
    } else {
        cleaned
    }
}

/// Folds every content line to at most 75 octets, continuation lines included, never
/// splitting a UTF-8 character. The `ics` crate folds its continuation lines one octet longer.
pub fn fold(ics: &str) -> String {
    let unfolded = ics.replace("\r\n ", "");
    let mut out = String::with_capacity(unfolded.len() + unfolded.len() / 60);
    for line in unfolded.split("\r\n").filter(|l| !l.is_empty()) {
        let mut budget = 75;
        let mut used = 0;
        for ch in line.chars() {
            let len = ch.len_utf8();
            if used + len > budget {
                out.push_str("\r\n ");
                // The leading space counts towards the 75 octets of a continuation line.
                budget = 74;
                used = 0;
            }
            out.push(ch);
            used += len;
        }
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_quotes_and_folds() {
        assert_eq!(text("a, b; c\\d\nnext"), "a\\, b\\; c\\\\d\\nnext");
        assert_eq!(text("bell\u{7}"), "bell");
        assert_eq!(param_value("Lovelace, Ada"), "\"Lovelace, Ada\"");
        assert_eq!(param_value("Bob \"The Builder\""), "Bob 'The Builder'");
        let long = format!("DESCRIPTION:{}\r\n", "日本語テキスト🎉".repeat(20));
        let folded = fold(&long);
        for line in folded.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        assert_eq!(folded.replace("\r\n ", ""), long);
    }
}
