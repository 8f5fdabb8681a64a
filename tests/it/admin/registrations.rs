//! An event's registrations in the admin: search, filters, sorting, pages; adding one by
//! hand, changing a status, sending an email again, and the delivery state of each.

use sea_orm::{ActiveModelTrait, EntityTrait, Set};
use serde_json::json;

use super::{ADMIN, location, signed_in};
use crate::helpers::{TestApp, person, spawn_app};
use crate::mime;

/// Writes registrations straight into the database: the list is what is tested here, not
/// the form, and sixty form posts would only make the test slow.
async fn seed(app: &TestApp, slug: &str, count: usize) {
    let ev = convene::db::event::find_by_slug(&app.state.db, slug)
        .await
        .expect("query")
        .expect("event");
    let now = chrono::Utc::now();
    for i in 0..count {
        let (country, language, status, org) = match i % 3 {
            0 => ("BE", "nl", "confirmed", "ACV-CSC"),
            1 => ("FR", "fr", "waitlisted", "CGT"),
            _ => ("ES", "es", "pending", "CCOO"),
        };
        convene::db::registration::ActiveModel {
            event_id: Set(ev.id),
            token_hash: Set(format!("{slug}-{i}")),
            name: Set(format!("Person {i:03}")),
            email: Set(format!("person{i:03}@example.org")),
            email_key: Set(format!("person{i:03}@example.org")),
            organization: Set(org.into()),
            country: Set(country.into()),
            language: Set(language.parse().expect("language")),
            status: Set(status.parse().expect("status")),
            answers: Set(Default::default()),
            consent_at: Set(now),
            consent_version: Set("test".into()),
            registered_at: Set(now),
            attended: Set(i % 4 == 0),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(&app.state.db)
        .await
        .expect("insert");
    }
}

fn rows(page: &str) -> Vec<String> {
    page.split("<tr id=\"registration-")
        .skip(1)
        .map(|row| row.split("</tr>").next().unwrap_or_default().to_string())
        .collect()
}

#[tokio::test]
async fn search_filter_sort_and_page() {
    let app = spawn_app().await;
    app.create_event("big", json!({})).await;
    seed(&app, "big", 60).await;
    let mut v = signed_in(&app, ADMIN).await;
    let base = "/admin/events/big/registrations";

    let (status, page) = v.get(base).await;
    assert_eq!(status, 200);
    assert!(page.contains("60 registrations"));
    assert_eq!(rows(&page).len(), 50, "fifty to a page");
    assert!(page.contains("Page 1 of 2"));
    let (_, page) = v.get(&format!("{base}?page=2")).await;
    assert_eq!(rows(&page).len(), 10);

    let (_, page) = v.get(&format!("{base}?q=PERSON+00")).await;
    assert!(
        page.contains("10 registrations"),
        "name search, letter case ignored"
    );
    let (_, page) = v.get(&format!("{base}?q=person007%40example")).await;
    assert_eq!(rows(&page).len(), 1, "email search");
    let (_, page) = v.get(&format!("{base}?q=ccoo")).await;
    assert!(page.contains("20 registrations"), "organization search");
    let (_, page) = v.get(&format!("{base}?q=50%25")).await;
    assert!(page.contains("0 registrations"), "% is not a wildcard");

    let (_, page) = v.get(&format!("{base}?status=waitlisted")).await;
    assert!(page.contains("20 registrations"));
    let (_, page) = v.get(&format!("{base}?country=FR&language=fr")).await;
    assert!(page.contains("20 registrations"));
    let (_, page) = v.get(&format!("{base}?country=FR&language=nl")).await;
    assert!(page.contains("0 registrations"));
    let (_, page) = v.get(&format!("{base}?attended=yes")).await;
    assert!(page.contains("15 registrations"));
    let (_, page) = v.get(&format!("{base}?attended=no&status=confirmed")).await;
    assert!(page.contains("15 registrations"));

    let (_, page) = v.get(&format!("{base}?sort=-name")).await;
    let first = rows(&page).into_iter().next().expect("a row");
    assert!(first.contains("Person 059"), "{first}");
    let (_, page) = v.get(&format!("{base}?sort=name&status=pending")).await;
    let first = rows(&page).into_iter().next().expect("a row");
    assert!(first.contains("Person 002"), "{first}");
    assert!(
        page.contains("sort=-name"),
        "a second click on the column reverses the order"
    );
    let (_, page) = v
        .get(&format!("{base}?status=pending&page=1&sort=name"))
        .await;
    assert!(!page.contains("rel=\"next\""), "one page only");
}

#[tokio::test]
async fn add_change_status_and_resend_with_emails_and_delivery_state() {
    let app = spawn_app().await;
    app.create_event("seminar", json!({"capacity": 1})).await;
    let mut v = signed_in(&app, ADMIN).await;
    let list = "/admin/events/seminar/registrations";
    let new = "/admin/events/seminar/registrations/new";

    let res = v
        .submit(new, new, &[("name", "Ada"), ("email", "nope")])
        .await;
    assert_eq!(res.status(), 422, "the same checks as the public form");
    let mut fields = person("Ada Lovelace", "ada@example.org");
    let res = v.submit(new, new, &fields).await;
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), format!("{list}?done=added"));
    let mails = app.smtp.wait_for("ada@example.org", 1).await;
    assert!(
        mime::parse(&mails[0].data)
            .subject
            .contains("Please confirm")
    );
    let res = v.submit(new, new, &fields).await;
    assert_eq!(res.status(), 409, "already registered");
    assert!(
        res.text()
            .await
            .expect("page")
            .contains("already registered")
    );

    fields = person("Bea Smith", "bea@example.org");
    assert_eq!(v.submit(new, new, &fields).await.status(), 303);
    app.smtp.wait_for("bea@example.org", 1).await;

    let (_, page) = v.get(&format!("{list}?q=ada")).await;
    let ada = page
        .split("id=\"registration-")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .expect("Ada's row")
        .to_string();
    let (_, page) = v.get(&format!("{list}?q=bea")).await;
    let bea = page
        .split("id=\"registration-")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .expect("Bea's row")
        .to_string();

    // Ada is confirmed by hand: she gets the seat and an invite.
    let status = format!("/admin/events/seminar/registrations/{ada}/status");
    let back = format!("{list}?q=ada&page=1");
    let res = v
        .submit(list, &status, &[("status", "confirmed"), ("back", &back)])
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), format!("{back}&done=status"));
    let mails = app.smtp.wait_for("ada@example.org", 2).await;
    let confirmed = mime::parse(&mails[1].data);
    assert!(
        confirmed.subject.contains("confirmed"),
        "{}",
        confirmed.subject
    );
    assert_eq!(confirmed.calendars.len(), 1, "with the invite");

    // The only seat is taken: Bea cannot be confirmed too.
    let status_bea = format!("/admin/events/seminar/registrations/{bea}/status");
    let res = v
        .submit(list, &status_bea, &[("status", "confirmed")])
        .await;
    assert!(
        location(&res).ends_with("problem=no-seat"),
        "{}",
        location(&res)
    );
    let (_, page) = v.get(&location(&res)).await;
    assert!(page.contains("No seat is free"));

    let resend = format!("/admin/events/seminar/registrations/{ada}/resend");
    let res = v.submit(list, &resend, &[]).await;
    assert!(location(&res).ends_with("done=resent"));
    let mails = app.smtp.wait_for("ada@example.org", 3).await;
    assert!(mime::parse(&mails[2].data).subject.contains("confirmed"));

    // Cancelling Ada frees the seat; a refused "back" cannot lead elsewhere.
    let res = v
        .submit(
            list,
            &status,
            &[("status", "cancelled"), ("back", "https://evil.example/")],
        )
        .await;
    assert_eq!(location(&res), format!("{list}?done=status"));
    let mails = app.smtp.wait_for("ada@example.org", 4).await;
    assert!(mime::parse(&mails[3].data).subject.contains("cancelled"));
    let res = v.submit(list, &status, &[("status", "pending")]).await;
    assert!(location(&res).ends_with("problem=not-allowed"));

    // The list shows each one's status and the state of their last email.
    let mut delivered = false;
    for _ in 0..50 {
        let (_, page) = v.get(&format!("{list}?q=ada")).await;
        if page.contains("badge sent") {
            delivered = true;
            assert!(page.contains("badge cancelled"));
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(delivered, "the delivery state shows as sent");

    let (_, page) = v.get("/admin/events/seminar/audit").await;
    for what in [
        "Registration added",
        "Registration status changed",
        "Email sent again",
    ] {
        assert!(page.contains(what), "audit log lacks {what}");
    }
    assert!(page.contains(&format!("#{ada}: pending → confirmed")));
    let pending_or_not = convene::db::registration::Entity::find()
        .all(&app.state.db)
        .await
        .expect("rows");
    assert_eq!(pending_or_not.len(), 2);
}
