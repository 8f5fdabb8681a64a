//! Every key exists in every language, every key is used by the code or templates, plurals
//! read right for 0, 1 and 2, and French typography holds.

use std::collections::BTreeSet;
use std::path::Path;

use super::*;

/// The Fluent files of a locale folder (which also holds its glossary).
fn ftl_files(dir: &Path) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(dir)
        .expect("locale folder")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect()
}

/// Every key of a language, over all its `.ftl` files (each area of the code keeps its own).
fn keys(lang: &str) -> BTreeSet<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("src/i18n/locales/{lang}"));
    let mut keys = BTreeSet::new();
    for entry in ftl_files(&dir) {
        let text = std::fs::read_to_string(&entry).expect("ftl file");
        keys.extend(
            text.lines()
                .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_lowercase()))
                .filter_map(|l| l.split_once(" =").map(|(k, _)| k.trim().to_string())),
        );
    }
    keys
}

/// English is the reference: every other language of `languages.toml` (Portuguese too, and
/// any language added later) must have exactly its keys. The failure names each missing key
/// per language, so that texts added in English can be handed to translators as a list.
#[test]
fn every_language_has_every_key() {
    let english = keys("en");
    assert!(english.len() > 20, "the English file looks empty");
    assert!(Lang::ALL.contains(&Lang::Pt), "Portuguese is offered");
    let mut faults = Vec::new();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let other = keys(lang.code());
        let missing: Vec<_> = english.difference(&other).collect();
        let extra: Vec<_> = other.difference(&english).collect();
        if !missing.is_empty() {
            faults.push(format!("{lang} lacks {} keys: {missing:?}", missing.len()));
        }
        if !extra.is_empty() {
            faults.push(format!("{lang} has keys English lacks: {extra:?}"));
        }
    }
    assert!(faults.is_empty(), "{}", faults.join("\n"));
}

/// Keys whose messages choose a form by a number: (key, the number's argument).
fn plural_keys() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/i18n/locales/en");
    let mut found = Vec::new();
    for entry in ftl_files(&dir) {
        let text = std::fs::read_to_string(&entry).expect("ftl file");
        for line in text.lines() {
            let Some((key, value)) = line.split_once(" = ") else {
                continue;
            };
            if let Some(var) = value
                .trim()
                .strip_prefix("{ $")
                .and_then(|rest| rest.strip_suffix(" ->"))
            {
                found.push((key.trim().to_string(), var.trim().to_string()));
            }
        }
    }
    found
}

/// The whole numbers a text states, as digits.
fn numbers_in(text: &str) -> Vec<i64> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .collect()
}

/// Every plural message, in every language, for 0, 1 and 2: the three texts differ (a text
/// that reads the same for 0 and 1 is wrong for one of them; French puts 0 with 1, so "1
/// inscription" showed for an empty search), and a number the text states is the count.
#[test]
fn every_plural_reads_right_for_zero_one_and_two() {
    let plurals = plural_keys();
    assert!(plurals.len() >= 5, "plural messages not found: {plurals:?}");
    let mut faults = Vec::new();
    for lang in Lang::ALL {
        for (key, var) in &plurals {
            let texts: Vec<String> = (0..3)
                .map(|n| {
                    let var: &'static str = Box::leak(var.clone().into_boxed_str());
                    t_args(lang, key, &[(var, Arg::Number(n))])
                })
                .collect();
            for (n, text) in texts.iter().enumerate() {
                let n = n as i64;
                if numbers_in(text).iter().any(|stated| *stated != n) {
                    faults.push(format!("{lang} {key} for {n}: {text:?}"));
                }
            }
            if texts[0] == texts[1] || texts[1] == texts[2] || texts[0] == texts[2] {
                faults.push(format!(
                    "{lang} {key} reads the same for two counts: {texts:?}"
                ));
            }
        }
    }
    assert!(
        faults.is_empty(),
        "{} faults:\n{}",
        faults.len(),
        faults.join("\n")
    );
}

#[test]
fn every_key_is_used() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut corpus = String::new();
    for dir in ["src", "templates"] {
        collect(&root.join(dir), &mut corpus);
    }
    let unused: Vec<_> = keys("en")
        .into_iter()
        // Country names are read from each language's countries.ftl by domain::country.
        .filter(|k| !k.starts_with("country-"))
        .filter(|k| !corpus.contains(&format!("\"{k}\"")) && !dynamic_key_used(k, &corpus))
        .collect();
    assert!(unused.is_empty(), "keys no code uses: {unused:?}");
}

/// Keys built at run time: `format!("status-{}", ..)` uses every `status-…` key, and
/// `format!("{}-subject", prefix)` with `"email-confirmed"` in the code uses
/// `email-confirmed-subject`.
fn dynamic_key_used(key: &str, corpus: &str) -> bool {
    key.match_indices('-').any(|(i, _)| {
        let (head, tail) = (&key[..i], &key[i + 1..]);
        corpus.contains(&format!("\"{head}-{{"))
            || (corpus.contains(&format!("\"{head}\"")) && corpus.contains(&format!("}}-{tail}\"")))
    })
}

fn collect(dir: &Path, out: &mut String) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path
            .extension()
            .is_some_and(|e| e == "rs" || e == "html" || e == "txt")
            && !path.ends_with("i18n/tests.rs")
        {
            out.push_str(&std::fs::read_to_string(&path).unwrap_or_default());
        }
    }
}

#[test]
fn plurals_follow_each_language() {
    assert_eq!(
        t_args(Lang::En, "seats-left", &[("count", 1i64.into())]),
        "1 seat left"
    );
    assert_eq!(
        t_args(Lang::En, "seats-left", &[("count", 3i64.into())]),
        "3 seats left"
    );
    assert_eq!(
        t_args(Lang::Fr, "seats-left", &[("count", 1i64.into())]),
        "1 place restante"
    );
    assert_eq!(
        t_args(Lang::Fr, "seats-left", &[("count", 3i64.into())]),
        "3 places restantes"
    );
}

#[test]
fn lookups_fall_back_visibly() {
    assert_eq!(t(Lang::Nl, "no-such-key"), "no-such-key");
    assert_eq!(t(Lang::Nl, "back-to-events"), "Terug naar de evenementen");
}

/// French typography: a non-breaking space (U+00A0, or the narrow U+202F) before `: ; ? ! »`
/// and after `«`, in every French message. Colons inside URLs and clock times are not
/// punctuation and are left alone.
fn french_spacing_faults(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let nbsp = |c: Option<&char>| matches!(c, Some('\u{a0}' | '\u{202f}'));
    let mut faults = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).and_then(|j| chars.get(j));
        let after = chars.get(i + 1);
        let fault = match c {
            ':' if after == Some(&'/') => false,
            ':' if before.is_some_and(char::is_ascii_digit)
                && after.is_some_and(char::is_ascii_digit) =>
            {
                false
            }
            ':' | ';' | '?' | '!' | '»' => !nbsp(before),
            '«' => !nbsp(after),
            _ => false,
        };
        if fault {
            let start = i.saturating_sub(20);
            faults.push(chars[start..(i + 2).min(chars.len())].iter().collect());
        }
    }
    faults
}

#[test]
fn french_puts_a_non_breaking_space_around_high_punctuation() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/i18n/locales/fr");
    let mut faults = Vec::new();
    let mut messages = 0;
    for entry in ftl_files(&dir) {
        let text = std::fs::read_to_string(&entry).expect("ftl file");
        for line in text.lines().filter(|l| !l.trim_start().starts_with('#')) {
            // The value of `key = value`, or a continuation line of a longer message.
            let value = match line.split_once(" = ") {
                Some((key, value)) if !key.starts_with(' ') => value,
                _ if line.starts_with(' ') => line.trim(),
                _ => continue,
            };
            messages += 1;
            for fault in french_spacing_faults(value) {
                faults.push(format!("{}: {fault:?}", entry.display()));
            }
        }
    }
    assert!(messages > 100, "the French files look empty");
    assert!(faults.is_empty(), "{} faults: {faults:#?}", faults.len());
}

#[test]
fn the_french_spacing_check_catches_bare_and_missing_spaces() {
    assert_eq!(french_spacing_faults("Statut : confirmé").len(), 1);
    assert_eq!(french_spacing_faults("Statut: confirmé").len(), 1);
    assert_eq!(french_spacing_faults("« Email »").len(), 2);
    assert!(french_spacing_faults("Statut\u{a0}: 14:00, https://x.org").is_empty());
    assert!(french_spacing_faults("«\u{a0}Email\u{a0}»\u{a0}?").is_empty());
}

/// One term per concept: every text that names the join link uses the same words as the
/// participant page's label, in every language.
#[test]
fn the_join_link_has_one_name_per_language() {
    let mut faults = Vec::new();
    for lang in Lang::ALL {
        let term = t(lang, "join-link").to_lowercase();
        for key in [
            "email-updated-place",
            "admin-joined-at",
            "admin-section-place",
            "admin-field-join-url",
            "admin-error-join-url",
        ] {
            let text = t_args(lang, key, &[("time", Arg::Text("14:00".into()))]);
            if !text.to_lowercase().contains(&term) {
                faults.push(format!("{lang} {key}: {text:?} does not say {term:?}"));
            }
        }
    }
    assert!(faults.is_empty(), "{faults:#?}");
}

/// "Confirm your address" reads as a postal address: the text says e-mail address, in the
/// words of the form's own e-mail field.
#[test]
fn confirming_names_the_email_address() {
    for lang in Lang::ALL {
        let field = t(lang, "field-email").to_lowercase();
        let text = t(lang, "thanks-confirm").to_lowercase();
        assert!(text.contains(&field), "{lang}: {text:?} lacks {field:?}");
    }
}

/// The network's Spanish readers are in Latin America: words of Spain's Spanish that read
/// oddly there ("elección" is a union election) stay out.
#[test]
fn spanish_speaks_latin_american() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/i18n/locales/es");
    let mut faults = Vec::new();
    for entry in ftl_files(&dir) {
        if entry.ends_with("countries.ftl") {
            continue;
        }
        let text = std::fs::read_to_string(&entry).expect("ftl file");
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            // Padded with spaces, so that a word is matched at its start: "selección" stays.
            let lower = format!(" {}", line.to_lowercase().replace(['(', '«', '“'], " "));
            for word in [
                " plaza",
                " añad",
                " rellen",
                " elecci",
                " ordenador",
                " fichero",
            ] {
                if lower.contains(word) {
                    faults.push(format!("{word}: {line}"));
                }
            }
        }
    }
    assert!(faults.is_empty(), "{faults:#?}");
}

/// Adding a language is one line in languages.toml plus its folder: every folder is a
/// language of the table, every language has its folder, its glossary and its country names.
#[test]
fn every_locale_folder_is_a_language_of_the_table() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/i18n/locales");
    let mut folders: Vec<String> = std::fs::read_dir(&root)
        .expect("locales")
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    folders.sort();
    let mut codes: Vec<String> = Lang::ALL.iter().map(|l| l.code().to_string()).collect();
    codes.sort();
    assert_eq!(folders, codes, "locale folders and languages.toml differ");
    for code in codes {
        for file in ["GLOSSARY.md", "countries.ftl", "main.ftl"] {
            assert!(root.join(&code).join(file).is_file(), "{code} lacks {file}");
        }
    }
}
