//! Translations (Fluent files, one per language), language negotiation and local formats.

mod dates;
mod negotiate;

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use std::sync::LazyLock;

use fluent_templates::{LanguageIdentifier, Loader};

use crate::domain::Lang;

pub use dates::{
    format_date, format_date_time, format_range, format_time, format_time_range, utc_offset,
};
pub use negotiate::{LANG_COOKIE, accepted_languages, negotiate, reading_order};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./src/i18n/locales",
        fallback_language: "en",
        // Unicode isolation marks around arguments break plain-text emails and HTML attributes.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// Each language's identifier, in the order of `Lang::ALL`.
static LANGIDS: LazyLock<Vec<LanguageIdentifier>> = LazyLock::new(|| {
    Lang::ALL
        .iter()
        .map(|l| {
            l.code()
                .parse()
                .unwrap_or_else(|_| LanguageIdentifier::default())
        })
        .collect()
});

fn langid(lang: Lang) -> &'static LanguageIdentifier {
    &LANGIDS[lang.index()]
}

/// Looks up `key` in `lang`. A missing key shows itself rather than failing a page; the
/// translation tests make sure none is missing.
pub fn t(lang: Lang, key: &str) -> String {
    LOCALES
        .try_lookup(langid(lang), key)
        .unwrap_or_else(|| key.to_string())
}

/// Looks up `key` with named arguments; numbers select plural forms.
pub fn t_args(lang: Lang, key: &str, args: &[(&'static str, Arg)]) -> String {
    let map: HashMap<Cow<'static, str>, FluentValue<'_>> = args
        .iter()
        .map(|(name, value)| {
            let value = match value {
                Arg::Text(s) => FluentValue::from(s.as_str()),
                Arg::Number(n) => FluentValue::from(*n),
            };
            (Cow::Borrowed(*name), value)
        })
        .collect();
    LOCALES
        .try_lookup_with_args(langid(lang), key, &map)
        .unwrap_or_else(|| key.to_string())
}

/// The message of a problem (a refused field) in `lang`.
pub fn problem(lang: Lang, problem: &crate::domain::Problem) -> String {
    let args: Vec<(&'static str, Arg)> = problem
        .args
        .iter()
        .map(|(name, value)| (*name, Arg::Text(value.clone())))
        .collect();
    t_args(lang, problem.key, &args)
}

/// An argument of a translated message.
#[derive(Debug, Clone)]
pub enum Arg {
    Text(String),
    Number(i64),
}

/// Anything a message can take as an argument; references work too, as templates pass them.
pub trait IntoArg {
    fn into_arg(self) -> Arg;
}

impl IntoArg for Arg {
    fn into_arg(self) -> Arg {
        self
    }
}
impl IntoArg for &str {
    fn into_arg(self) -> Arg {
        Arg::Text(self.to_string())
    }
}
impl IntoArg for String {
    fn into_arg(self) -> Arg {
        Arg::Text(self)
    }
}
impl IntoArg for i64 {
    fn into_arg(self) -> Arg {
        Arg::Number(self)
    }
}
impl IntoArg for u64 {
    fn into_arg(self) -> Arg {
        Arg::Number(i64::try_from(self).unwrap_or(i64::MAX))
    }
}
impl<T: IntoArg + Copy> IntoArg for &T {
    fn into_arg(self) -> Arg {
        (*self).into_arg()
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Number(n)
    }
}

/// The translator handed to templates: `{{ tr.t("key") }}`, `{{ tr.a1("key", "name", value) }}`.
#[derive(Debug, Clone, Copy)]
pub struct Tr(pub Lang);

impl Tr {
    pub fn t(&self, key: &str) -> String {
        t(self.0, key)
    }

    pub fn a1(&self, key: &str, name: &'static str, value: impl IntoArg) -> String {
        t_args(self.0, key, &[(name, value.into_arg())])
    }

    pub fn a2(
        &self,
        key: &str,
        n1: &'static str,
        v1: impl IntoArg,
        n2: &'static str,
        v2: impl IntoArg,
    ) -> String {
        t_args(self.0, key, &[(n1, v1.into_arg()), (n2, v2.into_arg())])
    }

    pub fn problem(&self, problem: &crate::domain::Problem) -> String {
        crate::i18n::problem(self.0, problem)
    }

    pub fn code(&self) -> &'static str {
        self.0.code()
    }

    /// The colon after a label: French typography puts a non-breaking space before it.
    pub fn colon(&self) -> &'static str {
        crate::mail::compose::label_colon(self.0.code())
    }
}

#[cfg(test)]
mod tests;
