//! Feedback questions after an event: rating 1–5, a choice or free text, labelled per language.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{Lang, QuestionOption};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FeedbackKind {
    /// 1 (poor) to 5 (excellent).
    Rating,
    Choice,
    Text,
}

/// A feedback question, shaped like the registration form's questions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedbackQuestion {
    pub id: String,
    pub kind: FeedbackKind,
    pub label: BTreeMap<Lang, String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<QuestionOption>,
}

impl FeedbackQuestion {
    pub fn label_in(&self, lang: Lang, fallback: Lang) -> &str {
        self.label
            .get(&lang)
            .or_else(|| self.label.get(&fallback))
            .or_else(|| self.label.values().next())
            .map(String::as_str)
            .unwrap_or(&self.id)
    }
}
