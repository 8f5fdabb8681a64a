//! The feedback part of the event form: the questions asked after the event (rating, choice,
//! free text; labels per language; options), when the link goes out by email, when answers
//! close and whether they are anonymous. Field names: `fb.<i>.<id|kind|remove>`,
//! `fb.<i>.label.<lang>`, `fb.<i>.opt.<j>.value`, `fb.<i>.opt.<j>.label.<lang>`,
//! `feedback_after_hours`, `feedback_closes_at`, `feedback_anonymous`.

use chrono::{DateTime, FixedOffset};

use crate::db::followup;
use crate::services::feedback::FeedbackQuestion;

use super::event_form::{FormErrors, local_time, local_value};
use super::questions::{QuestionField, QuestionForm, feedback_pair, parse_questions};

#[derive(Debug, Clone, Default)]
pub struct FeedbackForm {
    pub questions: Vec<QuestionForm>,
    pub after_hours: String,
    pub closes_at: String,
    pub anonymous: bool,
}

/// What the feedback part of the form sets on the event, once checked.
pub struct FeedbackInput {
    pub questions: Vec<FeedbackQuestion>,
    pub after_hours: Option<i32>,
    pub closes_at: Option<DateTime<FixedOffset>>,
    pub anonymous: bool,
    /// The form row of each question, for the service's problems with it.
    pub rows: Vec<usize>,
}

impl FeedbackForm {
    pub fn from_row(row: &followup::Model, tz: chrono_tz::Tz) -> FeedbackForm {
        FeedbackForm {
            questions: row
                .feedback
                .iter()
                .map(QuestionForm::from_feedback)
                .collect(),
            after_hours: row
                .feedback_after_hours
                .map(|h| h.to_string())
                .unwrap_or_default(),
            closes_at: row
                .feedback_closes_at
                .map(|t| local_value(t, tz))
                .unwrap_or_default(),
            anonymous: row.feedback_anonymous,
        }
    }

    /// Takes a posted field that belongs to this part; false for any other.
    pub fn take(
        &mut self,
        key: &str,
        value: &str,
        questions: &mut Vec<(QuestionField, String)>,
    ) -> bool {
        match key {
            "feedback_after_hours" => self.after_hours = value.to_string(),
            "feedback_closes_at" => self.closes_at = value.to_string(),
            "feedback_anonymous" => self.anonymous = true,
            other => match feedback_pair(other) {
                Some(field) => questions.push((field, value.to_string())),
                None => return false,
            },
        }
        true
    }

    pub fn finish(&mut self, questions: Vec<(QuestionField, String)>) {
        self.questions = parse_questions(questions);
    }

    /// The input as typed, or message keys added to `errors` under each field that is not a
    /// value at all; the rules (ids, labels, hours) are the service's.
    pub fn checked(&self, tz: Option<chrono_tz::Tz>, errors: &mut FormErrors) -> FeedbackInput {
        let mut out = Vec::new();
        let mut rows = Vec::new();
        for (i, q) in self.questions.iter().enumerate() {
            if q.remove || q.is_blank() {
                continue;
            }
            match q.to_feedback() {
                Ok(question) => {
                    out.push(question);
                    rows.push(i);
                }
                Err((field, key)) => {
                    errors.insert(format!("fb.{i}.{field}"), key.into());
                }
            }
        }
        let after_hours = match self.after_hours.trim() {
            "" => None,
            n => n
                .parse::<i32>()
                .map_err(|_| {
                    errors.insert(
                        "feedback_after_hours".into(),
                        "admin-error-feedback-hours".into(),
                    )
                })
                .ok(),
        };
        let closes_at = match self.closes_at.trim() {
            "" => None,
            value => {
                let parsed = tz.and_then(|tz| local_time(value, tz));
                if parsed.is_none() && tz.is_some() {
                    errors.insert("feedback_closes_at".into(), "admin-error-date".into());
                }
                parsed
            }
        };
        FeedbackInput {
            questions: out,
            after_hours,
            closes_at,
            anonymous: self.anonymous,
            rows,
        }
    }
}
