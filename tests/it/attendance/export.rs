//! The exports: every column in CSV (read back with a CSV reader), XLSX (with a spreadsheet
//! reader) and JSON; formula injection; filters; paging; the CLI's bytes against HTTP's.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::json;

use super::super::helpers::{TestApp, spawn_app};
use super::{Person, post_attendance, seed};

const COLUMNS: [&str; 15] = [
    "id",
    "name",
    "email",
    "organization",
    "country",
    "language",
    "status",
    "registered_at",
    "confirmed_at",
    "attended",
    "attended_minutes",
    "attendance_mode",
    "interpretation_language",
    "diet",
    "topic",
];

/// Three people whose names and answers try every formula trick; Ada attended for 75 minutes.
async fn tricky_event(app: &TestApp) -> Vec<convene::db::registration::Model> {
    app.create_event(
        "export-test",
        json!({"require_email_confirmation": false, "questions": [
            {"id": "diet", "kind": "choice", "label": {"en": "Diet"},
             "options": [{"value": "veg", "label": {"en": "Vegetarian"}}, {"value": "none", "label": {"en": "None"}}]},
            {"id": "topic", "kind": "text", "label": {"en": "Topic"}}]}),
    )
    .await;
    let regs = seed(
        app,
        "export-test",
        &[
            Person {
                organization: "ACV-CSC, \"Brussel\" – Région",
                answers: &[
                    ("diet", "veg"),
                    ("topic", "=HYPERLINK(\"http://evil.example\",\"x\")"),
                ],
                ..Person::new("Ada Lovelace", "Ada@Example.org", "BE")
            },
            Person {
                organization: "+32 2 000 00 00",
                language: convene::domain::Lang::Fr,
                answers: &[("diet", "none"), ("topic", "-1+1")],
                ..Person::new("=cmd|' /C calc'!A0", "eve@example.org", "BJ")
            },
            Person {
                organization: "",
                language: convene::domain::Lang::Es,
                answers: &[("topic", "\t=1+1\r\n@SUM(1)")],
                ..Person::new("@Émilie Ñúñez", "emilie@example.org", "PE")
            },
        ],
    )
    .await;
    let report = "Name (Original Name),User Email,Duration (Minutes)\nAda,ada@example.org,45\nAda,ADA@example.org,30\n";
    let (status, _) = post_attendance(app, "export-test", "text/csv", report).await;
    assert_eq!(status, 200);
    regs
}

async fn download(app: &TestApp, path: &str) -> (reqwest::header::HeaderMap, Vec<u8>) {
    let res = app
        .client
        .get(app.url(path))
        .bearer_auth(&app.token)
        .send()
        .await
        .expect("GET");
    assert_eq!(res.status(), 200, "{path}");
    let headers = res.headers().clone();
    (headers, res.bytes().await.expect("body").to_vec())
}

fn csv_rows(bytes: &[u8]) -> (Vec<String>, Vec<Vec<String>>) {
    let body = bytes
        .strip_prefix("\u{feff}".as_bytes())
        .expect("a byte-order mark");
    let mut reader = csv::Reader::from_reader(body);
    let header = reader
        .headers()
        .expect("header")
        .iter()
        .map(str::to_string)
        .collect();
    let rows = reader
        .records()
        .map(|r| r.expect("record").iter().map(str::to_string).collect())
        .collect();
    (header, rows)
}

fn secs(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

#[tokio::test]
async fn csv_export_has_every_column_and_neutralises_formulas() {
    let app = spawn_app().await;
    let regs = tricky_event(&app).await;
    let (headers, bytes) = download(&app, "/api/v1/events/export-test/registrations.csv").await;
    assert_eq!(headers["content-type"], "text/csv; charset=utf-8");
    assert_eq!(
        headers["content-disposition"],
        "attachment; filename=\"export-test-registrations.csv\""
    );
    assert_eq!(headers["cache-control"], "no-store");
    let (header, rows) = csv_rows(&bytes);
    assert_eq!(header, COLUMNS);
    assert_eq!(rows.len(), 3);
    let ada = &regs[0];
    let expected_ada = [
        ada.id.to_string(),
        "Ada Lovelace".into(),
        "Ada@Example.org".into(),
        "ACV-CSC, \"Brussel\" – Région".into(),
        "BE".into(),
        "en".into(),
        "confirmed".into(),
        secs(ada.registered_at),
        secs(ada.confirmed_at.expect("confirmed")),
        "true".into(),
        "75".into(),
        String::new(),
        String::new(),
        "veg".into(),
        "'=HYPERLINK(\"http://evil.example\",\"x\")".into(),
    ];
    assert_eq!(rows[0], expected_ada);
    let eve = &rows[1];
    assert_eq!(eve[1], "'=cmd|' /C calc'!A0");
    assert_eq!(eve[3], "'+32 2 000 00 00");
    assert_eq!(
        (eve[5].as_str(), eve[9].as_str(), eve[10].as_str()),
        ("fr", "false", "")
    );
    assert_eq!(eve[14], "'-1+1");
    let emilie = &rows[2];
    assert_eq!(emilie[1], "'@Émilie Ñúñez");
    assert_eq!((emilie[3].as_str(), emilie[13].as_str()), ("", ""));
    assert_eq!(emilie[14], "'\t=1+1\r\n@SUM(1)");
    for row in &rows {
        for time in [&row[7], &row[8]] {
            assert!(
                DateTime::parse_from_rfc3339(time).is_ok_and(|t| t.offset().local_minus_utc() == 0)
            );
        }
    }
}

#[tokio::test]
async fn xlsx_export_has_typed_cells_and_json_export_has_objects() {
    let app = spawn_app().await;
    let regs = tricky_event(&app).await;
    let (headers, bytes) = download(&app, "/api/v1/events/export-test/registrations.xlsx").await;
    assert_eq!(
        headers["content-type"],
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes)).expect("xlsx");
    let sheet = book.worksheet_range("Registrations").expect("sheet");
    assert_eq!(sheet.height(), 4);
    let header: Vec<String> = (0..15)
        .map(|c| sheet.get((0, c)).map(|d| d.to_string()).unwrap_or_default())
        .collect();
    assert_eq!(header, COLUMNS);
    let cell = |r: usize, c: usize| sheet.get((r, c)).cloned().unwrap_or(Data::Empty);
    let ada = &regs[0];
    assert_eq!(cell(1, 0), Data::Float(ada.id as f64));
    assert_eq!(cell(1, 1), Data::String("Ada Lovelace".into()));
    assert_eq!(
        cell(1, 3),
        Data::String("ACV-CSC, \"Brussel\" – Région".into())
    );
    let Data::DateTime(registered) = cell(1, 7) else {
        panic!("registered_at is a date: {:?}", cell(1, 7))
    };
    // Excel counts days since 1899-12-30, with the time of day as the fraction.
    let excel_epoch = DateTime::parse_from_rfc3339("1899-12-30T00:00:00Z").expect("epoch");
    let expected = (ada.registered_at - excel_epoch.with_timezone(&Utc)).num_milliseconds() as f64
        / 86_400_000.0;
    assert!((registered.as_f64() - expected).abs() * 86_400.0 < 1.0);
    assert!(matches!(cell(1, 8), Data::DateTime(_)));
    assert_eq!(cell(1, 9), Data::Bool(true));
    assert_eq!(cell(1, 10), Data::Float(75.0));
    assert_eq!(cell(1, 13), Data::String("veg".into()));
    // Text cells are text, never formulas, so they keep their exact value.
    assert_eq!(cell(2, 1), Data::String("=cmd|' /C calc'!A0".into()));
    assert_eq!(cell(2, 9), Data::Bool(false));
    assert_eq!(cell(2, 10), Data::Empty);
    assert_eq!(cell(3, 14), Data::String("\t=1+1\r\n@SUM(1)".into()));
    let formulas = book.worksheet_formula("Registrations").expect("formulas");
    assert!(
        formulas.used_cells().all(|(_, _, f)| f.is_empty()),
        "no formulas"
    );

    let (headers, bytes) = download(&app, "/api/v1/events/export-test/registrations.json").await;
    assert_eq!(headers["content-type"], "application/json");
    let list: serde_json::Value = serde_json::from_slice(&bytes).expect("json");
    assert_eq!(list.as_array().map(Vec::len), Some(3));
    assert_eq!(list[0]["id"], ada.id);
    assert_eq!(list[0]["attended"], true);
    assert_eq!(list[0]["attended_minutes"], 75);
    assert_eq!(list[0]["registered_at"], secs(ada.registered_at));
    assert_eq!(
        list[0]["answers"],
        json!({"diet": "veg", "topic": "=HYPERLINK(\"http://evil.example\",\"x\")"})
    );
    assert_eq!(list[2]["answers"]["diet"], "");
    assert_eq!(list[1]["attended_minutes"], serde_json::Value::Null);
}

#[tokio::test]
async fn exports_take_the_list_filters() {
    let app = spawn_app().await;
    tricky_event(&app).await;
    let names = |bytes: Vec<u8>| {
        csv_rows(&bytes)
            .1
            .into_iter()
            .map(|r| r[2].clone())
            .collect::<Vec<_>>()
    };
    let base = "/api/v1/events/export-test/registrations.csv";
    let cases = [
        ("?attended=true", vec!["Ada@Example.org"]),
        ("?attended=false&language=es", vec!["emilie@example.org"]),
        ("?q=ÑÚÑ", vec!["emilie@example.org"]),
        ("?q=ñúñez", vec!["emilie@example.org"]),
        ("?q=%C3%A9milie%20%C3%B1", vec!["emilie@example.org"]),
        ("?q=EMILIE", vec!["emilie@example.org"]),
        ("?q=brussel", vec!["Ada@Example.org"]),
        ("?q=%25", vec![]),
        (
            "?country=bj&status=confirmed,waitlisted",
            vec!["eve@example.org"],
        ),
        ("?status=cancelled", vec![]),
        (
            "?status=&q=",
            vec!["Ada@Example.org", "eve@example.org", "emilie@example.org"],
        ),
    ];
    for (query, expected) in cases {
        let (_, bytes) = download(&app, &format!("{base}{query}")).await;
        assert_eq!(names(bytes), expected, "{query}");
    }
    let (status, error) = app
        .api(
            reqwest::Method::GET,
            &format!("{base}?status=gone&attended=maybe"),
            None,
        )
        .await;
    assert_eq!(status, 422);
    assert_eq!(error["error"]["fields"][0]["field"], "status");
    assert_eq!(error["error"]["fields"][1]["field"], "attended");
}

#[tokio::test]
async fn the_cli_writes_the_same_bytes_as_the_api() {
    let app = spawn_app().await;
    tricky_event(&app).await;
    let dir = tempdir(&app);
    for format in ["csv", "xlsx", "json"] {
        let (_, http) = download(
            &app,
            &format!("/api/v1/events/export-test/registrations.{format}"),
        )
        .await;
        let file = dir.join(format!("export.{format}"));
        let out = cli(
            &app,
            &[
                "export",
                "--event",
                "export-test",
                "--format",
                format,
                "--output",
                &file.display().to_string(),
            ],
        );
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(std::fs::read(&file).expect("file"), http, "{format} file");
        if format != "xlsx" {
            let out = cli(
                &app,
                &["export", "--event", "export-test", "--format", format],
            );
            assert_eq!(out.stdout, http, "{format} on stdout");
            assert!(out.stderr.is_empty(), "no progress bar off a terminal");
        }
    }
    let out = cli(&app, &["export", "--event", "nope", "--format", "csv"]);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.trim(), "convene: no event with the slug \"nope\"");
    assert!(out.stdout.is_empty());
}

fn tempdir(app: &TestApp) -> std::path::PathBuf {
    let dir = app.state.settings.data_dir.join("exports");
    std::fs::create_dir_all(&dir).expect("dir");
    dir
}

fn cli(app: &TestApp, args: &[&str]) -> std::process::Output {
    crate::process::convene()
        .args(args)
        .env("CONVENE_DATABASE_URL", &app.state.settings.database_url)
        .env("CONVENE_LOG", "warn")
        .env("CONVENE_DATA_DIR", &app.state.settings.data_dir)
        .output()
        .expect("run convene")
}

#[tokio::test]
async fn thousands_of_registrations_come_out_complete_and_in_order() {
    use convene::db::registration::{ActiveModel, Entity};
    use sea_orm::{EntityTrait, Set};
    let app = spawn_app().await;
    app.create_event("big", json!({"require_email_confirmation": false}))
        .await;
    let ev = super::event_model(&app, "big").await;
    let now = Utc::now();
    const N: usize = 2_345;
    for chunk in (0..N).collect::<Vec<_>>().chunks(400) {
        let rows = chunk.iter().map(|i| ActiveModel {
            event_id: Set(ev.id),
            token_hash: Set(format!("{i:064}")),
            name: Set(format!("Person {i}")),
            email: Set(format!("p{i}@example.org")),
            email_key: Set(format!("p{i}@example.org")),
            organization: Set(String::new()),
            country: Set("BJ".into()),
            language: Set(convene::domain::Lang::Fr),
            status: Set(convene::domain::RegistrationStatus::Confirmed),
            holds_seat: Set(true),
            answers: Set(Default::default()),
            consent_at: Set(now),
            consent_version: Set("test".into()),
            registered_at: Set(now),
            attended: Set(i % 2 == 0),
            updated_at: Set(now),
            ..Default::default()
        });
        Entity::insert_many(rows)
            .exec(&app.state.db)
            .await
            .expect("insert");
    }
    let (_, bytes) = download(&app, "/api/v1/events/big/registrations.csv").await;
    let (_, rows) = csv_rows(&bytes);
    assert_eq!(rows.len(), N);
    let ids: Vec<i64> = rows.iter().map(|r| r[0].parse().expect("id")).collect();
    assert!(
        ids.windows(2).all(|w| w[0] < w[1]),
        "every id once, in order"
    );
    let (_, bytes) = download(&app, "/api/v1/events/big/registrations.json").await;
    let list: Vec<serde_json::Value> = serde_json::from_slice(&bytes).expect("json");
    assert_eq!(list.len(), N);
    let (_, bytes) = download(&app, "/api/v1/events/big/registrations.xlsx?attended=true").await;
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes)).expect("xlsx");
    let sheet = book.worksheet_range("Registrations").expect("sheet");
    assert_eq!(sheet.height(), N.div_ceil(2) + 1);
}
