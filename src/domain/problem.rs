//! What is wrong with an input, named by a message key (and its arguments) rather than by
//! text, so that each reader gets it in their own language: pages and the API alike.

/// A problem, as the key of its message and the values the message shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub key: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl Problem {
    /// `key` with one argument, such as the length a text may have.
    pub fn with(key: &'static str, name: &'static str, value: impl ToString) -> Problem {
        Problem {
            key,
            args: vec![(name, value.to_string())],
        }
    }
}

impl From<&'static str> for Problem {
    fn from(key: &'static str) -> Problem {
        Problem {
            key,
            args: Vec::new(),
        }
    }
}

/// A problem with one field of an input; `field` is the input's own name for it
/// (`ends_at`, `translations.fr.title`, `sessions[0].key`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldProblem {
    pub field: String,
    pub problem: Problem,
}

impl FieldProblem {
    pub fn new(field: impl Into<String>, problem: impl Into<Problem>) -> FieldProblem {
        FieldProblem {
            field: field.into(),
            problem: problem.into(),
        }
    }
}
