//! Events through the pages: create, edit, preview, publish, unpublish, cancel; who may see
//! what; and the form token on every form.

use serde_json::json;

use super::{ADMIN, location, organizer, signed_in};
use crate::helpers::{person, spawn_app};
use crate::{ical, mime};

/// The fields of a complete event form, in three languages, with a choice question.
fn event_fields(slug: &str) -> Vec<(&'static str, String)> {
    let starts = chrono::Utc::now() + chrono::Duration::days(20);
    let day = starts.format("%Y-%m-%d").to_string();
    [
        ("slug", slug.to_string()),
        ("kind", "hybrid".into()),
        ("timezone", "Europe/Brussels".into()),
        ("starts_at", format!("{day}T14:00")),
        ("ends_at", format!("{day}T16:30")),
        ("capacity", "40".into()),
        ("registration_opens_at", String::new()),
        ("registration_closes_at", String::new()),
        ("reminders", "1440, 60".into()),
        ("require_email_confirmation", "on".into()),
        ("waitlist", "on".into()),
        ("join_url", "https://meet.example.org/summit".into()),
        ("venue", "Rue de la Loi 1, Bruxelles".into()),
        ("languages", "fr".into()),
        ("languages", "nl".into()),
        ("languages", "en".into()),
        ("default_language", "fr".into()),
        ("tr.fr.title", "Sommet social".into()),
        ("tr.fr.description", "Un **sommet**.".into()),
        ("tr.fr.location", "Bruxelles".into()),
        ("tr.nl.title", "Sociale top".into()),
        ("tr.en.title", "Social summit".into()),
        ("q.0.id", "diet".into()),
        ("q.0.kind", "choice".into()),
        ("q.0.required", "on".into()),
        ("q.0.label.fr", "Régime".into()),
        ("q.0.label.en", "Diet".into()),
        ("q.0.opt.0.value", "veg".into()),
        ("q.0.opt.0.label.fr", "Végétarien".into()),
        ("q.0.opt.0.label.en", "Vegetarian".into()),
        ("q.1.id", String::new()),
        ("q.1.kind", "text".into()),
    ]
    .into_iter()
    .collect()
}

fn as_refs<'a>(fields: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    fields.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

#[tokio::test]
async fn an_event_is_created_edited_previewed_published_and_unpublished() {
    let app = spawn_app().await;
    let mut v = signed_in(&app, ADMIN).await;
    let (status, page) = v.get("/admin/events/new").await;
    assert_eq!(status, 200);
    assert!(
        page.contains("name=\"tr.es.title\""),
        "all four languages side by side"
    );

    // A refused form comes back as typed, with the reason next to the field.
    let mut wrong = event_fields("summit");
    wrong.retain(|(k, _)| *k != "ends_at");
    wrong.push(("ends_at", "2001-01-01T00:00".into()));
    let res = v
        .submit("/admin/events/new", "/admin/events/new", &as_refs(&wrong))
        .await;
    assert_eq!(res.status(), 422);
    let page = res.text().await.expect("page");
    assert!(page.contains("The end must be after the start."));
    assert!(page.contains("value=\"Sommet social\""));

    let fields = event_fields("summit");
    let res = v
        .submit("/admin/events/new", "/admin/events/new", &as_refs(&fields))
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), "/admin/events/summit?done=created");
    let (_, ev) = app
        .api(reqwest::Method::GET, "/api/v1/events/summit", None)
        .await;
    assert_eq!(ev["status"], "draft");
    assert_eq!(ev["kind"], "hybrid");
    assert_eq!(ev["capacity"], 40);
    assert_eq!(ev["default_language"], "fr");
    assert_eq!(ev["translations"]["nl"]["title"], "Sociale top");
    assert_eq!(
        ev["questions"][0]["options"][0]["label"]["fr"],
        "Végétarien"
    );
    assert_eq!(ev["questions"].as_array().map(Vec::len), Some(1));
    assert!(
        ev["starts_at"]
            .as_str()
            .is_some_and(|t| t.ends_with("T12:00:00Z") || t.ends_with("T13:00:00Z")),
        "14:00 in Brussels: {}",
        ev["starts_at"]
    );

    // The event page lists the languages and flags the one offered without a title.
    let (_, page) = v.get("/admin/events/summit?lang=en").await;
    assert!(page.contains("Draft"));
    let (status, _) = v.get("/events/summit").await;
    assert_eq!(status, 404, "a draft is not public");
    let (status, page) = v.get("/admin/events/summit/preview?lang=fr").await;
    assert_eq!(status, 200);
    assert!(
        page.contains("Sommet social"),
        "the preview shows the public page"
    );

    let (_, page) = v.get("/admin/events/summit/edit").await;
    assert!(page.contains("value=\"Sociale top\""));
    assert!(
        page.contains("value=\"veg\""),
        "questions come back as fields"
    );
    let mut edited = event_fields("ignored");
    edited.retain(|(k, _)| !matches!(*k, "capacity" | "tr.en.title" | "languages"));
    edited.extend([
        ("capacity", "60".to_string()),
        ("tr.en.title", "Social summit 2026".into()),
        ("languages", "fr".into()),
        ("languages", "en".into()),
        ("languages", "es".into()),
    ]);
    let res = v
        .submit(
            "/admin/events/summit/edit",
            "/admin/events/summit/edit",
            &as_refs(&edited),
        )
        .await;
    assert_eq!(res.status(), 303);
    let (_, ev) = app
        .api(reqwest::Method::GET, "/api/v1/events/summit", None)
        .await;
    assert_eq!(ev["slug"], "summit", "the slug stays");
    assert_eq!(ev["capacity"], 60);
    assert_eq!(ev["translations"]["en"]["title"], "Social summit 2026");
    let (_, page) = v.get("/admin/events/summit/edit?lang=en").await;
    assert!(
        page.contains("translation missing"),
        "Spanish is offered without a title"
    );

    let res = v
        .submit("/admin/events/summit", "/admin/events/summit/publish", &[])
        .await;
    assert_eq!(res.status(), 303);
    let (status, page) = v.get("/events/summit?lang=nl").await;
    assert_eq!(status, 200);
    assert!(page.contains("Sociale top"));
    let res = v
        .submit(
            "/admin/events/summit",
            "/admin/events/summit/unpublish",
            &[],
        )
        .await;
    assert_eq!(res.status(), 303);
    let (status, _) = v.get("/events/summit").await;
    assert_eq!(status, 404);

    let (status, page) = v.get("/admin/events/summit/audit?lang=en").await;
    assert_eq!(status, 200);
    for action in ["Event created", "Event changed", "Published", "Unpublished"] {
        assert!(page.contains(action), "audit log lacks {action}");
    }
    assert!(page.contains("admin@example.org"));
    assert!(page.contains("capacity: 40 → 60"));
}

#[tokio::test]
async fn cancelling_asks_first_and_sends_calendar_cancellations() {
    let app = spawn_app().await;
    app.create_event("gala", json!({"require_email_confirmation": false}))
        .await;
    for (name, email) in [("Ada", "ada@example.org"), ("Bea", "bea@example.org")] {
        app.register("gala", &person(name, email)).await;
        app.smtp.wait_for(email, 1).await;
    }
    let mut v = signed_in(&app, ADMIN).await;
    let (status, page) = v.get("/admin/events/gala/cancel").await;
    assert_eq!(status, 200);
    assert!(page.contains("The 2 people registered"), "{page}");
    let (_, ev) = app
        .api(reqwest::Method::GET, "/api/v1/events/gala", None)
        .await;
    assert_eq!(ev["status"], "published", "asking changes nothing");

    let res = v.post("/admin/events/gala/cancel", &[]).await;
    assert_eq!(res.status(), 403, "no form token, no cancellation");
    let res = v
        .submit(
            "/admin/events/gala/cancel",
            "/admin/events/gala/cancel",
            &[],
        )
        .await;
    assert_eq!(res.status(), 303);
    let (_, ev) = app
        .api(reqwest::Method::GET, "/api/v1/events/gala", None)
        .await;
    assert_eq!(ev["status"], "cancelled");
    for email in ["ada@example.org", "bea@example.org"] {
        let mails = app.smtp.wait_for(email, 2).await;
        let mail = mime::parse(&mails[1].data);
        assert!(mail.subject.contains("Event cancelled"), "{}", mail.subject);
        let (_, body) = mail.calendars.first().expect("a calendar attachment");
        assert_eq!(ical::parse(body).method, "CANCEL");
    }
    let res = v
        .submit("/admin/events/gala", "/admin/events/gala/publish", &[])
        .await;
    assert_eq!(res.status(), 409, "a cancelled event stays cancelled");
    let (_, page) = v.get("/admin/events/gala/registrations").await;
    let id = page
        .split("<tr id=\"registration-")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a registration")
        .to_string();
    let list = "/admin/events/gala/registrations";
    let res = v.submit(list, &format!("{list}/{id}/resend"), &[]).await;
    assert!(
        location(&res).ends_with("problem=not-allowed"),
        "no invitation goes out for a cancelled event"
    );
    let (_, page) = v.get("/admin/events/gala/audit").await;
    assert!(page.contains("Event cancelled"));
}

#[tokio::test]
async fn an_organizer_sees_and_changes_only_their_own_events() {
    let app = spawn_app().await;
    app.create_event("admins-event", json!({})).await;
    let bob = organizer(&app, "bob@example.org").await;
    let mut v = signed_in(&app, bob).await;
    let (status, page) = v.get("/admin/events").await;
    assert_eq!(status, 200);
    assert!(!page.contains("admins-event"));
    for path in [
        "/admin/events/admins-event",
        "/admin/events/admins-event/edit",
        "/admin/events/admins-event/preview",
        "/admin/events/admins-event/registrations",
        "/admin/events/admins-event/audit",
        "/admin/events/admins-event/cancel",
    ] {
        let (status, _) = v.get(path).await;
        assert_eq!(status, 404, "{path}");
    }
    let res = v
        .submit("/admin/events", "/admin/events/admins-event/cancel", &[])
        .await;
    assert_eq!(res.status(), 404);
    let (status, _) = v.get("/admin/users").await;
    assert_eq!(status, 403, "accounts are for admins");
    let (_, page) = v.get("/admin/events/new").await;
    assert!(
        !page.contains("name=\"owner\""),
        "organizers cannot give events away"
    );

    let fields = event_fields("bobs-event");
    let res = v
        .submit("/admin/events/new", "/admin/events/new", &as_refs(&fields))
        .await;
    assert_eq!(res.status(), 303);
    let (_, page) = v.get("/admin/events").await;
    assert!(page.contains("/admin/events/bobs-event"));

    // The admin sees both, and hands the first one over.
    let mut admin = signed_in(&app, ADMIN).await;
    let (_, page) = admin.get("/admin/events").await;
    assert!(page.contains("/admin/events/bobs-event"));
    assert!(page.contains("/admin/events/admins-event"));
    let (_, page) = admin.get("/admin/events/admins-event/edit").await;
    let bob_id = page
        .split("<option value=\"")
        .find_map(|chunk| chunk.split_once("\">bob@example.org"))
        .map(|(id, _)| id.to_string())
        .expect("bob among the owners");
    let mut fields = event_fields("ignored");
    fields.push(("owner", bob_id));
    let res = admin
        .submit(
            "/admin/events/admins-event/edit",
            "/admin/events/admins-event/edit",
            &as_refs(&fields),
        )
        .await;
    assert_eq!(res.status(), 303);
    let (status, _) = v.get("/admin/events/admins-event").await;
    assert_eq!(status, 200, "given to bob, bob manages it");
}
