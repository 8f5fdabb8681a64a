//! The messages page of an event: a refused form keeps what was written, the preview shows
//! the message as one participant reads it, a test goes to the organizer alone, sending
//! reaches the audience and shows in the participant's history and the change log; after
//! the event, one step writes the two follow-ups.

use chrono::Duration;
use serde_json::json;

use super::super::admin::{ADMIN, location, signed_in};
use super::super::helpers::spawn_app;
use super::super::mime;
use super::{confirmed, list, open_event, wait_delivered};

#[tokio::test]
async fn an_organizer_previews_tests_and_sends_a_message_from_the_admin() {
    let app = spawn_app().await;
    open_event(&app, "talk").await;
    let ana = confirmed(&app, "talk", "Ana", "ana@example.org", "nl").await;
    let mut admin = signed_in(&app, ADMIN).await;
    let page = "/admin/events/talk/messages";
    let (status, html) = admin.get(page).await;
    assert_eq!(status, 200);
    assert!(
        html.contains("id=\"subject-nl\"") && html.contains("id=\"body-fr\""),
        "a column per language"
    );

    // Nothing written: refused, in the page's language, the audience kept.
    let res = admin
        .submit(
            page,
            page,
            &[("audience", "waitlisted"), ("action", "send")],
        )
        .await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.expect("page");
    assert!(html.contains("at least one language"), "clear message");
    assert!(
        html.contains("value=\"waitlisted\" selected"),
        "audience kept"
    );

    let texts = [
        ("audience", "confirmed"),
        ("subject_en", "Slides"),
        ("body_en", "The *slides* are ready."),
        ("subject_nl", "Dia's"),
        ("body_nl", "De *dia's* zijn klaar."),
    ];
    let mut fields = texts.to_vec();
    fields.push(("action", "preview"));
    let res = admin.submit(page, page, &fields).await;
    assert_eq!(res.status(), 200);
    let html = res.text().await.expect("page");
    assert!(html.contains("id=\"message-preview\""), "preview shown");
    assert!(
        html.contains("De <em>dia"),
        "as Ana (Dutch) reads it: {html}"
    );
    assert!(
        html.contains("id=\"missing-languages\""),
        "French and Spanish are missing"
    );
    assert!(html.contains("Slides"), "texts kept");

    let mut fields = texts.to_vec();
    fields.push(("action", "test"));
    let res = admin.submit(page, page, &fields).await;
    assert_eq!(res.status(), 200);
    let test = app.smtp.wait_for(ADMIN.0, 1).await;
    assert!(mime::parse(&test[0].data).subject.contains("Slides"));
    assert_eq!(
        app.smtp.to("ana@example.org").len(),
        1,
        "a test reaches no participant"
    );

    let mut fields = texts.to_vec();
    fields.push(("action", "send"));
    let res = admin.submit(page, page, &fields).await;
    assert_eq!(res.status(), 303);
    assert!(
        location(&res).ends_with("done=sent&n=1"),
        "{}",
        location(&res)
    );
    let id = list(&app, "talk").await[0]["id"].as_i64().expect("id");
    wait_delivered(&app, "talk", id, 1).await;
    let mail = mime::parse(&app.smtp.to("ana@example.org")[1].data);
    assert_eq!(mail.subject, "Dia's");
    assert!(mail.text.contains(&ana));

    let (_, html) = admin.get("/admin/events/talk/registrations").await;
    assert!(
        html.contains("id=\"history-"),
        "the participant's history lists it"
    );
    assert!(html.contains("Dia&#39;s") || html.contains("Dia's") || html.contains("Slides"));
    let (_, html) = admin.get("/admin/events/talk/audit").await;
    assert!(html.contains("Message sent"), "in the change log");
}

#[tokio::test]
async fn after_the_event_one_step_writes_both_follow_ups() {
    let app = spawn_app().await;
    let start = chrono::Utc::now() + Duration::days(1);
    app.create_event(
        "past",
        json!({"require_email_confirmation": false, "starts_at": start.to_rfc3339(),
               "ends_at": (start + Duration::hours(1)).to_rfc3339(),
               "feedback": [{"id": "useful", "kind": "rating", "label": {"en": "Useful?"}}]}),
    )
    .await;
    confirmed(&app, "past", "Ana", "ana@example.org", "fr").await;
    confirmed(&app, "past", "Ben", "ben@example.org", "en").await;
    let (status, _) = app
        .api(
            reqwest::Method::POST,
            "/api/v1/events/past/attendance",
            Some(json!({"emails": ["ana@example.org"]})),
        )
        .await;
    assert_eq!(status, 200);
    let (status, early) = app
        .api(
            reqwest::Method::POST,
            "/api/v1/events/past/follow-ups",
            Some(json!({})),
        )
        .await;
    assert_eq!(status, 422, "not before the end: {early}");

    app.clock.advance(Duration::days(2));
    let mut admin = signed_in(&app, ADMIN).await;
    let page = "/admin/events/past/messages";
    let res = admin
        .submit(
            page,
            "/admin/events/past/messages/follow-up",
            &[
                ("recording", "https://video.example.org/rec"),
                ("materials", "https://docs.example.org/slides"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    let drafts = list(&app, "past").await;
    assert_eq!(drafts.len(), 2);
    let attended = drafts
        .iter()
        .find(|m| m["audience"] == "attended")
        .expect("attended");
    let absent = drafts
        .iter()
        .find(|m| m["audience"] == "absent")
        .expect("absent");
    assert_eq!(attended["status"], "draft");
    let fr = attended["body"]["fr"].as_str().expect("French body");
    assert!(
        fr.contains("https://video.example.org/rec")
            && fr.contains("{{certificate}}")
            && fr.contains("{{feedback}}"),
        "{fr}"
    );
    let en = absent["body"]["en"].as_str().expect("English body");
    assert!(
        en.contains("https://docs.example.org/slides") && !en.contains("{{certificate}}"),
        "{en}"
    );

    // Ready to edit, then sent: each attendee gets their own certificate and feedback links.
    let id = attended["id"].as_i64().expect("id");
    let (status, sent) = app
        .api(
            reqwest::Method::POST,
            &format!("/api/v1/events/past/messages/{id}/send"),
            None,
        )
        .await;
    assert_eq!(status, 200, "{sent}");
    assert_eq!(sent["recipients"], 1);
    wait_delivered(&app, "past", id, 1).await;
    // Found by its content: the scheduler may have sent a reminder too, in either order.
    let follow_up = |address: &str| {
        app.smtp
            .to(address)
            .iter()
            .map(|m| mime::parse(&m.data))
            .find(|m| m.text.contains("https://video.example.org/rec"))
    };
    let mail = follow_up("ana@example.org").expect("Ana's follow-up");
    assert!(
        mail.text.contains("/certificate.pdf") && mail.text.contains("/feedback"),
        "{}",
        mail.text
    );
    assert!(follow_up("ben@example.org").is_none(), "Ben was absent");
}
