//! Invitations over real SMTP: members and pasted addresses invited in their language, a
//! paste with bad addresses held until confirmed, the personal link filling the form in, an
//! invite-only event refusing others with 403, reminders; and `visibility` keeping unlisted
//! events off the home page and the feed.

use serde_json::json;

use super::helpers::{TestApp, person, spawn_app};
use super::mime;

async fn directory(app: &TestApp) {
    use convene::services::members;
    let csv = "organization,country,region,contact_name,email,language\n\
        CSC,BE,,Ann Peeters,ann@example.org,nl\n\
        CNTG,GN,,Mamadou Diallo,mamadou@example.org,fr\n\
        CGTP,PE,,Rosa Quispe,rosa@example.org,es\n";
    let rows = members::parse_csv(csv).expect("rows");
    members::import(&app.state, &rows).await.expect("import");
}

fn invitation_link(app: &TestApp, address: &str, n: usize) -> (String, String) {
    let mails = app.smtp.to(address);
    let mail = mime::parse(&mails[n].data);
    let start = mail.text.find("/events/").expect("link");
    let path = mail.text[start..]
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_string();
    (mail.subject, path)
}

#[tokio::test]
async fn invitations_prefill_the_form_and_an_invite_only_event_refuses_others() {
    let app = spawn_app().await;
    directory(&app).await;
    app.create_event(
        "seminar",
        json!({"visibility": "invite_only", "require_email_confirmation": false}),
    )
    .await;
    let path = "/api/v1/events/seminar/invitations";
    let (status, held) = app
        .api(
            reqwest::Method::POST,
            path,
            Some(json!({"members": "all", "emails": ["guest@example.org", "bad@@example"]})),
        )
        .await;
    assert_eq!(status, 422, "{held}");
    // A word other than "all" is refused, not read as "nobody".
    let (status, refused) = app
        .api(
            reqwest::Method::POST,
            path,
            Some(json!({"members": "everyone", "confirm": true})),
        )
        .await;
    assert_eq!(status, 400, "{refused}");
    assert!(
        held["error"]["message"]
            .as_str()
            .unwrap_or_default()
            .contains("bad@@example")
    );
    let (_, list) = app.api(reqwest::Method::GET, path, None).await;
    assert_eq!(
        list["items"],
        json!([]),
        "nothing sent before the organizer confirms"
    );

    let (status, done) = app
        .api(
            reqwest::Method::POST,
            path,
            Some(json!({"members": "all", "emails": ["guest@example.org", "bad@@example"], "confirm": true})),
        )
        .await;
    assert_eq!(status, 201, "{done}");
    assert_eq!(done["invited"], 4);
    assert_eq!(done["invalid"][0]["email"], "bad@@example");

    app.smtp.wait_for("ann@example.org", 1).await;
    app.smtp.wait_for("mamadou@example.org", 1).await;
    app.smtp.wait_for("rosa@example.org", 1).await;
    app.smtp.wait_for("guest@example.org", 1).await;
    let (subject, link) = invitation_link(&app, "ann@example.org", 0);
    assert!(subject.starts_with("Uitnodiging"), "Dutch: {subject}");
    assert!(
        invitation_link(&app, "mamadou@example.org", 0)
            .0
            .starts_with("Invitation")
    );
    assert!(
        invitation_link(&app, "rosa@example.org", 0)
            .0
            .starts_with("Invitación")
    );
    assert!(
        invitation_link(&app, "guest@example.org", 0)
            .0
            .starts_with("Invitation"),
        "the event's default, English"
    );

    let mut ann = app.visitor();
    let (status, page) = ann.get(&link).await;
    assert_eq!(status, 200);
    assert!(page.contains("value=\"Ann Peeters\""), "name filled in");
    assert!(
        page.contains("value=\"ann@example.org\""),
        "address filled in"
    );
    assert!(page.contains("value=\"CSC\""), "organisation filled in");
    let (_, list) = app.api(reqwest::Method::GET, path, None).await;
    let row = |email: &str| {
        list["items"]
            .as_array()
            .expect("items")
            .iter()
            .find(|i| i["email"] == email)
            .cloned()
            .expect("invitee")
    };
    assert!(!row("ann@example.org")["opened_at"].is_null(), "opened");
    assert!(row("rosa@example.org")["opened_at"].is_null());

    // Someone not invited: a clear page with the organizer's contact, and 403.
    let res = app
        .register("seminar", &person("Zed", "zed@example.org"))
        .await;
    assert_eq!(res.status(), 403);
    let page = res.text().await.expect("page");
    assert!(page.contains("id=\"invite-only\""));
    assert!(
        page.contains("admin@example.org"),
        "the organizer's contact"
    );

    let mut fields = person("Ann Peeters", "ANN@example.org");
    fields.retain(|(k, _)| *k != "language");
    fields.push(("language", "nl"));
    let res = ann.register("seminar", &fields).await;
    assert_eq!(res.status(), 303, "an invited address registers");
    let (_, list) = app.api(reqwest::Method::GET, path, None).await;
    let registered: Vec<&str> = list["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter(|i| i["registered"] == true)
        .filter_map(|i| i["email"].as_str())
        .collect();
    assert_eq!(registered, ["ann@example.org"]);

    let (status, reminded) = app
        .api(reqwest::Method::POST, &format!("{path}/remind"), None)
        .await;
    assert_eq!(status, 200);
    assert_eq!(reminded["reminded"], 3, "everyone but Ann");
    let mails = app.smtp.wait_for("rosa@example.org", 2).await;
    assert!(
        mime::parse(&mails[1].data)
            .subject
            .starts_with("Recordatorio")
    );
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(
        app.smtp.to("ann@example.org").len(),
        2,
        "Ann: her invitation and her confirmation, no reminder"
    );
}

#[tokio::test]
async fn unlisted_and_invite_only_events_stay_off_the_home_page_and_the_feed() {
    let app = spawn_app().await;
    app.create_event("open-webinar", json!({"series": "network-meetings"}))
        .await;
    app.create_event(
        "by-link",
        json!({"visibility": "unlisted", "series": "network-meetings"}),
    )
    .await;
    app.create_event(
        "closed-seminar",
        json!({"visibility": "invite_only", "series": "network-meetings"}),
    )
    .await;
    let (status, bad) = app
        .api(
            reqwest::Method::PATCH,
            "/api/v1/events/by-link",
            Some(json!({"visibility": "secret"})),
        )
        .await;
    // Like an unknown kind or status: the body does not fit the event's type.
    assert_eq!(status, 400, "{bad}");
    assert!(bad.to_string().contains("visibility"), "{bad}");
    let (_, ev) = app
        .api(reqwest::Method::GET, "/api/v1/events/by-link", None)
        .await;
    assert_eq!(ev["visibility"], "unlisted");

    let home = app.get("/").await.text().await.expect("home");
    assert!(home.contains("/events/open-webinar"));
    assert!(!home.contains("/events/by-link") && !home.contains("/events/closed-seminar"));
    let feed = app.get("/calendar.ics").await.text().await.expect("feed");
    assert!(feed.contains("open-webinar"));
    assert!(!feed.contains("by-link") && !feed.contains("closed-seminar"));
    for path in [
        "/series/network-meetings",
        "/series/network-meetings/calendar.ics",
    ] {
        let series = app.get(path).await.text().await.expect("series");
        assert!(series.contains("open-webinar"), "{path}: {series}");
        assert!(
            !series.contains("by-link") && !series.contains("closed-seminar"),
            "{path} shows an event that is not listed: {series}"
        );
    }
    assert_eq!(
        app.get("/events/by-link").await.status(),
        200,
        "reachable by its link"
    );
    let res = app
        .register("by-link", &person("Ada", "ada@example.org"))
        .await;
    assert_eq!(res.status(), 303, "an unlisted event takes anyone");
}

#[tokio::test]
async fn an_invited_contact_cannot_bring_uninvited_delegates() {
    let app = spawn_app().await;
    app.create_event(
        "closed-meeting",
        json!({"visibility": "invite_only", "require_email_confirmation": false}),
    )
    .await;
    let (status, done) = app
        .api(
            reqwest::Method::POST,
            "/api/v1/events/closed-meeting/invitations",
            Some(json!({"emails": ["carla@example.org", "first@example.org"], "confirm": true})),
        )
        .await;
    assert_eq!(status, 201, "{done}");
    let with = |delegate: &'static str| {
        let mut fields = person("Carla Contact", "carla@example.org");
        fields.extend([
            ("delegate_name", "Delegate"),
            ("delegate_email", delegate),
            ("delegate_language", "fr"),
        ]);
        fields
    };
    let emails = |page: serde_json::Value| -> Vec<String> {
        page["items"]
            .as_array()
            .expect("items")
            .iter()
            .map(|r| r["email"].as_str().unwrap_or_default().to_string())
            .collect()
    };

    // An uninvited delegate: the whole delegation is refused, nothing is stored.
    let res = app
        .register("closed-meeting", &with("stranger@example.org"))
        .await;
    assert_eq!(res.status().as_u16(), 403);
    assert!(emails(app.registration_page("closed-meeting").await).is_empty());

    // Invited delegates come in; an uninvited one added later on the contact's page does not.
    let res = app
        .register("closed-meeting", &with("first@example.org"))
        .await;
    assert_eq!(res.status().as_u16(), 303);
    app.smtp.wait_for("carla@example.org", 2).await;
    let path = app
        .link_in_email("carla@example.org")
        .trim_start_matches(&app.base)
        .to_string();
    let page = format!("{path}/programme");
    let mut carla = app.visitor();
    carla.get(&page).await;
    let res = carla
        .submit(
            &page,
            &page,
            &[
                ("action", "delegates"),
                ("delegate_name", "Second"),
                ("delegate_email", "second@example.org"),
                ("delegate_language", "es"),
            ],
        )
        .await;
    assert_ne!(
        res.status().as_u16(),
        303,
        "an uninvited delegate is refused"
    );
    let mut stored = emails(app.registration_page("closed-meeting").await);
    stored.sort();
    assert_eq!(stored, ["carla@example.org", "first@example.org"]);
}
