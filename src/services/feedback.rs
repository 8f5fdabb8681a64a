//! Feedback after an event: the questions (rating 1–5, choice, free text, labels per
//! language), a participant's answers (once each, editable until the closing date, anonymous
//! when the organizer chooses so) and the results for the dashboard and the API.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ActiveValue::Unchanged, Set};
use serde::{Deserialize, Serialize};

use crate::db::column::Json;
use crate::db::{event, feedback, followup, registration};
use crate::domain::{FieldProblem, Lang, Region};
use crate::error::AppError;
use crate::state::AppState;

pub use crate::domain::feedback::{FeedbackKind, FeedbackQuestion};

/// Longest free-text answer kept.
pub const TEXT_LIMIT: usize = 4000;

/// What is wrong with a list of questions, each problem under `feedback[i].<field>`.
pub fn check_questions(questions: &[FeedbackQuestion]) -> Vec<FieldProblem> {
    let mut errors = Vec::new();
    for (i, q) in questions.iter().enumerate() {
        let mut err = |name: &str, key: &'static str| {
            errors.push(FieldProblem::new(format!("feedback[{i}].{name}"), key));
        };
        if !crate::domain::Question::is_valid_id(&q.id) {
            err("id", "admin-error-question-id");
        } else if questions[..i].iter().any(|o| o.id == q.id) {
            err("id", "admin-error-question-duplicate");
        }
        if q.label.values().all(|l| l.trim().is_empty()) {
            err("label", "admin-error-question-label");
        }
        if q.kind == FeedbackKind::Choice && q.options.is_empty() {
            err("options", "admin-error-question-options");
        }
    }
    errors
}

/// Why a participant cannot give feedback now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Closed {
    /// Not an attendee, or the event has no questions: the page does not exist.
    NotOffered,
    /// The event is not over yet.
    NotYet,
    /// Past the closing date: answers are shown, no longer editable.
    Over,
}

/// Whether `reg` may give (or change) feedback at `now`.
pub fn open_for(
    reg: &registration::Model,
    ev: &event::Model,
    row: &followup::Model,
    now: DateTime<Utc>,
) -> Result<(), Closed> {
    if !reg.attended || reg.anonymised_at.is_some() || row.feedback.is_empty() {
        return Err(Closed::NotOffered);
    }
    if ev.ends_at > now {
        return Err(Closed::NotYet);
    }
    if row.feedback_closes_at.is_some_and(|closes| closes <= now) {
        return Err(Closed::Over);
    }
    Ok(())
}

/// Whether the participant's page links the feedback form: open now, or closed but given.
pub async fn offered(
    state: &AppState,
    reg: &registration::Model,
    ev: &event::Model,
) -> Result<bool, AppError> {
    if !reg.attended || ev.ends_at > state.now() {
        return Ok(false);
    }
    let row = followup::for_event(&state.db, ev.id).await?;
    Ok(matches!(
        open_for(reg, ev, &row, state.now()),
        Ok(()) | Err(Closed::Over)
    ))
}

/// The key that finds a participant's answers again without naming them.
pub fn respondent_key(state: &AppState, reg: &registration::Model) -> String {
    state.secret.sign(&["feedback", &reg.id.to_string()])
}

/// Checks submitted answers against the questions: ratings 1–5, a listed option, text within
/// the limit; unanswered questions are allowed (feedback is never forced). Errors name the
/// question id.
pub fn check_answers(
    questions: &[FeedbackQuestion],
    submitted: &BTreeMap<String, String>,
) -> Result<BTreeMap<String, String>, Vec<String>> {
    let mut kept = BTreeMap::new();
    let mut errors = Vec::new();
    for q in questions {
        let value = submitted.get(&q.id).map(|v| v.trim()).unwrap_or_default();
        if value.is_empty() {
            continue;
        }
        let ok = match q.kind {
            FeedbackKind::Rating => matches!(value, "1" | "2" | "3" | "4" | "5"),
            FeedbackKind::Choice => q.options.iter().any(|o| o.value == value),
            FeedbackKind::Text => value.chars().count() <= TEXT_LIMIT,
        };
        if ok {
            kept.insert(q.id.clone(), value.to_string());
        } else {
            errors.push(q.id.clone());
        }
    }
    if errors.is_empty() {
        Ok(kept)
    } else {
        Err(errors)
    }
}

/// Stores (or replaces) a participant's answers.
pub async fn save(
    state: &AppState,
    reg: &registration::Model,
    ev: &event::Model,
    row: &followup::Model,
    answers: &BTreeMap<String, String>,
) -> Result<(), AppError> {
    let key = respondent_key(state, reg);
    let now = state.now();
    let json = Json(answers.clone());
    match feedback::find_by_respondent(&state.db, &key).await? {
        Some(existing) => {
            feedback::ActiveModel {
                id: Unchanged(existing.id),
                answers: Set(json),
                language: Set(reg.language),
                updated_at: Set(now),
                ..Default::default()
            }
            .update(&state.db)
            .await?;
        }
        None => {
            feedback::ActiveModel {
                event_id: Set(ev.id),
                registration_id: Set((!row.feedback_anonymous).then_some(reg.id)),
                respondent_key: Set(key),
                language: Set(reg.language),
                region: Set(Region::of_country(&reg.country).as_str().to_string()),
                answers: Set(json),
                submitted_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            }
            .insert(&state.db)
            .await?;
        }
    }
    Ok(())
}

/// The results of one question.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuestionResult {
    pub id: String,
    pub kind: FeedbackKind,
    pub label: String,
    /// Ratings 1–5 or options: how many chose each, in order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub counts: Vec<(String, u64)>,
    /// Ratings: the mean, when anyone answered.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub average: Option<f64>,
    /// Free text, oldest first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub texts: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Results {
    pub responses: u64,
    pub anonymous: bool,
    pub questions: Vec<QuestionResult>,
}

/// Which answers the results cover: all, or one language and/or region.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ResultFilter {
    #[serde(default)]
    pub language: String,
    #[serde(default)]
    pub region: String,
}

/// The results from stored answers; pure, so the counting is tested on its own.
pub fn results(
    questions: &[FeedbackQuestion],
    answers: &[feedback::Model],
    filter: &ResultFilter,
    lang: Lang,
    fallback: Lang,
    anonymous: bool,
) -> Results {
    let chosen: Vec<BTreeMap<String, String>> = answers
        .iter()
        .filter(|a| filter.language.is_empty() || a.language.code() == filter.language)
        .filter(|a| filter.region.is_empty() || a.region == filter.region)
        .map(|a| a.answers.0.clone())
        .collect();
    let questions = questions
        .iter()
        .map(|q| {
            let given: Vec<&str> = chosen
                .iter()
                .filter_map(|a| a.get(&q.id).map(String::as_str))
                .collect();
            let keys: Vec<String> = match q.kind {
                FeedbackKind::Rating => (1..=5).map(|n| n.to_string()).collect(),
                FeedbackKind::Choice => q.options.iter().map(|o| o.value.clone()).collect(),
                FeedbackKind::Text => Vec::new(),
            };
            let counts = keys
                .into_iter()
                .map(|k| {
                    let n = given.iter().filter(|g| **g == k).count() as u64;
                    (k, n)
                })
                .collect();
            let ratings: Vec<f64> = given.iter().filter_map(|g| g.parse().ok()).collect();
            QuestionResult {
                id: q.id.clone(),
                kind: q.kind,
                label: q.label_in(lang, fallback).to_string(),
                counts,
                average: (q.kind == FeedbackKind::Rating && !ratings.is_empty())
                    .then(|| ratings.iter().sum::<f64>() / ratings.len() as f64),
                texts: if q.kind == FeedbackKind::Text {
                    given.iter().map(|g| g.to_string()).collect()
                } else {
                    Vec::new()
                },
            }
        })
        .collect();
    Results {
        responses: chosen.len() as u64,
        anonymous,
        questions,
    }
}

/// The results of an event's feedback.
pub async fn for_event(
    state: &AppState,
    ev: &event::Model,
    filter: &ResultFilter,
    lang: Lang,
) -> Result<Results, AppError> {
    let row = followup::for_event(&state.db, ev.id).await?;
    let answers = feedback::for_event(&state.db, ev.id).await?;
    Ok(results(
        &row.feedback,
        &answers,
        filter,
        lang,
        ev.default_language,
        row.feedback_anonymous,
    ))
}
