//! The event form: every field of an event as the organizer typed it (so a refused form
//! comes back as typed), read from the posted fields and turned into the service's input.
//!
//! Field names: `tr.<lang>.<title|description|location>` for the texts, and for custom
//! questions `q.<i>.<id|kind|required|remove>`, `q.<i>.label.<lang>`,
//! `q.<i>.opt.<j>.value` and `q.<i>.opt.<j>.label.<lang>`; the programme's fields are
//! described in [`sessions`], the feedback questions and settings in `feedback_form`.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset, NaiveDateTime, TimeZone, Timelike, Utc};

use crate::db::event;
use crate::domain::{EventKind, Lang, Question, Translation, Visibility};
use crate::services::event_admin::EventInput;

use super::feedback_form::FeedbackForm;
use super::questions::{QuestionForm, parse_questions, question_pair};

pub mod sessions;

use sessions::{SessionForm, parse_sessions, session_pair, sessions_checked};

/// Field name → message key.
pub type FormErrors = BTreeMap<String, &'static str>;

#[derive(Debug, Clone, Default)]
pub struct TextsForm {
    pub title: String,
    pub description: String,
    pub location: String,
}

#[derive(Debug, Clone, Default)]
pub struct EventForm {
    pub slug: String,
    pub kind: String,
    pub timezone: String,
    pub starts_at: String,
    pub ends_at: String,
    pub capacity: String,
    pub registration_opens_at: String,
    pub registration_closes_at: String,
    pub default_language: String,
    pub languages: Vec<String>,
    pub texts: BTreeMap<Lang, TextsForm>,
    pub join_url: String,
    pub venue: String,
    pub require_email_confirmation: bool,
    pub waitlist: bool,
    pub pending_holds_seat: bool,
    /// Minutes before the start, comma-separated.
    pub reminders: String,
    /// Months before personal data is anonymised; empty for the site's default.
    pub retention_months: String,
    /// `public`, `unlisted` or `invite_only`.
    pub visibility: String,
    pub questions: Vec<QuestionForm>,
    /// The questions asked after the event and when they are asked.
    pub feedback: FeedbackForm,
    /// The programme, one row per session.
    pub sessions: Vec<SessionForm>,
    /// The series slug shared by recurring meetings; empty for none.
    pub series: String,
    /// At most this many delegates per organisation; empty for no limit.
    pub delegates_per_organisation: String,
    /// The owner's id; only admins see and set it.
    pub owner: String,
    pub csrf_token: String,
    /// A hybrid event's seats in the room and online; empty for unlimited.
    pub capacity_in_person: String,
    pub capacity_online: String,
    /// Interpretation language codes, comma-separated.
    pub interpretation: String,
    /// One line per language: `code link`.
    pub join_urls: String,
}

/// `datetime-local` inputs speak local wall-clock time without a zone.
const LOCAL_FORMAT: &str = "%Y-%m-%dT%H:%M";
const LOCAL_FORMAT_SECONDS: &str = "%Y-%m-%dT%H:%M:%S";

impl EventForm {
    /// The empty form of a new event, with the service's defaults.
    pub fn blank() -> EventForm {
        EventForm {
            kind: EventKind::Webinar.as_str().into(),
            timezone: "Europe/Brussels".into(),
            default_language: Lang::En.code().into(),
            languages: Lang::ALL.iter().map(|l| l.code().to_string()).collect(),
            require_email_confirmation: true,
            waitlist: true,
            pending_holds_seat: true,
            visibility: "public".into(),
            reminders: "1440, 60".into(),
            ..Default::default()
        }
    }

    /// The form of a stored event and its programme.
    pub fn from_model_with(
        ev: &event::Model,
        programme: &[crate::domain::programme::SessionSpec],
    ) -> EventForm {
        let mut form = EventForm::from_model(ev);
        form.sessions = programme
            .iter()
            .map(|s| SessionForm::from_spec(s, ev.tz()))
            .collect();
        form
    }

    pub fn from_model(ev: &event::Model) -> EventForm {
        let tz = ev.tz();
        let local = |t: DateTime<Utc>| local_value(t, tz);
        EventForm {
            slug: ev.slug.clone(),
            kind: ev.kind.to_string(),
            timezone: ev.timezone.to_string(),
            starts_at: local(ev.starts_at),
            ends_at: local(ev.ends_at),
            capacity: ev.capacity.map(|c| c.to_string()).unwrap_or_default(),
            registration_opens_at: ev.registration_opens_at.map(local).unwrap_or_default(),
            registration_closes_at: ev.registration_closes_at.map(local).unwrap_or_default(),
            default_language: ev.default_language.to_string(),
            languages: ev.langs().iter().map(|l| l.code().to_string()).collect(),
            texts: ev
                .translations
                .iter()
                .map(|(l, t)| {
                    let texts = TextsForm {
                        title: t.title.clone(),
                        description: t.description.clone(),
                        location: t.location.clone(),
                    };
                    (*l, texts)
                })
                .collect(),
            join_url: ev.join_url.clone().unwrap_or_default(),
            venue: ev.venue.clone().unwrap_or_default(),
            require_email_confirmation: ev.require_email_confirmation,
            waitlist: ev.waitlist,
            pending_holds_seat: ev.pending_holds_seat,
            reminders: ev
                .reminders
                .iter()
                .map(i64::to_string)
                .collect::<Vec<_>>()
                .join(", "),
            retention_months: ev
                .retention_months
                .map(|m| m.to_string())
                .unwrap_or_default(),
            visibility: ev.visibility.to_string(),
            questions: ev
                .questions
                .iter()
                .map(QuestionForm::from_question)
                .collect(),
            feedback: FeedbackForm::default(),
            sessions: Vec::new(),
            series: ev.series.clone().unwrap_or_default(),
            delegates_per_organisation: ev
                .delegates_per_organisation
                .map(|n| n.to_string())
                .unwrap_or_default(),
            owner: ev.owner_id.map(|id| id.to_string()).unwrap_or_default(),
            csrf_token: String::new(),
            capacity_in_person: number(ev.capacity_in_person),
            capacity_online: number(ev.capacity_online),
            interpretation: ev
                .interpretation
                .iter()
                .map(|l| l.code())
                .collect::<Vec<_>>()
                .join(", "),
            join_urls: ev
                .join_urls
                .iter()
                .map(|(l, url)| format!("{} {url}", l.code()))
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }

    pub fn from_pairs(pairs: Vec<(String, String)>) -> EventForm {
        let mut form = EventForm::default();
        let mut question_fields = Vec::new();
        let mut feedback_fields = Vec::new();
        let mut session_fields = Vec::new();
        for (key, value) in pairs {
            if form.feedback.take(&key, &value, &mut feedback_fields) {
                continue;
            }
            match key.as_str() {
                "slug" => form.slug = value,
                "kind" => form.kind = value,
                "timezone" => form.timezone = value,
                "starts_at" => form.starts_at = value,
                "ends_at" => form.ends_at = value,
                "capacity" => form.capacity = value,
                "capacity_in_person" => form.capacity_in_person = value,
                "capacity_online" => form.capacity_online = value,
                "interpretation" => form.interpretation = value,
                "join_urls" => form.join_urls = value,
                "registration_opens_at" => form.registration_opens_at = value,
                "registration_closes_at" => form.registration_closes_at = value,
                "default_language" => form.default_language = value,
                "languages" => form.languages.push(value),
                "join_url" => form.join_url = value,
                "venue" => form.venue = value,
                "require_email_confirmation" => form.require_email_confirmation = true,
                "waitlist" => form.waitlist = true,
                "pending_holds_seat" => form.pending_holds_seat = true,
                "reminders" => form.reminders = value,
                "retention_months" => form.retention_months = value,
                "visibility" => form.visibility = value,
                "owner" => form.owner = value,
                "series" => form.series = value,
                "delegates_per_organisation" => form.delegates_per_organisation = value,
                "csrf_token" => form.csrf_token = value,
                other => {
                    if let Some(rest) = other.strip_prefix("tr.") {
                        form.set_text(rest, value);
                    } else if let Some(field) = question_pair(other) {
                        question_fields.push((field, value));
                    } else if let Some((i, rest)) = session_pair(other) {
                        session_fields.push(((i, rest.to_string()), value));
                    }
                }
            }
        }
        form.questions = parse_questions(question_fields);
        form.feedback.finish(feedback_fields);
        form.sessions = parse_sessions(session_fields);
        form
    }

    fn set_text(&mut self, rest: &str, value: String) {
        let Some((lang, field)) = rest.split_once('.') else {
            return;
        };
        let Ok(lang) = lang.parse::<Lang>() else {
            return;
        };
        let texts = self.texts.entry(lang).or_default();
        match field {
            "title" => texts.title = value,
            "description" => texts.description = value,
            "location" => texts.location = value,
            _ => {}
        }
    }

    /// The service's input, with every field given, or a message key per wrong field. The
    /// service checks the rest (slug shape, order of times, lengths) and names fields too.
    pub fn to_input(&self, is_new: bool) -> Result<EventInput, FormErrors> {
        let mut errors = FormErrors::new();
        let kind = self.kind.parse::<EventKind>().ok();
        if kind.is_none() {
            errors.insert("kind".into(), "admin-error-invalid");
        }
        let tz = self.timezone.trim().parse::<chrono_tz::Tz>().ok();
        if tz.is_none() {
            errors.insert("timezone".into(), "admin-error-timezone");
        }
        let mut time = |field: &str, value: &str, required: bool| {
            let value = value.trim();
            if value.is_empty() {
                if required {
                    errors.insert(field.into(), "admin-error-required");
                }
                return None;
            }
            let parsed = tz.and_then(|tz| local_time(value, tz));
            if parsed.is_none() && tz.is_some() {
                errors.insert(field.into(), "admin-error-date");
            }
            parsed
        };
        let starts_at = time("starts_at", &self.starts_at, true);
        let ends_at = time("ends_at", &self.ends_at, true);
        let opens = time("registration_opens_at", &self.registration_opens_at, false);
        let closes = time(
            "registration_closes_at",
            &self.registration_closes_at,
            false,
        );
        let capacity = match self.capacity.trim() {
            "" => None,
            n => match n.parse::<i32>() {
                Ok(n) => Some(n),
                Err(_) => {
                    errors.insert("capacity".into(), "admin-error-capacity");
                    None
                }
            },
        };
        let mut seats = |field: &str, value: &str| match value.trim() {
            "" => None,
            n => match n.parse::<i32>() {
                Ok(n) => Some(n),
                Err(_) => {
                    errors.insert(field.into(), "admin-error-capacity");
                    None
                }
            },
        };
        let capacity_in_person = seats("capacity_in_person", &self.capacity_in_person);
        let capacity_online = seats("capacity_online", &self.capacity_online);
        let interpretation = self.interpretation_checked(&mut errors);
        let join_urls = self.join_urls_checked(&mut errors);
        let retention = match self.retention_months.trim() {
            "" => None,
            n => match n.parse::<i32>() {
                Ok(n) => Some(n),
                Err(_) => {
                    errors.insert("retention_months".into(), "admin-error-retention");
                    None
                }
            },
        };
        let default_language = self.default_language.parse::<Lang>().ok();
        if default_language.is_none() {
            errors.insert("default_language".into(), "admin-error-invalid");
        }
        // In the order given: it is the order of the language switcher.
        let mut languages: Vec<Lang> = Vec::new();
        for lang in self.languages.iter().filter_map(|c| c.parse::<Lang>().ok()) {
            if !languages.contains(&lang) {
                languages.push(lang);
            }
        }
        let translations: BTreeMap<Lang, Translation> = self
            .texts
            .iter()
            .filter(|(_, t)| {
                !(t.title.trim().is_empty()
                    && t.description.trim().is_empty()
                    && t.location.trim().is_empty())
            })
            .map(|(l, t)| {
                let text = Translation {
                    title: t.title.clone(),
                    description: t.description.clone(),
                    location: t.location.clone(),
                };
                (*l, text)
            })
            .collect();
        let reminders: Result<Vec<u32>, _> = self
            .reminders
            .split(',')
            .map(str::trim)
            .filter(|m| !m.is_empty())
            .map(str::parse::<u32>)
            .collect();
        if reminders.is_err() {
            errors.insert("reminders".into(), "admin-error-reminders");
        }
        let questions = self.questions_checked(&mut errors);
        let feedback = self.feedback.checked(tz, &mut errors);
        let programme = sessions_checked(&self.sessions, tz, &mut errors);
        let delegates = match self.delegates_per_organisation.trim() {
            "" => None,
            n => match n.parse::<i32>() {
                Ok(n) => Some(n),
                Err(_) => {
                    errors.insert("delegates_per_organisation".into(), "admin-error-invalid");
                    None
                }
            },
        };
        if !self.visibility.is_empty() && self.visibility.parse::<Visibility>().is_err() {
            errors.insert("visibility".into(), "admin-error-invalid");
        }
        if is_new && self.slug.trim().is_empty() {
            errors.insert("slug".into(), "admin-error-required");
        }
        let Some(feedback) = feedback.filter(|_| errors.is_empty()) else {
            return Err(errors);
        };
        let optional = |s: &str| Some(Some(s.trim().to_string()).filter(|s| !s.is_empty()));
        Ok(EventInput {
            slug: is_new.then(|| self.slug.trim().to_string()),
            kind,
            timezone: tz.map(|tz| tz.name().to_string()),
            starts_at,
            ends_at,
            capacity: Some(capacity),
            registration_opens_at: Some(opens),
            registration_closes_at: Some(closes),
            default_language,
            languages: Some(languages),
            translations: Some(translations),
            join_url: optional(&self.join_url),
            venue: optional(&self.venue),
            require_email_confirmation: Some(self.require_email_confirmation),
            waitlist: Some(self.waitlist),
            pending_holds_seat: Some(self.pending_holds_seat),
            questions: Some(questions),
            reminders: reminders.ok(),
            retention_months: Some(retention),
            visibility: self.visibility.parse().ok(),
            capacity_in_person: Some(capacity_in_person),
            capacity_online: Some(capacity_online),
            interpretation: Some(interpretation),
            join_urls: Some(join_urls),
            feedback: Some(feedback.questions),
            feedback_after_hours: Some(feedback.after_hours),
            feedback_closes_at: Some(feedback.closes_at),
            feedback_anonymous: Some(feedback.anonymous),
            sessions: Some(programme),
            series: optional(&self.series),
            delegates_per_organisation: Some(delegates),
            ..Default::default()
        })
    }

    /// The interpretation languages as codes separated by commas or spaces.
    fn interpretation_checked(&self, errors: &mut FormErrors) -> Vec<Lang> {
        let mut langs = Vec::new();
        for code in self
            .interpretation
            .split([',', ' '])
            .map(str::trim)
            .filter(|c| !c.is_empty())
        {
            match code.parse::<Lang>() {
                Ok(lang) if !langs.contains(&lang) => langs.push(lang),
                Ok(_) => {}
                Err(_) => {
                    errors.insert("interpretation".into(), "admin-error-interpretation");
                }
            }
        }
        langs
    }

    /// The join links per language, one `code link` per line.
    fn join_urls_checked(&self, errors: &mut FormErrors) -> BTreeMap<Lang, String> {
        let mut urls = BTreeMap::new();
        for line in self
            .join_urls
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
        {
            let parsed = line
                .split_once(char::is_whitespace)
                .and_then(|(code, url)| Some((code.parse::<Lang>().ok()?, url.trim())));
            match parsed {
                Some((lang, url)) => {
                    urls.insert(lang, url.to_string());
                }
                None => {
                    errors.insert("join_urls".into(), "admin-error-join-urls");
                }
            }
        }
        urls
    }

    fn questions_checked(&self, errors: &mut FormErrors) -> Vec<Question> {
        let mut seen = Vec::new();
        let mut out = Vec::new();
        for (i, q) in self.questions.iter().enumerate() {
            if q.remove || q.is_blank() {
                continue;
            }
            match q.to_question() {
                Ok(question) if seen.contains(&question.id) => {
                    errors.insert(format!("q.{i}.id"), "admin-error-question-duplicate");
                }
                Ok(question) => {
                    seen.push(question.id.clone());
                    out.push(question);
                }
                Err((field, key)) => {
                    errors.insert(format!("q.{i}.{field}"), key);
                }
            }
        }
        out
    }

    /// The owner chosen in the form, when it is a number.
    pub fn owner_id(&self) -> Option<i64> {
        self.owner.trim().parse().ok()
    }
}

fn number(n: Option<i32>) -> String {
    n.map(|n| n.to_string()).unwrap_or_default()
}

/// `t` as a `datetime-local` value in `tz`. Seconds show only when there are some, so that
/// saving the form unchanged never moves the event (which would send everyone an updated
/// invite).
pub fn local_value(t: DateTime<Utc>, tz: chrono_tz::Tz) -> String {
    let format = if t.second() == 0 {
        LOCAL_FORMAT
    } else {
        LOCAL_FORMAT_SECONDS
    };
    t.with_timezone(&tz).format(format).to_string()
}

/// A wall-clock time in `tz`; in the hour skipped when clocks go forward there is none.
pub(super) fn local_time(value: &str, tz: chrono_tz::Tz) -> Option<DateTime<FixedOffset>> {
    let naive = NaiveDateTime::parse_from_str(value, LOCAL_FORMAT)
        .or_else(|_| NaiveDateTime::parse_from_str(value, LOCAL_FORMAT_SECONDS))
        .ok()?;
    tz.from_local_datetime(&naive)
        .earliest()
        .map(|t| t.fixed_offset())
}

/// Where the service's complaint about `field` shows on the form, and what it says.
pub fn service_error(field: &str) -> (String, &'static str) {
    let key = match field {
        "slug" => "admin-error-slug",
        "timezone" => "admin-error-timezone",
        "starts_at" => "admin-error-required",
        "ends_at" => "admin-error-ends-before-start",
        "capacity" | "capacity_in_person" | "capacity_online" => "admin-error-capacity",
        other if other.starts_with("join_urls") => {
            return ("join_urls".into(), "admin-error-join-urls");
        }
        "registration_closes_at" => "admin-error-closes-before-opens",
        "languages" => "admin-error-languages",
        "title" => "admin-error-title",
        "join_url" => "admin-error-join-url",
        "venue" => "admin-error-too-long",
        "questions" => "admin-error-questions",
        "retention_months" => "admin-error-retention",
        "series" => "admin-error-slug",
        "delegates_per_organisation" => "admin-error-invalid",
        other if other.starts_with("translations.") => {
            return (
                other.replacen("translations.", "tr.", 1),
                "admin-error-too-long",
            );
        }
        _ => "admin-error-invalid",
    };
    (field.to_string(), key)
}

#[cfg(test)]
mod tests;
