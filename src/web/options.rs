//! The long option lists of the registration form (countries, time zones, member
//! organisations), rendered to HTML once per language and reused: they are most of the event
//! page's bytes, and the same for every visitor.

use std::borrow::Cow;
use std::sync::LazyLock;

use crate::domain::{Lang, countries_sorted};

use super::charts::escape;

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

/// Zones that stand for the world's main regions: a visitor whose browser does not tell us
/// their zone is likely to find theirs, or one with the same time, among them.
const WORLD_ZONES: [&str; 40] = [
    "Africa/Abidjan",
    "Africa/Cairo",
    "Africa/Casablanca",
    "Africa/Dakar",
    "Africa/Johannesburg",
    "Africa/Kinshasa",
    "Africa/Lagos",
    "Africa/Nairobi",
    "America/Bogota",
    "America/Argentina/Buenos_Aires",
    "America/Chicago",
    "America/Denver",
    "America/Lima",
    "America/Los_Angeles",
    "America/Mexico_City",
    "America/New_York",
    "America/Sao_Paulo",
    "America/Santiago",
    "America/Toronto",
    "Asia/Bangkok",
    "Asia/Dhaka",
    "Asia/Dubai",
    "Asia/Hong_Kong",
    "Asia/Jakarta",
    "Asia/Karachi",
    "Asia/Kolkata",
    "Asia/Manila",
    "Asia/Seoul",
    "Asia/Shanghai",
    "Asia/Singapore",
    "Asia/Tokyo",
    "Australia/Sydney",
    "Europe/Brussels",
    "Europe/Istanbul",
    "Europe/Lisbon",
    "Europe/London",
    "Europe/Madrid",
    "Europe/Moscow",
    "Pacific/Auckland",
    "UTC",
];

/// The time-zone `<option>`s the page itself carries: the event's region, the world's main
/// zones and the chosen one. The full list comes with the cacheable list script, for
/// browsers that run it; without it the field, which is optional, still works.
pub fn time_zone_options(event_zone: &str, selected: &str) -> String {
    let region = event_zone.split_once('/').map(|(r, _)| r);
    let in_region =
        |zone: &&str| region.is_some_and(|r| zone.split_once('/').is_some_and(|(zr, _)| zr == r));
    let known = |zone: &&str| !zone.is_empty() && zone.parse::<chrono_tz::Tz>().is_ok();
    let mut zones: Vec<&str> = time_zones()
        .iter()
        .copied()
        .filter(in_region)
        .chain(WORLD_ZONES)
        .chain([event_zone, selected].into_iter().filter(known))
        .collect();
    zones.sort_unstable();
    zones.dedup();
    options(zones.into_iter().map(|z| (z, z)), selected)
}

/// The long lists the form can do without, as a script with a hashed name: every zone and
/// the member organisations. Browsers fetch it once and keep it.
pub struct ListScript {
    pub path: String,
    pub body: String,
}

pub fn list_script() -> &'static ListScript {
    use sha2::Digest;
    static SCRIPT: LazyLock<ListScript> = LazyLock::new(|| {
        let members: Vec<&str> = crate::demo::members()
            .iter()
            .map(|(_, name)| *name)
            .collect();
        let body = format!(
            "window.conveneLists = {};\n",
            serde_json::json!({"zones": time_zones(), "members": members})
        );
        let digest = sha2::Sha256::digest(body.as_bytes());
        let hash: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
        ListScript {
            path: format!("/static/lists/{hash}.js"),
            body,
        }
    });
    &SCRIPT
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
        assert!(
            time_zone_options("Europe/Brussels", "America/Lima")
                .contains("value=\"America/Lima\" selected")
        );
        let short = time_zone_options("Europe/Brussels", "Pacific/Chatham");
        assert!(short.contains("Europe/Vilnius"), "the event's region");
        assert!(short.contains("Asia/Jakarta"), "the world's main zones");
        assert!(short.contains("Pacific/Chatham"), "the chosen one");
        assert!(!short.contains("America/Winnipeg"));
        assert_eq!(
            escape("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
    }
}
