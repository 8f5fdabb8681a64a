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
