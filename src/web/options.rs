//! The long option lists of the registration form (countries, time zones, member
//! organisations), rendered to HTML once per language and reused: they are most of the event
//! page's bytes, and the same for every visitor.

use std::borrow::Cow;
use std::sync::LazyLock;

use crate::domain::{Lang, countries_sorted};

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn options<'a>(items: impl Iterator<Item = (&'a str, &'a str)>, selected: &str) -> String {
    let mut html = String::new();
    for (value, label) in items {
        let mark = if !selected.is_empty() && value.eq_ignore_ascii_case(selected) {
            " selected"
        } else {
            ""
        };
        html.push_str(&format!(
            "<option value=\"{}\"{mark}>{}</option>",
            escape(value),
            escape(label)
        ));
    }
    html
}

/// `<option>`s of every country, named and sorted for `lang`.
pub fn country_options(lang: Lang, selected: &str) -> Cow<'static, str> {
    static CACHED: LazyLock<Vec<String>> = LazyLock::new(|| {
        Lang::ALL
            .iter()
            .map(|l| options(countries_sorted(*l).iter().copied(), ""))
            .collect()
    });
    if selected.is_empty() {
        let i = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
        Cow::Borrowed(CACHED[i].as_str())
    } else {
        Cow::Owned(options(countries_sorted(lang).iter().copied(), selected))
    }
}

/// Canonical zone names, for people whose browser does not tell us theirs.
pub fn time_zones() -> &'static [&'static str] {
    const REGIONS: [&str; 8] = [
        "Africa/",
        "America/",
        "Asia/",
        "Atlantic/",
        "Australia/",
        "Europe/",
        "Indian/",
        "Pacific/",
    ];
    static ZONES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
        chrono_tz::TZ_VARIANTS
            .iter()
            .map(|tz| tz.name())
            .filter(|name| REGIONS.iter().any(|r| name.starts_with(r)))
            .collect()
    });
    &ZONES
}

pub fn time_zone_options(selected: &str) -> Cow<'static, str> {
    static CACHED: LazyLock<String> =
        LazyLock::new(|| options(time_zones().iter().map(|z| (*z, *z)), ""));
    if selected.is_empty() {
        Cow::Borrowed(CACHED.as_str())
    } else {
        Cow::Owned(options(time_zones().iter().map(|z| (*z, *z)), selected))
    }
}

/// The member organisations as a `<datalist>`'s options: suggestions, not a closed list.
pub fn member_options() -> &'static str {
    static CACHED: LazyLock<String> = LazyLock::new(|| {
        crate::demo::members()
            .iter()
            .map(|(_, name)| format!("<option value=\"{}\"></option>", escape(name)))
            .collect()
    });
    CACHED.as_str()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_are_escaped_and_keep_the_choice() {
        assert!(country_options(Lang::Fr, "").contains("<option value=\"BE\">Belgique</option>"));
        assert!(
            country_options(Lang::Fr, "be")
                .contains("<option value=\"BE\" selected>Belgique</option>")
        );
        assert!(time_zone_options("America/Lima").contains("value=\"America/Lima\" selected"));
        assert_eq!(
            escape("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
    }
}
