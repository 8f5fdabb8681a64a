//! Attendance and exports: platform reports, the exports in each format, the command line
//! and the dashboard, through the real server.

mod dashboard;
mod export;
mod fixtures;
mod import;

use std::collections::BTreeMap;

use convene::db::{event, registration};
use convene::domain::{CleanText, CountryCode, EmailAddress, Lang};
use convene::services::registration::{NewRegistration, register};

use super::helpers::TestApp;

/// Someone to register, by the service the form uses (fast, and with values a form refuses,
/// such as answers with tabs).
pub struct Person<'a> {
    pub name: &'a str,
    pub email: &'a str,
    pub organization: &'a str,
    pub country: &'a str,
    pub language: Lang,
    pub answers: &'a [(&'a str, &'a str)],
}

impl<'a> Person<'a> {
    pub fn new(name: &'a str, email: &'a str, country: &'a str) -> Person<'a> {
        Person {
            name,
            email,
            organization: "ACV-CSC",
            country,
            language: Lang::En,
            answers: &[],
        }
    }
}

pub async fn event_model(app: &TestApp, slug: &str) -> event::Model {
    event::find_by_slug(&app.state.db, slug)
        .await
        .expect("query")
        .expect("event")
}

pub async fn seed(app: &TestApp, slug: &str, people: &[Person<'_>]) -> Vec<registration::Model> {
    let mut out = Vec::new();
    for p in people {
        // The event's seat counter changes with each registration: read it afresh.
        let ev = event_model(app, slug).await;
        let new = NewRegistration {
            name: CleanText::required(p.name, 200).expect("name"),
            email: EmailAddress::parse(p.email).expect("email"),
            organization: CleanText::optional(p.organization, 200).expect("organization"),
            country: CountryCode::parse(p.country).expect("country"),
            language: p.language,
            time_zone: None,
            answers: p
                .answers
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect::<BTreeMap<_, _>>(),
            sessions: Vec::new(),
            attendance_mode: None,
            interpretation_language: None,
        };
        match register(&app.state, &ev, new).await {
            Ok(reg) => out.push(reg),
            Err(e) => panic!("register {}: {e:?}", p.email),
        }
    }
    out
}

/// The event's registrations through the API, keyed by address, without their email
/// delivery state (the outbox worker changes it meanwhile).
pub async fn by_email(app: &TestApp, slug: &str) -> BTreeMap<String, serde_json::Value> {
    let (status, list) = app
        .api(
            reqwest::Method::GET,
            &format!("/api/v1/events/{slug}/registrations?per_page=1000"),
            None,
        )
        .await;
    assert_eq!(status, 200, "{list}");
    list["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|r| {
            let mut r = r.clone();
            if let Some(map) = r.as_object_mut() {
                map.remove("email_delivery");
            }
            (r["email"].as_str().unwrap_or("").to_lowercase(), r)
        })
        .collect()
}

/// Posts a body to the attendance route with this content type.
pub async fn post_attendance(
    app: &TestApp,
    slug: &str,
    content_type: &str,
    body: impl Into<reqwest::Body>,
) -> (u16, serde_json::Value) {
    let res = app
        .client
        .post(app.url(&format!("/api/v1/events/{slug}/attendance")))
        .bearer_auth(&app.token)
        .header("content-type", content_type)
        .body(body)
        .send()
        .await
        .expect("POST attendance");
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or(serde_json::Value::Null))
}

/// Uploads a report as a browser form would.
pub async fn upload_attendance(
    app: &TestApp,
    slug: &str,
    file: Vec<u8>,
) -> (u16, serde_json::Value) {
    let part = reqwest::multipart::Part::bytes(file)
        .file_name("participants.csv")
        .mime_str("text/csv")
        .expect("mime");
    let form = reqwest::multipart::Form::new().part("file", part);
    let res = app
        .client
        .post(app.url(&format!("/api/v1/events/{slug}/attendance")))
        .bearer_auth(&app.token)
        .multipart(form)
        .send()
        .await
        .expect("upload");
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or(serde_json::Value::Null))
}
