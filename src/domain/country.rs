//! ISO 3166-1 alpha-2 countries with their names in the four languages.
//!
//! `countries.tsv` is generated from CLDR (Unicode's locale data, through the Babel package) for
//! the 249 codes of ISO 3166-1 by `tools/countries.py`; it is data, kept beside the code that
//! reads it.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::Lang;

const TABLE: &str = include_str!("countries.tsv");

struct Country {
    code: &'static str,
    names: [&'static str; 4],
}

static COUNTRIES: LazyLock<Vec<Country>> = LazyLock::new(|| {
    TABLE
        .lines()
        .skip(1)
        .filter_map(|line| {
            let mut cols = line.split('\t');
            let code = cols.next()?;
            let (en, fr, nl, es) = (cols.next()?, cols.next()?, cols.next()?, cols.next()?);
            Some(Country {
                code,
                names: [nl, fr, en, es],
            })
        })
        .collect()
});

static BY_CODE: LazyLock<HashMap<&'static str, usize>> = LazyLock::new(|| {
    COUNTRIES
        .iter()
        .enumerate()
        .map(|(i, c)| (c.code, i))
        .collect()
});

fn lang_index(lang: Lang) -> usize {
    Lang::ALL.iter().position(|l| *l == lang).unwrap_or(2)
}

/// A valid ISO 3166-1 alpha-2 code, upper case.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CountryCode(&'static str);

impl CountryCode {
    pub fn parse(input: &str) -> Option<CountryCode> {
        let upper = input.trim().to_ascii_uppercase();
        BY_CODE
            .get(upper.as_str())
            .map(|&i| CountryCode(COUNTRIES[i].code))
    }

    pub fn as_str(&self) -> &'static str {
        self.0
    }
}

/// The country's name in `lang`, or the code itself when it is unknown.
pub fn country_name(code: &str, lang: Lang) -> String {
    match BY_CODE.get(code) {
        Some(&i) => COUNTRIES[i].names[lang_index(lang)].to_string(),
        None => code.to_string(),
    }
}

/// All countries as (code, name), sorted by name the way a reader of `lang` expects:
/// accents do not move a name to the end of the list.
pub fn countries_sorted(lang: Lang) -> &'static [(&'static str, &'static str)] {
    static SORTED: LazyLock<Vec<Vec<(&'static str, &'static str)>>> = LazyLock::new(|| {
        Lang::ALL
            .iter()
            .map(|lang| {
                let i = lang_index(*lang);
                let mut list: Vec<_> = COUNTRIES.iter().map(|c| (c.code, c.names[i])).collect();
                list.sort_by_cached_key(|(_, name)| collation_key(name));
                list
            })
            .collect()
    });
    &SORTED[lang_index(lang)]
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
        assert_eq!(COUNTRIES.len(), 249);
        assert_eq!(CountryCode::parse("be").map(|c| c.as_str()), Some("BE"));
        assert!(CountryCode::parse("XX").is_none());
        assert_eq!(country_name("BE", Lang::Nl), "België");
        assert_eq!(country_name("PE", Lang::Es), "Perú");
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
