//! Generates the `Lang` enum from `src/i18n/languages.toml`, so that adding a language is one
//! line there plus its folder of Fluent files, while `Lang` stays a plain `Copy` enum.

use std::fmt::Write as _;
use std::path::Path;

const TABLE: &str = "src/i18n/languages.toml";
const LOCALES: &str = "src/i18n/locales";

struct Language {
    code: String,
    name: String,
    locale: String,
    date: String,
    weekdays: Option<Vec<String>>,
}

fn main() {
    println!("cargo::rerun-if-changed={TABLE}");
    println!("cargo::rerun-if-changed={LOCALES}");
    let languages = read_table();
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);
    std::fs::write(out.join("languages.rs"), lang_enum(&languages)).expect("write languages.rs");
    std::fs::write(out.join("countries.rs"), country_files(&languages))
        .expect("write countries.rs");
}

fn read_table() -> Vec<Language> {
    let text = std::fs::read_to_string(TABLE).expect("src/i18n/languages.toml is readable");
    let table: toml::Table = text.parse().expect("src/i18n/languages.toml is valid TOML");
    let rows = table
        .get("languages")
        .and_then(|v| v.as_array())
        .expect("languages.toml has a `languages` array");
    let field = |row: &toml::Value, name: &str| -> String {
        row.get(name)
            .and_then(|v| v.as_str())
            .unwrap_or_else(|| panic!("every language in languages.toml needs `{name}`"))
            .to_string()
    };
    let languages: Vec<Language> = rows
        .iter()
        .map(|row| Language {
            code: field(row, "code"),
            name: field(row, "name"),
            locale: field(row, "locale"),
            date: field(row, "date"),
            weekdays: row.get("weekdays").and_then(|v| v.as_array()).map(|days| {
                let names: Vec<String> = days
                    .iter()
                    .filter_map(|d| d.as_str().map(str::to_string))
                    .collect();
                assert_eq!(names.len(), 7, "`weekdays` names seven days, from Monday");
                names
            }),
        })
        .collect();
    for lang in &languages {
        assert!(
            lang.code.len() == 2 && lang.code.bytes().all(|b| b.is_ascii_lowercase()),
            "language code {:?} must be two lower-case letters",
            lang.code
        );
        assert!(
            Path::new(LOCALES).join(&lang.code).is_dir(),
            "language {:?} has no folder {LOCALES}/{}",
            lang.code,
            lang.code
        );
    }
    assert!(
        languages.iter().any(|l| l.code == "en"),
        "English is the fallback language and must stay"
    );
    languages
}

fn variant(code: &str) -> String {
    let mut chars = code.chars();
    chars
        .next()
        .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
        .unwrap_or_default()
}

fn lang_enum(languages: &[Language]) -> String {
    let mut s = String::new();
    let n = languages.len();
    s.push_str("/// A language Convene speaks (generated from `src/i18n/languages.toml`).\n");
    s.push_str("#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]\n");
    s.push_str("#[serde(rename_all = \"lowercase\")]\npub enum Lang {\n");
    for l in languages {
        let _ = writeln!(s, "    /// {}", l.name);
        let _ = writeln!(s, "    {},", variant(&l.code));
    }
    s.push_str("}\n\nimpl Lang {\n");
    let all: Vec<String> = languages
        .iter()
        .map(|l| format!("Lang::{}", variant(&l.code)))
        .collect();
    let _ = writeln!(
        s,
        "    /// Every language, in the order of `languages.toml`.\n    pub const ALL: [Lang; {n}] = [{}];\n",
        all.join(", ")
    );
    let arm = |f: &dyn Fn(&Language) -> String| -> String {
        languages
            .iter()
            .map(|l| format!("            Lang::{} => {},\n", variant(&l.code), f(l)))
            .collect()
    };
    let _ = write!(
        s,
        "    /// The ISO 639-1 code: `nl`, `fr`, …\n    pub fn code(self) -> &'static str {{\n        match self {{\n{}        }}\n    }}\n\n",
        arm(&|l| format!("{:?}", l.code))
    );
    let _ = write!(
        s,
        "    /// The language's own name, as a language switcher shows it.\n    pub fn native_name(self) -> &'static str {{\n        match self {{\n{}        }}\n    }}\n\n",
        arm(&|l| format!("{:?}", l.name))
    );
    let _ = write!(
        s,
        "    /// The locale that names months and days.\n    pub fn chrono_locale(self) -> chrono::Locale {{\n        match self {{\n{}        }}\n    }}\n\n",
        arm(&|l| format!("chrono::Locale::{}", l.locale))
    );
    let _ = write!(
        s,
        "    /// How a date is written, as a chrono format.\n    pub fn date_pattern(self) -> &'static str {{\n        match self {{\n{}        }}\n    }}\n\n",
        arm(&|l| format!("{:?}", l.date))
    );
    let _ = write!(
        s,
        "    /// The days' names from Monday, where they differ from the locale's.\n    pub fn weekday_names(self) -> Option<[&'static str; 7]> {{\n        match self {{\n{}        }}\n    }}\n\n",
        arm(&|l| match &l.weekdays {
            Some(days) => format!("Some({days:?})"),
            None => "None".to_string(),
        })
    );
    s.push_str(
        "    /// The position in `ALL`, for tables kept per language.\n    pub fn index(self) -> usize {\n        self as usize\n    }\n}\n",
    );
    s
}

fn country_files(languages: &[Language]) -> String {
    let root = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let files: Vec<String> = languages
        .iter()
        .map(|l| {
            format!(
                "include_str!({:?})",
                format!("{root}/{LOCALES}/{}/countries.ftl", l.code)
            )
        })
        .collect();
    format!(
        "/// Each language's `countries.ftl`, in the order of `Lang::ALL`.\nconst COUNTRY_FILES: [&str; {}] = [{}];\n",
        languages.len(),
        files.join(", ")
    )
}
