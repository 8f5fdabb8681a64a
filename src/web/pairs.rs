//! Forms read as their (name, value) pairs: those with repeated or per-language fields, which
//! a struct cannot name in advance.

/// The first value of `name`, or "" when the form has none.
pub fn field<'a>(pairs: &'a [(String, String)], name: &str) -> &'a str {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map_or("", |(_, v)| v.as_str())
}

/// Every value of `name`, in the form's order (checkboxes, repeated rows).
pub fn values<'a>(pairs: &'a [(String, String)], name: &'a str) -> impl Iterator<Item = &'a str> {
    pairs
        .iter()
        .filter(move |(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_value_or_nothing_and_every_value_in_order() {
        let pairs = vec![
            ("a".to_string(), "1".to_string()),
            ("b".to_string(), "2".to_string()),
            ("a".to_string(), "3".to_string()),
        ];
        assert_eq!(field(&pairs, "a"), "1");
        assert_eq!(field(&pairs, "c"), "");
        assert_eq!(values(&pairs, "a").collect::<Vec<_>>(), ["1", "3"]);
    }
}
