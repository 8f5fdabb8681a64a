//! The filters of an event's registration list; the exports take the same ones.

use serde::Deserialize;

use super::{CountryCode, Lang, RegistrationStatus};

/// Which registrations to show or export. Empty means all.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RegistrationFilter {
    /// Any of these states; none means every state.
    pub statuses: Vec<RegistrationStatus>,
    pub language: Option<Lang>,
    pub country: Option<CountryCode>,
    pub attended: Option<bool>,
    /// Part of a name, address or organisation, letter case ignored.
    pub search: Option<String>,
}

/// The filters as they come in a query string (`?status=confirmed&attended=true&q=ada`).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct FilterQuery {
    pub status: Option<String>,
    pub language: Option<String>,
    pub country: Option<String>,
    pub attended: Option<String>,
    pub q: Option<String>,
}

/// Longer searches are no use and only make the query slower.
const MAX_SEARCH: usize = 200;

impl FilterQuery {
    /// The filter, or the wrong fields with a message each. Empty values mean "any", as an
    /// HTML form with "all" selected sends them.
    pub fn parse(&self) -> Result<RegistrationFilter, Vec<(String, String)>> {
        let mut errors = Vec::new();
        let mut filter = RegistrationFilter::default();
        if let Some(list) = given(&self.status) {
            for part in list.split(',').map(str::trim).filter(|p| !p.is_empty()) {
                match part.parse() {
                    Ok(st) => filter.statuses.push(st),
                    Err(e) => errors.push(("status".into(), e)),
                }
            }
        }
        if let Some(code) = given(&self.language) {
            match code.parse::<Lang>() {
                Ok(lang) => filter.language = Some(lang),
                Err(_) => {
                    errors.push(("language".into(), format!("expected {}", Lang::expected())))
                }
            }
        }
        if let Some(code) = given(&self.country) {
            match CountryCode::parse(code) {
                Some(c) => filter.country = Some(c),
                None => errors.push(("country".into(), "expected an ISO 3166-1 code".into())),
            }
        }
        if let Some(flag) = given(&self.attended) {
            match flag.to_ascii_lowercase().as_str() {
                "true" | "yes" | "1" => filter.attended = Some(true),
                "false" | "no" | "0" => filter.attended = Some(false),
                _ => errors.push(("attended".into(), "expected true or false".into())),
            }
        }
        if let Some(q) = given(&self.q) {
            if q.chars().count() > MAX_SEARCH {
                errors.push(("q".into(), format!("at most {MAX_SEARCH} characters")));
            } else {
                filter.search = Some(q.to_string());
            }
        }
        if errors.is_empty() {
            Ok(filter)
        } else {
            Err(errors)
        }
    }
}

/// A query value that says something: present and not blank.
fn given(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(pairs: &[(&str, &str)]) -> FilterQuery {
        let get = |k: &str| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        };
        FilterQuery {
            status: get("status"),
            language: get("language"),
            country: get("country"),
            attended: get("attended"),
            q: get("q"),
        }
    }

    #[test]
    fn parses_every_filter_and_ignores_empty_ones() {
        let f = query(&[
            ("status", "confirmed, waitlisted"),
            ("language", "fr"),
            ("country", "bj"),
            ("attended", "true"),
            ("q", " ada "),
        ])
        .parse()
        .expect("valid");
        assert_eq!(
            f.statuses,
            [
                RegistrationStatus::Confirmed,
                RegistrationStatus::Waitlisted
            ]
        );
        assert_eq!(f.language, Some(Lang::Fr));
        assert_eq!(f.country.map(|c| c.as_str()), Some("BJ"));
        assert_eq!(f.attended, Some(true));
        assert_eq!(f.search.as_deref(), Some("ada"));
        let empty = query(&[("status", ""), ("q", "  ")])
            .parse()
            .expect("valid");
        assert_eq!(empty, RegistrationFilter::default());
    }

    #[test]
    fn names_each_wrong_field() {
        let errors = query(&[("status", "gone"), ("attended", "maybe"), ("country", "XX")])
            .parse()
            .expect_err("invalid");
        let fields: Vec<_> = errors.iter().map(|(f, _)| f.as_str()).collect();
        assert_eq!(fields, ["status", "country", "attended"]);
    }
}
