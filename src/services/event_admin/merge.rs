//! Applying an input over an event and checking the result as a whole.

use chrono::{DateTime, FixedOffset, Utc};

use crate::clock::whole_seconds;
use crate::db::column::{Json, Langs, Minutes, Zone};
use crate::db::event;
use crate::domain::{CleanText, EventSlug, Question, QuestionKind};

use super::input::{EventInput, FieldErrors, SaveError};

/// Applies `input` over `base` and checks the result as a whole.
pub(super) fn merge(base: &event::Model, input: EventInput) -> Result<event::Model, SaveError> {
    let mut errors = FieldErrors::new();
    let mut ev = base.clone();
    let mut err =
        |field: &str, message: &str| errors.push((field.to_string(), message.to_string()));
    if let Some(slug) = input.slug {
        match EventSlug::parse(&slug) {
            Some(s) => ev.slug = s.as_str().to_string(),
            None => err(
                "slug",
                "use 2 to 80 lower-case letters, digits and single hyphens",
            ),
        }
    }
    if let Some(kind) = input.kind {
        ev.kind = kind;
    }
    if let Some(status) = input.status {
        ev.status = status;
    }
    if let Some(tz) = input.timezone {
        match tz.parse::<chrono_tz::Tz>() {
            Ok(parsed) => ev.timezone = Zone(parsed),
            Err(_) => err(
                "timezone",
                "not an IANA time zone name such as Europe/Brussels",
            ),
        }
    }
    let utc = |t: DateTime<FixedOffset>| whole_seconds(t.with_timezone(&Utc));
    if let Some(s) = input.starts_at {
        ev.starts_at = utc(s);
    }
    if let Some(e) = input.ends_at {
        ev.ends_at = utc(e);
    }
    if ev.ends_at <= ev.starts_at {
        err("ends_at", "must be after starts_at");
    }
    if let Some(capacity) = input.capacity {
        if capacity.is_some_and(|c| !(1..=1_000_000).contains(&c)) {
            err(
                "capacity",
                "must be between 1 and 1000000, or null for unlimited",
            );
        }
        ev.capacity = capacity;
    }
    if let Some(opens) = input.registration_opens_at {
        ev.registration_opens_at = opens.map(utc);
    }
    if let Some(closes) = input.registration_closes_at {
        ev.registration_closes_at = closes.map(utc);
    }
    if let (Some(o), Some(c)) = (ev.registration_opens_at, ev.registration_closes_at)
        && c <= o
    {
        err(
            "registration_closes_at",
            "must be after registration_opens_at",
        );
    }
    if let Some(lang) = input.default_language {
        ev.default_language = lang;
    }
    if let Some(langs) = input.languages {
        if langs.is_empty() {
            err("languages", "offer at least one language");
        }
        ev.languages = Langs(langs);
    }
    let mut translations = std::mem::take(&mut ev.translations.0);
    if let Some(given) = input.translations {
        translations = given;
    }
    let default = ev.default_language;
    if input.title.is_some() || input.description.is_some() || input.location.is_some() {
        let entry = translations.entry(default).or_default();
        if let Some(title) = input.title {
            entry.title = title;
        }
        if let Some(description) = input.description {
            entry.description = description;
        }
        if let Some(location) = input.location {
            entry.location = location;
        }
    }
    for (lang, text) in &mut translations {
        match CleanText::optional(&text.title, 200) {
            Ok(clean) => text.title = clean.into_string(),
            Err(_) => err(
                &format!("translations.{lang}.title"),
                "at most 200 characters, on one line",
            ),
        }
        match CleanText::optional(&text.location, 200) {
            Ok(clean) => text.location = clean.into_string(),
            Err(_) => err(
                &format!("translations.{lang}.location"),
                "at most 200 characters, on one line",
            ),
        }
        if text.description.chars().count() > 20_000 || text.description.contains('\0') {
            err(
                &format!("translations.{lang}.description"),
                "at most 20000 characters",
            );
        }
    }
    if translations.values().all(|t| t.title.is_empty()) {
        err("title", "give the event a title in at least one language");
    }
    // The default language is always offered.
    let mut langs = std::mem::take(&mut ev.languages.0);
    if langs.is_empty() {
        langs = translations.keys().copied().collect();
    }
    if !langs.contains(&default) {
        langs.insert(0, default);
    }
    ev.languages = Langs(langs);
    ev.translations = Json(translations);
    if let Some(join) = input.join_url {
        if join.as_deref().is_some_and(|u| !is_web_url(u)) {
            err("join_url", "must be an http(s) URL");
        }
        ev.join_url = join.filter(|u| !u.is_empty());
    }
    if let Some(venue) = input.venue {
        match venue.as_deref().map(|v| CleanText::optional(v, 300)) {
            Some(Err(_)) => err("venue", "at most 300 characters, on one line"),
            Some(Ok(clean)) => ev.venue = Some(clean.into_string()).filter(|v| !v.is_empty()),
            None => ev.venue = None,
        }
    }
    if let Some(v) = input.require_email_confirmation {
        ev.require_email_confirmation = v;
    }
    if let Some(v) = input.waitlist {
        ev.waitlist = v;
    }
    if let Some(v) = input.pending_holds_seat {
        ev.pending_holds_seat = v;
    }
    if let Some(questions) = input.questions {
        for q in &questions {
            if !Question::is_valid_id(&q.id) {
                err(
                    "questions",
                    &format!(
                        "question id {:?}: use lower-case letters, digits and _",
                        q.id
                    ),
                );
            }
            if q.kind == QuestionKind::Choice && q.options.is_empty() {
                err("questions", &format!("question {:?} needs options", q.id));
            }
            if q.label.is_empty() {
                err("questions", &format!("question {:?} needs a label", q.id));
            }
        }
        ev.questions = Json(questions);
    }
    if let Some(months) = input.retention_months {
        if months.is_some_and(|m| !(1..=120).contains(&m)) {
            err(
                "retention_months",
                "must be between 1 and 120, or null for the default",
            );
        }
        ev.retention_months = months;
    }
    if let Some(sessions) = &input.sessions {
        for (field, message) in crate::domain::programme::SessionSpec::check_all(sessions) {
            err(&field, &message);
        }
    }
    if let Some(series) = input.series {
        match series
            .as_deref()
            .map(crate::domain::programme::parse_series)
        {
            Some(None) => err(
                "series",
                "use 2 to 80 lower-case letters, digits and single hyphens",
            ),
            Some(Some(slug)) => ev.series = Some(slug),
            None => ev.series = None,
        }
    }
    if let Some(visibility) = input.visibility {
        ev.visibility = visibility;
    }
    if let Some(cap) = input.delegates_per_organisation {
        if cap.is_some_and(|c| !(1..=10_000).contains(&c)) {
            err(
                "delegates_per_organisation",
                "must be between 1 and 10000, or null for no limit",
            );
        }
        ev.delegates_per_organisation = cap;
    }
    for (field, given, target) in [
        (
            "capacity_in_person",
            input.capacity_in_person,
            &mut ev.capacity_in_person,
        ),
        (
            "capacity_online",
            input.capacity_online,
            &mut ev.capacity_online,
        ),
    ] {
        if let Some(capacity) = given {
            if capacity.is_some_and(|c| !(1..=1_000_000).contains(&c)) {
                err(
                    field,
                    "must be between 1 and 1000000, or null for unlimited",
                );
            }
            *target = capacity;
        }
    }
    if let Some(langs) = input.interpretation {
        let mut unique = Vec::new();
        for l in langs {
            if !unique.contains(&l) {
                unique.push(l);
            }
        }
        ev.interpretation = Json(unique);
    }
    if let Some(urls) = input.join_urls {
        let mut kept = std::collections::BTreeMap::new();
        for (lang, url) in urls {
            let url = url.trim().to_string();
            if url.is_empty() {
                continue;
            }
            if !is_web_url(&url) {
                err(&format!("join_urls.{lang}"), "must be an http(s) URL");
            }
            kept.insert(lang, url);
        }
        ev.join_urls = Json(kept);
    }
    // A link per language is for a language the event is followed in.
    let offered = &ev.interpretation;
    for lang in ev.join_urls.keys() {
        if !offered.contains(lang) {
            err(
                &format!("join_urls.{lang}"),
                "is not one of the interpretation languages",
            );
        }
    }
    if let Some(reminders) = input.reminders {
        ev.reminders = Minutes(reminders.iter().map(|m| i64::from(*m)).collect());
    }
    if errors.is_empty() {
        Ok(ev)
    } else {
        Err(SaveError::Invalid(errors))
    }
}

/// Whether a join link is an absolute http(s) URL, as stored and later written to calendars,
/// emails and redirects. The URL parser itself skips tabs and line breaks, so they are refused
/// here first: stored as typed, a CR/LF would inject a line into every invite (found while
/// writing the `calendar_email` fuzz target).
pub fn is_web_url(u: &str) -> bool {
    !u.chars().any(|c| c.is_control() || c.is_whitespace())
        && url::Url::parse(u)
            .is_ok_and(|p| matches!(p.scheme(), "http" | "https") && p.host().is_some())
}

#[cfg(test)]
mod join_url_tests {
    use super::is_web_url;

    #[test]
    fn join_links_are_single_line_web_urls() {
        assert!(is_web_url("https://meet.example.org/j/123?pwd=abc"));
        assert!(!is_web_url("javascript:alert(1)"));
        // The URL parser alone accepts all of these, silently dropping the break.
        assert!(url::Url::parse("https://meet.example.org/j\r\nX-INJECTED:1").is_ok());
        assert!(!is_web_url("https://meet.example.org/j\r\nX-INJECTED:1"));
        assert!(!is_web_url("https://meet.example.org/j\nBEGIN:VEVENT"));
        assert!(!is_web_url("https://meet.example.org/\tj"));
        assert!(!is_web_url("https://meet.example.org/j k"));
        assert!(!is_web_url(" https://meet.example.org/j"));
    }
}
