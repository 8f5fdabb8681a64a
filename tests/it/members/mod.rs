//! The member directory: `convene members import FILE` (idempotent, bad rows named by line,
//! nothing half-imported), `GET /api/v1/members`, the admin pages, and the demo's members.

mod admin_pages;

use serde_json::Value;

use super::helpers::{TestApp, spawn_app};
use super::process::convene;

/// Runs `convene members import` on `csv` against the test app's database.
fn import(app: &TestApp, csv: &str) -> std::process::Output {
    let dir = app.state.settings.data_dir.join("import");
    std::fs::create_dir_all(&dir).expect("dir");
    let file = dir.join("members.csv");
    std::fs::write(&file, csv).expect("write");
    convene()
        .args(["members", "import"])
        .arg(&file)
        .env("CONVENE_DATABASE_URL", &app.state.settings.database_url)
        .env("CONVENE_DATA_DIR", dir.display().to_string())
        .output()
        .expect("run")
}

pub async fn members(app: &TestApp, query: &str) -> Vec<Value> {
    let (status, body) = app
        .api(
            reqwest::Method::GET,
            &format!("/api/v1/members{query}"),
            None,
        )
        .await;
    assert_eq!(status, 200, "{body}");
    body["items"].as_array().expect("items").clone()
}

const GOOD: &str = "\u{feff}organization,country,region,contact_name,email,language\n\
    CSC - Confédération des syndicats chrétiens,BE,,Ann Peeters,ann@example.org,nl\n\
    CNTG - Confédération nationale des travailleurs de Guinée,GN,,Mamadou Diallo,mamadou@example.org,fr\n\
    CNTG - Confédération nationale des travailleurs de Guinée,GN,,Aissatou Bah,aissatou@example.org,fr\n\
    CGTP - Central General de Trabajadores del Perú,PE,latin_america,Rosa Quispe,rosa@example.org,es\n";

#[tokio::test]
async fn the_csv_import_is_idempotent_and_derives_regions() {
    let app = spawn_app().await;
    let out = import(&app, GOOD);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let first = members(&app, "").await;
    assert_eq!(first.len(), 3, "three organisations");
    let cntg = first.iter().find(|m| m["country"] == "GN").expect("Guinea");
    assert_eq!(cntg["region"], "west_africa", "derived from the country");
    assert_eq!(cntg["contacts"].as_array().expect("contacts").len(), 2);
    let csc = first
        .iter()
        .find(|m| m["country"] == "BE")
        .expect("Belgium");
    assert_eq!(csc["region"], "europe");
    assert_eq!(csc["contacts"][0]["language"], "nl");

    let out = import(&app, GOOD);
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("0 organisations created") && stdout.contains("0 contacts created"),
        "{stdout}"
    );
    assert_eq!(
        members(&app, "").await,
        first,
        "importing twice creates nothing twice"
    );

    let found = members(&app, "?q=quispe").await;
    assert_eq!(found.len(), 1);
    assert_eq!(found[0]["country"], "PE");
    assert_eq!(members(&app, "?region=europe").await.len(), 1);
}

#[tokio::test]
async fn bad_rows_are_named_by_line_and_nothing_is_imported() {
    let app = spawn_app().await;
    let csv = "organization,country,region,contact_name,email,language\n\
        Good one,BE,,Ann,ann@example.org,nl\n\
        Bad country,XX,,Bo,bo@example.org,fr\n\
        Bad address,FR,,Cy,not-an-address,fr\n\
        Bad region,FR,mars,Di,di@example.org,fr\n\
        Bad language,FR,,Ed,ed@example.org,de\n";
    let out = import(&app, csv);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    for (line, word) in [(3, "XX"), (4, "not-an-address"), (5, "mars"), (6, "de")] {
        assert!(
            stderr
                .lines()
                .any(|l| l.contains(&format!("line {line}:")) && l.contains(word)),
            "line {line} named: {stderr}"
        );
    }
    assert!(!stderr.contains("line 2:"), "the good row is not blamed");
    assert!(members(&app, "").await.is_empty(), "nothing half-imported");

    let out = import(&app, "name,email\nAnn,ann@example.org\n");
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("organization"),
        "the missing columns are named"
    );
}

#[tokio::test]
async fn the_demo_loads_the_member_organisations_once() {
    let app = spawn_app().await;
    convene::demo::load(&app.state).await.expect("demo");
    let first = members(&app, "").await;
    assert!(
        first.len() > 150,
        "the seed's member organisations: {}",
        first.len()
    );
    assert!(first.iter().all(|m| {
        m["contacts"][0]["email"]
            .as_str()
            .is_some_and(|e| e.ends_with("@example.org"))
    }));
    convene::demo::load(&app.state).await.expect("demo again");
    assert_eq!(members(&app, "").await.len(), first.len());
}
