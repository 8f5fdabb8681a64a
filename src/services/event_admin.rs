//! Creating and changing events, for the API and the admin pages. A change of time, place or
//! join link is a new version of every invite: SEQUENCE goes up and participants are told.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, TransactionTrait};
use serde::{Deserialize, Deserializer, Serialize};

use crate::clock::whole_seconds;
use crate::db::{self, event, registration};
use crate::domain::{
    CleanText, EventKind, EventSlug, EventStatus, Lang, Question, QuestionKind, RegistrationStatus,
    Translation,
};
use crate::i18n::{Arg, format_date_time, t, t_args};
use crate::mail::outbox;
use crate::state::AppState;

use super::audit::{self, Actor};
use super::notify::{Notice, compose};

/// The event object as the API takes it. Every field is optional, so one type serves both
/// POST (which then checks the required ones) and PATCH (which changes only what is given).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventInput {
    pub slug: Option<String>,
    pub kind: Option<EventKind>,
    pub status: Option<EventStatus>,
    pub timezone: Option<String>,
    pub starts_at: Option<DateTime<FixedOffset>>,
    pub ends_at: Option<DateTime<FixedOffset>>,
    #[serde(default, deserialize_with = "nullable")]
    pub capacity: Option<Option<i32>>,
    #[serde(default, deserialize_with = "nullable")]
    pub registration_opens_at: Option<Option<DateTime<FixedOffset>>>,
    #[serde(default, deserialize_with = "nullable")]
    pub registration_closes_at: Option<Option<DateTime<FixedOffset>>>,
    pub default_language: Option<Lang>,
    pub languages: Option<Vec<Lang>>,
    pub translations: Option<BTreeMap<Lang, Translation>>,
    /// Shorthand for the default language's title.
    pub title: Option<String>,
    pub description: Option<String>,
    pub location: Option<String>,
    #[serde(default, deserialize_with = "nullable")]
    pub join_url: Option<Option<String>>,
    #[serde(default, deserialize_with = "nullable")]
    pub venue: Option<Option<String>>,
    pub require_email_confirmation: Option<bool>,
    pub waitlist: Option<bool>,
    pub pending_holds_seat: Option<bool>,
    pub questions: Option<Vec<Question>>,
    /// Minutes before the start at which reminders go out.
    pub reminders: Option<Vec<u32>>,
    /// Months after the event before personal data is anonymised (null: the site default).
    #[serde(default, deserialize_with = "nullable")]
    pub retention_months: Option<Option<i32>>,
}

/// Tells "absent" (None) from "null" (Some(None)).
fn nullable<'de, T: Deserialize<'de>, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<Option<T>>, D::Error> {
    Option::<T>::deserialize(d).map(Some)
}

/// The event object as the API returns it.
#[derive(Debug, Serialize)]
pub struct EventOut {
    pub slug: String,
    pub kind: EventKind,
    pub status: EventStatus,
    pub timezone: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub capacity: Option<i32>,
    pub seats_taken: i32,
    pub registration_opens_at: Option<DateTime<Utc>>,
    pub registration_closes_at: Option<DateTime<Utc>>,
    pub default_language: Lang,
    pub languages: Vec<Lang>,
    pub translations: BTreeMap<Lang, Translation>,
    pub join_url: Option<String>,
    pub venue: Option<String>,
    pub require_email_confirmation: bool,
    pub waitlist: bool,
    pub pending_holds_seat: bool,
    pub questions: Vec<Question>,
    pub reminders: Vec<i64>,
    pub retention_months: Option<i32>,
    pub sequence: i32,
    pub url: String,
}

impl EventOut {
    pub fn from_model(ev: &event::Model, base_url: &str) -> Self {
        EventOut {
            slug: ev.slug.clone(),
            kind: ev.kind(),
            status: ev.status(),
            timezone: ev.timezone.clone(),
            starts_at: ev.starts_at,
            ends_at: ev.ends_at,
            capacity: ev.capacity,
            seats_taken: ev.seats_taken,
            registration_opens_at: ev.registration_opens_at,
            registration_closes_at: ev.registration_closes_at,
            default_language: ev.default_lang(),
            languages: ev.langs(),
            translations: ev.translations(),
            join_url: ev.join_url.clone(),
            venue: ev.venue.clone(),
            require_email_confirmation: ev.require_email_confirmation,
            waitlist: ev.waitlist,
            pending_holds_seat: ev.pending_holds_seat,
            questions: ev.questions(),
            reminders: ev.reminder_minutes(),
            retention_months: ev.retention_months,
            sequence: ev.sequence,
            url: format!("{base_url}/events/{}", ev.slug),
        }
    }
}

/// A field and what is wrong with it.
pub type FieldErrors = Vec<(String, String)>;

#[derive(Debug)]
pub enum SaveError {
    Invalid(FieldErrors),
    SlugTaken,
    Internal(anyhow::Error),
}

impl<E: Into<anyhow::Error>> From<E> for SaveError {
    fn from(e: E) -> Self {
        SaveError::Internal(e.into())
    }
}

/// Creates an event from a complete input, as Convene itself (demo data, scripts).
pub async fn create(
    state: &AppState,
    input: EventInput,
    owner: Option<i64>,
) -> Result<event::Model, SaveError> {
    create_by(state, input, owner, &Actor::system()).await
}

/// Creates an event from a complete input, noting in the audit log who did.
pub async fn create_by(
    state: &AppState,
    input: EventInput,
    owner: Option<i64>,
    actor: &Actor,
) -> Result<event::Model, SaveError> {
    let mut errors = FieldErrors::new();
    for (field, missing) in [
        ("slug", input.slug.is_none()),
        ("starts_at", input.starts_at.is_none()),
        ("ends_at", input.ends_at.is_none()),
        ("timezone", input.timezone.is_none()),
        (
            "title",
            input.title.is_none()
                && input
                    .translations
                    .as_ref()
                    .is_none_or(|t| t.values().all(|t| t.title.trim().is_empty())),
        ),
    ] {
        if missing {
            errors.push((field.into(), "is required".into()));
        }
    }
    if !errors.is_empty() {
        return Err(SaveError::Invalid(errors));
    }
    let now = state.now();
    let blank = event::Model {
        id: 0,
        slug: String::new(),
        kind: EventKind::Webinar.as_str().into(),
        status: EventStatus::Draft.as_str().into(),
        timezone: "UTC".into(),
        starts_at: now,
        ends_at: now,
        capacity: None,
        seats_taken: 0,
        registration_opens_at: None,
        registration_closes_at: None,
        default_language: input.default_language.unwrap_or(Lang::En).code().into(),
        languages: String::new(),
        translations: "{}".into(),
        join_url: None,
        venue: None,
        require_email_confirmation: true,
        waitlist: true,
        pending_holds_seat: true,
        questions: "[]".into(),
        reminders: "1440,60".into(),
        sequence: 0,
        owner_id: owner,
        retention_months: None,
        created_at: now,
        updated_at: now,
    };
    let merged = merge(&blank, input)?;
    let mut active: event::ActiveModel = merged.into();
    active.id = sea_orm::ActiveValue::NotSet;
    let _turn = state.write_turn().await;
    let txn = state.db.begin().await?;
    let ev = match active.insert(&txn).await {
        Ok(ev) => ev,
        Err(e) if db::is_unique_violation(&e) => return Err(SaveError::SlugTaken),
        Err(e) => return Err(e.into()),
    };
    audit::record(
        &txn,
        actor,
        ev.id,
        "created",
        &audit::describe_new(&ev),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(ev)
}

/// Applies a change. When time, place or join link change, every active participant gets an
/// updated invite (same UID, higher SEQUENCE) in their own language, in the same transaction.
pub async fn update(
    state: &AppState,
    current: &event::Model,
    input: EventInput,
) -> Result<event::Model, SaveError> {
    update_by(state, current, input, &Actor::system()).await
}

/// [`update`], noting in the audit log who changed what.
pub async fn update_by(
    state: &AppState,
    current: &event::Model,
    input: EventInput,
    actor: &Actor,
) -> Result<event::Model, SaveError> {
    if input.slug.as_deref().is_some_and(|s| s != current.slug) {
        return Err(SaveError::Invalid(vec![(
            "slug".into(),
            "cannot be changed".into(),
        )]));
    }
    let mut next = merge(current, input)?;
    let moved = next.starts_at != current.starts_at
        || next.ends_at != current.ends_at
        || next.timezone != current.timezone;
    let relocated = next.venue != current.venue
        || next.join_url != current.join_url
        || Lang::ALL
            .iter()
            .any(|l| current.text_in(*l).0.location != next.text_in(*l).0.location);
    let newly_cancelled =
        next.status() == EventStatus::Cancelled && current.status() != EventStatus::Cancelled;
    if moved || relocated {
        next.sequence = current.sequence + 1;
    }
    next.updated_at = state.now();
    let capacity_raised = match (current.capacity, next.capacity) {
        (Some(old), Some(new)) => new > old,
        (Some(_), None) => true,
        _ => false,
    };
    let _turn = state.write_turn().await;
    let txn = state.db.begin().await?;
    // Write every column except the seat counter, which only its guarded statements touch.
    let mut active = event::ActiveModel::from(next.clone()).reset_all();
    active.not_set(event::Column::SeatsTaken);
    let saved = active.update(&txn).await?;
    let detail = audit::describe_change(current, &saved);
    if !detail.is_empty() {
        let action = audit::change_action(current, &saved);
        audit::record(&txn, actor, saved.id, action, &detail, next.updated_at).await?;
    }
    if newly_cancelled {
        notify_all(&txn, state, &saved, Notice::EventCancelled, |_| None).await?;
    } else if (moved || relocated) && saved.status() == EventStatus::Published {
        notify_all(&txn, state, &saved, Notice::Updated, |lang| {
            Some(change_summary(current, &saved, lang, moved))
        })
        .await?;
    }
    if capacity_raised && saved.waitlist {
        super::seats::promote_waiting(&txn, state, &saved).await?;
    }
    txn.commit().await?;
    state.outbox_wake.notify_one();
    Ok(saved)
}

/// What changed, in the participant's language.
fn change_summary(old: &event::Model, new: &event::Model, lang: Lang, moved: bool) -> String {
    if moved {
        t_args(
            lang,
            "email-updated-moved",
            &[
                (
                    "old",
                    Arg::Text(format_date_time(old.starts_at, old.tz(), lang)),
                ),
                (
                    "new",
                    Arg::Text(format_date_time(new.starts_at, new.tz(), lang)),
                ),
            ],
        )
    } else {
        t(lang, "email-updated-place")
    }
}

async fn notify_all(
    txn: &sea_orm::DatabaseTransaction,
    state: &AppState,
    ev: &event::Model,
    notice: Notice,
    extra: impl Fn(Lang) -> Option<String>,
) -> anyhow::Result<()> {
    let statuses: Vec<&str> = match notice {
        Notice::EventCancelled => vec![
            RegistrationStatus::Pending.as_str(),
            RegistrationStatus::Confirmed.as_str(),
            RegistrationStatus::Waitlisted.as_str(),
        ],
        _ => vec![RegistrationStatus::Confirmed.as_str()],
    };
    let regs = registration::Entity::find()
        .filter(registration::Column::EventId.eq(ev.id))
        .filter(registration::Column::Status.is_in(statuses))
        .all(txn)
        .await?;
    for reg in regs {
        let token = state.secret.registration_token(ev.id, &reg.email_key);
        let email = compose(state, ev, &reg, &token, notice, extra(reg.lang()));
        outbox::enqueue(txn, state, &email, Some(ev.id), Some(reg.id)).await?;
    }
    Ok(())
}

/// Applies `input` over `base` and checks the result as a whole.
fn merge(base: &event::Model, input: EventInput) -> Result<event::Model, SaveError> {
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
        ev.kind = kind.as_str().into();
    }
    if let Some(status) = input.status {
        ev.status = status.as_str().into();
    }
    if let Some(tz) = input.timezone {
        match tz.parse::<chrono_tz::Tz>() {
            Ok(parsed) => ev.timezone = parsed.name().to_string(),
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
        ev.default_language = lang.code().into();
    }
    if let Some(langs) = input.languages {
        if langs.is_empty() {
            err("languages", "offer at least one language");
        }
        ev.languages = Lang::join(&langs);
    }
    let mut translations = ev.translations();
    if let Some(given) = input.translations {
        translations = given;
    }
    let default = ev.default_lang();
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
    ev.translations = serde_json::to_string(&translations).unwrap_or_else(|_| "{}".into());
    // The default language is always offered.
    let mut langs = Lang::parse_list(&ev.languages).unwrap_or_default();
    if langs.is_empty() {
        langs = translations.keys().copied().collect();
    }
    if !langs.contains(&default) {
        langs.insert(0, default);
    }
    ev.languages = Lang::join(&langs);
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
        ev.questions = serde_json::to_string(&questions).unwrap_or_else(|_| "[]".into());
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
    if let Some(reminders) = input.reminders {
        ev.reminders = reminders
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(",");
    }
    if errors.is_empty() {
        Ok(ev)
    } else {
        Err(SaveError::Invalid(errors))
    }
}

/// Whether a join link is an absolute http(s) URL, as stored and later written to calendars,
/// emails and redirects. The URL parser itself skips tabs and line breaks, so they are refused
/// here first: stored as typed, a CR/LF would inject a line into every invite (found by the
/// `calendar_email` fuzz target).
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
        assert!(!is_web_url("https:///nohost"));
        // The URL parser alone accepts all of these, silently dropping the break.
        assert!(url::Url::parse("https://meet.example.org/j\r\nX-INJECTED:1").is_ok());
        assert!(!is_web_url("https://meet.example.org/j\r\nX-INJECTED:1"));
        assert!(!is_web_url("https://meet.example.org/j\nBEGIN:VEVENT"));
        assert!(!is_web_url("https://meet.example.org/\tj"));
        assert!(!is_web_url("https://meet.example.org/j k"));
        assert!(!is_web_url(" https://meet.example.org/j"));
    }
}
