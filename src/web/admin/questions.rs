//! Custom questions on the event form, as structured fields rather than raw JSON: each
//! question has an id, a kind, a required flag and a label per language; a choice has
//! options, each with a value and a label per language.

use std::collections::BTreeMap;

use crate::domain::{Lang, Question, QuestionKind, QuestionOption};
use crate::services::feedback::{FeedbackKind, FeedbackQuestion};

/// More would make the form unusable long before it made the database unhappy.
const MAX_QUESTIONS: usize = 40;
const MAX_OPTIONS: usize = 40;
/// Empty rows offered for new options under each question.
const BLANK_OPTIONS: usize = 2;

#[derive(Debug, Clone, Default)]
pub struct OptionForm {
    pub value: String,
    pub label: BTreeMap<Lang, String>,
}

#[derive(Debug, Clone, Default)]
pub struct QuestionForm {
    pub id: String,
    pub kind: String,
    pub required: bool,
    pub remove: bool,
    pub label: BTreeMap<Lang, String>,
    pub options: Vec<OptionForm>,
}

/// One posted question field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuestionField {
    Id(usize),
    Kind(usize),
    Required(usize),
    Remove(usize),
    Label(usize, Lang),
    OptionValue(usize, usize),
    OptionLabel(usize, usize, Lang),
}

/// Reads a field name such as `q.2.opt.0.label.fr`.
pub fn question_pair(name: &str) -> Option<QuestionField> {
    field_pair(name.strip_prefix("q.")?)
}

/// Reads a feedback question's field name, as `question_pair` with `fb.` for `q.`.
pub fn feedback_pair(name: &str) -> Option<QuestionField> {
    field_pair(name.strip_prefix("fb.")?)
}

fn field_pair(rest: &str) -> Option<QuestionField> {
    let parts: Vec<&str> = rest.split('.').collect();
    let index = |s: &str, max: usize| s.parse::<usize>().ok().filter(|i| *i < max);
    let i = index(parts.first()?, MAX_QUESTIONS)?;
    let field = match parts[1..] {
        ["id"] => QuestionField::Id(i),
        ["kind"] => QuestionField::Kind(i),
        ["required"] => QuestionField::Required(i),
        ["remove"] => QuestionField::Remove(i),
        ["label", lang] => QuestionField::Label(i, lang.parse().ok()?),
        ["opt", j, "value"] => QuestionField::OptionValue(i, index(j, MAX_OPTIONS)?),
        ["opt", j, "label", lang] => {
            QuestionField::OptionLabel(i, index(j, MAX_OPTIONS)?, lang.parse().ok()?)
        }
        _ => return None,
    };
    Some(field)
}

/// Gathers the posted fields into questions, in the order of their numbers.
pub fn parse_questions(fields: Vec<(QuestionField, String)>) -> Vec<QuestionForm> {
    let mut questions: BTreeMap<usize, QuestionForm> = BTreeMap::new();
    let mut options: BTreeMap<(usize, usize), OptionForm> = BTreeMap::new();
    for (field, value) in fields {
        match field {
            QuestionField::Id(i) => questions.entry(i).or_default().id = value,
            QuestionField::Kind(i) => questions.entry(i).or_default().kind = value,
            QuestionField::Required(i) => questions.entry(i).or_default().required = true,
            QuestionField::Remove(i) => questions.entry(i).or_default().remove = true,
            QuestionField::Label(i, lang) => {
                questions.entry(i).or_default().label.insert(lang, value);
            }
            QuestionField::OptionValue(i, j) => options.entry((i, j)).or_default().value = value,
            QuestionField::OptionLabel(i, j, lang) => {
                options.entry((i, j)).or_default().label.insert(lang, value);
            }
        }
    }
    for ((i, _), option) in options {
        questions.entry(i).or_default().options.push(option);
    }
    questions.into_values().collect()
}

fn non_empty(labels: &BTreeMap<Lang, String>) -> BTreeMap<Lang, String> {
    labels
        .iter()
        .map(|(l, s)| (*l, s.trim().to_string()))
        .filter(|(_, s)| !s.is_empty())
        .collect()
}

impl QuestionForm {
    pub fn from_question(q: &Question) -> QuestionForm {
        QuestionForm::stored(&q.id, kind_str(q.kind), q.required, &q.label, &q.options)
    }

    pub fn from_feedback(q: &FeedbackQuestion) -> QuestionForm {
        QuestionForm::stored(
            &q.id,
            feedback_kind_str(q.kind),
            false,
            &q.label,
            &q.options,
        )
    }

    /// The form of a stored question, registration or feedback: they share their parts.
    fn stored(
        id: &str,
        kind: &str,
        required: bool,
        label: &BTreeMap<Lang, String>,
        options: &[QuestionOption],
    ) -> QuestionForm {
        QuestionForm {
            id: id.to_string(),
            kind: kind.to_string(),
            required,
            remove: false,
            label: label.clone(),
            options: options
                .iter()
                .map(|o| OptionForm {
                    value: o.value.clone(),
                    label: o.label.clone(),
                })
                .collect(),
        }
    }

    /// The empty row at the end of the form, left as it was.
    pub fn is_blank(&self) -> bool {
        self.id.trim().is_empty()
            && non_empty(&self.label).is_empty()
            && self.options.iter().all(|o| o.value.trim().is_empty())
    }

    /// The question as typed, or the field that is not a value at all (`kind`). Whether the
    /// question is a good one (id, label, options) is the event service's rule.
    pub fn to_question(&self) -> Result<Question, (&'static str, &'static str)> {
        let kind = match self.kind.as_str() {
            "text" => QuestionKind::Text,
            "choice" => QuestionKind::Choice,
            "checkbox" => QuestionKind::Checkbox,
            _ => return Err(("kind", "admin-error-invalid")),
        };
        let options = if kind == QuestionKind::Choice {
            self.options
                .iter()
                .filter(|o| !o.value.trim().is_empty())
                .map(|o| QuestionOption {
                    value: o.value.trim().to_string(),
                    label: non_empty(&o.label),
                })
                .collect()
        } else {
            Vec::new()
        };
        Ok(Question {
            id: self.id.trim().to_string(),
            kind,
            required: self.required,
            label: non_empty(&self.label),
            options,
        })
    }
}

impl QuestionForm {
    /// The feedback question, or the field that is wrong and why: the same rules as a
    /// registration question, with the kinds rating, choice and text.
    pub fn to_feedback(&self) -> Result<FeedbackQuestion, (&'static str, &'static str)> {
        let kind = match self.kind.as_str() {
            "rating" => FeedbackKind::Rating,
            "choice" => FeedbackKind::Choice,
            "text" => FeedbackKind::Text,
            _ => return Err(("kind", "admin-error-invalid")),
        };
        // Read as a registration question of the nearest kind: id, label, options.
        let as_question = QuestionForm {
            kind: if kind == FeedbackKind::Choice {
                "choice"
            } else {
                "text"
            }
            .into(),
            required: false,
            ..self.clone()
        };
        let q = as_question.to_question()?;
        Ok(FeedbackQuestion {
            id: q.id,
            kind,
            label: q.label,
            options: q.options,
        })
    }
}

pub fn feedback_kind_str(kind: FeedbackKind) -> &'static str {
    match kind {
        FeedbackKind::Rating => "rating",
        FeedbackKind::Choice => "choice",
        FeedbackKind::Text => "text",
    }
}

pub fn kind_str(kind: QuestionKind) -> &'static str {
    match kind {
        QuestionKind::Text => "text",
        QuestionKind::Choice => "choice",
        QuestionKind::Checkbox => "checkbox",
    }
}

/// A question as the form shows it: every language has its input, and empty rows invite
/// new options; one empty question at the end invites a new question.
pub struct QuestionRow {
    pub index: usize,
    pub id: String,
    pub kind: String,
    pub required: bool,
    /// (language code, native name, value)
    pub labels: Vec<(&'static str, &'static str, String)>,
    pub options: Vec<OptionRow>,
    pub is_new: bool,
}

pub struct OptionRow {
    pub index: usize,
    pub value: String,
    pub labels: Vec<(&'static str, &'static str, String)>,
}

fn label_inputs(labels: &BTreeMap<Lang, String>) -> Vec<(&'static str, &'static str, String)> {
    Lang::ALL
        .iter()
        .map(|l| {
            let value = labels.get(l).cloned().unwrap_or_default();
            (l.code(), l.native_name(), value)
        })
        .collect()
}

pub fn rows(questions: &[QuestionForm]) -> Vec<QuestionRow> {
    rows_with_blank(questions, "text")
}

/// The rows, with a blank question of `kind` at the end.
pub fn rows_with_blank(questions: &[QuestionForm], kind: &str) -> Vec<QuestionRow> {
    let blank = QuestionForm {
        kind: kind.into(),
        ..Default::default()
    };
    questions
        .iter()
        .filter(|q| !q.remove)
        .chain(std::iter::once(&blank))
        .enumerate()
        .map(|(index, q)| {
            let mut options: Vec<OptionRow> = q
                .options
                .iter()
                .filter(|o| !o.value.trim().is_empty())
                .enumerate()
                .map(|(j, o)| OptionRow {
                    index: j,
                    value: o.value.clone(),
                    labels: label_inputs(&o.label),
                })
                .collect();
            let start = options.len();
            options.extend((start..start + BLANK_OPTIONS).map(|j| OptionRow {
                index: j,
                value: String::new(),
                labels: label_inputs(&BTreeMap::new()),
            }));
            QuestionRow {
                index,
                id: q.id.clone(),
                kind: q.kind.clone(),
                required: q.required,
                labels: label_inputs(&q.label),
                options,
                is_new: std::ptr::eq(q, &blank),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_names_are_read() {
        assert_eq!(question_pair("q.3.id"), Some(QuestionField::Id(3)));
        assert_eq!(
            question_pair("q.0.opt.2.label.fr"),
            Some(QuestionField::OptionLabel(0, 2, Lang::Fr))
        );
        assert_eq!(question_pair("q.0.label.de"), None);
        assert_eq!(question_pair("q.999.id"), None);
        assert_eq!(question_pair("q.x.id"), None);
    }

    #[test]
    fn feedback_questions_have_their_own_kinds() {
        assert_eq!(feedback_pair("fb.1.kind"), Some(QuestionField::Kind(1)));
        assert_eq!(feedback_pair("q.1.kind"), None);
        let mut q = QuestionForm {
            id: "overall".into(),
            kind: "rating".into(),
            label: BTreeMap::from([(Lang::Fr, "Dans l'ensemble".into())]),
            ..Default::default()
        };
        assert_eq!(q.to_feedback().map(|f| f.kind), Ok(FeedbackKind::Rating));
        q.kind = "checkbox".into();
        assert_eq!(q.to_feedback().err(), Some(("kind", "admin-error-invalid")));
        q.kind = "choice".into();
        assert_eq!(q.to_feedback().map(|f| f.kind), Ok(FeedbackKind::Choice));
    }

    #[test]
    fn a_question_is_read_as_typed_and_judged_by_the_service() {
        let q = QuestionForm {
            id: " diet ".into(),
            kind: "choice".into(),
            options: vec![
                OptionForm {
                    value: "veg".into(),
                    label: BTreeMap::from([(Lang::En, "Vegetarian".into())]),
                },
                OptionForm::default(),
            ],
            ..Default::default()
        };
        let question = q.to_question().expect("read");
        assert_eq!(question.id, "diet");
        assert_eq!(question.options.len(), 1, "the empty row is no option");
        assert!(
            question.label.is_empty(),
            "no label: the service refuses it"
        );
    }
}
