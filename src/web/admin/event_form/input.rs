//! The event form turned into the service's input. The form's own job is only to turn typed
//! strings into values (a date that does not parse, a number that is not a number); every
//! rule of an event is the service's, and its problems come back to the field they concern.

use std::collections::BTreeMap;

use crate::domain::{EventKind, FieldProblem, Lang, Question, Translation, Visibility};
use crate::services::event_admin::EventInput;

use super::sessions::sessions_checked;
use super::{EventForm, FormErrors, local_time};

/// Where each list entry of the input came from on the form. The service names a question,
/// session or feedback question by its place in the input (`questions[1].id`); the form by
/// its row (`q.2.id`), blank and removed rows being left out of the input.
#[derive(Debug, Default)]
pub struct Rows {
    pub questions: Vec<usize>,
    pub sessions: Vec<usize>,
    pub feedback: Vec<usize>,
}

impl Rows {
    /// The form field that shows the service's problem with the input's `field`.
    pub fn form_field(&self, field: &str) -> String {
        if let Some(rest) = field.strip_prefix("translations.") {
            return format!("tr.{rest}");
        }
        // One text area holds every language's link.
        if field.starts_with("join_urls.") {
            return "join_urls".into();
        }
        let lists = [
            ("questions[", "q", &self.questions),
            ("sessions[", "s", &self.sessions),
            ("feedback[", "fb", &self.feedback),
        ];
        for (list, prefix, rows) in lists {
            let Some((n, rest)) = field.strip_prefix(list).and_then(|f| f.split_once("].")) else {
                continue;
            };
            if let Some(row) = n.parse::<usize>().ok().and_then(|n| rows.get(n)) {
                return format!("{prefix}.{row}.{rest}");
            }
        }
        field.to_string()
    }

    /// The service's problems under the form's field names; the first one per field shows.
    pub fn errors(&self, problems: Vec<FieldProblem>) -> FormErrors {
        let mut errors = FormErrors::new();
        for p in problems {
            errors.entry(self.form_field(&p.field)).or_insert(p.problem);
        }
        errors
    }
}

/// A whole number typed in `field`, or nothing when left empty.
fn whole(field: &str, value: &str, key: &'static str, errors: &mut FormErrors) -> Option<i32> {
    match value.trim() {
        "" => None,
        n => n
            .parse::<i32>()
            .map_err(|_| errors.insert(field.into(), key.into()))
            .ok(),
    }
}

impl EventForm {
    /// The service's input with every field given, the rows it came from, and a message key
    /// per field whose text is not a value at all (left out of the input, so that the service
    /// can still judge the rest and every problem shows at once).
    pub fn to_input(&self, is_new: bool) -> (EventInput, Rows, FormErrors) {
        let mut errors = FormErrors::new();
        let kind = self.kind.parse::<EventKind>().ok();
        if kind.is_none() {
            errors.insert("kind".into(), "admin-error-invalid".into());
        }
        let tz = self.timezone.trim().parse::<chrono_tz::Tz>().ok();
        if tz.is_none() {
            errors.insert("timezone".into(), "admin-error-timezone".into());
        }
        let mut time = |field: &str, value: &str, required: bool| {
            let value = value.trim();
            if value.is_empty() {
                // An empty start on a stored event would otherwise mean "unchanged".
                if required {
                    errors.insert(field.into(), "admin-error-required".into());
                }
                return None;
            }
            let parsed = tz.and_then(|tz| local_time(value, tz));
            if parsed.is_none() && tz.is_some() {
                errors.insert(field.into(), "admin-error-date".into());
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
        let e = &mut errors;
        let capacity = whole("capacity", &self.capacity, "admin-error-capacity", e);
        let capacity_in_person = whole(
            "capacity_in_person",
            &self.capacity_in_person,
            "admin-error-capacity",
            e,
        );
        let capacity_online = whole(
            "capacity_online",
            &self.capacity_online,
            "admin-error-capacity",
            e,
        );
        let retention = whole(
            "retention_months",
            &self.retention_months,
            "admin-error-retention",
            e,
        );
        let delegates = whole(
            "delegates_per_organisation",
            &self.delegates_per_organisation,
            "admin-error-delegates",
            e,
        );
        let interpretation = self.interpretation_checked(&mut errors);
        let join_urls = self.join_urls_checked(&mut errors);
        let default_language = self.default_language.parse::<Lang>().ok();
        if default_language.is_none() {
            errors.insert("default_language".into(), "admin-error-invalid".into());
        }
        // In the order given: it is the order of the language switcher.
        let mut languages: Vec<Lang> = Vec::new();
        for lang in self.languages.iter().filter_map(|c| c.parse::<Lang>().ok()) {
            if !languages.contains(&lang) {
                languages.push(lang);
            }
        }
        let reminders: Result<Vec<u32>, _> = self
            .reminders
            .split(',')
            .map(str::trim)
            .filter(|m| !m.is_empty())
            .map(str::parse::<u32>)
            .collect();
        if reminders.is_err() {
            errors.insert("reminders".into(), "admin-error-reminders".into());
        }
        if !self.visibility.is_empty() && self.visibility.parse::<Visibility>().is_err() {
            errors.insert("visibility".into(), "admin-error-visibility".into());
        }
        let (questions, question_rows) = self.questions_checked(&mut errors);
        let feedback = self.feedback.checked(tz, &mut errors);
        let (programme, session_rows) = sessions_checked(&self.sessions, tz, &mut errors);
        let rows = Rows {
            questions: question_rows,
            sessions: session_rows,
            feedback: feedback.rows,
        };
        let optional = |s: &str| Some(Some(s.trim().to_string()).filter(|s| !s.is_empty()));
        let input = EventInput {
            // An empty short name is a missing one, which the service asks for.
            slug: is_new
                .then(|| self.slug.trim().to_string())
                .filter(|s| !s.is_empty()),
            kind,
            timezone: tz.map(|tz| tz.name().to_string()),
            starts_at,
            ends_at,
            capacity: Some(capacity),
            registration_opens_at: Some(opens),
            registration_closes_at: Some(closes),
            default_language,
            languages: Some(languages),
            translations: Some(self.translations()),
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
        };
        (input, rows, errors)
    }

    /// The texts of every language with something typed in.
    fn translations(&self) -> BTreeMap<Lang, Translation> {
        self.texts
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
            .collect()
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
                    errors.insert("interpretation".into(), "admin-error-interpretation".into());
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
                    errors.insert("join_urls".into(), "admin-error-join-urls".into());
                }
            }
        }
        urls
    }

    /// The questions of the rows that are not blank or removed, and the row of each.
    fn questions_checked(&self, errors: &mut FormErrors) -> (Vec<Question>, Vec<usize>) {
        let mut out = Vec::new();
        let mut rows = Vec::new();
        for (i, q) in self.questions.iter().enumerate() {
            if q.remove || q.is_blank() {
                continue;
            }
            match q.to_question() {
                Ok(question) => {
                    out.push(question);
                    rows.push(i);
                }
                Err((field, key)) => {
                    errors.insert(format!("q.{i}.{field}"), key.into());
                }
            }
        }
        (out, rows)
    }
}
