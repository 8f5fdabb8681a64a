//! A range of days for the dashboards across events: events starting on those days (UTC),
//! both ends included, either end open.

use chrono::NaiveDate;
use serde::Deserialize;

/// `?from=2026-01-01&to=2026-12-31` as it comes, empty for an open end.
#[derive(Debug, Default, Clone, Deserialize)]
pub struct RangeQuery {
    #[serde(default)]
    pub from: String,
    #[serde(default)]
    pub to: String,
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct DateRange {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

impl DateRange {
    /// The range of a query. Errors name the fields that are not `YYYY-MM-DD`, or `to` when
    /// it comes before `from`.
    pub fn parse(q: &RangeQuery) -> Result<DateRange, Vec<&'static str>> {
        let day = |value: &str| match value.trim() {
            "" => Ok(None),
            text => NaiveDate::parse_from_str(text, "%Y-%m-%d").map(Some),
        };
        match (day(&q.from), day(&q.to)) {
            (Ok(from), Ok(to)) if from.zip(to).is_some_and(|(f, t)| f > t) => Err(vec!["to"]),
            (Ok(from), Ok(to)) => Ok(DateRange { from, to }),
            (from, to) => Err([("from", from.is_err()), ("to", to.is_err())]
                .into_iter()
                .filter_map(|(field, bad)| bad.then_some(field))
                .collect()),
        }
    }

    pub fn is_set(&self) -> bool {
        self.from.is_some() || self.to.is_some()
    }

    pub fn covers(&self, day: NaiveDate) -> bool {
        self.from.is_none_or(|from| day >= from) && self.to.is_none_or(|to| day <= to)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(from: &str, to: &str) -> RangeQuery {
        RangeQuery {
            from: from.into(),
            to: to.into(),
        }
    }

    #[test]
    fn both_ends_are_included_and_either_may_be_open() {
        let range = DateRange::parse(&q("2026-03-01", "2026-03-31")).expect("valid");
        let day = |d: &str| NaiveDate::parse_from_str(d, "%Y-%m-%d").expect("day");
        assert!(range.covers(day("2026-03-01")) && range.covers(day("2026-03-31")));
        assert!(!range.covers(day("2026-02-28")) && !range.covers(day("2026-04-01")));
        let open = DateRange::parse(&q("", "2026-03-31")).expect("valid");
        assert!(open.covers(day("1999-01-01")) && open.is_set());
        assert!(!DateRange::parse(&q("", "")).expect("valid").is_set());
    }

    #[test]
    fn errors_name_the_field() {
        assert_eq!(DateRange::parse(&q("yesterday", "")), Err(vec!["from"]));
        assert_eq!(
            DateRange::parse(&q("x", "2026-13-01")),
            Err(vec!["from", "to"])
        );
        assert_eq!(
            DateRange::parse(&q("2026-03-02", "2026-03-01")),
            Err(vec!["to"]),
            "the end before the start"
        );
    }
}
