//! Attendance reports in the shapes the platforms export them, kept as files under
//! tests/fixtures/attendance: Zoom's participants report (with its meeting summary, in
//! English and French), Zoom's usage report (the meeting's columns before the participant's
//! on every row), Zoom's webinar attendee report (sections, registrants who did not come),
//! Microsoft Teams' attendance report (English, Dutch, French; UTF-16 with tabs) and Google
//! Meet's attendance list (English, Spanish). In each, Ada attended 75 minutes (in one or two
//! sittings), Grace 50, Bob did not come, and Zed was there without registering.

use serde_json::json;

use super::super::helpers::{TestApp, spawn_app};
use super::{Person, by_email, seed, upload_attendance};

fn fixture(name: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/attendance")
        .join(name);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    if name.ends_with(".tsv") {
        // As Teams saves it: UTF-16 little-endian with a byte-order mark.
        let text = String::from_utf8(bytes).expect("UTF-8 fixture");
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        return utf16;
    }
    bytes
}

async fn registered(app: &TestApp, slug: &str) {
    app.create_event(slug, json!({"require_email_confirmation": false}))
        .await;
    seed(
        app,
        slug,
        &[
            Person::new("Ada Lovelace", "ada@example.org", "BE"),
            Person::new("Grace Hopper", "Grace@Example.org", "PE"),
            Person::new("Bob Builder", "bob@example.org", "BJ"),
        ],
    )
    .await;
}

#[tokio::test]
async fn every_kept_report_shape_marks_the_same_attendance() {
    let app = spawn_app().await;
    let reports = [
        ("zoom-participants-en.csv", "zoom"),
        ("zoom-participants-fr.csv", "zoom"),
        ("zoom-usage-report-en.csv", "zoom"),
        ("zoom-webinar-attendee-report-en.csv", "zoom"),
        ("teams-attendance-en.tsv", "teams"),
        ("teams-attendance-nl.tsv", "teams"),
        ("teams-attendance-fr.tsv", "teams"),
        ("meet-attendance-en.csv", "meet"),
        ("meet-attendance-es.csv", "meet"),
    ];
    let mut failures = Vec::new();
    for (i, (file, format)) in reports.iter().enumerate() {
        let slug = format!("webinar-{i}");
        registered(&app, &slug).await;
        let (status, summary) = upload_attendance(&app, &slug, fixture(file)).await;
        if status != 200 {
            failures.push(format!("{file}: {status} {summary}"));
            continue;
        }
        let regs = by_email(&app, &slug).await;
        let seen = (
            summary["format"].as_str().unwrap_or("?").to_string(),
            regs["ada@example.org"]["attended_minutes"].as_i64(),
            regs["grace@example.org"]["attended_minutes"].as_i64(),
            regs["bob@example.org"]["attended"].as_bool(),
            summary["unmatched"]
                .as_array()
                .map(|list| list.iter().any(|u| u["email"] == "zed@example.org")),
        );
        let wanted = (
            format.to_string(),
            Some(75),
            Some(50),
            Some(false),
            Some(true),
        );
        if seen != wanted {
            failures.push(format!("{file}: {seen:?} instead of {wanted:?}: {summary}"));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}
