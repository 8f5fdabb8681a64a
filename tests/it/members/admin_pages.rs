//! The member pages: add an organisation with a contact, a refused form keeps its values and
//! names the field, search finds it, its page adds a second contact.

use super::super::admin::{ADMIN, location, signed_in};
use super::super::helpers::spawn_app;
use super::members;

#[tokio::test]
async fn an_organizer_adds_searches_and_edits_members() {
    let app = spawn_app().await;
    let mut admin = signed_in(&app, ADMIN).await;
    let (status, html) = admin.get("/admin/members").await;
    assert_eq!(status, 200);
    assert!(html.contains("id=\"no-members\""));

    let res = admin
        .submit(
            "/admin/members",
            "/admin/members",
            &[
                ("organization", "UNTM"),
                ("country", "ML"),
                ("region", ""),
                ("contact_name", "Awa"),
                ("email", "awa@@example"),
                ("language", "fr"),
            ],
        )
        .await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.expect("page");
    assert!(
        html.contains("id=\"member-email-error\""),
        "the address is named"
    );
    assert!(html.contains("value=\"UNTM\""), "values kept");
    assert!(members(&app, "").await.is_empty());

    let res = admin
        .submit(
            "/admin/members",
            "/admin/members",
            &[
                (
                    "organization",
                    "UNTM - Union nationale des travailleurs du Mali",
                ),
                ("country", "ML"),
                ("region", ""),
                ("contact_name", "Awa Traoré"),
                ("email", "awa@example.org"),
                ("language", "fr"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    let page = location(&res);
    let (_, html) = admin.get("/admin/members?q=traor").await;
    assert!(
        html.contains("Union nationale des travailleurs du Mali"),
        "search by contact"
    );
    let (_, html) = admin.get("/admin/members?q=nobody").await;
    assert!(html.contains("id=\"no-members\""));

    let res = admin
        .submit(
            &page,
            page.split('?').next().expect("path"),
            &[
                (
                    "organization",
                    "UNTM - Union nationale des travailleurs du Mali",
                ),
                ("country", "ML"),
                ("region", "west_africa"),
                ("contact_name", "Moussa Keita"),
                ("email", "moussa@example.org"),
                ("language", "fr"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    let all = members(&app, "").await;
    assert_eq!(all.len(), 1);
    assert_eq!(all[0]["region"], "west_africa");
    assert_eq!(all[0]["contacts"].as_array().expect("contacts").len(), 2);
}

#[tokio::test]
async fn renaming_an_organisation_to_a_taken_name_is_refused_next_to_the_field() {
    let app = spawn_app().await;
    let mut admin = signed_in(&app, ADMIN).await;
    let mut pages = Vec::new();
    for name in ["CNTG Guinée", "UGT Brasil"] {
        let res = admin
            .submit(
                "/admin/members",
                "/admin/members",
                &[
                    ("organization", name),
                    ("country", if name.starts_with("UGT") { "BR" } else { "GN" }),
                    ("region", ""),
                    ("contact_name", ""),
                    ("email", ""),
                    ("language", "fr"),
                ],
            )
            .await;
        assert_eq!(res.status(), 303, "{name}");
        pages.push(location(&res));
    }
    let page = &pages[1];
    let res = admin
        .submit(
            page,
            page.split('?').next().expect("path"),
            &[
                ("organization", "cntg guinée"),
                ("country", "BR"),
                ("region", ""),
                ("contact_name", ""),
                ("email", ""),
                ("language", "fr"),
            ],
        )
        .await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.expect("page");
    assert!(
        html.contains("Another organisation already has this name"),
        "{html}"
    );
    assert!(html.contains("value=\"cntg guinée\""), "values kept");
    let names: Vec<String> = members(&app, "")
        .await
        .iter()
        .map(|m| m["organization"].as_str().unwrap_or_default().to_string())
        .collect();
    assert!(names.contains(&"UGT Brasil".to_string()), "{names:?}");
}

#[tokio::test]
async fn a_contact_name_that_is_too_long_is_named_next_to_its_field() {
    let app = spawn_app().await;
    let mut admin = signed_in(&app, ADMIN).await;
    let long = "N".repeat(201);
    let res = admin
        .submit(
            "/admin/members",
            "/admin/members",
            &[
                ("organization", "CSC"),
                ("country", "BE"),
                ("region", ""),
                ("contact_name", &long),
                ("email", "ann@example.org"),
                ("language", "nl"),
            ],
        )
        .await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.expect("page");
    assert!(
        html.contains("id=\"member-contact-name-error\"") && html.contains("too long"),
        "the message stands next to the field: {html}"
    );
    assert!(members(&app, "").await.is_empty(), "nothing stored");
}
