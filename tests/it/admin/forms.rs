//! Every admin form: refused without its form token, and saved unchanged, changing nothing.

use serde_json::json;

use super::{ADMIN, form_fields, signed_in};
use crate::helpers::{person, spawn_app};

#[tokio::test]
async fn every_admin_form_refuses_a_post_without_its_token() {
    let app = spawn_app().await;
    app.create_event("guarded", json!({})).await;
    app.register("guarded", &person("Ada", "ada@example.org"))
        .await;
    let mut v = signed_in(&app, ADMIN).await;
    let (_, page) = v.get("/admin/events/guarded/registrations").await;
    let id = page
        .split("id=\"registration-")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a registration row")
        .to_string();
    let posts = [
        "/admin/events/new".to_string(),
        "/admin/events/guarded/edit".into(),
        "/admin/events/guarded/publish".into(),
        "/admin/events/guarded/unpublish".into(),
        "/admin/events/guarded/cancel".into(),
        "/admin/events/guarded/registrations/new".into(),
        format!("/admin/events/guarded/registrations/{id}/status"),
        format!("/admin/events/guarded/registrations/{id}/resend"),
        "/admin/users".into(),
        "/admin/tokens".into(),
        "/admin/tokens/1/revoke".into(),
        "/admin/password".into(),
        "/admin/logout".into(),
        "/admin/login".into(),
    ];
    for path in &posts {
        for token in [None, Some("forged-token")] {
            let mut fields = vec![("status", "cancelled"), ("name", "x")];
            if let Some(t) = token {
                fields.push(("csrf_token", t));
            }
            let res = v.post(path, &fields).await;
            assert_eq!(res.status(), 403, "{path} with {token:?}");
        }
    }
    let (_, ev) = app
        .api(reqwest::Method::GET, "/api/v1/events/guarded", None)
        .await;
    assert_eq!(ev["status"], "published", "nothing changed");
    let (status, _) = v.get("/admin/events").await;
    assert_eq!(status, 200, "still signed in");
}

#[tokio::test]
async fn saving_the_edit_form_unchanged_changes_nothing() {
    let app = spawn_app().await;
    app.create_event(
        "round-trip",
        json!({
            "kind": "hybrid",
            "capacity": 25,
            "venue": "Rue Haute 42 & co, <Bruxelles>",
            "registration_opens_at": (chrono::Utc::now() + chrono::Duration::days(1)).to_rfc3339(),
            "registration_closes_at": (chrono::Utc::now() + chrono::Duration::days(8)).to_rfc3339(),
            "waitlist": false,
            "pending_holds_seat": false,
            "reminders": [2880, 30],
            "retention_months": 18,
            "questions": [
                {"id": "diet", "kind": "choice", "required": true,
                 "label": {"en": "Diet", "fr": "Régime \"spécial\""},
                 "options": [{"value": "veg", "label": {"en": "Vegetarian"}},
                             {"value": "fish", "label": {"en": "Fish", "nl": "Vis"}}]},
                {"id": "remarks", "kind": "text", "label": {"en": "Remarks"}},
                {"id": "photos", "kind": "checkbox", "required": false, "label": {"es": "Fotos"}}
            ],
            "feedback": [
                {"id": "overall", "kind": "rating", "label": {"en": "Overall", "pt": "Avaliação geral"}},
                {"id": "format", "kind": "choice", "label": {"fr": "Format"},
                 "options": [{"value": "longer", "label": {"fr": "Plus long"}}]},
                {"id": "learned", "kind": "text", "label": {"en": "What did you learn?"}}
            ],
            "feedback_after_hours": 36,
            "feedback_closes_at": "2031-01-15T18:30:00Z",
            "feedback_anonymous": true
        }),
    )
    .await;
    let (_, before) = app
        .api(reqwest::Method::GET, "/api/v1/events/round-trip", None)
        .await;
    let mut v = signed_in(&app, ADMIN).await;
    let (_, page) = v.get("/admin/events/round-trip/edit").await;
    let fields = form_fields(&page, "/admin/events/round-trip/edit");
    let refs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let res = v.post("/admin/events/round-trip/edit", &refs).await;
    assert_eq!(
        res.status(),
        303,
        "{}",
        res.text().await.unwrap_or_default()
    );
    let (_, after) = app
        .api(reqwest::Method::GET, "/api/v1/events/round-trip", None)
        .await;
    assert_eq!(before, after, "every field survives the form");
    let (_, log) = v.get("/admin/events/round-trip/audit").await;
    assert!(!log.contains("Event changed"), "nothing to log");
}
