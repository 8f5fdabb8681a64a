//! The document holds together, and names every API path the code routes.

use std::collections::BTreeSet;
use std::path::Path;

use super::*;

fn refs(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, inner) in map {
                match (key.as_str(), inner) {
                    ("$ref", Value::String(target)) => out.push(target.clone()),
                    _ => refs(inner, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| refs(v, out)),
        _ => {}
    }
}

#[test]
fn every_reference_resolves_and_every_id_is_unique() {
    let doc = document("http://localhost");
    assert_eq!(doc["openapi"], "3.1.0");
    let mut found = Vec::new();
    refs(&doc, &mut found);
    assert!(!found.is_empty());
    for target in found {
        let name = target
            .strip_prefix("#/components/schemas/")
            .unwrap_or_else(|| panic!("unexpected reference {target}"));
        assert!(
            doc["components"]["schemas"].get(name).is_some(),
            "{target} does not resolve"
        );
    }
    let ids: BTreeSet<_> = OPERATIONS.iter().map(|o| o.id).collect();
    assert_eq!(ids.len(), OPERATIONS.len(), "operation ids repeat");
    let pairs: BTreeSet<_> = OPERATIONS.iter().map(|o| (o.method, o.path)).collect();
    assert_eq!(
        pairs.len(),
        OPERATIONS.len(),
        "an operation is listed twice"
    );
}

/// Every `"/api/v1…"` string in the code that serves requests.
fn routed_paths(dir: &Path, out: &mut BTreeSet<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            routed_paths(&path, out);
            continue;
        }
        let is_rust = path.extension().is_some_and(|e| e == "rs");
        let is_document = path.ends_with("api/openapi.rs")
            || path.parent().is_some_and(|d| d.ends_with("api/openapi"));
        if !is_rust || is_document {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        for (start, _) in text.match_indices("\"/api/v1") {
            let literal = &text[start + 1..];
            if let Some(end) = literal.find('"') {
                out.insert(literal[..end].to_string());
            }
        }
    }
}

/// A route added to the router without a place in the document fails here; the other way
/// round, the integration test `admin::openapi` probes every documented route over HTTP.
#[test]
fn every_routed_api_path_is_documented() {
    let mut routed = BTreeSet::new();
    routed_paths(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut routed,
    );
    assert!(
        routed.contains("/api/v1/events/{slug}"),
        "the scan found no routes: {routed:?}"
    );
    let documented: BTreeSet<String> = OPERATIONS.iter().map(|o| o.path.to_string()).collect();
    let missing: Vec<_> = routed.difference(&documented).collect();
    assert!(
        missing.is_empty(),
        "routed but not in the OpenAPI document: {missing:?}"
    );
}
