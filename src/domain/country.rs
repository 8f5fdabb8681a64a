//! ISO 3166-1 alpha-2 countries with their names in every language.
//!
//! Each language's folder carries its country names (`locales/<code>/countries.ftl`, generated
//! from CLDR by `tools/countries.py`), so a new language brings them along.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::Lang;

// `COUNTRY_FILES`: each language's countries.ftl, in the order of `Lang::ALL` (from build.rs).
include!(concat!(env!("OUT_DIR"), "/countries.rs"));

/// The prefix of a country's message: `country-BE = Belgique`.
const PREFIX: &str = "country-";

/// Per language, code → name, as read from its `countries.ftl`.
static NAMES: LazyLock<Vec<HashMap<&'static str, &'static str>>> = LazyLock::new(|| {
    COUNTRY_FILES
        .iter()
        .map(|file| {
            file.lines()
                .filter_map(|line| line.strip_prefix(PREFIX)?.split_once(" = "))
                .map(|(code, name)| (code.trim(), name.trim()))
                .collect()
        })
        .collect()
});

/// The codes, from English: the fallback language, which has them all.
static CODES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut codes: Vec<_> = NAMES[Lang::En.index()].keys().copied().collect();
    codes.sort_unstable();
    codes
});

/// A valid ISO 3166-1 alpha-2 code, upper case.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CountryCode(&'static str);

impl CountryCode {
    pub fn parse(input: &str) -> Option<CountryCode> {
        let upper = input.trim().to_ascii_uppercase();
        CODES
            .binary_search(&upper.as_str())
            .ok()
            .map(|i| CountryCode(CODES[i]))
    }

    pub fn as_str(&self) -> &'static str {
        self.0
    }
}

/// The name in `lang`, falling back to English for a name the language lacks.
fn name_in(code: &str, lang: Lang) -> Option<&'static str> {
    NAMES[lang.index()]
        .get(code)
        .or_else(|| NAMES[Lang::En.index()].get(code))
        .copied()
}

/// The country's name in `lang`, or the code itself when it is unknown.
pub fn country_name(code: &str, lang: Lang) -> String {
    name_in(code, lang).unwrap_or(code).to_string()
}

/// All countries as (code, name), sorted by name the way a reader of `lang` expects:
/// accents do not move a name to the end of the list.
pub fn countries_sorted(lang: Lang) -> &'static [(&'static str, &'static str)] {
    static SORTED: LazyLock<Vec<Vec<(&'static str, &'static str)>>> = LazyLock::new(|| {
        Lang::ALL
            .iter()
            .map(|lang| {
                let mut list: Vec<_> = CODES
                    .iter()
                    .map(|&code| (code, name_in(code, *lang).unwrap_or(code)))
                    .collect();
                list.sort_by_cached_key(|(_, name)| collation_key(name));
                list
            })
            .collect()
    });
    &SORTED[lang.index()]
}

/// A primary-strength collation key: letters without their accents, case folded.
fn collation_key(name: &str) -> String {
    name.chars()
        .flat_map(|c| c.to_lowercase())
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
            'ç' => 'c',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ñ' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ý' | 'ÿ' => 'y',
            other => other,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_names() {
        assert_eq!(CODES.len(), 249);
        assert_eq!(CountryCode::parse("be").map(|c| c.as_str()), Some("BE"));
        assert!(CountryCode::parse("XX").is_none());
        assert_eq!(country_name("BE", Lang::Nl), "België");
        assert_eq!(country_name("PE", Lang::Es), "Perú");
        assert_eq!(country_name("CI", Lang::Pt), "Costa do Marfim");
    }

    #[test]
    fn every_language_names_every_country() {
        for lang in Lang::ALL {
            let missing: Vec<_> = CODES
                .iter()
                .filter(|code| !NAMES[lang.index()].contains_key(*code))
                .collect();
            assert!(missing.is_empty(), "{lang} lacks country names {missing:?}");
        }
    }

    #[test]
    fn accented_names_sort_among_their_letter() {
        let fr = countries_sorted(Lang::Fr);
        let pos = |code| fr.iter().position(|(c, _)| *c == code).expect("present");
        // Égypte sorts with the E's, before Espagne, not after Zimbabwe.
        assert!(pos("EG") < pos("ES"));
        assert!(pos("EG") > pos("DK"));
    }
}
