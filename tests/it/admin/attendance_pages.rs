//! Attendance, exports, the check-in desk and the dashboard from the admin pages, through
//! real HTTP with a signed-in organizer.

use serde_json::json;

use super::{ADMIN, form_fields, location, organizer, signed_in};
use crate::attendance::{Person, event_model, seed};
use crate::helpers::{TestApp, Visitor, hidden, spawn_app};

/// Ada twice (letter case differs), Grace, and someone who did not register.
const ZOOM: &str =
    "\u{feff}Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants
812 3456 7890,Social protection,03/12/2026 02:00:00 PM,03/12/2026 04:05:00 PM,host@example.org,125,4

Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest
Ada (Ada Lovelace),ada@example.org,03/12/2026 02:01:00 PM,03/12/2026 02:46:00 PM,45,Yes
Grace,GRACE@EXAMPLE.ORG,03/12/2026 02:03:00 PM,03/12/2026 02:53:00 PM,50,Yes
Ada (Ada Lovelace),Ada@Example.Org,03/12/2026 03:00:00 PM,03/12/2026 03:30:00 PM,30,Yes
Zed Unknown,zed@example.org,03/12/2026 02:10:00 PM,03/12/2026 02:15:00 PM,5,Yes
";

async fn three(app: &TestApp, slug: &str, kind: &str) -> Vec<i64> {
    app.create_event(
        slug,
        json!({"require_email_confirmation": false, "kind": kind, "venue": "Cotonou"}),
    )
    .await;
    seed(
        app,
        slug,
        &[
            Person::new("Ada Lovelace", "ada@example.org", "BE"),
            Person::new("Grace Hopper", "Grace@Example.org", "BJ"),
            Person::new("Bob Builder", "bob@example.org", "PE"),
        ],
    )
    .await
    .into_iter()
    .map(|r| r.id)
    .collect()
}

async fn attended(app: &TestApp, id: i64) -> (bool, Option<i32>) {
    use sea_orm::EntityTrait;
    let reg = convene::db::registration::Entity::find_by_id(id)
        .one(&app.state.db)
        .await
        .expect("query")
        .expect("registration");
    (reg.attended, reg.attended_minutes)
}

/// Posts the form with this action as found on `page`, as a browser would.
async fn post_form(v: &mut Visitor<'_>, page: &str, action: &str) -> reqwest::Response {
    let (_, html) = v.get(page).await;
    let fields = form_fields(&html, action);
    let fields: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    v.post(action, &fields).await
}

#[tokio::test]
async fn toggle_paste_upload_and_export_from_the_registrations_page() {
    let app = spawn_app().await;
    let ids = three(&app, "webinar", "webinar").await;
    let mut v = signed_in(&app, ADMIN).await;
    let list = "/admin/events/webinar/registrations";

    // One by hand, and back again.
    let toggle = format!("{list}/{}/attended", ids[2]);
    let res = post_form(&mut v, list, &toggle).await;
    assert_eq!(res.status(), 303);
    assert!(
        location(&res).contains("done=attended"),
        "{}",
        location(&res)
    );
    assert_eq!(attended(&app, ids[2]).await, (true, None));
    let res = post_form(&mut v, list, &toggle).await;
    assert_eq!(res.status(), 303);
    assert!(!attended(&app, ids[2]).await.0, "the second click unmarks");
    let res = v
        .post(&toggle, &[("csrf_token", "forged"), ("attended", "yes")])
        .await;
    assert_eq!(res.status(), 403, "no form token, no change");
    assert!(!attended(&app, ids[2]).await.0);

    // A pasted list: one registered address in other letter case, one stranger.
    let action = "/admin/events/webinar/attendance/emails";
    let res = v
        .submit(
            list,
            action,
            &[("emails", "BOB@example.org\nnobody@example.org")],
        )
        .await;
    assert_eq!(res.status(), 200);
    let page = res.text().await.expect("page");
    assert!(page.contains("id=\"rows-matched\">1<"), "{page}");
    assert!(page.contains("id=\"rows-unmatched\">1<"));
    assert!(page.contains("nobody@example.org"));
    assert!(attended(&app, ids[2]).await.0);

    // A Zoom report through the page's upload form.
    let (_, html) = v.get(list).await;
    let upload = |csrf: String| {
        let part = reqwest::multipart::Part::bytes(ZOOM.as_bytes().to_vec())
            .file_name("participants.csv")
            .mime_str("text/csv")
            .expect("mime");
        reqwest::multipart::Form::new()
            .text("csrf_token", csrf)
            .part("file", part)
    };
    let post = |form| {
        app.client
            .post(app.url("/admin/events/webinar/attendance/report"))
            .header("cookie", v.cookie_header())
            .multipart(form)
            .send()
    };
    let res = post(upload(hidden(&html, "csrf_token")))
        .await
        .expect("upload");
    assert_eq!(res.status(), 200);
    let page = res.text().await.expect("page");
    for (id, n) in [("rows-read", 4), ("rows-matched", 3), ("rows-unmatched", 1)] {
        assert!(
            page.contains(&format!("id=\"{id}\">{n}<")),
            "{id} {n}: {page}"
        );
    }
    assert!(page.contains("Zed Unknown") && page.contains("zed@example.org"));
    assert_eq!(
        attended(&app, ids[0]).await,
        (true, Some(75)),
        "minutes add up"
    );
    let res = post(upload(hidden(&html, "csrf_token")))
        .await
        .expect("again");
    let page = res.text().await.expect("page");
    assert!(
        page.contains("id=\"people-changed\">0<"),
        "a second upload changes nothing"
    );
    let res = post(upload("forged".into())).await.expect("forged");
    assert_eq!(res.status(), 403);

    // The export links carry the list's filters; the CSV parses and holds the attendees.
    let (_, page) = v.get(&format!("{list}?attended=yes")).await;
    let link = "/admin/events/webinar/registrations.csv?attended=yes";
    assert!(
        page.contains(&link.replace('&', "&amp;")),
        "export link with filters"
    );
    let res = app
        .client
        .get(app.url(link))
        .header("cookie", v.cookie_header())
        .send()
        .await
        .expect("csv");
    assert_eq!(res.status(), 200);
    assert!(
        res.headers()["content-type"]
            .to_str()
            .unwrap_or("")
            .starts_with("text/csv")
    );
    let body = res.bytes().await.expect("body");
    let body = body
        .strip_prefix("\u{feff}".as_bytes())
        .expect("byte-order mark");
    let mut reader = csv::Reader::from_reader(body);
    let header = reader.headers().expect("header").clone();
    let email = header
        .iter()
        .position(|h| h == "email")
        .expect("email column");
    let mut emails: Vec<String> = reader
        .records()
        .map(|r| r.expect("row")[email].to_lowercase())
        .collect();
    emails.sort();
    assert_eq!(
        emails,
        ["ada@example.org", "bob@example.org", "grace@example.org"]
    );
    let anonymous = app
        .client
        .get(app.url(link))
        .send()
        .await
        .expect("anonymous");
    assert_ne!(anonymous.status(), 200, "no export without a session");
}

#[tokio::test]
async fn check_in_desk_search_mark_and_the_qr_link() {
    let app = spawn_app().await;
    let ids = three(&app, "congress", "in_person").await;
    let mut v = signed_in(&app, ADMIN).await;
    let desk = "/admin/events/congress/checkin";

    let (status, page) = v.get(&format!("{desk}?q=ADA")).await;
    assert_eq!(status, 200);
    assert!(page.contains(&format!("checkin-button-{}", ids[0])));
    assert!(
        !page.contains(&format!("checkin-button-{}", ids[1])),
        "only matches"
    );
    let action = format!("{desk}/{}", ids[0]);
    let res = post_form(&mut v, &format!("{desk}?q=ADA"), &action).await;
    assert_eq!(res.status(), 303);
    let (_, page) = v.get(&location(&res)).await;
    assert!(page.contains("Ada Lovelace is checked in."), "{page}");
    assert!(attended(&app, ids[0]).await.0);
    // In Dutch the desk is the reception ("onthaal") and people are checked in, not "inside".
    let (_, page) = v.get(&format!("{desk}?q=ADA&lang=nl")).await;
    assert!(
        page.contains("Onthaal") && page.contains("Ingecheckt"),
        "{page}"
    );
    assert!(
        !page.contains("Ingang") && !page.contains("Binnen"),
        "{page}"
    );

    // The participant's page and their QR code.
    let ev = event_model(&app, "congress").await;
    let token = app
        .state
        .secret
        .registration_token(ev.id, "grace@example.org");
    let (_, page) = app.visitor().get(&format!("/r/{token}")).await;
    assert!(
        page.contains(&format!("/r/{token}/qr.svg")),
        "QR code on the page"
    );
    let res = app.get(&format!("/r/{token}/qr.svg")).await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "image/svg+xml");
    assert!(res.text().await.expect("svg").contains("<svg"));

    // The check-in link opens for the event's organizers only.
    let link = convene::web::checkin_link::path(&app.state, ids[1]);
    let (status, page) = v.get(&link).await;
    assert_eq!(status, 200);
    assert!(page.contains(&format!("checkin-button-{}", ids[1])));
    let (status, _) = v.get(&format!("{link}x")).await;
    assert_eq!(status, 404, "a forged signature");
    let stranger = organizer(&app, "stranger@example.org").await;
    let mut s = signed_in(&app, stranger).await;
    let (status, _) = s.get(&link).await;
    assert_eq!(status, 404, "an organizer of other events");
    let (status, _) = s.get(desk).await;
    assert_eq!(status, 404);
    let res = app.get(&link).await;
    assert_eq!(res.status(), 303, "signed out: to the sign-in");
    assert!(location(&res).starts_with("/admin/login"));
}

#[tokio::test]
async fn dashboard_pages_show_the_known_numbers() {
    let app = spawn_app().await;
    let ids = three(&app, "congress", "in_person").await;
    let ev = event_model(&app, "congress").await;
    convene::services::attendance::set_attended(&app.state, &ev, ids[1], true)
        .await
        .expect("mark");
    let mut v = signed_in(&app, ADMIN).await;
    let (status, page) = v.get("/admin/events/congress/dashboard").await;
    assert_eq!(status, 200);
    for (id, n) in [
        ("count-registrations", "3"),
        ("count-confirmed", "3"),
        ("count-waitlisted", "0"),
        ("count-cancelled", "0"),
        ("count-attended", "1"),
        ("attendance-rate", "33 %"),
    ] {
        assert!(page.contains(&format!("id=\"{id}\">{n}<")), "{id} {n}");
    }
    assert!(page.contains("<svg"), "charts");
    for row in [
        "<th scope=\"row\">West Africa</th><td>1</td><td>1</td>",
        "<th scope=\"row\">Europe</th><td>1</td><td>0</td>",
        "<th scope=\"row\">Benin</th><td>1</td><td>1</td>",
    ] {
        assert!(page.contains(row), "{row}");
    }
    let (status, page) = v.get("/admin/dashboard").await;
    assert_eq!(status, 200);
    assert!(page.contains("/admin/events/congress/dashboard"));
    assert!(page.contains("id=\"count-attended\">1<"));
}
