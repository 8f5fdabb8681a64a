//! Dates and times as each language writes them: "3 février 2022", "3 de febrero de 2022".

use std::borrow::Cow;

use chrono::{DateTime, Datelike, Offset, TimeZone, Utc};
use chrono_tz::Tz;

use crate::domain::Lang;

/// "Thursday 3 February 2022", "jeudi 3 février 2022", "donderdag 3 februari 2022",
/// "jueves, 3 de febrero de 2022", "quinta-feira, 3 de fevereiro de 2022": each language's
/// pattern and locale come from `src/i18n/languages.toml`.
pub fn format_date(at: DateTime<Utc>, tz: Tz, lang: Lang) -> String {
    let local = at.with_timezone(&tz);
    let pattern = match lang.weekday_names() {
        Some(days) => {
            let day = days[local.weekday().num_days_from_monday() as usize];
            Cow::Owned(lang.date_pattern().replace("%A", day))
        }
        None => Cow::Borrowed(lang.date_pattern()),
    };
    local
        .format_localized(&pattern, lang.chrono_locale())
        .to_string()
}

/// "14:00": every language Convene speaks uses the 24-hour clock.
pub fn format_time(at: DateTime<Utc>, tz: Tz) -> String {
    at.with_timezone(&tz).format("%H:%M").to_string()
}

/// "UTC+01:00": the offset in force at that moment, which changes with daylight saving time.
pub fn utc_offset(at: DateTime<Utc>, tz: Tz) -> String {
    let seconds = tz
        .offset_from_utc_datetime(&at.naive_utc())
        .fix()
        .local_minus_utc();
    let sign = if seconds < 0 { '-' } else { '+' };
    let minutes = seconds.abs() / 60;
    format!("UTC{sign}{:02}:{:02}", minutes / 60, minutes % 60)
}

/// "jeudi 3 février 2022, 14:00 (Europe/Brussels, UTC+01:00)".
pub fn format_date_time(at: DateTime<Utc>, tz: Tz, lang: Lang) -> String {
    format!(
        "{}, {} ({}, {})",
        format_date(at, tz, lang),
        format_time(at, tz),
        tz.name(),
        utc_offset(at, tz)
    )
}

/// "14:00–16:00 (Europe/Brussels, UTC+01:00)" on one day; across days the end carries its
/// date: "14:00 – vendredi 4 février 2022, 16:00 (Europe/Brussels, UTC+01:00)".
pub fn format_time_range(starts: DateTime<Utc>, ends: DateTime<Utc>, tz: Tz, lang: Lang) -> String {
    let same_day = starts.with_timezone(&tz).date_naive() == ends.with_timezone(&tz).date_naive();
    let end = if same_day {
        format!("\u{2013}{}", format_time(ends, tz))
    } else {
        format!(
            " \u{2013} {}, {}",
            format_date(ends, tz, lang),
            format_time(ends, tz)
        )
    };
    // Daylight saving time may start or end during a long event: then both offsets show.
    let (from, to) = (utc_offset(starts, tz), utc_offset(ends, tz));
    let offset = if from == to {
        from
    } else {
        format!("{from} / {to}")
    };
    format!("{}{end} ({}, {offset})", format_time(starts, tz), tz.name())
}

/// "jeudi 3 février 2022, 14:00–16:00 (Europe/Brussels, UTC+01:00)": start and end, the
/// end's date only when the event runs over several days.
pub fn format_range(starts: DateTime<Utc>, ends: DateTime<Utc>, tz: Tz, lang: Lang) -> String {
    format!(
        "{}, {}",
        format_date(starts, tz, lang),
        format_time_range(starts, ends, tz, lang)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn launch() -> DateTime<Utc> {
        // 3 February 2022, 14:00 in Brussels (UTC+1 in winter).
        Utc.with_ymd_and_hms(2022, 2, 3, 13, 0, 0)
            .single()
            .expect("valid")
    }

    #[test]
    fn each_language_writes_its_own_date() {
        let tz: Tz = "Europe/Brussels".parse().expect("tz");
        assert_eq!(format_date(launch(), tz, Lang::Fr), "jeudi 3 février 2022");
        assert_eq!(
            format_date(launch(), tz, Lang::Nl),
            "donderdag 3 februari 2022"
        );
        assert_eq!(
            format_date(launch(), tz, Lang::Es),
            "jueves, 3 de febrero de 2022"
        );
        assert_eq!(
            format_date(launch(), tz, Lang::En),
            "Thursday 3 February 2022"
        );
        assert_eq!(
            format_date(launch(), tz, Lang::Pt),
            "quinta-feira, 3 de fevereiro de 2022"
        );
        assert_eq!(format_time(launch(), tz), "14:00");
        assert_eq!(utc_offset(launch(), tz), "UTC+01:00");
        let lima: Tz = "America/Lima".parse().expect("tz");
        assert_eq!(utc_offset(launch(), lima), "UTC-05:00");
    }

    #[test]
    fn a_range_shows_the_end_and_its_date_only_when_it_differs() {
        let tz: Tz = "Europe/Brussels".parse().expect("tz");
        let end = launch() + chrono::Duration::hours(2);
        assert_eq!(
            format_range(launch(), end, tz, Lang::Fr),
            "jeudi 3 février 2022, 14:00\u{2013}16:00 (Europe/Brussels, UTC+01:00)"
        );
        let next_day = launch() + chrono::Duration::hours(26);
        assert_eq!(
            format_range(launch(), next_day, tz, Lang::En),
            "Thursday 3 February 2022, 14:00 \u{2013} Friday 4 February 2022, 16:00 (Europe/Brussels, UTC+01:00)"
        );
    }
}
