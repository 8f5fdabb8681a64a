//! Reading the durations of attendance reports: "65" minutes (Zoom), "1h 5m 3s" (Teams),
//! "1 hr 5 min" (Google Meet), "01:05:03", and their translated forms.

/// No one attends for longer than this in one row; anything above is a broken report.
const MAX_SECONDS: u64 = 14 * 24 * 3600;

/// A duration given as a number of minutes, as in Zoom's `Duration (Minutes)`.
pub fn minutes(text: &str) -> Option<u64> {
    let text = text.trim();
    if text.is_empty() {
        return Some(0);
    }
    let value: f64 = text.replace(',', ".").parse().ok()?;
    to_seconds(value * 60.0)
}

/// A duration in words or as `h:mm:ss`; a bare number counts as minutes.
pub fn human(text: &str) -> Option<u64> {
    let text = text.trim().to_lowercase();
    if text.is_empty() {
        return Some(0);
    }
    if text.contains(':') {
        return clock(&text);
    }
    if text.parse::<f64>().is_ok() || text.replace(',', ".").parse::<f64>().is_ok() {
        return minutes(&text);
    }
    let mut total = 0.0;
    let mut rest = text.as_str();
    let mut parts = 0;
    while !rest.trim_start().is_empty() {
        rest = rest.trim_start();
        let digits = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
            .unwrap_or(rest.len());
        let value: f64 = rest[..digits].replace(',', ".").parse().ok()?;
        rest = rest[digits..].trim_start();
        let letters = rest
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(rest.len());
        total += value * unit_seconds(&rest[..letters])?;
        rest = &rest[letters..];
        parts += 1;
    }
    if parts == 0 {
        return None;
    }
    to_seconds(total)
}

/// Hours, minutes and seconds in any of the languages (Portuguese shares the Spanish words).
fn unit_seconds(unit: &str) -> Option<f64> {
    const HOURS: &[&str] = &[
        "h", "hr", "hrs", "hour", "hours", "u", "uur", "heure", "heures", "hora", "horas",
    ];
    const MINUTES: &[&str] = &[
        "m", "min", "mins", "minute", "minutes", "minuut", "minuten", "minuto", "minutos",
    ];
    const SECONDS: &[&str] = &[
        "s", "sec", "secs", "second", "seconds", "seconde", "secondes", "seconden", "segundo",
        "segundos",
    ];
    if HOURS.contains(&unit) {
        Some(3600.0)
    } else if MINUTES.contains(&unit) {
        Some(60.0)
    } else if SECONDS.contains(&unit) {
        Some(1.0)
    } else {
        None
    }
}

/// `h:mm:ss`, as older Teams reports write durations.
fn clock(text: &str) -> Option<u64> {
    let parts: Vec<u64> = text
        .split(':')
        .map(|p| p.trim().parse().ok())
        .collect::<Option<_>>()?;
    match parts[..] {
        [h, m, s] if m < 60 && s < 60 => {
            let total = h.checked_mul(3600)?.checked_add(m * 60 + s)?;
            (total <= MAX_SECONDS).then_some(total)
        }
        _ => None,
    }
}

fn to_seconds(value: f64) -> Option<u64> {
    if !value.is_finite() || value < 0.0 || value > MAX_SECONDS as f64 {
        return None;
    }
    // Within 0..=MAX_SECONDS, checked just above, so the cast loses nothing but the fraction.
    Some(value.round() as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zoom_minutes() {
        assert_eq!(minutes("65"), Some(3900));
        assert_eq!(minutes(" 1.5 "), Some(90));
        assert_eq!(minutes(""), Some(0));
        assert_eq!(minutes("-3"), None);
        assert_eq!(minutes("abc"), None);
        assert_eq!(minutes("1e300"), None);
        assert_eq!(minutes("NaN"), None);
    }

    #[test]
    fn words_of_every_platform_and_language() {
        assert_eq!(human("1h 5m 3s"), Some(3903));
        assert_eq!(human("45m 10s"), Some(2710));
        assert_eq!(human("1 hr 5 min"), Some(3900));
        assert_eq!(human("2 hrs 1 min"), Some(7260));
        assert_eq!(human("1 hour 30 minutes"), Some(5400));
        assert_eq!(human("1 h 5 min"), Some(3900));
        assert_eq!(human("1 u 5 min"), Some(3900));
        assert_eq!(human("1 hora 2 minutos"), Some(3720));
        assert_eq!(human("50 sec"), Some(50));
        assert_eq!(human("01:05:03"), Some(3903));
        assert_eq!(human("42"), Some(2520));
        assert_eq!(human(""), Some(0));
    }

    #[test]
    fn nonsense_is_refused_not_guessed() {
        for bad in [
            "soon",
            "5 days",
            "1:2",
            "1:99:00",
            "h",
            "5m x",
            "999999999 h",
            "=1+1",
        ] {
            assert_eq!(human(bad), None, "{bad}");
        }
    }
}
