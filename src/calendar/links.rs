//! "Add to calendar" links for the web calendars that do not read files from a link.

use chrono::{DateTime, Utc};
use url::form_urlencoded::byte_serialize;

fn enc(s: &str) -> String {
    byte_serialize(s.as_bytes()).collect()
}

/// What every web calendar is told about the entry to add.
pub struct WebEntry<'a> {
    pub title: &'a str,
    pub details: &'a str,
    pub location: &'a str,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
}

/// The links for Google Calendar, Outlook.com and Office 365, each with its display name.
pub fn web_calendar_links(entry: &WebEntry) -> Vec<(String, String)> {
    vec![
        ("Google Calendar".into(), google_link(entry)),
        (
            "Outlook.com".into(),
            outlook_compose("outlook.live.com", entry),
        ),
        (
            "Office 365".into(),
            outlook_compose("outlook.office.com", entry),
        ),
    ]
}

fn google_link(e: &WebEntry) -> String {
    format!(
        "https://calendar.google.com/calendar/render?action=TEMPLATE&text={}&dates={}/{}&details={}&location={}",
        enc(e.title),
        super::utc_stamp(e.start),
        super::utc_stamp(e.end),
        enc(e.details),
        enc(e.location)
    )
}

/// Outlook.com and Office 365 share the compose deep link; only the host differs.
fn outlook_compose(host: &str, e: &WebEntry) -> String {
    format!(
        "https://{host}/calendar/0/deeplink/compose?path=%2Fcalendar%2Faction%2Fcompose&rru=addevent&subject={}&startdt={}&enddt={}&body={}&location={}",
        enc(e.title),
        enc(&e.start.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)),
        enc(&e.end.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)),
        enc(e.details),
        enc(e.location)
    )
}
