//! Feedback after the event: the questions on the event, the form without JavaScript (once per
//! participant, editable until it closes), anonymous answers, and the results in the API.

use chrono::Duration;
use convene::db::feedback;
use convene::domain::Lang;
use sea_orm::EntityTrait;
use serde_json::{Value, json};

use super::super::attendance::{Person, event_model, seed};
use super::super::helpers::{TestApp, spawn_app};

fn questions() -> Value {
    json!([
        {"id": "overall", "kind": "rating", "label": {"en": "Overall", "fr": "Dans l'ensemble"}},
        {"id": "format", "kind": "choice", "label": {"en": "Format", "fr": "Format"},
         "options": [{"value": "longer", "label": {"en": "Longer", "fr": "Plus long"}},
                     {"value": "same", "label": {"en": "The same", "fr": "Pareil"}}]},
        {"id": "learned", "kind": "text", "label": {"en": "What did you learn?", "fr": "Qu'avez-vous appris ?"}}
    ])
}

/// An event with feedback, one French attendee and one absent person, after the event.
async fn after_event(app: &TestApp, extra: Value) -> (String, String) {
    let mut fields = json!({"require_email_confirmation": false, "feedback": questions()});
    if let (Some(map), Some(extra)) = (fields.as_object_mut(), extra.as_object()) {
        map.extend(extra.clone());
    }
    let created = app.create_event("seminar", fields).await;
    assert_eq!(
        created["feedback"].as_array().map(Vec::len),
        Some(3),
        "{created}"
    );
    seed(
        app,
        "seminar",
        &[
            Person {
                language: Lang::Fr,
                ..Person::new("Inês Gonçalves", "ines@example.org", "SN")
            },
            Person::new("Absent", "absent@example.org", "PE"),
        ],
    )
    .await;
    let ev = event_model(app, "seminar").await;
    app.clock.advance(Duration::days(10) + Duration::hours(3));
    let (status, body) = app
        .api(
            reqwest::Method::POST,
            "/api/v1/events/seminar/attendance",
            Some(json!({"emails": ["ines@example.org"]})),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    (
        app.state
            .secret
            .registration_token(ev.id, "ines@example.org"),
        app.state
            .secret
            .registration_token(ev.id, "absent@example.org"),
    )
}

/// A CSV download (with its byte-order mark) as its header and lines.
fn csv_lines(bytes: &[u8]) -> (Vec<String>, Vec<Vec<String>>) {
    let body = bytes
        .strip_prefix("\u{feff}".as_bytes())
        .expect("a byte-order mark");
    let mut reader = csv::Reader::from_reader(body);
    let header = reader
        .headers()
        .expect("header")
        .iter()
        .map(String::from)
        .collect();
    let lines = reader
        .records()
        .map(|r| r.expect("line").iter().map(String::from).collect())
        .collect();
    (header, lines)
}

async fn results(app: &TestApp, query: &str) -> Value {
    let (status, body) = app
        .api(
            reqwest::Method::GET,
            &format!("/api/v1/events/seminar/feedback{query}"),
            None,
        )
        .await;
    assert_eq!(status, 200, "{body}");
    body
}

#[tokio::test]
async fn feedback_is_given_once_can_be_changed_and_shows_in_the_results() {
    let app = spawn_app().await;
    let (ines, absent) = after_event(&app, json!({})).await;
    let form = format!("/r/{ines}/feedback");
    let mut visitor = app.visitor();
    let (status, html) = visitor.get(&form).await;
    assert_eq!(status, 200);
    assert!(
        html.contains("ensemble") && html.contains("Plus long"),
        "{html}"
    );
    assert!(!html.contains("<script"), "works without JavaScript");

    let res = visitor
        .submit(&form, &form, &[("overall", "6"), ("format", "same")])
        .await;
    assert_eq!(res.status(), 422, "a rating of 6 is refused");
    assert_eq!(results(&app, "").await["responses"], 0);

    let res = visitor
        .submit(
            &form,
            &form,
            &[
                ("overall", "4"),
                ("format", "longer"),
                ("learned", "Beaucoup"),
            ],
        )
        .await;
    assert!(res.status().as_u16() < 400, "{}", res.status());
    // Changing the answers replaces them: still one response.
    let res = visitor
        .submit(
            &form,
            &form,
            &[
                ("overall", "5"),
                ("format", "longer"),
                ("learned", "Beaucoup, merci"),
            ],
        )
        .await;
    assert!(res.status().as_u16() < 400, "{}", res.status());
    let (_, html) = visitor.get(&form).await;
    assert!(
        html.contains("Beaucoup, merci"),
        "the form shows the answers given"
    );

    let all = results(&app, "").await;
    assert_eq!(all["responses"], 1, "{all}");
    assert_eq!(
        all["questions"][0]["counts"],
        json!([["1", 0], ["2", 0], ["3", 0], ["4", 0], ["5", 1]])
    );
    assert_eq!(all["questions"][0]["average"], 5.0);
    assert_eq!(
        all["questions"][1]["counts"],
        json!([["longer", 1], ["same", 0]])
    );
    assert_eq!(all["questions"][2]["texts"], json!(["Beaucoup, merci"]));
    assert_eq!(results(&app, "?language=fr").await["responses"], 1);
    assert_eq!(results(&app, "?language=en").await["responses"], 0);
    assert_eq!(results(&app, "?region=west_africa").await["responses"], 1);

    // The event's dashboard: the rating as a chart, the texts listed, the filter applied; the
    // region report beside it hides the group of one.
    let mut admin = super::super::admin::signed_in(&app, super::super::admin::ADMIN).await;
    let (status, page) = admin.get("/admin/events/seminar/dashboard").await;
    assert_eq!(status, 200);
    assert!(
        page.contains("<title id=\"feedback-overall-title\">"),
        "rating chart"
    );
    assert!(page.contains("<li>Beaucoup, merci</li>"));
    assert!(page.contains("id=\"table-reporting\""));
    assert!(
        page.contains("<th scope=\"row\">West Africa</th><td>fewer than 5</td>"),
        "{page}"
    );
    let (_, filtered) = admin
        .get("/admin/events/seminar/dashboard?language=en&region=")
        .await;
    assert!(!filtered.contains("Beaucoup, merci"));

    // The export, linked from the dashboard: one line, with the participant, as the answers
    // are not anonymous.
    assert!(page.contains("href=\"/admin/events/seminar/feedback.csv\""));
    let (status, text) = admin.get("/admin/events/seminar/feedback.csv").await;
    assert_eq!(status, 200);
    let (header, lines) = csv_lines(text.as_bytes());
    assert_eq!(
        header,
        [
            "registration_id",
            "name",
            "email",
            "submitted_at",
            "language",
            "region",
            "overall",
            "format",
            "learned"
        ]
    );
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert_eq!(lines[0][1..3], ["Inês Gonçalves", "ines@example.org"]);
    assert_eq!(
        lines[0][4..],
        ["fr", "west_africa", "5", "longer", "Beaucoup, merci"]
    );

    // Not an attendee: no form.
    assert_eq!(
        app.get(&format!("/r/{absent}/feedback")).await.status(),
        404
    );
    // Stored with the link to the registration, as this event's answers are not anonymous.
    let rows = feedback::Entity::find()
        .all(&app.state.db)
        .await
        .expect("rows");
    assert!(rows[0].registration_id.is_some());
}

#[tokio::test]
async fn anonymous_feedback_has_no_link_and_closes_on_its_date() {
    let app = spawn_app().await;
    let closes = chrono::Utc::now() + Duration::days(12);
    let (ines, _) = after_event(
        &app,
        json!({"feedback_anonymous": true, "feedback_closes_at": closes.to_rfc3339()}),
    )
    .await;
    let form = format!("/r/{ines}/feedback");
    let mut visitor = app.visitor();
    let res = visitor.submit(&form, &form, &[("overall", "3")]).await;
    assert!(res.status().as_u16() < 400, "{}", res.status());
    let rows = feedback::Entity::find()
        .all(&app.state.db)
        .await
        .expect("rows");
    assert_eq!(rows.len(), 1);
    assert_eq!(
        rows[0].registration_id, None,
        "anonymous: no link to the registration"
    );
    // The export holds the answers, nothing that names the participant.
    let res = app
        .client
        .get(app.url("/api/v1/events/seminar/feedback.csv"))
        .bearer_auth(&app.token)
        .send()
        .await
        .expect("GET");
    assert_eq!(res.status(), 200);
    let bytes = res.bytes().await.expect("body");
    let (header, lines) = csv_lines(&bytes);
    assert_eq!(
        header,
        ["language", "region", "overall", "format", "learned"]
    );
    assert_eq!(lines, [["fr", "west_africa", "3", "", ""]]);
    let text = String::from_utf8_lossy(&bytes);
    assert!(!text.contains("Inês") && !text.contains("ines@"), "{text}");

    app.clock.advance(Duration::days(2));
    let (status, html) = visitor.get(&form).await;
    assert_eq!(status, 200);
    assert!(html.contains("id=\"feedback-closed\""), "{html}");
    let res = visitor.submit(&form, &form, &[("overall", "1")]).await;
    assert_eq!(res.status(), 409);
    assert_eq!(results(&app, "").await["questions"][0]["average"], 3.0);
}
