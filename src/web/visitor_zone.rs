//! The visitor's own time zone, so that pages show an event's time in it beside the event's.
//!
//! With JavaScript the browser's zone fills the line in the page itself (templates/convene.js).
//! Without it, the zone comes from the registration form, the participant page (the zone the
//! participant registered with) or `?tz=`, and a cookie remembers it for the next pages.

use axum::response::Response;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use crate::domain::Lang;
use crate::i18n::format_range;

pub const TZ_COOKIE: &str = "convene_tz";

/// A zone handed from a handler to the cookie middleware, which writes the cookie.
#[derive(Debug, Clone, Copy)]
pub struct RememberZone(pub Tz);

/// A canonical zone name such as `America/Lima`; anything else is ignored.
pub fn parse(zone: &str) -> Option<Tz> {
    zone.trim().parse::<Tz>().ok()
}

/// Asks the middleware to remember `zone` in the visitor's cookie.
pub fn remember(mut response: Response, zone: Option<Tz>) -> Response {
    if let Some(zone) = zone {
        response.extensions_mut().insert(RememberZone(zone));
    }
    response
}

/// The cookie that remembers `zone` for a year (only the server reads it: the script takes the
/// browser's zone from the browser).
pub fn cookie_value(zone: Tz, secure: bool) -> String {
    let flags = if secure { "; Secure" } else { "" };
    format!(
        "{TZ_COOKIE}={}; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax{flags}",
        zone.name()
    )
}

/// The event's time in the visitor's zone, when the visitor's zone is known and differs.
pub fn own_time(
    starts: DateTime<Utc>,
    ends: DateTime<Utc>,
    event_zone: Tz,
    visitor: Option<Tz>,
    lang: Lang,
) -> Option<String> {
    visitor
        .filter(|zone| *zone != event_zone)
        .map(|zone| format_range(starts, ends, zone, lang))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn only_a_different_known_zone_gives_a_line() {
        let starts = Utc
            .with_ymd_and_hms(2030, 2, 14, 13, 0, 0)
            .single()
            .expect("valid");
        let ends = starts + chrono::Duration::hours(2);
        let brussels = parse("Europe/Brussels").expect("zone");
        let lima = parse("America/Lima");
        assert_eq!(
            own_time(starts, ends, brussels, lima, Lang::Es).as_deref(),
            Some("jueves, 14 de febrero de 2030, 08:00\u{2013}10:00 (America/Lima, UTC-05:00)")
        );
        assert_eq!(
            own_time(starts, ends, brussels, Some(brussels), Lang::Es),
            None
        );
        assert!(parse("Mars/Olympus").is_none());
        assert!(cookie_value(brussels, true).ends_with("; Secure"));
    }
}
