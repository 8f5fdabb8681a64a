//! Every key exists in all four languages, and every key is used by the code or templates.

use std::collections::BTreeSet;
use std::path::Path;

use super::*;

/// Every key of a language, over all its `.ftl` files (each area of the code keeps its own).
fn keys(lang: &str) -> BTreeSet<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("src/i18n/locales/{lang}"));
    let mut keys = BTreeSet::new();
    for entry in std::fs::read_dir(&dir).expect("locale folder").flatten() {
        let text = std::fs::read_to_string(entry.path()).expect("ftl file");
        keys.extend(
            text.lines()
                .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_lowercase()))
                .filter_map(|l| l.split_once(" =").map(|(k, _)| k.trim().to_string())),
        );
    }
    keys
}

#[test]
fn every_language_has_every_key() {
    let english = keys("en");
    assert!(english.len() > 20, "the English file looks empty");
    for lang in ["nl", "fr", "es"] {
        let other = keys(lang);
        let missing: Vec<_> = english.difference(&other).collect();
        let extra: Vec<_> = other.difference(&english).collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        assert!(extra.is_empty(), "{lang} has keys English lacks: {extra:?}");
    }
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
    for entry in std::fs::read_dir(&dir).expect("locale folder").flatten() {
        let text = std::fs::read_to_string(entry.path()).expect("ftl file");
        for line in text.lines().filter(|l| !l.trim_start().starts_with('#')) {
            // The value of `key = value`, or a continuation line of a longer message.
            let value = match line.split_once(" = ") {
                Some((key, value)) if !key.starts_with(' ') => value,
                _ if line.starts_with(' ') => line.trim(),
                _ => continue,
            };
            messages += 1;
            for fault in french_spacing_faults(value) {
                faults.push(format!("{}: {fault:?}", entry.path().display()));
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
