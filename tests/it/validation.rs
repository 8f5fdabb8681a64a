//! One place checks each rule, and its messages speak the reader's language: the API's
//! `Accept-Language`, the admin page's language, the visitor's language on the public form.

use chrono::Utc;
use reqwest::Method;
use serde_json::{Value, json};

use super::admin::{ADMIN, form_fields, signed_in};
use super::helpers::{TestApp, spawn_app};
use super::visitor::person;

/// An API call with an `Accept-Language` header (none: `None`).
async fn api_in(
    app: &TestApp,
    method: Method,
    path: &str,
    lang: Option<&str>,
    body: Value,
) -> (u16, Value) {
    let mut req = app
        .client
        .request(method, app.url(path))
        .bearer_auth(&app.token)
        .json(&body);
    if let Some(lang) = lang {
        req = req.header("accept-language", lang);
    }
    let res = req.send().await.expect("API request");
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or(Value::Null))
}

/// The message the API gave for `field`.
fn message<'a>(body: &'a Value, field: &str) -> &'a str {
    body["error"]["fields"]
        .as_array()
        .and_then(|list| list.iter().find(|f| f["field"] == field))
        .and_then(|f| f["message"].as_str())
        .unwrap_or_else(|| panic!("no message for {field}: {body}"))
}

/// An event whose end comes before its start, whose registration closes before it opens,
/// with a join link that is no web address and a title too long.
fn wrong_event() -> Value {
    let starts = Utc::now() + chrono::Duration::days(10);
    json!({
        "slug": "summit",
        "timezone": "Europe/Brussels",
        "starts_at": starts.to_rfc3339(),
        "ends_at": (starts - chrono::Duration::hours(1)).to_rfc3339(),
        "registration_opens_at": (starts - chrono::Duration::days(2)).to_rfc3339(),
        "registration_closes_at": (starts - chrono::Duration::days(3)).to_rfc3339(),
        "join_url": "javascript:alert(1)",
        "translations": {"fr": {"title": "x".repeat(201)}},
    })
}

#[tokio::test]
async fn the_api_names_each_wrong_field_in_the_requests_language() {
    let app = spawn_app().await;
    let (status, fr) = api_in(
        &app,
        Method::POST,
        "/api/v1/events",
        Some("fr-BE,fr;q=0.9,en;q=0.5"),
        wrong_event(),
    )
    .await;
    assert_eq!(status, 422, "{fr}");
    assert_eq!(fr["error"]["code"], "validation_failed");
    assert_eq!(
        message(&fr, "ends_at"),
        "La fin doit être postérieure au début."
    );
    assert_eq!(
        message(&fr, "registration_closes_at"),
        "La clôture des inscriptions doit suivre leur ouverture."
    );
    assert_eq!(
        message(&fr, "join_url"),
        "Le lien de connexion doit être une adresse web commençant par http:// ou https://."
    );
    // A limit reaches the message as its argument.
    assert_eq!(
        message(&fr, "translations.fr.title"),
        "Au plus 200 caractères, sur une seule ligne."
    );

    // Without the header: English, the same fields.
    let (status, en) = api_in(&app, Method::POST, "/api/v1/events", None, wrong_event()).await;
    assert_eq!(status, 422, "{en}");
    assert_eq!(message(&en, "ends_at"), "The end must be after the start.");
    assert_eq!(
        message(&en, "translations.fr.title"),
        "At most 200 characters, on one line."
    );
    assert_eq!(
        en["error"]["fields"].as_array().map(Vec::len),
        fr["error"]["fields"].as_array().map(Vec::len)
    );

    // A change is judged the same way, here in Latin American Spanish.
    app.create_event("seminar", json!({})).await;
    let (status, es) = api_in(
        &app,
        Method::PATCH,
        "/api/v1/events/seminar",
        Some("es-419"),
        json!({"capacity": 0, "retention_months": 0}),
    )
    .await;
    assert_eq!(status, 422, "{es}");
    assert_eq!(
        message(&es, "capacity"),
        "Indique un número entero de 1 a 1000000, o deje el campo vacío."
    );
    assert_eq!(
        message(&es, "retention_months"),
        "Indique un número entero de meses de 1 a 120, o deje el campo vacío."
    );
}

#[tokio::test]
async fn the_admin_form_shows_the_services_message_next_to_the_field() {
    let app = spawn_app().await;
    app.create_event("seminar", json!({})).await;
    let mut v = signed_in(&app, ADMIN).await;
    let (status, page) = v.get("/admin/events/seminar/edit?lang=fr").await;
    assert_eq!(status, 200);
    let mut fields = form_fields(&page, "/admin/events/seminar/edit");
    let set = |fields: &mut Vec<(String, String)>, name: &str, value: &str| {
        fields.retain(|(k, _)| k != name);
        fields.push((name.to_string(), value.to_string()));
    };
    // Registration closes before it opens: only the service knows that rule. The capacity
    // is not a number at all, which the form itself says; both show at once.
    set(&mut fields, "registration_opens_at", "2030-06-01T09:00");
    set(&mut fields, "registration_closes_at", "2030-05-01T09:00");
    set(&mut fields, "capacity", "beaucoup");
    let refs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let res = v.post("/admin/events/seminar/edit", &refs).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.expect("page");
    let closes = "La clôture des inscriptions doit suivre leur ouverture.";
    let at = html.find(closes).unwrap_or_else(|| panic!("{html}"));
    let field = html
        .find("name=\"registration_closes_at\"")
        .expect("closing field");
    let next = html.find("name=\"reminders\"").expect("next field");
    assert!(field < at && at < next, "the message sits by its field");
    assert!(html.contains("Veuillez indiquer un nombre entier de 1 à 1000000"));
    assert!(html.contains("value=\"beaucoup\""), "kept as typed");
}

#[tokio::test]
async fn a_registration_over_a_limit_is_refused_in_the_visitors_language() {
    let app = spawn_app().await;
    app.create_event("seminar", json!({})).await;
    let mut v = app.visitor();
    let (status, _) = v.get("/events/seminar?lang=fr").await;
    assert_eq!(status, 200);
    let long_name = "n".repeat(201);
    let mut fields = person(&long_name, "ada@example.org");
    fields.retain(|(k, _)| *k != "language");
    fields.push(("language", "fr"));
    let res = v.register("seminar", &fields).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.expect("page");
    assert!(
        html.contains("Votre nom ne peut pas dépasser 200 caractères."),
        "{html}"
    );
    assert!(html.contains(&long_name), "kept as typed");

    // Exactly at the limit is fine.
    let name = "n".repeat(200);
    let res = app
        .visitor()
        .register("seminar", &person(&name, "bea@example.org"))
        .await;
    assert_eq!(res.status(), 303);
}
