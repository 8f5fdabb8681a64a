//! "Add to calendar" links for the web calendars that do not read files from a link.

use chrono::{DateTime, Utc};
use url::form_urlencoded::byte_serialize;

fn enc(s: &str) -> String {
    byte_serialize(s.as_bytes()).collect()
}

pub fn google_link(
    title: &str,
    details: &str,
    location: &str,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
) -> String {
    format!(
        "https://calendar.google.com/calendar/render?action=TEMPLATE&text={}&dates={}/{}&details={}&location={}",
        enc(title),
        super::utc_stamp(start),
        super::utc_stamp(end),
        enc(details),
        enc(location)
    )
}

fn outlook_compose(
    host: &str,
    title: &str,
    details: &str,
    location: &str,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
) -> String {
    format!(
        "https://{host}/calendar/0/deeplink/compose?path=%2Fcalendar%2Faction%2Fcompose&rru=addevent&subject={}&startdt={}&enddt={}&body={}&location={}",
        enc(title),
        enc(&start.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)),
        enc(&end.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)),
        enc(details),
        enc(location)
    )
}

pub fn outlook_link(
    title: &str,
    details: &str,
    location: &str,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
) -> String {
    outlook_compose("outlook.live.com", title, details, location, start, end)
}

pub fn office365_link(
    title: &str,
    details: &str,
    location: &str,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
) -> String {
    outlook_compose("outlook.office.com", title, details, location, start, end)
}
