//! Delegations refused with the values kept (422): the cap per organisation, counted over
//! every post of the organisation whatever its letter case, on the event form and on the
//! contact's page; a repeated or registered address next to its row on the contact's page.

use serde_json::json;

use super::helpers::{TestApp, person, spawn_app};

fn contact<'a>(
    name: &'a str,
    email: &'a str,
    organization: &'a str,
    delegates: &[(&'a str, &'a str)],
) -> Vec<(&'a str, &'a str)> {
    let mut fields: Vec<(&str, &str)> = person(name, email)
        .into_iter()
        .filter(|(k, _)| *k != "organization")
        .collect();
    fields.push(("organization", organization));
    for (name, email) in delegates {
        fields.push(("delegate_name", name));
        fields.push(("delegate_email", email));
        fields.push(("delegate_language", "en"));
    }
    fields
}

async fn total(app: &TestApp, slug: &str) -> u64 {
    app.registration_page(slug).await["total"]
        .as_u64()
        .expect("total")
}

#[tokio::test]
async fn the_cap_counts_every_delegate_of_the_organisation_whatever_its_letter_case() {
    let app = spawn_app().await;
    app.create_event(
        "capped",
        json!({"delegates_per_organisation": 2, "require_email_confirmation": false}),
    )
    .await;
    let first = contact(
        "Ana",
        "ana@example.org",
        "CSA Bruxelles",
        &[("One", "one@example.org")],
    );
    assert_eq!(app.register("capped", &first).await.status().as_u16(), 303);
    assert_eq!(total(&app, "capped").await, 2);

    // Another contact of the same organisation, typed otherwise: one seat of the cap is left.
    let second = contact(
        "Ben",
        "ben@example.org",
        "csa bruxelles ",
        &[("Two", "two@example.org"), ("Three", "three@example.org")],
    );
    let res = app.register("capped", &second).await;
    assert_eq!(res.status().as_u16(), 422);
    let html = res.text().await.expect("page");
    assert!(
        html.contains("id=\"delegates-error\""),
        "beside the delegates"
    );
    assert!(html.contains("At most 2 delegates per organisation"));
    assert!(html.contains("value=\"three@example.org\""), "values kept");
    assert!(html.contains("value=\"Ben\""), "values kept");
    assert_eq!(total(&app, "capped").await, 2, "nothing registered");

    // Another organisation has its own cap.
    let other = contact(
        "Cy",
        "cy@example.org",
        "FGTB",
        &[("Two", "two@example.org"), ("Three", "three@example.org")],
    );
    assert_eq!(app.register("capped", &other).await.status().as_u16(), 303);
    assert_eq!(total(&app, "capped").await, 5);

    // The first contact's page keeps the same cap: one more fits, two do not.
    app.smtp.wait_for("ana@example.org", 2).await;
    let link = app.link_in_email("ana@example.org");
    let page = format!("{}/programme", link.trim_start_matches(&app.base));
    let mut ana = app.visitor();
    let res = ana
        .submit(
            &page,
            &page,
            &[
                ("action", "delegates"),
                ("delegate_name", "Four"),
                ("delegate_email", "four@example.org"),
                ("delegate_language", "en"),
                ("delegate_name", "Five"),
                ("delegate_email", "five@example.org"),
                ("delegate_language", "en"),
            ],
        )
        .await;
    assert_eq!(res.status().as_u16(), 422);
    let html = res.text().await.expect("page");
    assert!(html.contains("At most 2 delegates per organisation"));
    assert!(html.contains("value=\"five@example.org\""), "values kept");
    assert_eq!(total(&app, "capped").await, 5);
}

#[tokio::test]
async fn on_the_contacts_page_a_repeated_or_registered_address_is_refused_next_to_its_row() {
    let app = spawn_app().await;
    app.create_event("page-checks", json!({"require_email_confirmation": false}))
        .await;
    app.register("page-checks", &person("Already", "already@example.org"))
        .await;
    let first = contact(
        "Ana",
        "ana@example.org",
        "CSA",
        &[("One", "one@example.org")],
    );
    assert_eq!(
        app.register("page-checks", &first).await.status().as_u16(),
        303
    );
    app.smtp.wait_for("ana@example.org", 2).await;
    let link = app.link_in_email("ana@example.org");
    let page = format!("{}/programme", link.trim_start_matches(&app.base));
    let mut ana = app.visitor();
    let res = ana
        .submit(
            &page,
            &page,
            &[
                ("action", "delegates"),
                ("delegate_name", "Two"),
                ("delegate_email", "two@example.org"),
                ("delegate_language", "fr"),
                ("delegate_name", "Two again"),
                ("delegate_email", "TWO@example.org"),
                ("delegate_language", "fr"),
                ("delegate_name", "Known"),
                ("delegate_email", "already@example.org"),
                ("delegate_language", "es"),
            ],
        )
        .await;
    assert_eq!(res.status().as_u16(), 422);
    let html = res.text().await.expect("page");
    assert!(!html.contains("id=\"delegate_email-1-error\""));
    assert!(html.contains("id=\"delegate_email-2-error\""));
    assert!(html.contains("This address appears twice in the delegation."));
    assert!(html.contains("id=\"delegate_email-3-error\""));
    assert!(html.contains("This address is already registered for this event."));
    assert!(html.contains("value=\"Two again\""), "values kept");
    assert_eq!(total(&app, "page-checks").await, 3, "nothing registered");
}

#[tokio::test]
async fn once_registration_closes_the_delegation_can_no_longer_change() {
    let app = spawn_app().await;
    let starts = chrono::Utc::now() + chrono::Duration::days(3);
    app.create_event(
        "closing",
        json!({"require_email_confirmation": false,
               "starts_at": starts.to_rfc3339(),
               "ends_at": (starts + chrono::Duration::hours(2)).to_rfc3339(),
               "registration_closes_at": (starts - chrono::Duration::days(1)).to_rfc3339()}),
    )
    .await;
    let first = contact(
        "Ana",
        "ana@example.org",
        "CSA",
        &[("One", "one@example.org")],
    );
    assert_eq!(app.register("closing", &first).await.status().as_u16(), 303);
    app.smtp.wait_for("ana@example.org", 2).await;
    let link = app.link_in_email("ana@example.org");
    let page = format!("{}/programme", link.trim_start_matches(&app.base));
    let mut ana = app.visitor();
    let (status, html) = ana.get(&page).await;
    assert_eq!(status, 200);
    assert!(
        html.contains("id=\"save-delegates\""),
        "open: the form is there"
    );
    let token = super::visitor::hidden(&html, "csrf_token");

    app.clock.advance(chrono::Duration::days(2));
    let (status, html) = ana.get(&page).await;
    assert_eq!(status, 200);
    assert!(!html.contains("id=\"save-delegates\""));
    assert!(html.contains("the delegation can no longer be changed"));
    let res = ana
        .post(
            &page,
            &[
                ("csrf_token", &token),
                ("action", "delegates"),
                ("delegate_name", "Late"),
                ("delegate_email", "late@example.org"),
                ("delegate_language", "en"),
            ],
        )
        .await;
    assert_eq!(res.status().as_u16(), 409);
    assert_eq!(total(&app, "closing").await, 2, "nobody added");
}
